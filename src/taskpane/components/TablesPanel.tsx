/**
 * Which tables were recognized on which sheets, and a way to correct a wrong recognition (remembered
 * in the workbook inside Excel, in the browser's storage on the web page).
 */
import { Badge, Button, Caption1, makeStyles, Menu, MenuDivider, MenuItem, MenuList, MenuPopover, MenuTrigger, Text, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular, EditRegular } from "@fluentui/react-icons";
import type { TableId } from "../../core/model";
import { TABLE_IDS, TABLE_NAMES } from "../../core/model";
import type { SheetOverview } from "../model/tables";
import { S } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}` },
  intro: { color: tokens.colorNeutralForeground3 },
  missing: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorNeutralForeground1,
  },
  list: { listStyleType: "none", margin: 0, padding: 0, border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1 },
  sheet: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`, ":first-child": { borderTop: "none" } },
  sheetName: { display: "block", marginBottom: tokens.spacingVerticalXXS },
  block: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalS, minHeight: "28px" },
  blockText: { flex: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  range: { color: tokens.colorNeutralForeground3 },
  none: { flex: 1, color: tokens.colorNeutralForeground3 },
});

type Choose = (id: TableId | "none" | null) => void;

function CorrectionMenu({ label, corrected, current, disabled, onChoose }: { label: string; corrected: boolean; current?: TableId; disabled: boolean; onChoose: Choose }) {
  return (
    <Menu positioning="below-end">
      <MenuTrigger disableButtonEnhancement>
        <Button size="small" appearance="subtle" icon={<EditRegular />} disabled={disabled}>
          {label}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {corrected && (
            <>
              <MenuItem icon={<ArrowUndoRegular />} onClick={() => onChoose(null)}>
                {S.undoCorrection}
              </MenuItem>
              <MenuDivider />
            </>
          )}
          {TABLE_IDS.filter((id) => id !== current).map((id) => (
            <MenuItem key={id} onClick={() => onChoose(id)}>{`${id} ${TABLE_NAMES[id]}`}</MenuItem>
          ))}
          <MenuDivider />
          <MenuItem onClick={() => onChoose("none")}>{S.notATable}</MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}

export interface TablesPanelProps {
  sheets: SheetOverview[];
  missing: TableId[];
  browser: boolean;
  disabled: boolean;
  onCorrect: (sheet: string, cell: string | undefined, id: TableId | "none" | null) => void;
}

export function TablesPanel({ sheets, missing, browser, disabled, onCorrect }: TablesPanelProps) {
  const s = useStyles();
  return (
    <div className={s.root} data-testid="tables">
      <Caption1 className={s.intro}>{browser ? S.tablesIntroBrowser : S.tablesIntro}</Caption1>
      {missing.length > 0 && (
        <Caption1 className={s.missing} role="note">
          {`${S.missingTables}：${missing.map((id) => `${id} ${TABLE_NAMES[id]}`).join("、")}`}
        </Caption1>
      )}
      <ul className={s.list} aria-label={S.tabTables}>
        {sheets.map((sh) => (
          <li key={sh.sheet} className={s.sheet} data-sheet={sh.sheet}>
            <Text weight="semibold" className={s.sheetName}>
              {sh.sheet}
            </Text>
            {sh.excluded ? (
              <div className={s.block}>
                <Caption1 className={s.none}>{S.excludedSheet}</Caption1>
                <Button size="small" appearance="subtle" icon={<ArrowUndoRegular />} disabled={disabled} onClick={() => onCorrect(sh.sheet, undefined, null)}>
                  {S.undoCorrection}
                </Button>
              </div>
            ) : sh.tables.length ? (
              sh.tables.map((t) => (
                <div key={`${t.id}-${t.range}`} className={s.block}>
                  <Badge appearance={t.corrected ? "filled" : "tint"} color="brand" shape="rounded">
                    {t.id}
                  </Badge>
                  <span className={s.blockText}>
                    <Caption1>{t.title || TABLE_NAMES[t.id]}</Caption1>
                    <Caption1 className={s.range}>{t.corrected ? `${t.range} · ${S.corrected}` : t.range}</Caption1>
                  </span>
                  <CorrectionMenu label={S.correct} corrected={t.corrected} current={t.id} disabled={disabled} onChoose={(id) => onCorrect(sh.sheet, id === "none" ? undefined : t.corrected ? t.overrideCell : t.cell, id)} />
                </div>
              ))
            ) : (
              <div className={s.block}>
                <Caption1 className={s.none}>{sh.pendingOverride ? S.pendingOverride(sh.pendingOverride) : S.unrecognizedSheet}</Caption1>
                <CorrectionMenu label={S.correctSheet} corrected={sh.pendingOverride !== undefined} disabled={disabled} onChoose={(id) => onCorrect(sh.sheet, undefined, id)} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
