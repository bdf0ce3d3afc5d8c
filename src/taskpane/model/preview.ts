/** A generated table as the pane previews it: its first rows as text, header rows known. */
import Decimal from "decimal.js";
import type { DraftCell, TableDraft } from "../../core/generate";

export interface PreviewCell {
  text: string;
  colSpan: number;
  rowSpan: number;
}

export interface DraftPreview {
  sheetName: string;
  title: string;
  /** Rows below the title, as shown (amounts with the draft's decimals); cells under a merge are left out. */
  rows: { cells: PreviewCell[]; header: boolean }[];
  totalRows: number;
  cautions: string[];
}

function cellText(c: DraftCell): string {
  if (c.value === null) return "";
  if (c.role !== "money") return c.value;
  const fmt = c.numFmt ?? "";
  // Without a numeric format ("", "General", "@") the value is shown as the draft holds it.
  if (!/0/.test(fmt)) return c.value;
  const places = /\.(0+)/.exec(fmt)?.[1].length ?? 0;
  const grouped = fmt.includes(",");
  const fixed = new Decimal(c.value).toFixed(places);
  if (!grouped) return fixed;
  const [int, frac] = fixed.split(".");
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${frac ? `.${frac}` : ""}`;
}

/** The draft's title and up to `maxRows` rows under it (title row itself excluded); merges become spans. */
export function draftPreview(draft: TableDraft, maxRows = 8): DraftPreview {
  const body = draft.rows.map((row, r) => ({ row, r })).filter(({ row }) => !row.some((c) => c.role === "title"));
  const shown = body.slice(0, maxRows);
  const last = shown.length ? shown[shown.length - 1].r : -1;
  const covered = new Set<string>();
  const spans = new Map<string, { colSpan: number; rowSpan: number }>();
  for (const m of draft.merges) {
    if (!shown.some(({ r }) => r === m.top)) continue;
    const bottom = Math.min(m.bottom, last);
    spans.set(`${m.top},${m.left}`, { colSpan: m.right - m.left + 1, rowSpan: bottom - m.top + 1 });
    for (let r = m.top; r <= bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  return {
    sheetName: draft.sheetName,
    title: draft.title,
    rows: shown.map(({ row, r }) => ({
      cells: row.flatMap((c, col) => (covered.has(`${r},${col}`) ? [] : [{ text: cellText(c), colSpan: 1, rowSpan: 1, ...spans.get(`${r},${col}`) }])),
      header: r >= draft.header.top && r <= draft.header.bottom,
    })),
    totalRows: draft.rows.length,
    cautions: draft.cautions,
  };
}
