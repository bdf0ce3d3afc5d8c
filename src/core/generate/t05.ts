/** 表五 一般公共预算支出表 from 表三, when 表二 proves every row is wholly 一般公共预算. */
import type { Disclosure } from "../model";
import { allGeneralBudget, no, ok, table, type Fact } from "./facts";
import { functionTable } from "./function-table";
import type { DraftBody } from "./layout";
import { moneyFormatOf, type WorkbookStyle } from "./style";

export function deriveT05(d: Disclosure, style: WorkbookStyle): Fact<DraftBody> {
  const t03 = table(d, "T03");
  if (!t03 || t03.empty) return no("缺少预算支出总表（表三）");
  const proof = allGeneralBudget(d);
  if (!proof.ok) return no(proof.reason);
  const what = style.family === "shanghai" ? "一般公共预算支出" : `${style.year ?? ""}年预算数`;
  return ok(functionTable("T05", style, moneyFormatOf(t03), what, t03, ["T03", "T02"]));
}
