/** Severity toggles and a category choice for the findings list. */
import { Dropdown, makeStyles, Option, ToggleButton, tokens } from "@fluentui/react-components";
import type { Category, Finding, Severity } from "../../core/report";
import { CATEGORIES, CATEGORY_NAMES, SEVERITIES, SEVERITY_NAMES } from "../../core/report";
import type { FindingFilter } from "../model/findings";
import { countBy } from "../model/findings";
import { SeverityIcon } from "./SeverityIcon";
import { S } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalXS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}` },
  category: { minWidth: "120px", maxWidth: "150px", marginLeft: "auto" },
});

export function Filters({ findings, filter, onChange }: { findings: Finding[]; filter: FindingFilter; onChange: (f: FindingFilter) => void }) {
  const s = useStyles();
  const bySeverity = countBy(findings, (f) => f.severity);
  const byCategory = countBy(findings, (f) => f.category);
  const toggle = (sev: Severity) => {
    const next = new Set(filter.severities);
    if (next.has(sev)) next.delete(sev);
    else next.add(sev);
    onChange({ ...filter, severities: next });
  };
  const categoryLabel = filter.category ? CATEGORY_NAMES[filter.category] : S.allCategories;
  return (
    <div className={s.root} role="group" aria-label={S.filterSeverity}>
      {SEVERITIES.map((sev) => (
        <ToggleButton key={sev} size="small" appearance="subtle" shape="circular" checked={filter.severities.has(sev)} icon={<SeverityIcon severity={sev} />} onClick={() => toggle(sev)}>
          {SEVERITY_NAMES[sev]} {bySeverity[sev] ?? 0}
        </ToggleButton>
      ))}
      <Dropdown
        className={s.category}
        size="small"
        aria-label={S.filterCategory}
        value={categoryLabel}
        selectedOptions={[filter.category ?? "all"]}
        onOptionSelect={(_, d) => onChange({ ...filter, category: d.optionValue === "all" || !d.optionValue ? null : (d.optionValue as Category) })}
      >
        <Option value="all">{S.allCategories}</Option>
        {CATEGORIES.filter((c) => byCategory[c]).map((c) => (
          <Option key={c} value={c} text={CATEGORY_NAMES[c]}>
            {`${CATEGORY_NAMES[c]}（${byCategory[c]}）`}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}
