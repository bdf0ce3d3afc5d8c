/**
 * Built-in template: the Shanghai 部门预算编制说明 and 其他相关情况说明 (上海市普陀区 2025 style):
 * amounts in 万元 with thousands separators, changes against "{priorYear}年预算", one paragraph per
 * 财政拨款 项 with its use.
 */
import type { TemplateInput } from "../generate/template";

export const shanghaiTemplate: TemplateInput = {
  id: "shanghai",
  name: "部门预算编制说明（上海模板）",
  description: "按上海市区级部门预算“部门预算编制说明”和“其他相关情况说明”的写法生成，金额单位万元、带千分位。",
  title: "{year}年部门预算编制说明",
  number: { unit: "万元", decimals: 2, thousands: true, zero: "0", percentDecimals: 2, zeroPercent: "0" },
  change: {
    increase: "比{priorYear}年预算增加{delta}万元",
    decrease: "比{priorYear}年预算减少{delta}万元",
    flat: "与{priorYear}年预算持平",
    increaseRate: "",
    decreaseRate: "",
    missing: "与{priorYear}年预算相比{placeholder}",
  },
  lists: {
    fiscalItems: { source: "gpbItems", item: "{name}", separator: "、", empty: "无" },
  },
  facts: [
    { key: "reason.fiscal", label: "财政拨款收入支出增减的主要原因", note: "如：人员经费增加、项目经费变化", kind: "text" },
    { key: "purpose", label: "“{name}”的主要用途", note: "写在“主要用于”之后", kind: "text" },
    { key: "procurement.goods", label: "政府采购货物预算（万元）", note: "无则填 0", kind: "amount" },
    { key: "procurement.works", label: "政府采购工程预算（万元）", note: "无则填 0", kind: "amount" },
    { key: "procurement.services", label: "政府采购服务预算（万元）", note: "无则填 0", kind: "amount" },
    { key: "perf.count", label: "编报绩效目标的项目个数", note: "工作簿中没有项目绩效目标表时填写", kind: "count" },
    { key: "perf.amount", label: "编报绩效目标的项目预算资金（万元）", note: "工作簿中没有项目绩效目标表时填写", kind: "amount" },
    { key: "assets.date", label: "车辆统计截止日期", note: "如：{priorYear}年8月31日", kind: "text" },
    { key: "assets.vehicles", label: "实有车辆（辆）", note: "", kind: "count" },
    { key: "assets.newVehicles", label: "本年预算安排购置车辆（辆）", note: "", kind: "count" },
  ],
  sections: [
    {
      id: "编制说明",
      paragraphs: [
        {
          id: "编制说明.收入",
          text:
            "{year}年，{unit}收入预算{incomeTotal}万元，其中：财政拨款收入{fiscalIncome}万元，{change:fiscalIncome}；" +
            "事业收入{businessIncome}万元；事业单位经营收入{operatingIncome}万元；其他收入{otherIncome}万元。",
        },
        {
          id: "编制说明.支出",
          text:
            "支出预算{expenseBudget}万元，其中：财政拨款支出预算{fiscalTotal}万元，{change:fiscalTotal}。财政拨款支出预算中，" +
            "一般公共预算拨款支出预算{gpbExpense}万元，{change:gpbExpense}；政府性基金拨款支出预算{fundExpense}万元，{change:fundExpense}；" +
            "国有资本经营预算拨款支出预算{soeExpense}万元，{change:soeExpense}。",
        },
        { id: "编制说明.原因", text: "财政拨款收入支出变动的主要原因是{fact:reason.fiscal}。" },
        { id: "编制说明.内容", text: "财政拨款支出主要内容如下：" },
        { id: "编制说明.项", forEach: "fiscalItems", text: "{index}.“{class}（类）{section}（款）{name}（项）”{amount}万元，主要用于{fact:purpose}。" },
      ],
    },
    {
      id: "三公",
      paragraphs: [
        { id: "三公.标题", kind: "heading", text: "一、{year}年“三公”经费预算情况说明" },
        { id: "三公.合计", text: "{year}年“三公”经费预算数为{threePublicTotal}万元，{change:threePublicTotal}。其中：" },
        { id: "三公.出国", text: "（一）因公出国（境）费{outbound}万元，{change:outbound}。" },
        {
          id: "三公.公务用车",
          text: "（二）公务用车购置及运行费{vehicle}万元，其中：公务用车购置费{vehiclePurchase}万元，{change:vehiclePurchase}；公务用车运行费{vehicleOperation}万元，{change:vehicleOperation}。",
        },
        { id: "三公.接待", text: "（三）公务接待费{reception}万元，{change:reception}。" },
      ],
    },
    {
      id: "机关运行经费",
      paragraphs: [
        { id: "机关运行经费.标题", kind: "heading", text: "二、机关运行经费预算" },
        { id: "机关运行经费", text: "{year}年{unit}财政拨款的机关运行经费预算为{operatingCost}万元。" },
      ],
    },
    {
      id: "政府采购",
      paragraphs: [
        { id: "政府采购.标题", kind: "heading", text: "三、政府采购预算情况" },
        {
          id: "政府采购",
          text:
            "{year}年度本单位政府采购预算{sum:fact:procurement.goods+fact:procurement.works+fact:procurement.services}万元，" +
            "其中：政府采购货物预算{fact:procurement.goods}万元、政府采购工程预算{fact:procurement.works}万元、政府采购服务预算{fact:procurement.services}万元。",
        },
      ],
    },
    {
      id: "绩效",
      paragraphs: [
        { id: "绩效.标题", kind: "heading", text: "四、绩效目标设置情况" },
        { id: "绩效", text: "{year}年度，本单位编报绩效目标的项目共{perfCount}个，涉及项目预算资金{perfAmount}万元。", when: { value: "perfAmount", is: "present" } },
        { id: "绩效.补充", text: "{year}年度，本单位编报绩效目标的项目共{fact:perf.count}个，涉及项目预算资金{fact:perf.amount}万元。", when: { value: "perfAmount", is: "absent" } },
      ],
    },
    {
      id: "国有资产",
      paragraphs: [
        { id: "国有资产.标题", kind: "heading", text: "五、国有资产占有使用情况" },
        { id: "国有资产", text: "截至{fact:assets.date}，{unit}共有车辆{fact:assets.vehicles}辆。{year}年部门预算安排购置车辆{fact:assets.newVehicles}辆。" },
      ],
    },
  ],
};
