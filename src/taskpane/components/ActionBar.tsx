/** 打开工作簿 (browser) · 校验 · 清除标记 (Excel) · 下载标注版 (browser). */
import { useRef } from "react";
import { Button, Caption1, makeStyles, tokens, Tooltip } from "@fluentui/react-components";
import { ArrowClockwiseRegular, ArrowDownloadRegular, CheckmarkCircleRegular, EraserRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { S } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0` },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  file: { color: tokens.colorNeutralForeground2, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: 0, flex: 1 },
  hidden: { display: "none" },
});

export interface ActionBarProps {
  mode: "excel" | "browser";
  busy: boolean;
  validated: boolean;
  canValidate: boolean;
  fileName: string | null;
  onValidate: () => void;
  onClear: () => void;
  onOpen?: (file: File) => void;
  onDownload?: () => void;
}

export function ActionBar(p: ActionBarProps) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className={s.root}>
      {p.mode === "browser" && (
        <div className={s.row}>
          <Button icon={<FolderOpenRegular />} disabled={p.busy} onClick={() => input.current?.click()}>
            {S.open}
          </Button>
          <input
            ref={input}
            className={s.hidden}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={S.openHint}
            data-testid="file-input"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (f) p.onOpen?.(f);
              e.currentTarget.value = "";
            }}
          />
          <Caption1 className={s.file} title={p.fileName ?? undefined}>
            {p.fileName ?? S.noFile}
          </Caption1>
        </div>
      )}
      <div className={s.row}>
        <Button
          appearance="primary"
          icon={p.validated ? <ArrowClockwiseRegular /> : <CheckmarkCircleRegular />}
          disabled={p.busy || !p.canValidate}
          onClick={p.onValidate}
        >
          {p.validated ? S.revalidate : S.validate}
        </Button>
        {p.mode === "excel" && (
          <Tooltip content="去掉加载项添加的颜色和批注，恢复单元格原样" relationship="description">
            <Button icon={<EraserRegular />} disabled={p.busy} onClick={p.onClear}>
              {S.clear}
            </Button>
          </Tooltip>
        )}
        {p.mode === "browser" && p.validated && (
          <Button icon={<ArrowDownloadRegular />} disabled={p.busy} onClick={p.onDownload}>
            {S.download}
          </Button>
        )}
      </div>
    </div>
  );
}
