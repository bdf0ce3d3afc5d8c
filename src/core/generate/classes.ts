/** The 30 支出功能分类 类 lines of the county template's two-sided tables (表一, 表四), from the bundled catalog. */
import classes from "../catalog/bundled/function-classes.json";
import { chineseNumeral } from "./style";

export interface ClassLine {
  code: string;
  label: string;
}

export function countyClassLines(): ClassLine[] {
  return (classes.entries as { code: string; name: string }[]).map((e, i) => ({ code: e.code, label: `${chineseNumeral(i + 1)}、${e.name}` }));
}
