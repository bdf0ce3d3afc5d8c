/// <reference types="custom-functions-runtime" />
/**
 * The BUDGET.* custom functions. Each is a thin wrapper over src/functions/logic (which calls the
 * core rounding and money modules), so a formula and the validator cannot disagree. Metadata
 * (functions.json) is generated from these JSDoc blocks by custom-functions-metadata-plugin, which
 * also adds the CustomFunctions.associate calls at build time.
 */
import { getCatalog } from "./catalog-source";
import { change as changeLogic } from "./logic/change";
import { check as checkLogic } from "./logic/check";
import { FunctionError } from "./logic/errors";
import { level as levelLogic } from "./logic/level";
import { pct as pctLogic } from "./logic/pct";
import { rmb as rmbLogic } from "./logic/rmb";
import { shares as sharesLogic } from "./logic/shares";
import { subject as subjectLogic } from "./logic/subject";
import { sumcode as sumcodeLogic } from "./logic/sumcode";
import { text as textLogic, wan as wanLogic, yuan as yuanLogic } from "./logic/units";

const ERROR_CODES: Record<FunctionError["code"], keyof typeof CustomFunctions.ErrorCode> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
};

/** Our error (or an unexpected one) as the CustomFunctions.Error Excel displays. */
export function toCustomFunctionsError(e: unknown): CustomFunctions.Error {
  if (e instanceof FunctionError) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode[ERROR_CODES[e.code]], e.userMessage);
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `计算出错：${detail}`);
}

/**
 * 占比：部分 ÷ 总数，四舍五入到百分数的指定小数位，返回小数（0.8662 即 86.62%）。
 * @customfunction PCT
 * @param part 部分金额
 * @param total 总金额（为 0 时返回 #DIV/0!）
 * @param [digits] 百分数保留的小数位数，默认 2
 * @returns 占比（请设置为百分比格式）
 */
export function pct(part: unknown, total: unknown, digits?: unknown): number {
  try {
    return pctLogic(part, total, digits);
  } catch (e) {
    throw toCustomFunctionsError(e);
  }
}

/**
 * 占比组：区域中每个数占合计的比例，按最大余数法分配尾数，合计恰好为 100%，结果纵向溢出。
 * @customfunction SHARES
 * @param range 各项金额所在区域（不能为负数）
 * @param [digits] 百分数保留的小数位数，默认 2
 * @returns 各项占比（一列，请设置为百分比格式）
 */
export function shares(range: unknown[][], digits?: unknown): number[][] {
  try {
    return sharesLogic(range, digits);
  } catch (e) {
    throw toCustomFunctionsError(e);
  }
}

/**
 * 增减：本年与上年比较，返回“增加X万元，增长Y%”“减少X万元，下降Y%”或“持平”；增长率 = 增减额 ÷ 上年数。
 * @customfunction CHANGE
 * @param current 本年数
 * @param previous 上年数（为 0 时只写增减额）
 * @param [unit] 金额单位：“元”或“万元”，默认“万元”
 * @returns 增减说明文字
 */
export function change(current: unknown, previous: unknown, unit?: unknown): string {
  try {
    return changeLogic(current, previous, unit);
  } catch (e) {
    throw toCustomFunctionsError(e);
  }
}

/**
 * 科目求和：对科目编码以指定前缀开头的金额求和，只计最明细的一级（类、款、项不重复计算）。
 * @customfunction SUMCODE
 * @param codes 科目编码区域：一列完整编码，或“类|款|项”三列
 * @param amounts 金额区域（一列，与编码逐行对应）
 * @param prefix 编码前缀，如 201 或 20103
 * @returns 金额合计
 */
export function sumcode(codes: unknown[][], amounts: unknown[][], prefix: unknown): number {
  try {
    return sumcodeLogic(codes, amounts, prefix);
  } catch (e) {
    throw toCustomFunctionsError(e);
  }
}

/**
 * 科目级次：3 位编码为“类”，5 位为“款”，7 位为“项”。
 * @customfunction LEVEL
 * @param code 科目编码
 * @returns “类”“款”或“项”
 */
export function level(code: unknown): string {
  try {
    return levelLogic(code);
  } catch (e) {
    throw toCustomFunctionsError(e);
  }
}

/**
 * 科目名称：按政府收支分类科目表查出编码对应的科目名称；编码不在表中时返回 #N/A。
 * @customfunction SUBJECT
 * @param code 科目编码
 * @param [year] 年度；科目更名前的年度返回当年的旧名称
 * @returns 科目名称
 */
export async function subject(code: unknown, year?: unknown): Promise<string> {
  try {
    return subjectLogic(await getCatalog(), code, year);
  } catch (e) {
    throw toCustomFunctionsError(e);
  }
}

/**
 * 尾差校验：合计数与明细数之和比较（按显示的小数位计算舍入区间），返回“一致”、“尾差0.01”或“差1.00”（合计数减明细之和）。
 * @customfunction CHECK
 * @param parent 合计数
 * @param children 明细数所在区域（空单元格按 0 计）
 * @param [decimals] 金额显示的小数位数，默认 2
 * @returns 校验结论
 */
export function check(parent: unknown, children: unknown[][], decimals?: unknown): string {
  try {
    return checkLogic(parent, children, decimals);
  } catch (e) {
    throw toCustomFunctionsError(e);
  }
}

/**
 * 元转万元：金额（元）÷ 10000，四舍五入到指定小数位。
 * @customfunction WAN
 * @param yuan 金额（元）
 * @param [digits] 保留的小数位数，默认 2
 * @returns 金额（万元）
 */
export function wan(yuan: unknown, digits?: unknown): number {
  try {
    return wanLogic(yuan, digits);
  } catch (e) {
    throw toCustomFunctionsError(e);
  }
}

/**
 * 万元转元：金额（万元）× 10000。
 * @customfunction YUAN
 * @param wan 金额（万元）
 * @returns 金额（元）
 */
export function yuan(wan: unknown): number {
  try {
    return yuanLogic(wan);
  } catch (e) {
    throw toCustomFunctionsError(e);
  }
}

/**
 * 金额文本：金额加单位，如“263.64万元”；万元保留 2 位小数，元为整数时不带小数。
 * @customfunction TEXT
 * @param amount 金额
 * @param [unit] 单位：“元”或“万元”，默认“万元”
 * @returns 金额文本
 */
export function text(amount: unknown, unit?: unknown): string {
  try {
    return textLogic(amount, unit);
  } catch (e) {
    throw toCustomFunctionsError(e);
  }
}

/**
 * 人民币大写：金额（元）写成中文大写，如 1272159.65 → 壹佰贰拾柒万贰仟壹佰伍拾玖元陆角伍分。
 * @customfunction RMB
 * @param amount 金额（元），四舍五入到分
 * @returns 人民币大写金额
 */
export function rmb(amount: unknown): string {
  try {
    return rmbLogic(amount);
  } catch (e) {
    throw toCustomFunctionsError(e);
  }
}
