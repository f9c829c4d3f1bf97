import { overlap } from '../text/overlap.js';
import type { RankedSentence } from './rankSentences.js';
import { termSetOf } from './termMemo.js';

/** Two sentences from different articles report the same fact when this share of their terms overlaps. */
export const SAME_FACT_OVERLAP = 0.6;

/** A ranked sentence and the other articles' sentences that say the same. */
export interface CorroboratedSentence extends RankedSentence {
  others: RankedSentence[];
}

/**
 * Folds near-identical sentences from different articles into the best-ranked one, so that a fact
 * reported by three outlets is one excerpt citing all three rather than three excerpts. Overlap is
 * |A ∩ B| / min(|A|, |B|) over distinct terms, so a shortened copy also counts.
 */
export function corroborate(ranked: RankedSentence[]): CorroboratedSentence[] {
  const groups: (CorroboratedSentence & { terms: ReadonlySet<string> })[] = [];
  for (const r of ranked) {
    const terms = termSetOf(r.sentence.text);
    const same = groups.find(
      (g) =>
        g.sentence.articleId !== r.sentence.articleId &&
        !g.others.some((o) => o.sentence.articleId === r.sentence.articleId) &&
        overlap(g.terms, terms) >= SAME_FACT_OVERLAP,
    );
    if (same) same.others.push(r);
    else groups.push({ ...r, others: [], terms });
  }
  return groups.map(({ terms: _terms, ...g }) => g);
}
