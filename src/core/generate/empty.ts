/**
 * Tables published empty with the standard note "注：本表无数据", generated only when the other
 * tables show that kind of money is absent: 表七/表八 (no 政府性基金), 表九 (no 国有资本经营),
 * 表十三 (no 上年结转), 表十 (no “三公” items in 表六 — with a caution about project spending).
 */
import type { Disclosure, TableId } from "../model";
import { fundAbsent, hasCarryOver, no, ok, soeAbsent, table, type Fact } from "./facts";
import { blankMoney, type MoneyFormat } from "./expr";
import { functionTable } from "./function-table";
import { NO_DATA_NOTE, TableLayout, text, type DraftBody } from "./layout";
import type { WorkbookStyle } from "./style";
import { isZeroAmount } from "../money";

const THREE_PUBLIC_CODES = ["30212", "30217", "30231", "31013"];

function blanks(money: MoneyFormat, n: number) {
  return Array.from({ length: n }, () => blankMoney(money));
}

/** 表八, and the Shanghai template's 表九: 功能分类 expenditure with 合计/基本支出/项目支出. */
function expenditureOnly(id: "T08" | "T09", d: Disclosure, style: WorkbookStyle): Fact<DraftBody> {
  const f = id === "T08" ? fundAbsent(d) : soeAbsent(d);
  if (!f.ok) return no(f.reason);
  const what = id === "T08" ? "政府性基金预算支出" : "国有资本经营预算支出";
  return ok(functionTable(id, style, style.money, what, undefined, ["T02"], NO_DATA_NOTE));
}

export function deriveEmpty(id: TableId, d: Disclosure, style: WorkbookStyle): Fact<DraftBody> {
  const money = style.money;
  const y = style.year ? `${style.year}年` : "";
  switch (id) {
    case "T07": {
      const f = fundAbsent(d);
      if (!f.ok) return no(f.reason);
      const L = new TableLayout("T07", style, money, 3);
      L.header(["项目||政府性基金收入预算", "收入科目编码|科目名称|"], [[0, 0, 0, 1], [0, 2, 1, 2]]);
      L.row([text("合计"), null, blankMoney(money)]);
      return ok(L.finish(["T02"], [14, 30, 20], { note: NO_DATA_NOTE }));
    }
    case "T09":
      if (style.family === "county") {
        // The county template's 表九 is two-sided: 收入 (收入科目) beside 支出 (功能科目).
        const f = soeAbsent(d);
        if (!f.ok) return no(f.reason);
        const L = new TableLayout("T09", style, money, 8);
        L.header(
          ["国有资本经营预算收入|||国有资本经营预算支出||||", "项目||国有资本经营收入预算|科目编码|科目名称|合计|基本支出|项目支出", "收入科目编码|科目名称||||||"],
          [[0, 0, 0, 2], [0, 3, 0, 7], [1, 0, 1, 1], [1, 2, 2, 2], [1, 3, 2, 3], [1, 4, 2, 4], [1, 5, 2, 5], [1, 6, 2, 6], [1, 7, 2, 7]],
        );
        L.row([text("合计"), null, blankMoney(money), null, null, ...blanks(money, 3)]);
        return ok(L.finish(["T02"], [14, 24, 18, 12, 28, 12, 12, 12], { note: NO_DATA_NOTE }));
      }
      // The Shanghai template's table is expenditure only, laid out like 表八.
      return expenditureOnly("T09", d, style);
    case "T08":
      return expenditureOnly("T08", d, style);
    case "T13": {
      const t02 = table(d, "T02");
      if (!t02 || t02.empty) return no("缺少预算收入总表（表二），无法确定有无上年结转");
      if (hasCarryOver(d)) return no("收入总表有上年结转，上年结转项目支出表不应为空");
      const L = new TableLayout("T13", style, money, 5);
      L.header(["项目名称|合计|" + y + "财政拨款||", "||一般公共预算|政府性基金预算|国有资本经营预算"], [[0, 0, 1, 0], [0, 1, 1, 1], [0, 2, 0, 4]]);
      L.row([text("合计"), ...blanks(money, 4)]);
      return ok(L.finish(["T02"], [40, 12, 14, 14, 14], { note: NO_DATA_NOTE }));
    }
    case "T10": {
      const t06 = table(d, "T06");
      if (!t06 || t06.empty) return no("缺少一般公共预算基本支出分经济科目表（表六），无法确定有无“三公”经费");
      const hit = t06.rows.find((r) => r.code && THREE_PUBLIC_CODES.includes(r.code) && r.amounts.total && !isZeroAmount(r.amounts.total.amount));
      if (hit) return no(`表六有“三公”经费相关科目“${hit.label.text.trim()}” ${hit.amounts.total!.text}，“三公”经费表不应为空`);
      const L = new TableLayout("T10", style, money, 5);
      L.header([`项目|${y}预算数|||`, "|合计|一般公共预算|政府性基金预算|国有资本经营预算"], [[0, 0, 1, 0], [0, 1, 0, 4]]);
      for (const label of ["因公出国（境）费", "公务接待费", "公务用车购置及运行费", "①公务用车购置费", "②公务用车运行维护费", "合计"]) L.row([text(label), ...blanks(money, 4)]);
      return ok(L.finish(["T06"], [26, 12, 14, 14, 16], { note: NO_DATA_NOTE, cautions: ["表六基本支出中没有“三公”经费科目；如项目支出中安排了“三公”经费，请勿使用此空表"] }));
    }
    default:
      return no("这张表不能生成为空表");
  }
}
