/** Coded tables that lack their 合计 row or 类/款 rows: one choice to add corrected copies, with what each inserts. */
import { Caption1, Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { SubtotalEntry } from "../../core/generate";
import { S } from "../strings";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL },
  item: { color: tokens.colorNeutralForeground3 },
});

export interface SubtotalChoiceProps {
  entries: SubtotalEntry[];
  checked: boolean;
  disabled: boolean;
  onChange: (on: boolean) => void;
}

export function SubtotalChoice({ entries, checked, disabled, onChange }: SubtotalChoiceProps) {
  const s = useStyles();
  if (!entries.length) return null;
  return (
    <section className={s.box} data-testid="subtotals" aria-label={S.subtotalsTitle}>
      <Text size={200} weight="semibold">
        {S.subtotalsTitle}
      </Text>
      <Checkbox checked={checked} disabled={disabled} label={S.subtotalsChoice} onChange={(_, d) => onChange(d.checked === true)} />
      <ul className={s.list}>
        {entries.map((e) => (
          <li key={`${e.sheet}-${e.id}`}>
            <Caption1 className={s.item}>{S.subtotalsItem(e.id, e.name, e.sheet, e.inserted)}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
