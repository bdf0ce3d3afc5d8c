/**
 * 生成缺失表: the tables that can be generated (ticked by default when the workbook lacks them), corrected
 * copies of coded tables that lack 合计/类/款 rows, a
 * preview of the chosen ones, and 生成 which writes each onto a new sheet through the host.
 */
import { useEffect, useMemo, useState } from "react";
import { Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, Select, Spinner, tokens } from "@fluentui/react-components";
import { ArrowDownloadRegular, EyeRegular, TableAddRegular } from "@fluentui/react-icons";
import { generateSubtotals, generateTables, planGeneration, planSubtotals, type GenerateOptions, type TableDraft } from "../../core/generate";
import type { Disclosure, TableId } from "../../core/model";
import { draftPreview } from "../model/preview";
import { userMessage } from "../model/errors";
import { S } from "../strings";
import { GenerateList } from "./GenerateList";
import { DraftPreview } from "./DraftPreview";
import { SubtotalChoice } from "./SubtotalChoice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}` },
  intro: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  created: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type UnitType = NonNullable<GenerateOptions["unitType"]>;

export interface GeneratePanelProps {
  disclosure: Disclosure;
  browser: boolean;
  disabled: boolean;
  /** Writes the drafts through the host; resolves with the sheet names used. */
  onWrite: (drafts: TableDraft[]) => Promise<string[]>;
  /** Browser mode: download the copy holding the new sheets. */
  onDownload?: () => void;
}

export function GeneratePanel({ disclosure, browser, disabled, onWrite, onDownload }: GeneratePanelProps) {
  const s = useStyles();
  const [unitType, setUnitType] = useState<UnitType | "">("");
  const options: GenerateOptions = useMemo(() => (unitType ? { unitType } : {}), [unitType]);
  const plan = useMemo(() => planGeneration(disclosure, options), [disclosure, options]);
  const [checked, setChecked] = useState<Set<TableId>>(() => new Set(plan.available.map((e) => e.id)));
  const [drafts, setDrafts] = useState<TableDraft[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string[]>([]);
  const [writing, setWriting] = useState(false);
  const subtotals = useMemo(() => planSubtotals(disclosure), [disclosure]);
  const [withSubtotals, setWithSubtotals] = useState(true);

  // A new plan (another workbook, corrections, unit type): back to the tables it says are available.
  useEffect(() => {
    setChecked(new Set(plan.available.map((e) => e.id)));
    setDrafts(null);
    setError(null);
  }, [plan]);

  const chosen = plan.all.filter((e) => e.derivable && checked.has(e.id)).map((e) => e.id);

  const draftsOrError = (): TableDraft[] | null => {
    setError(null);
    const corrected = withSubtotals && subtotals.length > 0;
    if (!chosen.length && !corrected) {
      setError(S.nothingChosen);
      return null;
    }
    try {
      return [...(chosen.length ? generateTables(disclosure, chosen, options) : []), ...(corrected ? generateSubtotals(disclosure) : [])];
    } catch (e) {
      setError(userMessage(e, S.writeFailed));
      return null;
    }
  };

  const preview = () => setDrafts(draftsOrError());

  const generate = async () => {
    const ds = draftsOrError();
    if (!ds) return;
    setDrafts(ds);
    setWriting(true);
    try {
      const names = await onWrite(ds);
      setCreated(names);
    } catch (e) {
      setError(userMessage(e, S.writeFailed));
    } finally {
      setWriting(false);
    }
  };

  const toggle = (id: TableId, on: boolean) => {
    setChecked((c) => {
      const next = new Set(c);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
    setDrafts(null);
  };

  const busy = disabled || writing;
  return (
    <div className={s.root} data-testid="generate">
      <Caption1 className={s.intro}>{browser ? S.generateIntroBrowser : S.generateIntro}</Caption1>
      {plan.all.some((e) => e.id === "T11") && (
        <Field label={S.unitType} size="small" orientation="horizontal">
          <Select size="small" value={unitType} disabled={busy} onChange={(_, d) => setUnitType(d.value as UnitType | "")}>
            {Object.entries(S.unitTypes).map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <GenerateList entries={plan.all} checked={checked} disabled={busy} onToggle={toggle} />
      <SubtotalChoice
        entries={subtotals}
        checked={withSubtotals}
        disabled={busy}
        onChange={(on) => {
          setWithSubtotals(on);
          setDrafts(null);
        }}
      />
      {!plan.all.some((e) => e.derivable) && !subtotals.length && <Caption1 className={s.intro}>{S.nothingToGenerate}</Caption1>}
      <div className={s.row}>
        <Button icon={<EyeRegular />} disabled={busy} onClick={preview}>
          {S.preview}
        </Button>
        <Button appearance="primary" icon={writing ? <Spinner size="tiny" /> : <TableAddRegular />} disabled={busy} onClick={() => void generate()}>
          {writing ? S.generating : S.generate}
        </Button>
        {browser && created.length > 0 && (
          <Button icon={<ArrowDownloadRegular />} disabled={busy} onClick={onDownload}>
            {S.downloadWithTables}
          </Button>
        )}
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {created.length > 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{browser ? S.createdTablesBrowser(created) : S.createdTables(created)}</MessageBarBody>
        </MessageBar>
      )}
      {drafts?.map((d) => <DraftPreview key={d.sheetName} preview={draftPreview(d)} />)}
    </div>
  );
}
