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
  const groups: CorroboratedSentence[] = [];
  // Each group's distinct terms, at the group's place: kept beside the groups, not in them, so that no group is
  // copied again to drop them (every question folds its 40 ranked sentences; a copy and a closure per test added up).
  const groupTerms: ReadonlySet<string>[] = [];
  for (const r of ranked) {
    const terms = termSetOf(r.sentence.text);
    const article = r.sentence.articleId;
    let same: CorroboratedSentence | undefined;
    for (let g = 0; g < groups.length && same === undefined; g += 1) {
      const group = groups[g]!;
      if (group.sentence.articleId !== article && !cites(group.others, article) && overlap(groupTerms[g]!, terms) >= SAME_FACT_OVERLAP)
        same = group;
    }
    if (same) same.others.push(r);
    else {
      groups.push({ ...r, others: [] });
      groupTerms.push(terms);
    }
  }
  return groups;
}

/**
 * The sentences of the first `depth` groups in rank order, each group's own sentence before the other articles'
 * that say the same, with the group's rank: the one walk every reader of the best excerpts makes.
 */
export function* groupSentences(
  groups: readonly CorroboratedSentence[],
  depth: number,
): Generator<{ rank: number; group: CorroboratedSentence; sentence: RankedSentence['sentence'] }> {
  for (let rank = 0; rank < Math.min(depth, groups.length); rank += 1) {
    const group = groups[rank]!;
    yield { rank, group, sentence: group.sentence };
    for (const other of group.others) yield { rank, group, sentence: other.sentence };
  }
}

/** Whether one of a group's folded sentences comes from the article. */
function cites(others: readonly RankedSentence[], articleId: string): boolean {
  for (const o of others) if (o.sentence.articleId === articleId) return true;
  return false;
}
