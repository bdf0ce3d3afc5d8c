/** The generated paragraphs, read-only, with each 【请填写：…】 highlighted. */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { GeneratedParagraph } from "../../core/narrative/generate";
import { textParts } from "../model/narrative";

const useStyles = makeStyles({
  root: {
    maxHeight: "50vh",
    overflowY: "auto",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
  },
  heading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  body: { margin: `0 0 ${tokens.spacingVerticalXS}`, textIndent: "2em" },
  placeholder: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1, borderRadius: tokens.borderRadiusSmall, padding: "0 2px" },
});

export function NarrativePreview({ paragraphs, label }: { paragraphs: GeneratedParagraph[]; label: string }) {
  const s = useStyles();
  return (
    <div className={s.root} role="document" aria-label={label} tabIndex={0} data-testid="narrative-preview">
      {paragraphs.map((p) => {
        const Tag = p.kind === "heading" ? "h3" : "p";
        return (
          <Tag key={p.id} className={p.kind === "heading" ? s.heading : s.body} data-paragraph={p.id}>
            {textParts(p.text).map((part, i) =>
              part.placeholder ? (
                <mark key={i} className={s.placeholder} data-placeholder>
                  {part.text}
                </mark>
              ) : (
                part.text
              ),
            )}
          </Tag>
        );
      })}
    </div>
  );
}
