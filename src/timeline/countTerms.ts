/**
 * A count written in words as the term of its digits, so that two reports of one event that write its figure each way
 * ("three ships" and "3 ships") share it as a term.
 */
import { NUMBER_WORDS } from '../nlp/dates/dateLexicon.js';
import { termOf } from '../search/terms.js';

/**
 * Each one-word count from two on, by its term ("three" → "3"): "a", "an" and "one" are left as words (they are far
 * more often an article or a pronoun than a count).
 */
const COUNT_TERMS: ReadonlyMap<string, string> = new Map(
  [...NUMBER_WORDS]
    .filter(([word, value]) => !word.includes(' ') && value >= 2)
    .flatMap(([word, value]) => {
      const term = termOf(word);
      return term === null ? [] : [[term, String(value)] as const];
    }),
);

/** A term as compared between reports: a count word's digits ("three" → "3"), any other term itself. */
export function countTerm(term: string): string {
  return COUNT_TERMS.get(term) ?? term;
}
