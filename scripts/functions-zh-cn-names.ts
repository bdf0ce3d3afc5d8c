/**
 * Chinese names of the BUDGET functions and their parameters, as Excel shows them in a zh-CN
 * Office (the descriptions in the JSDoc are already Chinese). Keyed by function id.
 */
export interface FunctionTranslation {
  name: string;
  parameters: Record<string, string>;
}

export const ZH_CN_NAMES: Record<string, FunctionTranslation> = {
  PCT: { name: "占比", parameters: { part: "部分", total: "总数", digits: "小数位数" } },
  SHARES: { name: "占比组", parameters: { range: "区域", digits: "小数位数" } },
  CHANGE: { name: "增减", parameters: { current: "本年数", previous: "上年数", unit: "单位" } },
  SUMCODE: { name: "科目求和", parameters: { codes: "科目编码", amounts: "金额", prefix: "编码前缀" } },
  LEVEL: { name: "科目级次", parameters: { code: "科目编码" } },
  SUBJECT: { name: "科目名称", parameters: { code: "科目编码", year: "年度" } },
  CHECK: { name: "尾差校验", parameters: { parent: "合计数", children: "明细数", decimals: "小数位数" } },
  WAN: { name: "元转万元", parameters: { yuan: "金额元", digits: "小数位数" } },
  YUAN: { name: "万元转元", parameters: { wan: "金额万元" } },
  TEXT: { name: "金额文本", parameters: { amount: "金额", unit: "单位" } },
  RMB: { name: "人民币大写", parameters: { amount: "金额" } },
};
