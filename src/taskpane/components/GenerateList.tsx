/** Every table the tool can generate: a checkbox, its sources, its status in the workbook, why not or what to confirm. */
import { Badge, Caption1, Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { PlanEntry } from "../../core/generate";
import type { TableId } from "../../core/model";
import { S } from "../strings";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1 },
  item: { display: "flex", alignItems: "flex-start", columnGap: tokens.spacingHorizontalXS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, ":first-child": { borderTop: "none" } },
  text: { flex: 1, minWidth: 0, display: "flex", flexDirection: "column", paddingTop: tokens.spacingVerticalXS },
  head: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS },
  name: { flex: 1, minWidth: 0 },
  from: { color: tokens.colorNeutralForeground3 },
  reason: { color: tokens.colorPaletteRedForeground1 },
  caution: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const STATUS_COLOR = { missing: "danger", empty: "warning", present: "success" } as const;

export interface GenerateListProps {
  entries: PlanEntry[];
  checked: ReadonlySet<TableId>;
  disabled: boolean;
  onToggle: (id: TableId, on: boolean) => void;
}

export function GenerateList({ entries, checked, disabled, onToggle }: GenerateListProps) {
  const s = useStyles();
  return (
    <ul className={s.list} aria-label={S.tabGenerate}>
      {entries.map((e) => (
        <li key={e.id} className={s.item} data-table={e.id}>
          <Checkbox checked={checked.has(e.id)} disabled={disabled || !e.derivable} aria-label={`${e.id} ${e.name}`} onChange={(_, d) => onToggle(e.id, d.checked === true)} />
          <span className={s.text}>
            <span className={s.head}>
              <Text size={200} weight="semibold" className={s.name}>{`${e.id} ${e.name}`}</Text>
              <Badge size="small" appearance="tint" shape="rounded" color={STATUS_COLOR[e.status]}>
                {S.status[e.status]}
              </Badge>
            </span>
            <Caption1 className={s.from}>{`${S.from}：${e.from}`}</Caption1>
            {!e.derivable && e.reason && <Caption1 className={s.reason}>{`${S.cannotGenerate}：${e.reason}`}</Caption1>}
            {e.cautions.map((c) => (
              <Caption1 key={c} className={s.caution}>
                {`${S.caution}：${c}`}
              </Caption1>
            ))}
            {!e.inTemplate && <Caption1 className={s.from}>{S.notInTemplate}</Caption1>}
          </span>
        </li>
      ))}
    </ul>
  );
}
