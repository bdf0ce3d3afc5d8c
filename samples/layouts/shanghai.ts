/**
 * The layout of Shanghai Putuo's 部门预算 template (shared/reference/…-template.xlsx): its sheet
 * names (one with a trailing space, as in the template), tables starting at row 2 with blank rows
 * around the title and unit rows, and text sheets whose body is one cell with line breaks, the
 * 编制说明's list items one cell each.
 */
import { SheetBuilder, type SheetSpec } from "../lib/sheet-spec";
import { renderBlock, type TableBlock } from "../lib/table-block";

export interface ShanghaiContent {
  cover: string[];
  toc: string[];
  functions: string[];
  org: string[];
  glossary: string[];
  /** 编制说明: title, the paragraphs before the list, then the list items. */
  budgetNotes: { title: string; body: string[]; items: string[] };
  tables: Partial<Record<"T01" | "T02" | "T03" | "T04" | "T05" | "T06" | "T08" | "T09" | "T10", TableBlock>>;
  other: string[];
  projects: string[];
}

const TABLE_SHEETS: [keyof ShanghaiContent["tables"], string][] = [
  ["T01", "部门收支总表"],
  ["T02", "部门收入总表"],
  ["T03", "部门支出总表"],
  ["T04", "部门财政拨款收支总表"],
  ["T05", "部门一般公共预算拨款表"],
  ["T08", "部门政府性基金拨款表"],
  ["T09", "部门国有资本经营预算拨款表 "],
  ["T06", "部门一般公共预算拨款基本支出明细表"],
  ["T10", "部门“三公”经费和机关运行费预算表"],
];

const TEXT_WIDTH = 13;

/** A1 title, A3 the body in one cell (merged across the page), then one cell per item. */
function textSheet(name: string, prefix: string, title: string, body: string[], items: string[] = []): SheetSpec {
  const b = new SheetBuilder(name);
  b.add([{ value: title, role: "title", style: "title", anchor: `${prefix}/title` }]);
  b.merge(0, 0, 0, TEXT_WIDTH - 1);
  b.add();
  const r = b.add([{ value: body.join("\n"), role: "para", anchor: `${prefix}/body`, wrap: true }]);
  b.merge(r, 0, r, TEXT_WIDTH - 1);
  items.forEach((text, i) => {
    const ri = b.add([{ value: text, role: "para", anchor: `${prefix}/item${i + 1}`, wrap: true }]);
    b.merge(ri, 0, ri, TEXT_WIDTH - 1);
  });
  b.widths = Array(TEXT_WIDTH).fill(9);
  return b.build();
}

export function shanghaiWorkbook(c: ShanghaiContent): SheetSpec[] {
  const sheets: SheetSpec[] = [];
  const cover = new SheetBuilder("封面");
  cover.set(2, 0, { value: c.cover[0], role: "title", style: "title" });
  cover.merge(2, 0, 2, 12);
  cover.set(8, 0, { value: c.cover[1], role: "text" });
  cover.merge(8, 0, 8, 12);
  sheets.push(cover.build());
  const toc = new SheetBuilder("目录");
  c.toc.forEach((line, i) => toc.set(i === 0 ? 0 : i + 2, 0, { value: line, role: i === 0 ? "title" : "text" }));
  toc.widths = [100];
  sheets.push(toc.build());
  sheets.push(textSheet("部门主要职能", "FUNCTIONS", c.functions[0], c.functions.slice(1)));
  sheets.push(textSheet("部门机构设置", "ORG", c.org[0], c.org.slice(1)));
  sheets.push(textSheet("名词解释", "GLOSSARY", c.glossary[0], c.glossary.slice(1)));
  sheets.push(textSheet("部门编制说明", "NOTES", c.budgetNotes.title, c.budgetNotes.body, c.budgetNotes.items));
  for (const [id, name] of TABLE_SHEETS) {
    const block = c.tables[id];
    if (!block) continue;
    const b = new SheetBuilder(name);
    renderBlock(b, block, { gaps: id === "T10" ? [1, 0, 0] : [1, 1, 1] });
    sheets.push(b.build());
  }
  sheets.push(textSheet("其他相关情况说明", "OTHER", c.other[0], c.other.slice(1)));
  sheets.push(textSheet("项目经费情况说明", "PROJECTS", c.projects[0], c.projects.slice(1)));
  return sheets;
}
