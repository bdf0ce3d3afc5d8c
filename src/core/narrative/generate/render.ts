/**
 * Fills a template paragraph's placeholders with the named values. A value the tables do not hold
 * and the user did not give becomes a visible 【请填写：…】 and is recorded; nothing is guessed.
 */
import Decimal from "decimal.js";
import type { Amount } from "../../money";
import { formatDecimal } from "../../money";
import { percentOf } from "../../rounding";
import type { Disclosure } from "../../model";
import { type Facts, type FactValue, BUILTIN_FACTS, PRIOR_PREFIX, fillYears, hasFact, itemFact, priorFact } from "./facts";
import { formatMoney, formatPercent, inTemplateUnit } from "./format";
import { listItems, type ListItem } from "./lists";
import { groupShares, shareOf } from "./shares";
import { type Condition, type FactDef, type NarrativeTemplate, TemplateError } from "./template";
import { isValueName, type TableValues, VALUE_LABELS } from "./values";
import { isZeroAmount } from "../../money";

export interface Placeholder {
  /** The fact to fill in, or the table value that was not found. */
  key: string;
  label: string;
  kind: "fact" | "table";
  /** The text written in its place. */
  text: string;
}

export interface RenderContext {
  template: NarrativeTemplate;
  disclosure: Disclosure;
  values: TableValues;
  facts: Facts;
  /** Every fact the template asked for, in first-use order (filled or not). */
  requested: Map<string, FactDef>;
}

export interface RenderResult {
  text: string;
  placeholders: Placeholder[];
}

const TOKEN = /\{([^{}]+)\}/g;

export function placeholderText(label: string): string {
  return `【请填写：${label}】`;
}

class Renderer {
  readonly placeholders: Placeholder[] = [];
  constructor(private readonly ctx: RenderContext) {}

  get year(): number | undefined {
    const y = this.ctx.values.year;
    if (y !== undefined) return y;
    const f = this.ctx.facts.year;
    return f instanceof Decimal ? f.toNumber() : typeof f === "string" && /^\d{4}$/.test(f.trim()) ? Number(f.trim()) : undefined;
  }

  private def(key: string): FactDef {
    const own = this.ctx.template.facts.find((f) => f.key === key) ?? BUILTIN_FACTS.find((f) => f.key === key);
    if (own) return own;
    if (key.startsWith(PRIOR_PREFIX)) {
      const name = key.slice(PRIOR_PREFIX.length);
      if (isValueName(name)) return priorFact(name, this.ctx.template.number.unit);
    }
    throw new TemplateError(`情况说明模板引用了未定义的补充信息“${key}”：请在模板的 facts 中定义`);
  }

  private request(def: FactDef): FactDef {
    const label = fillYears(def.label, this.year);
    const filled = { ...def, label, note: fillYears(def.note, this.year) };
    if (!this.ctx.requested.has(def.key)) this.ctx.requested.set(def.key, filled);
    return filled;
  }

  /** The fact's value, or undefined (recorded as requested either way). */
  fact(def: FactDef): FactValue | undefined {
    this.request(def);
    return hasFact(this.ctx.facts, def.key) ? this.ctx.facts[def.key] : undefined;
  }

  missing(def: FactDef): string {
    const filled = this.request(def);
    const text = placeholderText(filled.label);
    this.placeholders.push({ key: def.key, label: filled.label, kind: "fact", text });
    return text;
  }

  missingTable(name: string, label: string): string {
    const text = placeholderText(`${label}（未识别到对应的表）`);
    this.placeholders.push({ key: name, label, kind: "table", text });
    return text;
  }

  factText(def: FactDef): string {
    const v = this.fact(def);
    if (v === undefined) return this.missing(def);
    if (v instanceof Decimal) {
      if (def.kind === "amount") return formatMoney({ value: v, decimals: null, unit: this.ctx.template.number.unit }, this.ctx.template.number);
      return v.toString();
    }
    return v.trim().replace(/[。；;]+$/, "");
  }

  /** An amount fact as an Amount in the template's unit, or undefined when missing / not a number. */
  factAmount(def: FactDef): Amount | undefined {
    const v = this.fact(def);
    return v instanceof Decimal ? { value: v, decimals: this.ctx.template.number.decimals, unit: this.ctx.template.number.unit } : undefined;
  }

  value(name: string): Amount | undefined {
    return isValueName(name) ? this.ctx.values.amounts[name] : undefined;
  }

  render(text: string, item?: { item: ListItem; index: number; shareOf?: Amount }): string {
    return text.replace(TOKEN, (_, token: string) => this.token(token.trim(), item));
  }

  private token(token: string, item?: { item: ListItem; index: number; shareOf?: Amount }): string {
    const { template, values } = this.ctx;
    const style = template.number;
    if (item) {
      const it = item.item;
      switch (token) {
        case "name":
          return it.name;
        case "code":
          return it.code ?? "";
        case "index":
          return String(item.index + 1);
        case "class":
          return it.className ?? "";
        case "section":
          return it.sectionName ?? "";
        case "amount":
          return formatMoney(it.amount, style);
        case "share":
          return formatPercent(item.shareOf ? shareOf(it.amount, item.shareOf, style.percentDecimals) : null, style);
      }
      if (token.startsWith("fact:")) {
        const def = this.def(token.slice(5));
        return this.factText(itemFact(def, it.code ?? it.name, it.name));
      }
    }
    if (token === "unit") {
      if (values.unit) return values.unit;
      return this.factText(this.def("unitName"));
    }
    if (token === "year") return this.year !== undefined ? String(this.year) : this.missing(this.def("year"));
    if (token === "priorYear") return this.year !== undefined ? String(this.year - 1) : this.missing(this.def("year"));
    if (token === "perfCount") return String(values.perfCount);
    if (token.startsWith("fact:")) return this.factText(this.def(token.slice(5)));
    if (token.startsWith("change:")) return this.change(token.slice(7));
    if (token.startsWith("sum:")) return this.sum(token.slice(4).split("+").map((s) => s.trim()));
    if (token in template.lists) return this.list(token);
    const share = this.share(token);
    if (share !== undefined) return share;
    if (isValueName(token)) {
      const a = values.amounts[token];
      return a ? formatMoney(a, style) : this.missingTable(token, VALUE_LABELS[token]);
    }
    throw new TemplateError(`情况说明模板中的占位符“{${token}}”不认识`);
  }

