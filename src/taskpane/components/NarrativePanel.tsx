/**
 * 生成情况说明: choose a template, preview the paragraphs (placeholders highlighted, missing facts
 * listed), and 写入工作表: a new sheet, never an existing one, plus the input sheet for the facts.
 */
import { useEffect, useMemo, useState } from "react";
import { Button, Caption1, Field, makeStyles, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular, ArrowDownloadRegular, DocumentAddRegular } from "@fluentui/react-icons";
import type { Grid } from "../../core/grid";
import { builtinTemplates, type BuiltinTemplateId, type GeneratedNarrative } from "../../core/narrative/generate";
import type { TableOverride } from "../../hosts/port";
import { disclosureFor } from "../model/disclosure";
import { buildNarrative, visiblePlaceholders } from "../model/narrative";
import type { NarrativeWrite } from "../writers";
import { userMessage } from "../model/errors";
import { S } from "../strings";
import { NarrativePreview } from "./NarrativePreview";
import { MissingFacts } from "./MissingFacts";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalL}` },
  intro: { color: tokens.colorNeutralForeground3 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface NarrativePanelProps {
  grids: Grid[];
  overrides: TableOverride[];
  browser: boolean;
  disabled: boolean;
  /** Reads the workbook again (facts the user filled in since). */
  onReread: () => Promise<Grid[]>;
  onWrite: (g: GeneratedNarrative, grids: Grid[]) => Promise<NarrativeWrite>;
  onDownload?: () => void;
}

export function NarrativePanel({ grids: initial, overrides, browser, disabled, onReread, onWrite, onDownload }: NarrativePanelProps) {
  const s = useStyles();
  const templates = useMemo(() => builtinTemplates(), []);
  const [templateId, setTemplateId] = useState<BuiltinTemplateId>(templates[0].id);
  const [grids, setGrids] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [written, setWritten] = useState<NarrativeWrite | null>(null);
  // Validated again: the grids just read replace the ones this panel re-read itself.
  useEffect(() => setGrids(initial), [initial]);

  const disclosure = useMemo(() => disclosureFor(grids, overrides), [grids, overrides]);
  const result = useMemo((): { g: GeneratedNarrative } | { error: string } => {
    try {
      return { g: buildNarrative(disclosure, grids, templateId) };
    } catch (e) {
      return { error: userMessage(e, S.writeFailed) };
    }
  }, [disclosure, grids, templateId]);
  const g = "g" in result ? result.g : null;

  const act = async (f: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await f();
    } catch (e) {
      setError(userMessage(e, S.writeFailed));
    } finally {
      setBusy(false);
    }
  };

  const reread = () => act(async () => setGrids(await onReread()));
  const write = () =>
    act(async () => {
      if (g) setWritten(await onWrite(g, grids));
    });

  const off = disabled || busy;
  const chosen = templates.find((t) => t.id === templateId);
  return (
    <div className={s.root} data-testid="narrative">
      <Caption1 className={s.intro}>{S.narrativeIntro}</Caption1>
      <Field label={S.template} hint={chosen?.description}>
        <RadioGroup value={templateId} disabled={off} onChange={(_, d) => setTemplateId(d.value as BuiltinTemplateId)}>
          {templates.map((t) => (
            <Radio key={t.id} value={t.id} label={t.name} />
          ))}
        </RadioGroup>
      </Field>
      <div className={s.row}>
        <Button appearance="primary" icon={busy ? <Spinner size="tiny" /> : <DocumentAddRegular />} disabled={off || !g} onClick={() => void write()}>
          {S.writeNarrative}
        </Button>
        {!browser && (
          <Button icon={<ArrowClockwiseRegular />} disabled={off} onClick={() => void reread()}>
            {S.refreshNarrative}
          </Button>
        )}
        {browser && written && (
          <Button icon={<ArrowDownloadRegular />} disabled={off} onClick={onDownload}>
            {S.downloadWithNarrative}
          </Button>
        )}
      </div>
      {(error ?? ("error" in result ? result.error : null)) && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error ?? ("error" in result ? result.error : "")}</MessageBarBody>
        </MessageBar>
      )}
      {written && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{browser ? S.wroteNarrativeBrowser(written.sheet, written.factsSheet) : S.wroteNarrative(written.sheet, written.factsSheet)}</MessageBarBody>
        </MessageBar>
      )}
      {g && (
        <>
          <MissingFacts facts={g.missingFacts} />
          <Caption1 className={s.intro}>{S.placeholderCount(visiblePlaceholders(g.paragraphs))}</Caption1>
          <NarrativePreview paragraphs={g.paragraphs} label={`${S.preview}：${chosen?.name ?? ""}`} />
        </>
      )}
    </div>
  );
}
