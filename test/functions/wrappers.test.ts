import { beforeAll, describe, expect, it } from "vitest";
import { toCustomFunctionsError } from "../../src/functions/functions";
import { FunctionError } from "../../src/functions/logic/errors";
import { StubCustomFunctionsError, installCustomFunctionsStub } from "./custom-functions-stub";

beforeAll(installCustomFunctionsStub);

describe("toCustomFunctionsError", () => {
  it("maps our codes to CustomFunctions.ErrorCode, keeping messages where Excel shows them", () => {
    const value = toCustomFunctionsError(new FunctionError("#VALUE!", "不是数字"));
    expect(value).toBeInstanceOf(StubCustomFunctionsError);
    expect(value).toMatchObject({ code: "#VALUE!", message: "不是数字" });
    expect(toCustomFunctionsError(new FunctionError("#N/A", "不在科目表中"))).toMatchObject({ code: "#N/A", message: "不在科目表中" });
    expect(toCustomFunctionsError(new FunctionError("#DIV/0!", "x")).message).toBeUndefined();
    expect(toCustomFunctionsError(new FunctionError("#NUM!", "x"))).toMatchObject({ code: "#NUM!", message: undefined });
  });

  it("turns unexpected failures into #VALUE! with the reason", () => {
    expect(toCustomFunctionsError(new RangeError("坏了"))).toMatchObject({ code: "#VALUE!", message: "计算出错：坏了" });
    expect(toCustomFunctionsError("x")).toMatchObject({ code: "#VALUE!", message: "计算出错：x" });
  });
});
