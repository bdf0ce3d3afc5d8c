/**
 * The seed's whole-code column (2010301) split over 类|款|项 columns (201 | 03 | 01, the 款/项
 * parts as text with leading zeros), the other common layout. Works on a table block, before layout.
 */
import { columnLetters as letters } from "../../src/core/grid";
import { rangeToMerge, splitRow, type TableBlock } from "../lib/table-block";

export function splitCode(code: string): [string, string, string] {
  if (!/^\d{3}(\d{2}){0,2}$/.test(code)) return [code, "", ""];
  return [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];
}

/** Splits the first code column of a block; blocks without one are returned unchanged. */
export function splitCodeColumn(block: TableBlock): TableBlock {
  const at = block.columns.findIndex((c) => c.startsWith("code"));
  if (at < 0) return block;
  const insert = (cells: string[], extra: string[]) => [...cells.slice(0, at + 1), ...extra, ...cells.slice(at + 1)].join("|");
  const header = block.header.map((line) => insert(splitRow(line), ["", ""]));
  const lastHeader = splitRow(block.header[block.header.length - 1]).map(() => "");
  const levels = insert(lastHeader, ["", ""]).split("|");
  levels[at] = "类";
  levels[at + 1] = "款";
  levels[at + 2] = "项";
  const width = block.columns.length + 2;
  const lastRow = block.header.length; // 1-based row of the last header line
  const shift = (c: number) => (c > at ? c + 2 : c);
  const isCode = (c: number) => c >= at && c <= at + 2;
  const merges = (block.headerMerges ?? []).map((m) => {
    const g = rangeToMerge(m, 0, 0);
    const left = shift(g.left);
    const right = g.left === at && g.right === at ? at + 2 : shift(g.right);
    // A header cell that reaches the last header line now reaches the new 类|款|项 line too.
    const bottom = g.bottom + 1 === lastRow && !isCode(left) ? lastRow + 1 : g.bottom + 1;
    return `${letters(left)}${g.top + 1}:${letters(right)}${bottom}`;
  });
  const covers = (c: number, row: number) =>
    merges.some((m) => {
      const g = rangeToMerge(m, 0, 0);
      return g.left <= c && c <= g.right && g.top + 1 <= row && row <= g.bottom + 1;
    });
  // The 科目编码 header spans the three parts; every other header cell spans down into the new line.
  const codeHeaderRow = block.header.findIndex((line) => /编码/.test(splitRow(line)[at] ?? "")) + 1;
  if (codeHeaderRow > 0 && !covers(at, codeHeaderRow)) merges.push(`${letters(at)}${codeHeaderRow}:${letters(at + 2)}${codeHeaderRow}`);
  for (let c = 0; c < width; c++) {
    if (!isCode(c) && !covers(c, lastRow)) merges.push(`${letters(c)}${lastRow}:${letters(c)}${lastRow + 1}`);
  }
  return {
    ...block,
    header: [...header, levels.join("|")],
    headerMerges: merges,
    columns: [...block.columns.slice(0, at), "code:class", "code:item", "code:subitem", ...block.columns.slice(at + 1)],
    body: block.body.map((line) => {
      const cells = splitRow(line);
      return [...cells.slice(0, at), ...splitCode(cells[at] ?? ""), ...cells.slice(at + 1)].join("|");
    }),
    widths: block.widths ? [...block.widths.slice(0, at), 6, 5, 5, ...block.widths.slice(at + 1)] : undefined,
  };
}
