/** The facts the text still needs from the user (the rows to fill in the input sheet). */
import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { FactDef } from "../../core/narrative/generate";
import { S } from "../strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  note: { color: tokens.colorNeutralForeground3 },
});

export function MissingFacts({ facts }: { facts: FactDef[] }) {
  const s = useStyles();
  if (!facts.length) return <Caption1 className={s.note}>{S.noMissingFacts}</Caption1>;
  return (
    <section className={s.root} aria-label={S.missingFacts(facts.length)}>
      <Text size={200} weight="semibold">
        {S.missingFacts(facts.length)}
      </Text>
      <ul className={s.list}>
        {facts.map((f) => (
          <li key={f.key}>
            <Caption1>{f.label}</Caption1>
          </li>
        ))}
      </ul>
    </section>
  );
}
