/**
 * Built-in template: the seed's 第三部分 情况说明 (山西县级 单位预算公开), sections 一–十一.
 * Sentences follow the seed document (阳城县信访局 2024) with values bound to the tables.
 */
import type { TemplateInput } from "../generate/template";

const SHARE_ITEM = "{name}{amount}万元，占{share}%";

export const seedTemplate: TemplateInput = {
  id: "seed",
  name: "单位预算情况说明（山西县级模板）",
  description: "按山西县级单位预算公开模板“第三部分 单位预算情况说明”的写法生成，金额单位万元、保留两位小数。",
  title: "第三部分 {year}年度单位预算情况说明",
  number: { unit: "万元", decimals: 2, thousands: false, zero: "0", percentDecimals: 2, zeroPercent: "0" },
  change: {
    increase: "比上年增加{delta}万元",
    decrease: "比上年减少{delta}万元",
    flat: "与上年持平",
    increaseRate: "，增长{rate}%",
    decreaseRate: "，下降{rate}%",
    missing: "与上年相比{placeholder}",
  },
  shareGroups: [
    { total: "incomeTotal", parts: ["gpbIncome", "fundIncome", "soeIncome", "specialAccountIncome", "unitFundsIncome", "carryOver"], method: "largestRemainder" },
    { total: "expenseBudget", parts: ["basic", "project"], method: "largestRemainder" },
  ],
  lists: {
    fiscalClassList: { source: "expenseClasses", item: "{name}{amount}万元", separator: "、", empty: "无" },
    gpbClassList: { source: "gpbClasses", item: SHARE_ITEM, separator: "；", shareOf: "gpbExpense", empty: "无" },
    personnelItemList: { source: "personnelItems", item: "{name}", separator: "、", empty: "无" },
    publicItemList: { source: "publicItems", item: "{name}", separator: "、", empty: "无" },
  },
  facts: [
    { key: "reason.income", label: "预算收入比上年增减的主要原因", note: "如：新考录人员、五险一金基数变化", kind: "text" },
    { key: "reason.expense", label: "预算支出比上年增减的主要原因", note: "可与收入原因相同", kind: "text" },
    { key: "reason.threePublic", label: "“三公”经费增减变动的主要原因", note: "本单位有“三公”经费预算时填写", kind: "text" },
    { key: "reason.operatingCost", label: "机关运行经费增减变动的主要原因", note: "", kind: "text" },
    { key: "procurement.goods", label: "政府采购货物预算（万元）", note: "来自政府采购预算，无则填 0", kind: "amount" },
    { key: "procurement.works", label: "政府采购工程预算（万元）", note: "无则填 0", kind: "amount" },
    { key: "procurement.services", label: "政府采购服务预算（万元）", note: "政府购买服务也按政府采购程序执行，无则填 0", kind: "amount" },
    { key: "perf.count", label: "纳入绩效目标管理的二级项目个数", note: "工作簿中没有项目绩效目标表时填写", kind: "count" },
    { key: "perf.amount", label: "纳入绩效目标管理的项目金额（万元）", note: "工作簿中没有项目绩效目标表时填写", kind: "amount" },
    { key: "unitType", label: "单位类型（行政/参公/事业）", note: "事业单位不安排机关运行经费", kind: "text" },
    { key: "assets.date", label: "国有资产统计截止日期", note: "如：{priorYear}年12月31日", kind: "text" },
    { key: "assets.vehicles", label: "实有公务用车（辆）", note: "", kind: "count" },
    { key: "assets.floorArea", label: "办公用房建筑总面积（平方米）", note: "", kind: "count" },
  ],
  sections: [
    {
      id: "一",
      paragraphs: [
        { id: "一.标题", kind: "heading", text: "一、单位预算收支数据变动情况及原因" },
        { id: "一.收入", text: "{year}年度{unit}预算收入总计{incomeTotal}万元，其中：本年收入{incomeCurrent}万元，上年结转{carryOver}万元，{change:incomeTotal}，主要原因是{fact:reason.income}。" },
        { id: "一.支出", text: "本年单位预算支出总计{expenseTotal}万元，其中：本年预算安排{expenseCurrent}万元，上年结转{carryOver}万元，{change:expenseTotal}，主要原因是{fact:reason.expense}。" },
      ],
    },
    {
      id: "二",
      paragraphs: [
        { id: "二.标题", kind: "heading", text: "二、收入预算情况说明" },
        {
          id: "二.收入",
          text:
            "{year}年度{unit}预算收入{incomeTotal}万元，主要包括一般公共预算拨款收入{gpbIncome}万元，占{gpbIncomeShare}%；" +
            "政府性基金预算拨款收入{fundIncome}万元，占{fundIncomeShare}%；国有资本经营预算拨款收入{soeIncome}万元，占{soeIncomeShare}%；" +
            "财政专户管理资金收入{specialAccountIncome}万元，占{specialAccountIncomeShare}%；单位资金{unitFundsIncome}万元，占{unitFundsIncomeShare}%；" +
            "上年结转{carryOver}万元，占{carryOverShare}%。",
        },
      ],
    },
    {
      id: "三",
      paragraphs: [
        { id: "三.标题", kind: "heading", text: "三、支出预算情况说明" },
        { id: "三.支出", text: "{year}年度{unit}支出预算{expenseBudget}万元，其中：基本支出{basic}万元，占{basicShare}%；项目支出{project}万元，占{projectShare}%。" },
      ],
    },
    {
      id: "四",
      paragraphs: [
        { id: "四.标题", kind: "heading", text: "四、财政拨款收支预算总体情况说明" },
        {
          id: "四.财政拨款",
          text:
            "{year}年度{unit}财政拨款收支总预算{fiscalTotal}万元。其中：一般公共预算拨款{fiscalGpb}万元，政府性基金预算拨款{fiscalFund}万元，" +
            "国有资本经营预算拨款{fiscalSoe}万元。其中：当年拨款收入{fiscalCurrent}万元，上年结转收入{fiscalCarryOver}万元。支出包括：{fiscalClassList}等。",
        },
      ],
    },
    {
      id: "五",
      paragraphs: [
        { id: "五.标题", kind: "heading", text: "五、一般公共预算支出情况说明" },
        { id: "五(一).标题", kind: "heading", text: "（一）一般公共预算当年支出规模变化情况" },
        { id: "五(一).规模", text: "{year}年度{unit}一般公共预算当年支出{gpbExpense}万元，{change:gpbExpense}。" },
        { id: "五(二).标题", kind: "heading", text: "（二）一般公共预算当年支出结构情况" },
        { id: "五(二).结构", text: "{year}年度{unit}一般公共预算当年支出{gpbExpense}万元，主要用于以下方面：{gpbClassList}等。" },
      ],
    },
    {
      id: "六",
      paragraphs: [
        { id: "六.标题", kind: "heading", text: "六、一般公共预算基本支出情况说明" },
        { id: "六.基本支出", text: "{year}年度{unit}一般公共预算安排基本支出{gpbBasic}万元，其中：" },
        { id: "六.人员经费", text: "人员经费{personnel}万元，主要包括：{personnelItemList}等；", when: { value: "personnel", is: "nonZero" } },
        { id: "六.公用经费", text: "公用经费{public}万元，主要包括：{publicItemList}等。", when: { value: "public", is: "nonZero" } },
      ],
    },
    {
      id: "七",
      paragraphs: [
        { id: "七.标题", kind: "heading", text: "七、“三公”经费增减变动原因说明" },
        { id: "七.无", text: "本单位无“三公”经费预算。", when: { value: "threePublicTotal", is: "zero" } },
        {
          id: "七.三公",
          when: { value: "threePublicTotal", is: "nonZero" },
          text:
            "{year}年度{unit}“三公”经费预算{threePublicTotal}万元，{change:threePublicTotal}。其中：因公出国（境）费{outbound}万元，公务接待费{reception}万元，" +
            "公务用车购置及运行费{vehicle}万元（公务用车购置费{vehiclePurchase}万元，公务用车运行维护费{vehicleOperation}万元）。增减变动的主要原因是{fact:reason.threePublic}。",
        },
        { id: "七.未识别", text: "“三公”经费预算{threePublicTotal}万元。", when: { value: "threePublicTotal", is: "absent" } },
      ],
    },
    {
      id: "八",
      paragraphs: [
        { id: "八.标题", kind: "heading", text: "八、机关运行经费增减变动原因说明" },
        { id: "八.事业单位", text: "本单位为事业单位，不安排机关运行经费。", when: [{ value: "operatingCost", is: "zero" }, { value: "fact:unitType", equals: "事业" }] },
        { id: "八.无", text: "本单位无机关运行经费预算。", when: [{ value: "operatingCost", is: "zero" }, { value: "fact:unitType", is: "absent" }] },
        {
          id: "八.机关运行经费",
          when: { value: "operatingCost", is: "nonZero" },
          text: "{year}年{unit}机关运行经费预算{operatingCost}万元，{change:operatingCost}，主要原因是{fact:reason.operatingCost}。",
        },
        { id: "八.未识别", text: "机关运行经费预算{operatingCost}万元。", when: { value: "operatingCost", is: "absent" } },
      ],
    },
    {
      id: "九",
      paragraphs: [
        { id: "九.标题", kind: "heading", text: "九、政府采购情况" },
        {
          id: "九.政府采购",
          text:
            "{year}年{unit}政府采购预算总额{sum:fact:procurement.goods+fact:procurement.works+fact:procurement.services}万元。" +
            "其中：政府采购货物预算{fact:procurement.goods}万元、政府采购工程预算{fact:procurement.works}万元、政府采购服务预算{fact:procurement.services}万元。",
        },
      ],
    },
    {
      id: "十",
      paragraphs: [
        { id: "十.标题", kind: "heading", text: "十、绩效管理情况" },
        { id: "十.整体.标题", kind: "heading", text: "1、整体绩效目标" },
        { id: "十.整体", text: "{year}年编报部门整体支出绩效目标，涉及部门预算资金{expenseBudget}万元，其中基本支出{basic}万元，项目支出{project}万元。" },
        { id: "十.项目.标题", kind: "heading", text: "2、项目绩效目标" },
        { id: "十.项目", text: "{year}年{unit}纳入绩效目标管理的二级项目{perfCount}个，共计金额{perfAmount}万元。", when: { value: "perfAmount", is: "present" } },
        {
          id: "十.项目.补充",
          text: "{year}年{unit}纳入绩效目标管理的二级项目{fact:perf.count}个，共计金额{fact:perf.amount}万元。",
          when: { value: "perfAmount", is: "absent" },
        },
      ],
    },
    {
      id: "十一",
      paragraphs: [
        { id: "十一.标题", kind: "heading", text: "十一、国有资产占有使用情况" },
        { id: "十一.资产", text: "截至{fact:assets.date}，{unit}实有公务用车{fact:assets.vehicles}辆，使用的办公用房建筑总面积{fact:assets.floorArea}平方米。" },
      ],
    },
  ],
};
