/**
 * The JSON report: the public contract for batch users (shared/docs/report-format.md).
 * Fields may be added; none may be renamed or removed without a new `schema` string.
 */
import { z } from "zod";
import { TABLE_IDS } from "./model";

export const REPORT_SCHEMA_ID = "budget-check/report@1";

export const CATEGORIES = ["total", "cross", "narrative", "catalog", "completeness", "plausibility"] as const;
export const SEVERITIES = ["error", "warning", "info"] as const;

export const cellRefSchema = z.object({ sheet: z.string(), cell: z.string().regex(/^[A-Z]+[0-9]+$/) });

export const findingSchema = z.object({
  rule: z.string().min(1),
  category: z.enum(CATEGORIES),
  severity: z.enum(SEVERITIES),
  /** Table the finding is about (domain ids), when there is one. */
  table: z.enum(TABLE_IDS).optional(),
  sheet: z.string(),
  cell: z.string().regex(/^[A-Z]+[0-9]+$/),
  related: z.array(cellRefSchema),
  expected: z.string().optional(),
  actual: z.string().optional(),
  message: z.string().min(1),
});

export const tableSummarySchema = z.object({
  id: z.enum(TABLE_IDS),
  title: z.string(),
  sheet: z.string(),
  range: z.string(),
  moneyUnit: z.enum(["元", "万元"]),
});

const summarySchema = z.object({ error: z.number().int(), warning: z.number().int(), info: z.number().int() });

export const workbookReportSchema = z.object({
  file: z.string(),
  unit: z.string().optional(),
  year: z.number().int().optional(),
  tables: z.array(tableSummarySchema),
  missingTables: z.array(z.enum(TABLE_IDS)),
  findings: z.array(findingSchema),
  summary: summarySchema,
  /** Present instead of findings' meaning when the workbook could not be read. */
  error: z.object({ message: z.string() }).optional(),
});

export const reportSchema = z.object({
  schema: z.literal(REPORT_SCHEMA_ID),
  workbooks: z.array(workbookReportSchema),
});

export type Category = (typeof CATEGORIES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type Finding = z.infer<typeof findingSchema>;
export type WorkbookReport = z.infer<typeof workbookReportSchema>;
export type Report = z.infer<typeof reportSchema>;

export const CATEGORY_NAMES: Record<Category, string> = {
  total: "表内合计",
  cross: "表间关系",
  narrative: "情况说明",
  catalog: "科目编码与名称",
  completeness: "完整性",
  plausibility: "合理性",
};

export const SEVERITY_NAMES: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export function summarize(findings: Finding[]): WorkbookReport["summary"] {
  const s = { error: 0, warning: 0, info: 0 };
  for (const f of findings) s[f.severity]++;
  return s;
}
