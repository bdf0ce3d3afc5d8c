/**
 * The bundled catalog against the real documents: every coded row of the seed (阳城县信访局
 * 2024) and of the Shanghai reference (普陀区财政局 2025, 2026 template) must agree with it.
 * The lists below are copied by hand from /work/shared/seeds/000_8cd5b31deb737d2d.txt and
 * /work/shared/reference/shanghai-putuo-*.
 */
import { describe, expect, it } from "vitest";
import { type CatalogKind, loadBundledCatalog, matchSubjectName } from "../../src/core/catalog/catalog";

const catalog = loadBundledCatalog();

function expectCurrent(kind: CatalogKind, code: string, name: string) {
  const entry = catalog.byCode(kind, code);
  expect(entry, `${kind} ${code} ${name} missing`).toBeDefined();
  expect(matchSubjectName(entry!, name), `${kind} ${code}: catalog says ${entry!.name}, document says ${name}`).toEqual({
    status: "current",
  });
}

/** Seed 表一 预算收支总表, expenditure side: the 30 fixed 类 lines, in printed order. */
const SEED_T01_LINES = [
  "一、一般公共服务支出",
  "二、外交支出",
  "三、国防支出",
  "四、公共安全支出",
  "五、教育支出",
  "六、科学技术支出",
  "七、文化旅游体育与传媒支出",
  "八、社会保障和就业支出",
  "九、社会保险基金支出",
  "十、卫生健康支出",
  "十一、节能环保支出",
  "十二、城乡社区支出",
  "十三、农林水支出",
  "十四、交通运输支出",
  "十五、资源勘探工业信息等支出",
  "十六、商业服务业等支出",
  "十七、金融支出",
  "十八、援助其他地区支出",
  "十九、自然资源海洋气象等支出",
  "二十、住房保障支出",
  "二十一、粮油物资储备支出",
  "二十二、国有资本经营预算支出",
  "二十三、灾害防治及应急管理支出",
  "二十四、预备费",
  "二十五、其他支出",
  "二十六、转移性支出",
  "二十七、债务还本支出",
  "二十八、债务付息支出",
  "二十九、债务发行费用支出",
  "三十、抗疫特别国债安排的支出",
];

/** Seed 表三 预算支出总表 (表二 and 表五 carry the same rows). */
const SEED_T03_ROWS: [string, string][] = [
  ["201", "一般公共服务支出"],
  ["20103", "政府办公厅（室）及相关机构事务"],
  ["2010301", "行政运行"],
  ["2010350", "事业运行"],
  ["20140", "信访事务"],
  ["2014004", "信访业务"],
  ["2014099", "其他信访事务支出"],
  ["208", "社会保障和就业支出"],
  ["20805", "行政事业单位养老支出"],
  ["2080505", "机关事业单位基本养老保险缴费支出"],
  ["2080506", "机关事业单位职业年金缴费支出"],
  ["20899", "其他社会保障和就业支出"],
  ["2089999", "其他社会保障和就业支出"],
  ["210", "卫生健康支出"],
  ["21011", "行政事业单位医疗"],
  ["2101101", "行政单位医疗"],
  ["2101102", "事业单位医疗"],
  ["221", "住房保障支出"],
  ["22102", "住房改革支出"],
  ["2210201", "住房公积金"],
];

/** Seed 表六: 部门预算支出经济科目名称 column (no codes printed), group rows included. */
const SEED_T06_DEPT_NAMES = [
  "工资福利支出",
  "基本工资",
  "津贴补贴",
  "奖金",
  "绩效工资",
  "机关事业单位基本养老保险缴费",
  "职业年金缴费",
  "职工基本医疗保险缴费",
  "其他社会保障缴费",
  "住房公积金",
  "其他工资福利支出",
  "商品和服务支出",
  "办公费",
  "工会经费",
  "福利费",
  "其他交通费用",
];

/** Seed 表六: 政府预算支出经济科目名称 column, the names of 501/502 款 (机关). */
const SEED_T06_GOV_NAMES_VERIFIED = ["工资奖金津补贴", "社会保障缴费", "住房公积金", "其他工资福利支出", "办公经费"];

/** Shanghai 2025 表3 部门支出预算总表 (表2 and 表5 identical), code split over 类 | 款 | 项. */
const SHANGHAI_T03_ROWS: [string, string, string, string][] = [
  ["201", "", "", "一般公共服务支出"],
  ["201", "06", "", "财政事务"],
  ["201", "06", "01", "行政运行"],
  ["201", "06", "02", "一般行政管理事务"],
  ["201", "06", "07", "信息化建设"],
  ["201", "06", "08", "财政委托业务支出"],
  ["208", "", "", "社会保障和就业支出"],
  ["208", "05", "", "行政事业单位养老支出"],
  ["208", "05", "01", "行政单位离退休"],
  ["208", "05", "05", "机关事业单位基本养老保险缴费支出"],
  ["208", "05", "06", "机关事业单位职业年金缴费支出"],
  ["208", "05", "99", "其他行政事业单位养老支出"],
  ["210", "", "", "卫生健康支出"],
  ["210", "11", "", "行政事业单位医疗"],
  ["210", "11", "01", "行政单位医疗"],
  ["221", "", "", "住房保障支出"],
  ["221", "02", "", "住房改革支出"],
  ["221", "02", "01", "住房公积金"],
  ["221", "02", "03", "购房补贴"],
];

