/** What the pane is doing right now, with progress for large workbooks. */
import { Caption1, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import type { ReadProgress } from "../../hosts/port";
import type { Phase } from "../useValidation";
import { progressText, S } from "../strings";

const useStyles = makeStyles({
  root: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
  hint: { color: tokens.colorNeutralForeground3 },
});

function label(phase: Phase, progress: ReadProgress | null): string {
  if (phase === "reading") return progress ? progressText(progress) : "正在读取工作簿…";
  if (phase === "validating") return S.validating;
  if (phase === "marking") return S.marking;
  return S.clearing;
}

export function ProgressPanel({ phase, progress }: { phase: Phase; progress: ReadProgress | null }) {
  const s = useStyles();
  if (phase === "idle") return null;
  const value = phase === "reading" && progress && progress.total > 1 ? progress.done / progress.total : undefined;
  const text = label(phase, progress);
  return (
    <div className={s.root} role="status" aria-live="polite">
      <Field validationMessage={<Caption1 className={s.hint}>{text}</Caption1>} validationState="none">
        <ProgressBar value={value} thickness="medium" aria-label={text} />
      </Field>
    </div>
  );
}
