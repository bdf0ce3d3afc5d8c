/** Counts by severity, plus unit and year when the engine found them. */
import { Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { Severity, WorkbookReport } from "../../core/report";
import { SEVERITIES, SEVERITY_NAMES } from "../../core/report";
import { SeverityIcon } from "./SeverityIcon";
import { S } from "../strings";

const useStyles = makeStyles({
  root: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`, display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  tiles: { display: "grid", gridTemplateColumns: "repeat(3, 1fr)", gap: tokens.spacingHorizontalS },
  tile: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderTopWidth: tokens.strokeWidthThickest,
  },
  error: { borderTopColor: tokens.colorPaletteRedBorder2 },
  warning: { borderTopColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderTopColor: tokens.colorBrandStroke1 },
  label: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground2 },
  unit: { color: tokens.colorNeutralForeground3 },
});

export function Summary({ report }: { report: WorkbookReport }) {
  const s = useStyles();
  const who = [report.unit, report.year ? `${report.year}年` : ""].filter(Boolean).join(" · ");
  return (
    <section className={s.root} aria-label={S.summary} data-testid="summary">
      {who && <Caption1 className={s.unit}>{who}</Caption1>}
      <div className={s.tiles}>
        {SEVERITIES.map((sev: Severity) => (
          <div key={sev} className={mergeClasses(s.tile, s[sev])} data-severity={sev}>
            <span className={s.label}>
              <SeverityIcon severity={sev} />
              <Caption1>{SEVERITY_NAMES[sev]}</Caption1>
            </span>
            <Text size={600} weight="semibold">
              {report.summary[sev]}
            </Text>
          </div>
        ))}
      </div>
    </section>
  );
}
