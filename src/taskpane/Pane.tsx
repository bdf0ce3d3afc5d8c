/** The task pane: actions, progress, summary, findings and recognized tables over one host port. */
import { useMemo, useState } from "react";
import { Caption1, makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import type { Finding } from "../core/report";
import type { HostPort } from "../hosts/port";
import { FileHost } from "../hosts/xlsx/file-host";
import { localOverrideStore } from "../hosts/xlsx/override-store";
import { ALL_SEVERITIES, filterFindings, findingKey, type FindingFilter } from "./model/findings";
import { sheetOverview } from "./model/tables";
import { useValidation } from "./useValidation";
import { Header } from "./components/Header";
import { ActionBar } from "./components/ActionBar";
import { ProgressPanel } from "./components/ProgressPanel";
import { StatusMessage } from "./components/StatusMessage";
import { Summary } from "./components/Summary";
import { Filters } from "./components/Filters";
import { FindingsList } from "./components/FindingsList";
import { TablesPanel } from "./components/TablesPanel";
import { GeneratePanel } from "./components/GeneratePanel";
import { NarrativePanel } from "./components/NarrativePanel";
import { disclosureFor } from "./model/disclosure";
import { useSheetWriter } from "./useSheetWriter";
import { saveFile } from "./download";
import { S } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  browser: { maxWidth: "480px", width: "100%", margin: "0 auto", boxShadow: tokens.shadow4 },
  main: { display: "flex", flexDirection: "column", flex: 1 },
  hint: { padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`, color: tokens.colorNeutralForeground3 },
  tabs: { flexWrap: "wrap", padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} 0`, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});

type Tab = "findings" | "tables" | "generate" | "narrative";

export interface PaneProps {
  mode: "excel" | "browser";
  /** The Excel host (Excel mode). */
  excelHost?: HostPort;
  /** Excel mode: the workbook's file name for the report. */
  documentName?: string;
  /** Browser mode: how the marked copy reaches the user (a download by default). */
  save?: (bytes: Uint8Array, name: string) => void;
}

export function Pane({ mode, excelHost, documentName = "", save = saveFile }: PaneProps) {
  const s = useStyles();
  const [fileHost, setFileHost] = useState<FileHost | null>(null);
  const host: HostPort | null = mode === "excel" ? (excelHost ?? null) : fileHost;
  const fileName = mode === "excel" ? documentName : (fileHost?.fileName ?? "");
  const v = useValidation(host, fileName);
  const [filter, setFilter] = useState<FindingFilter>({ severities: ALL_SEVERITIES, category: null });
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>("findings");
  const writer = useSheetWriter(host);
  const [note, setNote] = useState<string | null>(null);
  const { report, grids, overrides, phase, progress } = v.state;

  const shown = useMemo(() => (report ? filterFindings(report.findings, filter) : []), [report, filter]);
  const overview = useMemo(
    () => (report ? sheetOverview(grids.map((g) => g.sheet), grids, report, overrides) : []),
    [report, grids, overrides],
  );
  // Recognized for the generators only while their tab is open.
  const disclosure = useMemo(() => (report && tab === "generate" ? disclosureFor(grids, overrides) : null), [report, grids, overrides, tab]);

  const open = async (file: File) => {
    setSelected(null);
    setNote(null);
    setFileHost(new FileHost(file.name, new Uint8Array(await file.arrayBuffer()), localOverrideStore()));
  };

  const select = (f: Finding) => {
    setSelected(findingKey(f));
    host?.selectCell(f.sheet, f.cell).catch((e: unknown) => setNote(e instanceof Error ? e.message : String(e)));
  };

  const download = async () => {
    if (!fileHost) return;
    try {
      const bytes = await fileHost.markedCopy();
      save(bytes, fileHost.markedFileName());
      setNote(S.downloaded(fileHost.markedFileName()));
    } catch (e) {
      setNote(e instanceof Error ? e.message : String(e));
    }
  };

  const notice = note ? { intent: "success" as const, text: note } : v.state.notice;
  return (
    <div className={mode === "browser" ? `${s.root} ${s.browser}` : s.root}>
      <Header mode={mode} />
      <main className={s.main}>
        <ActionBar
          mode={mode}
          busy={v.busy}
          validated={report !== null}
          canValidate={host !== null}
          fileName={mode === "browser" ? (fileHost?.fileName ?? null) : null}
          onValidate={() => {
            setNote(null);
            void v.validate();
          }}
          onClear={() => {
            setNote(null);
            void v.clear();
          }}
          onOpen={(f) => void open(f)}
          onDownload={() => void download()}
        />
        <ProgressPanel phase={phase} progress={progress} />
        <StatusMessage
          notice={notice}
          onDismiss={() => {
            setNote(null);
            v.dismissNotice();
          }}
        />
        {report ? (
          <>
            <Summary report={report} />
            <TabList className={s.tabs} selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as Tab)} size="small">
              <Tab value="findings">{`${S.tabFindings}（${report.findings.length}）`}</Tab>
              <Tab value="tables">{`${S.tabTables}（${report.tables.length}）`}</Tab>
              <Tab value="generate">{S.tabGenerate}</Tab>
              <Tab value="narrative">{S.tabNarrative}</Tab>
            </TabList>
            {tab === "findings" && (
              <>
                <Filters findings={report.findings} filter={filter} onChange={setFilter} />
                <FindingsList findings={shown} total={report.findings.length} grids={grids} selected={selected} onSelect={select} />
              </>
            )}
            {tab === "tables" && (
              <TablesPanel sheets={overview} missing={report.missingTables} browser={mode === "browser"} disabled={v.busy} onCorrect={(sh, cell, id) => void v.correct(sh, cell, id)} />
            )}
            {tab === "generate" && disclosure && (
              <GeneratePanel disclosure={disclosure} browser={mode === "browser"} disabled={v.busy} onWrite={writer.writeTables} onDownload={() => void download()} />
            )}
            {tab === "narrative" && (
              <NarrativePanel
                grids={grids}
                overrides={overrides}
                browser={mode === "browser"}
                disabled={v.busy}
                onReread={writer.reread}
                onWrite={writer.writeText}
                onDownload={() => void download()}
              />
            )}
          </>
        ) : (
          phase === "idle" && <Caption1 className={s.hint}>{mode === "excel" ? S.startHintExcel : S.startHintBrowser}</Caption1>
        )}
      </main>
    </div>
  );
}
