/** Which amounts a share or a change refers to, inside one sentence. */
import type { AmountClaim, ChangeClaim, ParsedParagraph, ShareClaim } from "./claims";
import { isZeroAmount } from "../money";

export interface SharePair {
  share: ShareClaim;
  part?: AmountClaim;
  /** Earlier amounts of the sentence that may be the parent, headline first. */
  parents: AmountClaim[];
}

/** Pairs each share with its part (the amount just before it) and the possible parents. */
export function sharePairs(p: ParsedParagraph): SharePair[] {
  return p.shares.map((share) => {
    const inSentence = p.amounts.filter((a) => a.sentence === share.sentence && a.end <= share.start);
    const part = inSentence[inSentence.length - 1];
    const parents = part ? inSentence.filter((a) => a !== part && a.end <= part.start && !isZeroAmount(a.amount)) : [];
    return { share, part, parents };
  });
}

export interface ChangeContext {
  change: ChangeClaim;
  /** The sentence's headline (first current-year amount before the change). */
  headline?: AmountClaim;
  /** The current-year amount nearest before the change. */
  current?: AmountClaim;
  /** A prior-year amount stated before the change ("2023年为58140元"). */
  prior?: AmountClaim;
}

export function changeContexts(p: ParsedParagraph): ChangeContext[] {
  return p.changes.map((change) => {
    const before = p.amounts.filter((a) => a.sentence === change.sentence && a.end <= change.start && !a.threshold);
    const prior = [...before].reverse().find((a) => a.priorYear);
    const currents = before.filter((a) => !a.priorYear);
    const current = prior ? [...currents].reverse().find((a) => a.end <= prior.start) : currents[currents.length - 1];
    return { change, headline: currents[0], current, prior };
  });
}
