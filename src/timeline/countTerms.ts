/**
 * A count written in words as the term of its digits, so that two reports of one event that write its figure each way
 * ("three ships" and "3 ships", "a dozen homes" and "twelve homes", "Twenty-five miners" and "25 miners") share it as a
 * term.
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

/** A count written in several words in a span: the terms it replaces and the term of its digits. */
export interface WordCount {
  /** The terms of the words that write the count (as {@link countTerm} reads them: "2" and "hundr" of "two hundred"). */
  words: string[];
  /** The digits' term ("12" for "a dozen", "25" for "twenty-five", "200" for "two hundred"). */
  term: string;
}

const DOZEN = 'dozen';

/** Tens written as a word. */
const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
]);
/** Units and teens written as a word ("one" counts here: "one hundred" is a count). */
const UNITS: ReadonlyMap<string, number> = new Map(
  [...NUMBER_WORDS].filter(([word, value]) => /^[a-z]+$/u.test(word) && value >= 1 && value < 20 && word !== 'a' && word !== 'an'),
);
/** Multipliers of what is written before them ("two hundred", "a thousand"). */
const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1000],
  [DOZEN, 12],
]);
/**
 * Larger scales: a count before one is left as its words' terms ("three million" as "3" and "million"), as the same
 * figure in digits is read ("3 million").
 */
const LARGE_SCALES = new Set(['million', 'billion', 'trillion', 'mln', 'bln', 'bn']);

/** The value of a number word, with its kind; undefined for any other word. */
function numberWord(lower: string): { value: number; scale: boolean } | undefined {
  const unit = UNITS.get(lower) ?? TENS.get(lower);
  if (unit !== undefined) return { value: unit, scale: false };
  const scale = SCALES.get(lower);
  return scale === undefined ? undefined : { value: scale, scale: true };
}

/**
 * The counts written in several words among tokens `from … to` (character offsets), each as the term of its digits, so
 * that they meet the same count written in digits: tens and units ("twenty-five", "Forty-two"), hundreds and thousands
 * ("two hundred", "a thousand", "three hundred and fifty"), dozens ("a dozen" 12, "half a dozen" 6, "two dozen", "3
 * dozen"). A tens word alone ("forty") is one too; a count of one word {@link countTerm} reads already. Not counts:
 * "dozens", "hundreds" (many, not how many), "dozen" or "hundred" after any other word ("the dozen"), and a count before
 * a larger scale ({@link LARGE_SCALES}).
 */
export function countsInWords(tokens: readonly Token[], from: number, to: number): WordCount[] {
  let out: WordCount[] | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const first = tokens[i]!;
    if (first.end > to) break;
    if (first.start < from || !opensCount(first.text)) continue;
    const run = countAt(tokens, i, to);
    if (run === undefined) continue;
    if (run.count !== undefined) (out ??= []).push(run.count);
    i = run.next - 1;
  }
  return out ?? NONE;
}

/** Words a count in words may open with (lower-cased), besides digits: a number word, "a", "an", "half". */
const OPENERS: ReadonlySet<string> = new Set([...UNITS.keys(), ...TENS.keys(), 'a', 'an', 'half']);
/**
 * The ASCII letters an opener begins with, in either case: a token starting with another ASCII character opens no count
 * and is not lower-cased to learn it (that lower-casing was about 3% of the timeline's time at 100k sentences).
 */
const OPENER_INITIALS: readonly boolean[] = Array.from({ length: 128 }, (_, c) =>
  [...OPENERS].some((w) => w[0] === String.fromCharCode(c).toLowerCase()),
);

/** Whether a token may open a count ({@link countAt}): a cheap test made for every token of every report. */
function opensCount(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (c < 128 && !OPENER_INITIALS[c]) return false;
  return text.length <= 9 && OPENERS.has(text.toLowerCase());
}

/**
 * The count written from token `i` on: the count (undefined when the words there write none, or one word
 * {@link countTerm} reads already) and the token after it; undefined when no count starts there.
 */
function countAt(tokens: readonly Token[], i: number, to: number): { count: WordCount | undefined; next: number } | undefined {
  const words: string[] = [];
  let j = i;
  let total = 0;
  let current = 0;
  let numbers = 0;
  let half = false;
  if (lowerAt(tokens, j, to) === 'half' && /^an?$/u.test(lowerAt(tokens, j + 1, to)) && lowerAt(tokens, j + 2, to) === DOZEN) {
    half = true;
    words.push(termOf('half')!);
    j += 1;
  }
  if (/^an?$/u.test(lowerAt(tokens, j, to))) {
    // "a hundred", "a thousand", "a dozen".
    if (!SCALES.has(lowerAt(tokens, j + 1, to))) return undefined;
    current = 1;
    j += 1;
  } else if (/^\d+$/u.test(lowerAt(tokens, j, to)) && lowerAt(tokens, j + 1, to) === DOZEN) {
    // A count of dozens in digits ("3 dozen").
    current = Number(lowerAt(tokens, j, to));
    numbers += 1;
    words.push(lowerAt(tokens, j, to));
    j += 1;
  } else if (!UNITS.has(lowerAt(tokens, j, to)) && !TENS.has(lowerAt(tokens, j, to))) return undefined;
  for (; ; j += 1) {
    const w = lowerAt(tokens, j, to);
    // A hyphen inside a written number ("twenty-five"), "and" after hundreds ("three hundred and fifty").
    const joiner = (w === '-' && tokens[j]!.start === tokens[j - 1]!.end) || (w === 'and' && current >= 100);
    if (joiner && numberWord(lowerAt(tokens, j + 1, to)) !== undefined) continue;
    const n = numberWord(w);
    if (n === undefined) break;
    if (w === 'thousand') {
      total += (current || 1) * n.value;
      current = 0;
    } else current = n.scale ? (current || 1) * n.value : current + n.value;
    numbers += 1;
    words.push(countTerm(termOf(w)!));
  }
  const next = Math.max(j, i + 1);
  if (LARGE_SCALES.has(lowerAt(tokens, next, to))) return { count: undefined, next };
  const value = (total + current) / (half ? 2 : 1);
  const single = numbers === 1 && words.length === 1 && COUNT_TERMS.has(termOf(lowerAt(tokens, next - 1, to)) ?? '');
  if (single || !Number.isInteger(value) || value < 2) return { count: undefined, next };
  return { count: { words, term: String(value) }, next };
}

/**
 * Token `k`'s text lower-cased, or '' past the tokens or the window's end `to`. A module function, not a closure made in
 * {@link countAt}: under tsx (esbuild's keepNames) every named closure costs an `Object.defineProperty` each time it is
 * made, and `countAt` runs for every token that may open a count in every report.
 */
function lowerAt(tokens: readonly Token[], k: number, to: number): string {
  return k < tokens.length && tokens[k]!.end <= to ? tokens[k]!.text.toLowerCase() : '';
}

const NONE: WordCount[] = [];
