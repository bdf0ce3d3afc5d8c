/**
 * Writes the generated 情况说明 into a copy of a workbook with ExcelJS: the paragraphs on a new
 * sheet ("情况说明（生成）", then "（生成2）"…) or, when asked, into the last generated sheet —
 * only the paragraphs the user has not changed; the input sheet "上年数及补充信息" created (or
 * completed with the facts it lacks, nothing of the user's overwritten); a hidden record of what
 * was generated. The input bytes are never changed.
 */
import type ExcelJS from "exceljs";
import type { Catalog } from "../../core/catalog/catalog";
import type { Grid } from "../../core/grid";
import { recognize } from "../../core/recognize";
import {
  FACTS_SHEET,
  factKeysInSheet,
  factRows,
  factsSheetRows,
  findFactsGrid,
  generateNarrative,
  narrativeSheetRows,
  nextNarrativeSheetName,
  planUpdate,
  readFacts,
  readRecords,
  RECORD_SHEET,
  recordOf,
  recordRows,
  type GeneratedNarrative,
  type NarrativeRecord,
  type NarrativeTemplate,
} from "../../core/narrative/generate";
import type { KeptParagraph } from "../../core/narrative/generate/record";
import { loadWorkbook, workbookToGrids } from "./read";

export interface NarrateOptions {
  template: NarrativeTemplate;
  /** Rewrite the last generated sheet's unchanged paragraphs instead of adding a new version. */
  update?: boolean;
  catalog?: Catalog;
}

export interface NarrateResult {
  bytes: Uint8Array;
  /** The sheet the paragraphs are on. */
  sheet: string;
  mode: "newVersion" | "update";
  /** Why an update was not possible and a new version was written instead. */
  fallbackReason?: string;
  generated: GeneratedNarrative;
  /** Paragraphs rewritten in update mode. */
  updated: number;
  /** Paragraphs the user had changed: left alone (update mode). */
  kept: KeptParagraph[];
  factsSheet: "created" | "appended" | "unchanged";
  /** Fact rows added to the input sheet. */
  addedFacts: number;
}

const FONT = "宋体";

/** Sheets that are not part of the disclosure: the tool's own input sheet and record. */
function disclosureGrids(grids: Grid[]): Grid[] {
  return grids.filter((g) => g.sheet !== RECORD_SHEET && g !== findFactsGrid(grids));
}

export async function narrateWorkbook(data: ArrayBuffer | Uint8Array, options: NarrateOptions): Promise<NarrateResult> {
  const wb = await loadWorkbook(data);
  const grids = workbookToGrids(wb);
  const disclosure = recognize(disclosureGrids(grids), { catalog: options.catalog });
  // First pass: which facts the template asks for (their labels and kinds tell how to read the sheet).
  const wanted = generateNarrative(disclosure, {}, options.template).requestedFacts;
  const facts = readFacts(grids, wanted);
  const generated = generateNarrative(disclosure, facts, options.template);

  const { factsSheet, addedFacts } = writeFactsSheet(wb, grids, generated);
  const records = readRecords(grids);
  let result: Omit<NarrateResult, "bytes" | "generated" | "factsSheet" | "addedFacts"> | undefined;
  let fallbackReason: string | undefined;
  if (options.update) {
    const last = [...records].reverse().find((r) => wb.getWorksheet(r.sheet));
    const grid = last && grids.find((g) => g.sheet === last.sheet);
    if (!last || !grid) fallbackReason = "工作簿中没有此前生成的情况说明";
    else {
      const plan = planUpdate(last, grid, generated);
      if (plan.kind === "newVersion") fallbackReason = plan.reason;
      else {
        const ws = wb.getWorksheet(plan.sheet)!;
        for (const w of plan.writes) ws.getCell(w.cell).value = w.text;
        records.splice(records.indexOf(last), 1, plan.record);
        result = { sheet: plan.sheet, mode: "update", updated: plan.writes.length, kept: plan.kept };
      }
    }
  }
  if (!result) {
    const sheet = addNarrativeSheet(wb, generated);
    records.push(recordOf(sheet, generated));
    result = { sheet, mode: "newVersion", updated: 0, kept: [], fallbackReason };
  }
  writeRecord(wb, records);
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return { ...result, bytes, generated, factsSheet, addedFacts };
}

function addNarrativeSheet(wb: ExcelJS.Workbook, g: GeneratedNarrative): string {
  const name = nextNarrativeSheetName(wb.worksheets.map((w) => w.name));
  const ws = wb.addWorksheet(name);
  ws.getColumn(1).width = 110;
  narrativeSheetRows(g).forEach((row, r) => {
    const cell = ws.getCell(r + 1, 1);
    cell.value = row[0];
    const p = g.paragraphs[r];
    const heading = p.kind === "heading";
    cell.font = { name: FONT, size: r === 0 ? 16 : 12, bold: heading };
    cell.alignment = { wrapText: true, vertical: "top", horizontal: r === 0 ? "center" : "left" };
    if (p.placeholders.length) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  });
  return name;
}

function writeFactsSheet(wb: ExcelJS.Workbook, grids: Grid[], g: GeneratedNarrative): { factsSheet: NarrateResult["factsSheet"]; addedFacts: number } {
  const existing = findFactsGrid(grids);
  if (!existing) {
    const ws = wb.addWorksheet(FACTS_SHEET);
    const rows = factsSheetRows(g.requestedFacts);
    rows.forEach((row, r) => ws.addRow(row).eachCell((c) => (c.font = { name: FONT, size: r === 0 ? 14 : 11, bold: r === 0 || r === 2 })));
    [48, 20, 56, 24].forEach((w, i) => (ws.getColumn(i + 1).width = w));
    ws.getColumn(4).hidden = true;
    for (let r = 4; r <= rows.length; r++) styleInput(ws.getCell(r, 2));
    return { factsSheet: "created", addedFacts: g.requestedFacts.length };
  }
  const have = factKeysInSheet(existing, g.requestedFacts);
  const lacking = g.requestedFacts.filter((f) => !have.has(f.key));
  if (!lacking.length) return { factsSheet: "unchanged", addedFacts: 0 };
  const ws = wb.getWorksheet(existing.sheet)!;
  for (const row of factRows(lacking)) styleInput(ws.addRow(row).getCell(2));
  return { factsSheet: "appended", addedFacts: lacking.length };
}

function styleInput(cell: ExcelJS.Cell): void {
  cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  cell.border = { bottom: { style: "thin", color: { argb: "FFBFBFBF" } } };
}

function writeRecord(wb: ExcelJS.Workbook, records: NarrativeRecord[]): void {
  const old = wb.getWorksheet(RECORD_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(RECORD_SHEET, { state: "veryHidden" });
  for (const row of recordRows(records)) ws.addRow(row);
}
