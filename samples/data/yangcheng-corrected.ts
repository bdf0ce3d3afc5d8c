/**
 * The seed workbook with its own defects (domain.md §8) corrected, so that it is a clean
 * disclosure: the base of the injected-defect variants and the workbook the demo can show passing.
 * Figures the seed does not give (prior-year amounts, the 政府采购 service amount, the per-person
 * 救助 amount) are synthetic but consistent; rounding differences (尾差) are kept as they are.
 */
import type { ShanxiContent } from "../layouts/shanxi";
import { splitRow } from "../lib/table-block";
import { yangchengContent } from "./yangcheng-content";

/** Replaces exactly one occurrence of `from` in a list of lines; throws when the seed text moved. */
export function replaceIn(lines: string[], from: string, to: string): void {
  const hits = lines.flatMap((l, i) => (l.includes(from) ? [i] : []));
  if (hits.length !== 1) throw new Error(`Expected one line containing «${from}», found ${hits.length}`);
  lines[hits[0]] = lines[hits[0]].replace(from, to);
}

/** Replaces every line that contains `from`; throws when none does. */
function replaceAll(lines: string[], from: string, to: string): void {
  let n = 0;
  lines.forEach((l, i) => {
    if (l.includes(from)) {
      lines[i] = l.split(from).join(to);
      n++;
    }
  });
  if (!n) throw new Error(`No line contains «${from}»`);
}

export function yangchengCorrectedContent(): ShanxiContent {
  const c = yangchengContent();
  const n = c.narrative;
  // 一/五: the seed's "比上年增加263.64万元" is the whole budget; a prior year of 249.18万元 gives 14.46 (5.80%).
  replaceAll(n, "比上年增加263.64万元，", "比上年增加14.46万元，增长5.80%，");
  replaceIn(n, "比上年增加263.64万元。", "比上年增加14.46万元，增长5.80%。");
  replaceIn(n, "；本年单位预算支出总计", "本年单位预算支出总计");
  // 八: the seed's 64980元 is not the tables' 14.12万元.
  replaceIn(
    n,
    "2024年我单位机关运行经费64980元,2023年为58140元,2024年机关运行经费比2023年增加6840元,增加比例为11.76%",
    "2024年我单位机关运行经费14.12万元,2023年为13.06万元,2024年机关运行经费比2023年增加1.06万元,增加比例为8.12%",
  );
  // 九: 表十四 buys 17.60万元 of services, so 政府采购服务 is not 0.
  replaceIn(n, "政府采购预算总额1.08万元", "政府采购预算总额18.68万元");
  replaceIn(n, "政府采购服务预算0万元", "政府采购服务预算17.60万元");
  // 十: the seed names one 100万 project as 基本支出.
  replaceIn(n, "涉及部门预算资金127.22万元,其中基本支出100万元，项目支出27.22万元", "涉及部门预算资金263.64万元,其中基本支出136.42万元，项目支出127.22万元");

  // 表十二: the five PERF projects (元 → 万元, rounded half up) instead of "本表无数据".
  const t12 = c.tables.T12!;
  t12.body = [
    "合计|127.22|127.22||||",
    "2024年市级解决特殊疑难信访问题资金|0.82|0.82||||",
    "2024年中央解决特殊疑难信访问题资金|2.00|2.00||||",
    "处理突出信访问题、信访维稳、驻京省市值班等工作经费|100.00|100.00||||",
    "小高炉信访人救助资金|22.50|22.50||||",
    "养老保险职业年金、医疗保险经费|1.90|1.90||||",
  ];
  t12.note = undefined;

  // PERF 3: 实施期资金总额 1,100,000 ≠ 年度资金总额 1,000,000 for a one-year project.
  replaceAll(c.perf[2], "|1,100,000|", "|1,000,000|");
  // PERF 4: six people × 27,500元 = 165,000元 against 225,000元.
  replaceIn(c.perf[3], "具体补助情况:刘补练27500元、卫里恒27500元、魏红胜27500元、冯春红27500元、程合兵27500元、杨进胜27500元", "具体补助情况:刘补练等6人,每人37500元");
  if (splitRow(c.perf[3].find((l) => l.startsWith("项目名称"))!)[2] !== "小高炉信访人救助资金") throw new Error("PERF 4 moved");
  return c;
}
