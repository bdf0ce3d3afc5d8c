/** One finding: message, expected/actual, where it is; clicking selects the cell. */
import { Caption1, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import type { Grid } from "../../core/grid";
import { fromA1 } from "../../core/grid";
import type { Finding } from "../../core/report";
import { CATEGORY_NAMES } from "../../core/report";
import { SeverityIcon } from "./SeverityIcon";
import { S } from "../strings";

const useStyles = makeStyles({
  item: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: "none",
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
    borderRadius: 0,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    borderLeftColor: tokens.colorBrandStroke1,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Selected },
  },
  icon: { paddingTop: "2px" },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, minWidth: 0 },
  message: { wordBreak: "break-word" },
  meta: { color: tokens.colorNeutralForeground3 },
  values: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  value: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
  },
  detail: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
});

/** The displayed text of a cell, from the grids that were validated. */
function cellText(grids: Grid[], sheet: string, cell: string): string | null {
  const g = grids.find((x) => x.sheet === sheet);
  if (!g) return null;
  const { row, col } = fromA1(cell);
  return g.text[row - g.originRow]?.[col - g.originCol] ?? null;
}

export interface FindingItemProps {
  finding: Finding;
  selected: boolean;
  grids: Grid[];
  onSelect: (f: Finding) => void;
}

export function FindingItem({ finding: f, selected, grids, onSelect }: FindingItemProps) {
  const s = useStyles();
  const text = selected ? cellText(grids, f.sheet, f.cell) : null;
  return (
    <button
      type="button"
      className={mergeClasses(s.item, selected && s.selected)}
      aria-pressed={selected}
      data-table={f.table ?? ""}
      data-severity={f.severity}
      data-cell={`${f.sheet}!${f.cell}`}
      title={`${S.goTo} ${f.sheet}!${f.cell}`}
      onClick={() => onSelect(f)}
    >
      <span className={s.icon}>
        <SeverityIcon severity={f.severity} />
      </span>
      <span className={s.body}>
        <Text size={300} className={s.message}>
          {f.message}
        </Text>
        {(f.expected !== undefined || f.actual !== undefined) && (
          <span className={s.values}>
            {f.expected !== undefined && <Caption1 className={s.value}>{`${S.expected} ${f.expected}`}</Caption1>}
            {f.actual !== undefined && <Caption1 className={s.value}>{`${S.actual} ${f.actual}`}</Caption1>}
          </span>
        )}
        <Caption1 className={s.meta}>{`${f.sheet}!${f.cell} · ${CATEGORY_NAMES[f.category]}`}</Caption1>
        {selected && (
          <span className={s.detail}>
            {text !== null && <Caption1>{`${S.cellText}：${text === "" ? "（空）" : text}`}</Caption1>}
            {f.related.length > 0 && <Caption1>{`${S.related}：${f.related.map((r) => `${r.sheet}!${r.cell}`).join("、")}`}</Caption1>}
          </span>
        )}
      </span>
    </button>
  );
}
