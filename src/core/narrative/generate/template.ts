/**
 * The narrative template format: plain data (JSON-compatible), validated by zod, editable by users.
 * A template is a list of sections of paragraphs; each paragraph is text with placeholders bound to
 * named values: "{expenseBudget}", "{basicShare}", "{change:gpbExpense}", "{fact:reason.income}",
 * or a list declared under `lists` ("{gpbClassList}").
 */
import { z } from "zod";

const name = z.string().min(1);

/** A paragraph is written only when its condition holds (e.g. 七 has two alternatives). */
export const conditionSchema = z.object({
  /** A table value ("threePublicTotal") or a fact ("fact:unitType"). */
  value: name,
  is: z.enum(["zero", "nonZero", "present", "absent"]).optional(),
  /** The fact's text equals this. */
  equals: z.string().optional(),
});

export const paragraphSchema = z.object({
  /** Stable id inside the template ("六.人员经费"); used to tell which paragraph is which on regeneration. */
  id: name,
  kind: z.enum(["heading", "body"]).default("body"),
  text: z.string(),
  /** Written only when the condition (or every condition of a list) holds. */
  when: z.union([conditionSchema, z.array(conditionSchema)]).optional(),
  /** Written once per item of this list (Shanghai: one paragraph per 项); `text` is then the item's text. */
  forEach: name.optional(),
});

export const sectionSchema = z.object({
  /** "二", "五(二)"… */
  id: name,
  paragraphs: z.array(paragraphSchema).min(1),
});

/** Where a list's items come from (see lists.ts). */
export const LIST_SOURCES = ["gpbClasses", "expenseClasses", "gpbItems", "personnelItems", "publicItems", "perfProjects"] as const;

export const listSchema = z.object({
  source: z.enum(LIST_SOURCES),
  /** Per item: {name} {amount} {share} {code} {index} {class} {section} {fact:purpose}. */
  item: z.string(),
  separator: z.string().default("、"),
  /** The value each {share} is a share of. */
  shareOf: name.optional(),
  /** Written when no item is non-zero. */
  empty: z.string().default("无"),
});

/** Parts whose shares of `total` are written as {<part>Share}. */
export const shareGroupSchema = z.object({
  total: name,
  parts: z.array(name).min(1),
  /**
   * percentOf: each share rounded on its own (may sum to 99.99); largestRemainder: the set sums to
   * exactly 100% (used only when the parts add up to the total exactly, else percentOf).
   */
  method: z.enum(["percentOf", "largestRemainder"]).default("percentOf"),
});

/** How "{change:X}" reads; {delta} and {rate} are filled, {base} is the prior year's name. */
export const changeStyleSchema = z.object({
  increase: z.string(),
  decrease: z.string(),
  flat: z.string(),
  /** Appended when the prior-year value is not zero. */
  increaseRate: z.string().default(""),
  decreaseRate: z.string().default(""),
  /** Written when the prior-year figure is missing; {placeholder} becomes 【请填写：…】. */
  missing: z.string().default("与上年相比{placeholder}"),
});

/** A fact the user supplies in the input sheet. */
export const factSchema = z.object({
  key: name,
  /** Label shown in the input sheet and in the placeholder 【请填写：label】. {year}/{priorYear} are filled. */
  label: name,
  note: z.string().default(""),
  kind: z.enum(["amount", "text", "count"]).default("text"),
});

export const numberStyleSchema = z.object({
  unit: z.enum(["万元", "元"]).default("万元"),
  decimals: z.number().int().min(0).max(6).default(2),
  thousands: z.boolean().default(false),
  /** How an exact zero amount is written ("0" in the seed). */
  zero: z.string().default("0"),
  percentDecimals: z.number().int().min(0).max(4).default(2),
  /** How a zero share is written ("0" → "占0%"). */
  zeroPercent: z.string().default("0"),
});

export const templateSchema = z.object({
  id: name,
  name: name,
  description: z.string().default(""),
  /** Heading of the generated sheet's first row. */
  title: z.string(),
  number: numberStyleSchema.prefault({}),
  change: changeStyleSchema,
  shareGroups: z.array(shareGroupSchema).default([]),
  lists: z.record(name, listSchema).default({}),
  facts: z.array(factSchema).default([]),
  sections: z.array(sectionSchema).min(1),
});

export type NarrativeTemplate = z.infer<typeof templateSchema>;
export type TemplateInput = z.input<typeof templateSchema>;
export type TemplateParagraph = z.infer<typeof paragraphSchema>;
export type TemplateList = z.infer<typeof listSchema>;
export type FactDef = z.infer<typeof factSchema>;
export type Condition = z.infer<typeof conditionSchema>;

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TemplateError";
  }
}

/** Validates a template (e.g. a user's JSON file); throws a readable Chinese message. */
export function parseTemplate(data: unknown): NarrativeTemplate {
  const r = templateSchema.safeParse(data);
  if (!r.success) {
    const issues = r.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "（根）"}：${i.message}`);
    throw new TemplateError(`情况说明模板格式不正确：${issues.join("；")}`);
  }
  return r.data;
}
