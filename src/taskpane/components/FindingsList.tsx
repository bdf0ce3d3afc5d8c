/** Findings grouped by table, then by severity. Long groups show their first items until expanded. */
import { useState } from "react";
import { Badge, Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Grid } from "../../core/grid";
import type { Finding } from "../../core/report";
import { SEVERITY_NAMES } from "../../core/report";
import { findingKey, groupFindings } from "../model/findings";
import { FindingItem } from "./FindingItem";
import { S } from "../strings";

const PAGE = 50;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM, padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}` },
  group: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
  },
  groupHeader: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  groupTitle: { flex: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  sheets: { color: tokens.colorNeutralForeground3 },
  severity: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  li: { borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, ":first-child": { borderTop: "none" } },
  empty: { padding: `${tokens.spacingVerticalL} 0`, color: tokens.colorNeutralForeground3 },
  more: { margin: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}` },
});

export interface FindingsListProps {
  findings: Finding[];
  total: number;
  grids: Grid[];
  selected: string | null;
  onSelect: (f: Finding) => void;
}

export function FindingsList({ findings, total, grids, selected, onSelect }: FindingsListProps) {
  const s = useStyles();
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  if (!findings.length) return <Caption1 className={s.root}>{total ? S.noMatch : S.noFindings}</Caption1>;
  return (
    <div className={s.root}>
      {groupFindings(findings).map((g) => {
        const gk = g.table ?? "other";
        const headingId = `group-${gk}`;
        return (
          <section key={gk} className={s.group} aria-labelledby={headingId} data-group={gk}>
            <div className={s.groupHeader}>
              {g.table && (
                <Badge appearance="tint" color="brand" shape="rounded">
                  {g.table}
                </Badge>
              )}
              <span className={s.groupTitle}>
                <Subtitle2 as="h2" id={headingId} className={s.groupHeading}>
                  {g.title}
                </Subtitle2>
                <Caption1 className={s.sheets}>{g.sheets.join("、")}</Caption1>
              </span>
              <Badge appearance="outline" color="informative" shape="circular" aria-label={`${g.count} 条`}>
                {g.count}
              </Badge>
            </div>
            {g.bySeverity.map((sg) => {
              const key = `${gk}/${sg.severity}`;
              const all = expanded.has(key);
              const shown = all ? sg.findings : sg.findings.slice(0, PAGE);
              return (
                <div key={sg.severity}>
                  <h3 className={s.severity}>{`${SEVERITY_NAMES[sg.severity]} · ${sg.findings.length}`}</h3>
                  <ul className={s.list}>
                    {shown.map((f) => (
                      <li key={findingKey(f)} className={s.li}>
                        <FindingItem finding={f} grids={grids} selected={selected === findingKey(f)} onSelect={onSelect} />
                      </li>
                    ))}
                  </ul>
                  {!all && sg.findings.length > PAGE && (
                    <Button className={s.more} size="small" appearance="transparent" onClick={() => setExpanded(new Set(expanded).add(key))}>
                      {S.showAll(sg.findings.length)}
                    </Button>
                  )}
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
