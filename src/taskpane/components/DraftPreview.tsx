/** A generated table before it is written: title, target sheet and its first rows, read-only. */
import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { DraftPreview as Preview } from "../model/preview";
import { S } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  note: { color: tokens.colorNeutralForeground3 },
  caution: { color: tokens.colorPaletteDarkOrangeForeground1 },
  scroll: { overflowX: "auto", border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusSmall, backgroundColor: tokens.colorNeutralBackground1 },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100, whiteSpace: "nowrap" },
  cell: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, padding: `1px ${tokens.spacingHorizontalXS}` },
  header: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3, textAlign: "center" },
  money: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

const NUMBER = /^-?[\d,]+\.\d+$/;

export function DraftPreview({ preview }: { preview: Preview }) {
  const s = useStyles();
  return (
    <section className={s.root} aria-label={`${S.preview}：${preview.title}`} data-preview={preview.sheetName}>
      <Text weight="semibold" size={200}>
        {preview.title}
      </Text>
      <Caption1 className={s.note}>{`${S.newSheet(preview.sheetName)}；${S.previewRows(preview.rows.length + 1, preview.totalRows)}`}</Caption1>
      {preview.cautions.map((c) => (
        <Caption1 key={c} className={s.caution}>
          {`${S.caution}：${c}`}
        </Caption1>
      ))}
      {/* Focusable so the table can be scrolled sideways from the keyboard. */}
      <div className={s.scroll} tabIndex={0} role="group" aria-label={preview.sheetName}>
        <table className={s.table}>
          <tbody>
            {preview.rows.map((row, r) => (
              <tr key={r}>
                {row.cells.map((c, i) => {
                  const Cell = row.header ? "th" : "td";
                  const cls = `${s.cell} ${row.header ? s.header : NUMBER.test(c.text) ? s.money : ""}`;
                  return (
                    <Cell key={i} className={cls} colSpan={c.colSpan > 1 ? c.colSpan : undefined} rowSpan={c.rowSpan > 1 ? c.rowSpan : undefined}>
                      {c.text}
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
