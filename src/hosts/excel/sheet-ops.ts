/** Small Office.js operations of the host port: select a cell, add a sheet, read/write settings. */
import type { CellValue } from "../../core/grid";
import type { SheetLayout, TableOverride } from "../port";
import { rectangular, uniqueSheetName } from "../sheet-name";
import { OVERRIDES_SETTING, parseOverrides, serialize } from "./mark-state";

export async function selectCellExcel(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

/** Points per character of column width (Excel's default font, roughly). */
const POINTS_PER_CHAR = 7;

/** Adds a sheet with the rows (two round trips: the names in use, then the write). */
export async function writeSheetExcel(context: Excel.RequestContext, name: string, rows: CellValue[][], layout: SheetLayout = {}): Promise<string> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const finalName = uniqueSheetName(name, sheets.items.map((w) => w.name));
  const ws = sheets.add(finalName);
  const values = rectangular(rows);
  if (values.length && values[0].length) {
    const range = ws.getRangeByIndexes(0, 0, values.length, values[0].length);
    range.values = values as (string | number | boolean)[][];
    if (layout.wrap) {
      range.format.wrapText = true;
      range.format.verticalAlignment = "Top";
    }
    if (layout.widths?.length) layout.widths.forEach((w, i) => (ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = w * POINTS_PER_CHAR));
    else range.format.autofitColumns();
    for (const c of layout.hiddenColumns ?? []) ws.getRangeByIndexes(0, c, 1, 1).getEntireColumn().columnHidden = true;
  }
  ws.activate();
  await context.sync();
  return finalName;
}

export async function readOverridesExcel(context: Excel.RequestContext): Promise<TableOverride[]> {
  const setting = context.workbook.settings.getItemOrNullObject(OVERRIDES_SETTING);
  setting.load("value");
  await context.sync();
  return setting.isNullObject ? [] : parseOverrides(setting.value);
}

export async function writeOverridesExcel(context: Excel.RequestContext, overrides: TableOverride[]): Promise<void> {
  context.workbook.settings.add(OVERRIDES_SETTING, serialize(overrides));
  await context.sync();
}

/** The workbook's file name for reports ("" when Excel does not say). */
export function documentName(): string {
  try {
    const url = typeof Office !== "undefined" ? Office.context?.document?.url ?? "" : "";
    return decodeURIComponent(url.split(/[\\/]/).pop() ?? "");
  } catch {
    return "";
  }
}
