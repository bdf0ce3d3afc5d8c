/**
 * domain §4.18, §4.21: year-on-year changes. "比上年增加X" equal to the whole amount (prior year 0?);
 * with the prior year stated in the text: Δ = current − prior, the verb matches the sign, the rate is
 * Δ ÷ prior (and say so when the text divided by the current year).
 */
import type { Amount } from "../money";
import { formatDecimal, negate, withValue } from "../money";
import type { Rule } from "../rule";
import { checkEqual, checkShare, checkSum } from "../rounding";
import { analyzeNarrative, showIn } from "../narrative/analyze";
import { changeContexts } from "../narrative/pairs";
import { isZeroAmount } from "../money";

const agrees = (a: Amount, b: Amount) => checkEqual(a, b).status !== "mismatch";

export const rule: Rule = {
  meta: {
    id: "narrative.change",
    category: "narrative",
    defaultSeverity: "error",
    description: "情况说明中的增减额、增减率与所写的本年数、上年数一致，增减用词与方向一致",
    messages: {
      wholeAmount: "情况说明写“{change}”，增加额与本年数 {current} 相同，即上年为 0？若单位上年已有预算，请核实增减额",
      delta: "情况说明写“{change}”，按本年 {current} − 上年 {prior} 计算应为{verb} {expected}",
      verb: "情况说明写“{change}”，但本年 {current} 与上年 {prior} 相比是{actualVerb}",
      rate: "情况说明写{verb}比例 {stated}%，按增减额 {delta} ÷ 上年 {prior} 计算应为 {expected}%",
      rateWrongBase: "情况说明写{verb}比例 {stated}%，是以本年数 {current} 为分母计算的；增减率应以上年数为分母：{delta} ÷ {prior} = {expected}%",
    },
  },
  check(d, ctx) {
    for (const para of analyzeNarrative(d)) {
      for (const { change, headline, current, prior } of changeContexts(para.parsed)) {
        const at = para.cell.ref;
        const changeText = para.cell.text.slice(change.start, change.end);
        if (!prior) {
          const whole = [headline, current].find((c) => c && change.amount && change.sign > 0 && !isZeroAmount(change.amount) && agrees(change.amount, c.amount));
          if (whole) {
            ctx.report({ at, table: "NARR", messageId: "wholeAmount", severity: "warning", data: { change: changeText, current: whole.raw } });
            continue;
          }
          // "比上年增加14.46万元，增长5.80%": the prior year is current − Δ.
          if (current && change.amount && change.percent && change.sign !== 0) {
            const signed: Amount = change.sign < 0 ? negate(change.amount) : change.amount;
            const priorValue = checkSum(current.amount, [signed]).difference;
            if (!priorValue.isPositive()) continue;
            const priorAmount: Amount = { value: priorValue, decimals: current.amount.decimals, unit: current.amount.unit };
            const { value, decimals } = change.percent;
            const byPrior = checkShare(change.amount, priorAmount, value, decimals);
            if (byPrior.status !== "mismatch") continue;
            const byCurrent = checkShare(change.amount, current.amount, value, decimals);
            const expected = formatDecimal(byPrior.exactPercent, decimals || 2);
            const stated = formatDecimal(value, decimals);
            ctx.report({
              at,
              table: "NARR",
              messageId: byCurrent.status !== "mismatch" ? "rateWrongBase" : "rate",
              data: { change: changeText, verb: change.verb, stated, delta: change.raw.match(/\d[\d,.]*\s*(亿元|万元|元)/)?.[0] ?? "", prior: showIn(priorAmount, current.amount), current: current.raw, expected },
              expected: `${expected}%`,
              actual: `${stated}%`,
            });
          }
          continue;
        }
        if (!current) continue;
        // Δ = current − prior, in the current amount's unit.
        const diff = checkSum(current.amount, [prior.amount]);
        const deltaDecimals = Math.max(current.amount.decimals ?? 0, prior.amount.unit === current.amount.unit ? (prior.amount.decimals ?? 0) : 0);
        const delta: Amount = { value: diff.difference, decimals: deltaDecimals, unit: current.amount.unit };
        const absDelta = withValue(delta, delta.value.abs());
        const actualSign = diff.status === "exact" ? 0 : delta.value.isPositive() ? 1 : -1;
        const actualVerb = actualSign === 0 ? "持平" : actualSign > 0 ? "增加" : "减少";
        const data = { change: changeText, current: current.raw, prior: prior.raw };
        if (diff.status !== "rounding" && change.sign !== actualSign) {
          ctx.report({ at, table: "NARR", messageId: "verb", data: { ...data, actualVerb }, expected: actualVerb, actual: change.verb });
          continue;
        }
        if (change.amount) {
          const stated: Amount = change.sign < 0 ? negate(change.amount) : change.amount;
          const negPrior = negate(prior.amount);
          if (checkSum(stated, [current.amount, negPrior]).status === "mismatch") {
            const expected = showIn(absDelta, change.amount);
            ctx.report({ at, table: "NARR", messageId: "delta", data: { ...data, verb: actualVerb, expected }, expected, actual: change.amount ? change.raw : "" });
            continue;
          }
        }
        if (change.percent && !isZeroAmount(prior.amount)) {
          const { value, decimals } = change.percent;
          const byPrior = checkShare(absDelta, prior.amount, value, decimals);
          if (byPrior.status !== "mismatch") continue;
          const byCurrent = checkShare(absDelta, current.amount, value, decimals);
          const expected = formatDecimal(byPrior.exactPercent, decimals || 2);
          const rateData = { ...data, verb: change.verb, stated: formatDecimal(value, decimals), delta: showIn(absDelta, current.amount), expected };
          ctx.report({
            at,
            table: "NARR",
            messageId: byCurrent.status !== "mismatch" ? "rateWrongBase" : "rate",
            data: rateData,
            expected: `${expected}%`,
            actual: `${rateData.stated}%`,
          });
        }
      }
    }
  },
};
