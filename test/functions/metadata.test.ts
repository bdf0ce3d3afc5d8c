/**
 * The metadata Excel reads: generated from the JSDoc in src/functions/functions.ts the way the
 * webpack plugin does, and its zh-CN translation (scripts/functions-zh-cn.ts).
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { localizeMetadata } from "../../scripts/functions-zh-cn";
import { ZH_CN_NAMES } from "../../scripts/functions-zh-cn-names";
import { EXPECTED_SIGNATURES, signature } from "./expected-signatures";

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { type?: string; dimensionality?: string };
}


let metadata: { functions: Fn[] };

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(path.resolve(__dirname, "../../src/functions/functions.ts"));
  expect(result.errors).toEqual([]);
  metadata = JSON.parse(result.metadataJson);
});

describe("functions.json from the JSDoc", () => {
  it("declares every BUDGET function with its parameters", () => {
    expect(Object.fromEntries(metadata.functions.map((f) => [f.id, signature(f)]))).toEqual(EXPECTED_SIGNATURES);
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it("describes every function and parameter in Chinese", () => {
    for (const f of metadata.functions) {
      expect(f.description, f.id).toMatch(/[\u4e00-\u9fff]/);
      for (const p of f.parameters) expect(p.description, `${f.id}.${p.name}`).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("spills SHARES as a matrix and types the results", () => {
    const byId = Object.fromEntries(metadata.functions.map((f) => [f.id, f]));
    expect(byId.SHARES.result).toEqual({ dimensionality: "matrix", type: "number" });
    expect(byId.PCT.result.type).toBe("number");
    expect(byId.RMB.result.type).toBe("string");
    expect(byId.SUBJECT.result.type).toBe("string");
  });
});

describe("functions-zh-cn.json", () => {
  it("keeps ids and descriptions and translates every name", () => {
    const zh = localizeMetadata(metadata) as unknown as { functions: Fn[] };
    expect(zh.functions.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    const names = Object.fromEntries(zh.functions.map((f) => [f.id, f.name]));
    expect(names).toMatchObject({
      PCT: "占比",
      SHARES: "占比组",
      CHANGE: "增减",
      SUMCODE: "科目求和",
      LEVEL: "科目级次",
      SUBJECT: "科目名称",
      CHECK: "尾差校验",
      WAN: "元转万元",
      YUAN: "万元转元",
      TEXT: "金额文本",
      RMB: "人民币大写",
    });
    zh.functions.forEach((f, i) => {
      const en = metadata.functions[i];
      expect(f.description).toBe(en.description);
      expect(f.parameters.map((p) => p.description)).toEqual(en.parameters.map((p) => p.description));
      for (const p of f.parameters) expect(p.name, `${f.id}.${p.name}`).toMatch(/^[\u4e00-\u9fff]+$/);
    });
  });

  it("fails on a function or parameter without a translation, and on leftovers", () => {
    const extra = { functions: [...metadata.functions, { id: "NEW", name: "NEW", parameters: [{ name: "x" }] }] };
    expect(() => localizeMetadata(extra)).toThrow("函数 NEW 缺少中文名称");
    const { PCT, ...withoutPct } = ZH_CN_NAMES;
    expect(() => localizeMetadata(metadata, withoutPct)).toThrow("函数 PCT 缺少中文名称");
    const missingParam = { ...ZH_CN_NAMES, PCT: { name: PCT.name, parameters: { part: "部分", total: "总数" } } };
    expect(() => localizeMetadata(metadata, missingParam)).toThrow("函数 PCT 的参数 digits 缺少中文名称");
    const unknown = { ...ZH_CN_NAMES, GONE: { name: "消失", parameters: {} } };
    expect(() => localizeMetadata(metadata, unknown)).toThrow("翻译表中的函数 GONE 不存在");
    const duplicate = { ...ZH_CN_NAMES, WAN: { ...ZH_CN_NAMES.WAN, name: "占比" } };
    expect(() => localizeMetadata(metadata, duplicate)).toThrow("中文函数名“占比”重复");
    expect(() => localizeMetadata({ functions: "no" })).toThrow("functions.json 格式不对");
  });
});
