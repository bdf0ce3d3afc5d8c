import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { rmb } from "../../src/functions/functions";
import { installCustomFunctionsStub, thrownError } from "./custom-functions-stub";

beforeAll(installCustomFunctionsStub);

describe("BUDGET.RMB", () => {
  it("writes the seed's PERF total", () => {
    expect(rmb(1272159.65)).toBe("壹佰贰拾柒万贰仟壹佰伍拾玖元陆角伍分");
  });

  it("follows the 零 rules of 支付结算办法", () => {
    expect(rmb(1409.5)).toBe("壹仟肆佰零玖元伍角");
    expect(rmb(16409.02)).toBe("壹万陆仟肆佰零玖元零贰分");
    expect(rmb(1680.32)).toBe("壹仟陆佰捌拾元零叁角贰分");
    expect(rmb(325.04)).toBe("叁佰贰拾伍元零肆分");
    expect(rmb(1000100)).toBe("壹佰万零壹佰元整");
    expect(rmb(100000001)).toBe("壹亿零壹元整");
    expect(rmb(100010000)).toBe("壹亿零壹万元整");
    expect(rmb(105000)).toBe("壹拾万零伍仟元整");
    expect(rmb(10)).toBe("壹拾元整");
    expect(rmb(1000.05)).toBe("壹仟元零伍分");
  });

  it("writes 整 only after 元", () => {
    expect(rmb(100)).toBe("壹佰元整");
    expect(rmb(0.5)).toBe("伍角");
    expect(rmb(0.05)).toBe("伍分");
    expect(rmb(0.65)).toBe("陆角伍分");
    expect(rmb(0)).toBe("零元整");
    expect(rmb(null)).toBe("零元整");
  });

  it("rounds half-up to 分 and writes negatives with 负", () => {
    expect(rmb(0.005)).toBe("壹分");
    expect(rmb(0.004)).toBe("零元整");
    expect(rmb(-0.004)).toBe("零元整");
    expect(rmb(-64980)).toBe("负陆万肆仟玖佰捌拾元整");
    expect(rmb("(1,272,159.65)")).toBe("负壹佰贰拾柒万贰仟壹佰伍拾玖元陆角伍分");
  });

  it("reads a unit written in the text", () => {
    expect(rmb("127.22万元")).toBe("壹佰贰拾柒万贰仟贰佰元整");
    expect(rmb("１２元")).toBe("壹拾贰元整");
  });

  it("handles huge values up to 万亿 and refuses beyond", () => {
    expect(rmb(1e15)).toBe("壹仟万亿元整");
    expect(rmb(1e12)).toBe("壹万亿元整");
    expect(rmb(1000100000000)).toBe("壹万零壹亿元整");
    expect(rmb(1000000010000)).toBe("壹万亿零壹万元整");
    expect(rmb(123456789012345)).toBe("壹佰贰拾叁万肆仟伍佰陆拾柒亿捌仟玖佰零壹万贰仟叁佰肆拾伍元整");
    expect(thrownError(() => rmb(1e16)).code).toBe("#NUM!");
    expect(thrownError(() => rmb("一百")).code).toBe("#VALUE!");
  });
});

/** An independent reader of 大写 amounts, for the round-trip property: → cents. */
const DIGIT = "零壹贰叁肆伍陆柒捌玖";
function readSection(s: string): bigint {
  const units: Record<string, bigint> = { 仟: 1000n, 佰: 100n, 拾: 10n };
  let total = 0n;
  let digit = 0n;
  for (const ch of s) {
    const d = DIGIT.indexOf(ch);
    if (d > 0) digit = BigInt(d);
    else if (d === 0) continue;
    else if (units[ch]) {
      total += digit * units[ch];
      digit = 0n;
    } else throw new Error(`unexpected ${ch} in ${s}`);
  }
  return total + digit;
}
function readInteger(s: string): bigint {
  const yi = s.lastIndexOf("亿");
  if (yi >= 0) return readInteger(s.slice(0, yi)) * 100000000n + readInteger(s.slice(yi + 1));
  const wan = s.lastIndexOf("万");
  if (wan >= 0) return readSection(s.slice(0, wan)) * 10000n + readSection(s.slice(wan + 1));
  return readSection(s);
}
function readRmb(text: string): bigint {
  let s = text;
  let sign = 1n;
  if (s.startsWith("负")) {
    sign = -1n;
    s = s.slice(1);
  }
  if (s === "零元整") return 0n;
  s = s.replace(/整$/, "");
  const yuanAt = s.indexOf("元");
  const integer = yuanAt >= 0 ? readInteger(s.slice(0, yuanAt)) : 0n;
  const rest = yuanAt >= 0 ? s.slice(yuanAt + 1) : s;
  const jiao = /(.)角/.exec(rest);
  const fen = /(.)分/.exec(rest);
  const j = jiao ? BigInt(DIGIT.indexOf(jiao[1])) : 0n;
  const f = fen ? BigInt(DIGIT.indexOf(fen[1])) : 0n;
  return sign * (integer * 100n + j * 10n + f);
}

/** Runs of zeros between non-zero digits of the amount written out to 分. */
function zeroRuns(cents: bigint): number {
  const digits = (cents < 0n ? -cents : cents).toString().replace(/0+$/, "");
  return (digits.match(/0+/g) ?? []).length;
}

describe("BUDGET.RMB properties", () => {
  const cents = fc.bigInt({ min: -(10n ** 18n) + 1n, max: 10n ** 18n - 1n });
  const small = fc.bigInt({ min: -100000000n, max: 100000000n });
  const sparse = fc
    .array(fc.constantFrom(0, 0, 0, 1, 5, 9), { minLength: 1, maxLength: 18 })
    .map((ds) => BigInt(ds.join("")));

  it("round-trips, never doubles 零, and ends with 整, 角 or 分 as the amount requires", () => {
    fc.assert(
      fc.property(fc.oneof(cents, small, sparse), (c) => {
        const value = `${c < 0n ? "-" : ""}${(c < 0n ? -c : c) / 100n}.${((c < 0n ? -c : c) % 100n).toString().padStart(2, "0")}`;
        const text = rmb(value);
        expect(readRmb(text)).toBe(c);
        if (text !== "零元整") expect(text).not.toMatch(/零零|零[元万亿角分整]|^负?零/);
        const abs = c < 0n ? -c : c;
        if (abs % 100n === 0n) expect(text).toMatch(/元整$/);
        else if (abs % 10n === 0n) expect(text).toMatch(/角$/);
        else expect(text).toMatch(/分$/);
        expect(text.indexOf("整")).toBe(text.includes("整") ? text.length - 1 : -1);
        expect(text.startsWith("负")).toBe(c < 0n);
        if (abs >= 100n) expect((text.match(/零/g) ?? []).length).toBe(zeroRuns(abs));
      }),
      { numRuns: 5000 },
    );
  });
});
