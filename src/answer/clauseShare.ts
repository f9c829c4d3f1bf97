/**
 * How much of the question the part of a sentence around a candidate holds: the sentence is cut into pieces at
 * punctuation that sets a clause or an aside apart and before the words that open a clause ("which", "while", "but"
 * …), and the candidate's piece is weighed by the share of the question's distinct terms it holds. The answer to a
 * question tends to stand in the piece that restates it, not in an aside beside it ("the guild sold **the barge**,
 * which the mayor had painted" for "What did the guild sell?"). General English.
 *
 * A feature of the candidate model (candidateModel.ts `clauseShare`, weight set by hand; scripts/fitCandidates.ts has
 * the weights tried). Over the question's terms rather than over the most any piece of the sentence holds: a share
 * within the sentence put a weak sentence's best piece level with the best sentence's (SQuAD reading F1 0.5262 against
 * 0.5270 this way, eval:refusal own F1 the same or lower).
 */

/** A word of a sentence with its character offsets and its index term (extractAnswer.ts `Word`). */
interface SentenceWord {
  start: number;
  end: number;
  term: string | null;
}

/** Marks between two words that end one piece of a sentence. */
export const PIECE_MARK_CHARS = ',;:()"“”—–';

/** Words that open a clause of their own (any case). */
export const CLAUSE_OPENER_WORDS = [
  'which',
  'who',
  'whom',
  'whose',
  'that',
  'while',
  'whereas',
  'although',
  'though',
  'but',
  'because',
  'since',
  'when',
  'where',
];
const CLAUSE_OPENER = new RegExp(`^(?:${CLAUSE_OPENER_WORDS.join('|')})$`, 'i');

/**
 * The candidate's piece's count of the question's distinct terms over the question's distinct terms, in [0, 1]; 0 for
 * a question without terms or a candidate past the last word (`first` < 0).
 *
 * @example "He sold the boat, which had sunk" for "What did he sell?" → 1 for "the boat" (its piece holds "sold"), 0 for "sunk"
 */
export function clauseShare(
  text: string,
  words: readonly SentenceWord[],
  first: number,
  questionTerms: ReadonlyMap<string, number>,
): number {
  if (first < 0 || first >= words.length || questionTerms.size === 0) return 0;
  // The candidate's piece read in place, from the cut before its first word to the next cut: no table of every word's
  // piece per sentence and question (the extractor reads candidates of several sentences in turn, so one kept table
  // was made again for most of them: ~10 KB a question).
  let from = first;
  while (from > 0 && !cutBefore(text, words, from)) from -= 1;
  let to = first + 1;
  while (to < words.length && !cutBefore(text, words, to)) to += 1;
  let held = 0;
  for (let i = from; i < to; i += 1) {
    const term = words[i]!.term;
    if (term !== null && questionTerms.has(term) && !termBefore(words, from, i, term)) held += 1;
  }
  return held / questionTerms.size;
}

/** Whether a new piece starts at word `i` (> 0): a mark between it and the word before, or a clause opener. */
function cutBefore(text: string, words: readonly SentenceWord[], i: number): boolean {
  const w = words[i]!;
  return holdsPieceMark(text, words[i - 1]!.end, w.start) || opensClause(text, w.start, w.end);
}

/** Whether one of words `from` … `i` - 1 has `term` (a piece's terms counted once each; a piece is a few words). */
function termBefore(words: readonly SentenceWord[], from: number, i: number, term: string): boolean {
  for (let j = from; j < i; j += 1) if (words[j]!.term === term) return true;
  return false;
}

/**
 * Whether the text from `from` to `to` holds one of {@link PIECE_MARK_CHARS}: read by character code, not from a
 * slice (a string per word of every sentence the extractor reads).
 */
function holdsPieceMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (PIECE_MARK_CODES.has(text.charCodeAt(i))) return true;
  return false;
}
const PIECE_MARK_CODES: ReadonlySet<number> = new Set([...PIECE_MARK_CHARS].map((c) => c.charCodeAt(0)));

/** Whether the word from `start` to `end` is a {@link CLAUSE_OPENER}: sliced only when its length and first letter may be one. */
function opensClause(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length < CLAUSE_OPENER_MIN || length > CLAUSE_OPENER_MAX) return false;
  if (!CLAUSE_OPENER_INITIALS.has(text.charCodeAt(start) | 0x20)) return false;
  return CLAUSE_OPENER.test(text.slice(start, end));
}
const CLAUSE_OPENER_MIN = Math.min(...CLAUSE_OPENER_WORDS.map((w) => w.length));
const CLAUSE_OPENER_MAX = Math.max(...CLAUSE_OPENER_WORDS.map((w) => w.length));
/** The opening letters' codes in lower case (a letter's code with bit 0x20 set). */
const CLAUSE_OPENER_INITIALS: ReadonlySet<number> = new Set(CLAUSE_OPENER_WORDS.map((w) => w.charCodeAt(0)));