/** Shanghai 2025 表8 一般公共预算基本支出部门预算经济分类预算表, code split over 类 | 款. */
const SHANGHAI_T06_ROWS: [string, string, string][] = [
  ["301", "", "工资福利支出"],
  ["301", "01", "基本工资"],
  ["301", "02", "津贴补贴"],
  ["301", "08", "机关事业单位基本养老保险缴费"],
  ["301", "09", "职业年金缴费"],
  ["301", "10", "职工基本医疗保险缴费"],
  ["301", "12", "其他社会保障缴费"],
  ["301", "13", "住房公积金"],
  ["301", "99", "其他工资福利支出"],
  ["302", "", "商品和服务支出"],
  ["302", "01", "办公费"],
  ["302", "02", "印刷费"],
  ["302", "04", "手续费"],
  ["302", "07", "邮电费"],
  ["302", "11", "差旅费"],
  ["302", "13", "维修（护）费"],
  ["302", "15", "会议费"],
  ["302", "16", "培训费"],
  ["302", "17", "公务接待费"],
  ["302", "26", "劳务费"],
  ["302", "27", "委托业务费"],
  ["302", "28", "工会经费"],
  ["302", "29", "福利费"],
  ["302", "39", "其他交通费用"],
  ["302", "99", "其他商品和服务支出"],
  ["303", "", "对个人和家庭的补助"],
  ["303", "02", "退休费"],
  ["310", "", "资本性支出"],
  ["310", "02", "办公设备购置"],
];

/** Shanghai 2026 template example rows (功能分类 类 | 款 | 项, and 部门经济分类 类 | 款). */
const TEMPLATE_2026_FUNCTION_ROWS: [string, string, string, string][] = [
  ["205", "", "", "教育支出"],
  ["205", "02", "", "普通教育"],
  ["205", "02", "05", "高等教育"],
  ["207", "", "", "文化旅游体育与传媒支出"],
  ["207", "99", "", "其他文化旅游体育与传媒支出"],
  ["229", "", "", "其他支出"],
  ["229", "08", "", "彩票发行销售机构业务费安排的支出"],
  ["229", "08", "04", "福利彩票销售机构的业务费支出"],
  ["223", "", "", "国有资本经营预算支出"],
  ["223", "01", "", "解决历史遗留问题及改革成本支出"],
  ["223", "01", "05", "国有企业退休人员社会化管理补助支出"],
];
const TEMPLATE_2026_DEPT_ROWS: [string, string, string][] = [
  ["301", "", "工资福利支出"],
  ["301", "01", "基本工资"],
  ["303", "", "对个人和家庭的补助"],
  ["303", "04", "抚恤金"],
];

describe("seed (阳城县信访局 2024) against the bundled catalog", () => {
  it("has every one of the 30 T01 类 lines, each name naming exactly one 类", () => {
    expect(SEED_T01_LINES).toHaveLength(30);
    const codes = SEED_T01_LINES.map((line) => {
      const found = catalog.byName("function", line).filter((e) => e.code.length === 3);
      expect(found.map((e) => e.name), line).toHaveLength(1);
      return found[0]!.code;
    });
    expect(codes).toEqual([
      "201", "202", "203", "204", "205", "206", "207", "208", "209", "210",
      "211", "212", "213", "214", "215", "216", "217", "219", "220", "221",
      "222", "223", "224", "227", "229", "230", "231", "232", "233", "234",
    ]);
  });

  it("prints the 30 lines in code order", () => {
    const codes = SEED_T01_LINES.map((line) => catalog.byName("function", line)[0]!.code);
    expect([...codes].sort()).toEqual(codes);
  });

  it.each(SEED_T03_ROWS)("T03 row %s %s matches", (code, name) => expectCurrent("function", code, name));

  it("knows every 部门预算经济科目 name of T06", () => {
    for (const name of SEED_T06_DEPT_NAMES) expect(catalog.byName("deptEconomic", name), name).toHaveLength(1);
  });

  it("knows the verified 政府预算经济科目 names of T06 as 501/502 款", () => {
    const codes = SEED_T06_GOV_NAMES_VERIFIED.map((name) => catalog.byName("govEconomic", name).map((e) => e.code));
    expect(codes).toEqual([["50101"], ["50102"], ["50103"], ["50199"], ["50201"]]);
  });
});

describe("Shanghai 普陀区财政局 2025 against the bundled catalog", () => {
  it.each(SHANGHAI_T03_ROWS)("T03 row %s %s %s %s matches", (lei, kuan, xiang, name) =>
    expectCurrent("function", lei + kuan + xiang, name),
  );

  it.each(SHANGHAI_T06_ROWS)("T06 row %s %s %s matches", (lei, kuan, name) => expectCurrent("deptEconomic", lei + kuan, name));

  it("its 编制说明 spelling 其它行政事业单位养老支出 is not silently taken for 2080599", () => {
    expect(matchSubjectName(catalog.byCode("function", "2080599")!, "其它行政事业单位养老支出")).toBeUndefined();
  });
});

describe("Shanghai 2026 template against the bundled catalog", () => {
  it.each(TEMPLATE_2026_FUNCTION_ROWS)("功能分类 row %s %s %s %s matches", (lei, kuan, xiang, name) =>
    expectCurrent("function", lei + kuan + xiang, name),
  );
  it.each(TEMPLATE_2026_DEPT_ROWS)("部门经济分类 row %s %s %s matches", (lei, kuan, name) =>
    expectCurrent("deptEconomic", lei + kuan, name),
  );
});
