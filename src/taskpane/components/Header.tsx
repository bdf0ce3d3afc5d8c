/** Title block of the pane. */
import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { DocumentTableCheckmark24Regular } from "@fluentui/react-icons";
import { S } from "../strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  icon: { color: tokens.colorBrandForeground1, fontSize: "24px", flexShrink: 0 },
  text: { display: "flex", flexDirection: "column", minWidth: 0 },
  title: { margin: 0 },
  caption: { color: tokens.colorNeutralForeground3 },
});

export function Header({ mode }: { mode: "excel" | "browser" }) {
  const s = useStyles();
  return (
    <header className={s.root}>
      <DocumentTableCheckmark24Regular className={s.icon} aria-hidden />
      <div className={s.text}>
        <Subtitle2 as="h1" className={s.title}>{S.appName}</Subtitle2>
        <Caption1 className={s.caption}>{mode === "excel" ? S.subtitleExcel : S.subtitleBrowser}</Caption1>
      </div>
    </header>
  );
}
