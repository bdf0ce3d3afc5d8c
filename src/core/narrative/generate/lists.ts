/** Item lists a template may write ("主要用于以下方面：…", "主要包括：…"): only rows that are not zero. */
import type { Amount } from "../../money";
import { convert, withValue } from "../../money";
import type { Disclosure, RecognizedTable, TableRow } from "../../model";
import type { LIST_SOURCES } from "./template";
import { isZeroAmount } from "../../money";

export type ListSource = (typeof LIST_SOURCES)[number];

export interface ListItem {
  name: string;
  code?: string;
  amount: Amount;
  /** For 项 rows: the names of their 类 and 款. */
  className?: string;
  sectionName?: string;
}

const table = (d: Disclosure, id: RecognizedTable["id"]) => d.tables.find((t) => t.id === id && !t.empty);

const cleanName = (r: TableRow) => r.name.replace(/\s+/g, "");

function nonZero(a: Amount | undefined): a is Amount {
  return !!a && !isZeroAmount(a);
}

function codedRows(t: RecognizedTable | undefined, length: number, side?: TableRow["side"]): TableRow[] {
  return (t?.rows ?? []).filter((r) => r.kind === "item" && r.code?.length === length && (!side || !r.side || r.side === side));
}

/** 类 rows of a functional-classification table (T05: 一般公共预算; T04: 财政拨款 expenditure side). */
function classes(t: RecognizedTable | undefined): ListItem[] {
  return codedRows(t, 3, "expense")
    .filter((r) => nonZero(r.amounts.total?.amount))
    .map((r) => ({ name: cleanName(r), code: r.code, amount: r.amounts.total!.amount }));
}

/** 项 rows with their 类 and 款 names ("一般公共服务支出（类）财政事务（款）行政运行（项）"). */
function items(t: RecognizedTable | undefined): ListItem[] {
  if (!t) return [];
  const byCode = new Map(t.rows.filter((r) => r.code).map((r) => [r.code!, r]));
  return codedRows(t, 7)
    .filter((r) => nonZero(r.amounts.total?.amount))
    .map((r) => {
      const cls = byCode.get(r.code!.slice(0, 3));
      const sec = byCode.get(r.code!.slice(0, 5));
      return {
        name: cleanName(r),
        code: r.code,
        amount: r.amounts.total!.amount,
        className: cls ? cleanName(cls) : undefined,
        sectionName: sec ? cleanName(sec) : undefined,
      };
    });
}

/** 工资福利支出 (301) and 对个人和家庭的补助 (303) are 人员经费; every other group is 公用经费. */
const PERSONNEL_GROUPS = /^(301|303)/;
const PERSONNEL_GROUP_NAMES = /工资福利支出|对个人和家庭的补助/;
const GROUP_NAMES = /工资福利支出|商品和服务支出|对个人和家庭的补助|资本性支出|其他支出|债务利息|对企业补助/;

/**
 * T06 economic items of 人员经费 or 公用经费, one per name (the same 部门经济科目 may appear under two
 * 政府经济科目; their amounts are added), in table order. Without codes, the group row above decides.
 */
function economicItems(t: RecognizedTable | undefined, personnel: boolean): ListItem[] {
  if (!t) return [];
  const out = new Map<string, ListItem>();
  let groupIsPersonnel: boolean | undefined;
  for (const r of t.rows) {
    if (r.kind !== "item") continue;
    const name = cleanName(r);
    let isPersonnel: boolean | undefined;
    if (r.code && r.code.length >= 5) isPersonnel = PERSONNEL_GROUPS.test(r.code);
    else if (r.code?.length === 3 || (!r.code && GROUP_NAMES.test(name) && r.label2 === undefined)) {
      groupIsPersonnel = r.code ? PERSONNEL_GROUPS.test(r.code) : PERSONNEL_GROUP_NAMES.test(name);
      continue;
    } else isPersonnel = groupIsPersonnel;
    if (isPersonnel !== personnel) continue;
    const amount = r.amounts.total?.amount ?? (personnel ? r.amounts.personnel?.amount : r.amounts.public?.amount);
    if (!nonZero(amount)) continue;
    const seen = out.get(name);
    if (seen) seen.amount = withValue(seen.amount, seen.amount.value.plus(convert(amount, seen.amount.unit).value));
    else out.set(name, { name, code: r.code, amount });
  }
  return [...out.values()];
}

function perfProjects(d: Disclosure): ListItem[] {
  return d.tables
    .filter((t) => t.id === "PERF" && t.perf)
    .flatMap((t) => (nonZero(t.perf!.annualTotal?.amount) ? [{ name: t.perf!.name.text.trim(), amount: t.perf!.annualTotal!.amount }] : []));
}

export function listItems(d: Disclosure, source: ListSource): ListItem[] {
  switch (source) {
    case "gpbClasses":
      return classes(table(d, "T05"));
    case "expenseClasses": {
      const t04 = classes(table(d, "T04"));
      return t04.length ? t04 : classes(table(d, "T01"));
    }
    case "gpbItems":
      return items(table(d, "T05"));
    case "personnelItems":
      return economicItems(table(d, "T06"), true);
    case "publicItems":
      return economicItems(table(d, "T06"), false);
    case "perfProjects":
      return perfProjects(d);
  }
}
