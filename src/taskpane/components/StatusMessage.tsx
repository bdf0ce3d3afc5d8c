/** The last action's outcome or error, dismissable. */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import type { Notice } from "../useValidation";

const useStyles = makeStyles({ root: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` } });

export function StatusMessage({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const s = useStyles();
  if (!notice) return null;
  return (
    <div className={s.root}>
      <MessageBar intent={notice.intent} layout="multiline">
        <MessageBarBody>{notice.text}</MessageBarBody>
        <MessageBarActions containerAction={<Button aria-label="关闭提示" appearance="transparent" size="small" icon={<DismissRegular />} onClick={onDismiss} />} />
      </MessageBar>
    </div>
  );
}
