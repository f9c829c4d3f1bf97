/**
 * A count written in words as the term of its digits, so that two reports of one event that write its figure each way
 * ("three ships" and "3 ships", "a dozen homes" and "twelve homes") share it as a term.
 */
import type { Token } from '../nlp/entities.js';
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

/** A count of dozens in a span: the terms it replaces and the term of its digits. */
export interface DozenCount {
  /** The terms of the words that write the count ("dozen", and "two" of "two dozen"). */
  words: string[];
  /** The digits' term ("12" for "a dozen", "24" for "two dozen", "6" for "half a dozen"). */
  term: string;
}

const DOZEN = 'dozen';

/**
 * The counts written in dozens among tokens `from … to` (character offsets): "a dozen" (12), "half a dozen" (6), a count
 * of dozens ("two dozen", "3 dozen"). "Dozens" is no count (it says many, not how many), nor "dozen" after any other
 * word.
 */
export function dozenCounts(tokens: readonly Token[], from: number, to: number): DozenCount[] {
  let out: DozenCount[] | undefined;
  for (let i = 1; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.end > to) break;
    if (t.start < from || t.text.toLowerCase() !== DOZEN) continue;
    const before = tokens[i - 1]!.text.toLowerCase();
    const half = i >= 2 && tokens[i - 2]!.text.toLowerCase() === 'half';
    const dozenTerm = termOf(DOZEN)!;
    if (before === 'a' || before === 'an') {
      (out ??= []).push({ words: [dozenTerm], term: half ? '6' : '12' });
      continue;
    }
    const times = /^\d+$/u.test(before) ? Number(before) : Number(countTerm(termOf(before) ?? ''));
    if (Number.isInteger(times) && times >= 2)
      (out ??= []).push({ words: [dozenTerm, countTerm(termOf(before)!)], term: String(12 * times) });
  }
  return out ?? NONE;
}

const NONE: DozenCount[] = [];
