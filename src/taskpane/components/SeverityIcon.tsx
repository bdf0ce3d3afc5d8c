/** The severity glyph used in the summary, the filters and the list (colour + shape, never colour alone). */
import { makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../core/report";

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, flexShrink: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, flexShrink: 0 },
  info: { color: tokens.colorBrandForeground1, flexShrink: 0 },
});

export function SeverityIcon({ severity }: { severity: Severity }) {
  const s = useStyles();
  if (severity === "error") return <ErrorCircle16Filled className={s.error} aria-hidden />;
  if (severity === "warning") return <Warning16Filled className={s.warning} aria-hidden />;
  return <Info16Filled className={s.info} aria-hidden />;
}