  private share(token: string): string | undefined {
    if (!token.endsWith("Share")) return undefined;
    const part = token.slice(0, -"Share".length);
    const style = this.ctx.template.number;
    for (const g of this.ctx.template.shareGroups) {
      const i = g.parts.indexOf(part);
      if (i < 0) continue;
      const total = this.value(g.total);
      const parts = g.parts.map((p) => this.value(p));
      if (!total || parts.some((p) => !p)) return this.missingTable(part, `${VALUE_LABELS[part as keyof typeof VALUE_LABELS] ?? part}占比`);
      return formatPercent(groupShares(parts as Amount[], total, g.method, style.percentDecimals)[i], style);
    }
    return undefined;
  }

  private list(name: string): string {
    const spec = this.ctx.template.lists[name];
    const items = listItems(this.ctx.disclosure, spec.source);
    if (!items.length) return spec.empty;
    const total = spec.shareOf ? this.value(spec.shareOf) : undefined;
    return items.map((item, index) => this.render(spec.item, { item, index, shareOf: total })).join(spec.separator);
  }

  /** Items of a list, for paragraphs written once per item. */
  items(name: string): { items: ListItem[]; shareOf?: Amount; item: string } {
    const spec = this.ctx.template.lists[name];
    if (!spec) throw new TemplateError(`情况说明模板的 forEach 引用了未定义的列表“${name}”`);
    return { items: listItems(this.ctx.disclosure, spec.source), shareOf: spec.shareOf ? this.value(spec.shareOf) : undefined, item: spec.item };
  }

  /** "比上年增加14.46万元，增长5.80%" from the table value and the user's prior-year figure. */
  private change(name: string): string {
    if (!isValueName(name)) throw new TemplateError(`情况说明模板中的“{change:${name}}”不是已知的数值`);
    const style = this.ctx.template.number;
    const current = this.value(name);
    const def = priorFact(name, style.unit);
    const prior = this.factAmount(def);
    if (!current) return this.missingTable(name, VALUE_LABELS[name]);
    if (!prior) return this.ctx.template.change.missing.split("{placeholder}").map((part) => this.render(part)).join(this.missing(def));
    const cur = inTemplateUnit(current, style);
    const delta = cur.minus(prior.value);
    const c = this.ctx.template.change;
    if (delta.isZero()) return this.render(c.flat);
    const abs = delta.abs();
    const rate = percentOf(abs, prior.value, style.percentDecimals);
    const fill = (s: string) =>
      this.render(s.replace(/\{delta\}/g, formatDecimal(abs, style.decimals, style.thousands)).replace(/\{rate\}/g, rate ? formatDecimal(rate, style.percentDecimals) : ""));
    const base = delta.isPositive() ? c.increase : c.decrease;
    const rateText = delta.isPositive() ? c.increaseRate : c.decreaseRate;
    return fill(base) + (rate && !isZeroAmount(prior) ? fill(rateText) : "");
  }

  private sum(names: string[]): string {
    const style = this.ctx.template.number;
    let total = new Decimal(0);
    const missing: string[] = [];
    for (const n of names) {
      if (n.startsWith("fact:")) {
        const def = this.def(n.slice(5));
        const a = this.factAmount(def);
        if (a) total = total.plus(a.value);
        else missing.push(this.missing(def));
      } else {
        const a = this.value(n);
        if (a) total = total.plus(inTemplateUnit(a, style));
        else missing.push(this.missingTable(n, isValueName(n) ? VALUE_LABELS[n] : n));
      }
    }
    if (missing.length) {
      const labels = this.placeholders.slice(-missing.length).map((p) => p.label.replace(/（[^）]*）$/, ""));
      return placeholderText(`${labels.join("、")}，填写后自动合计`);
    }
    return formatMoney({ value: total, decimals: null, unit: style.unit }, style);
  }

  holds(cond: Condition): boolean {
    if (cond.value.startsWith("fact:")) {
      const v = this.fact(this.def(cond.value.slice(5)));
      if (cond.equals !== undefined) return typeof v === "string" ? v.trim() === cond.equals : v !== undefined && v.toString() === cond.equals;
      const present = v !== undefined;
      switch (cond.is ?? "present") {
        case "present":
          return present;
        case "absent":
          return !present;
        case "zero":
          return v instanceof Decimal && v.isZero();
        case "nonZero":
          return v instanceof Decimal && !v.isZero();
      }
    }
    if (!isValueName(cond.value)) throw new TemplateError(`情况说明模板的条件引用了未知数值“${cond.value}”`);
    const a = this.value(cond.value);
    switch (cond.is ?? "present") {
      case "present":
        return !!a;
      case "absent":
        return !a;
      case "zero":
        return !!a && inTemplateUnit(a, this.ctx.template.number).isZero();
      case "nonZero":
        return !!a && !inTemplateUnit(a, this.ctx.template.number).isZero();
    }
  }
}

export function createRenderer(ctx: RenderContext): Renderer {
  return new Renderer(ctx);
}
export type { Renderer };
