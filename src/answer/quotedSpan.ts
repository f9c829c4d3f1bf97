/**
 * A candidate the writer set between double quotation marks, the whole quotation and nothing more ("the so-called
 * “**harbour drift**”", "a nod to “**The Tolly Lantern**”"): a term, a title or a nickname the sentence names as one
 * unit, seldom a piece of one. General English punctuation.
 *
 * Measured (round 40, candidate-model feature `quoted`, fitted alone): see scripts/fitCandidates.ts's header.
 */

/** Double quotation marks that open a quotation: straight and curly. */
const OPENING = new Set(['"', '\u201C']);

/** Double quotation marks that close one. */
const CLOSING = new Set(['"', '\u201D']);

/** The most spaces read between an opening mark and the span. */
const MAX_SPACES = 3;

/** A letter or digit: what a word before a bracketed gloss ends with. */
const WORD_END = /[\p{L}\p{N}]/u;

/**
 * Whether characters [start, end) of `text` are a whole double quotation: an opening mark right before them (up to
 * MAX_SPACES spaces between) and a closing mark right after. Read character by character: it runs for every candidate.
 * A quotation in brackets right after a word is a gloss of that word ('the tollens (“little oars”)'), not a name the
 * sentence gives: it is not read as one.
 *
 * @example writtenInQuotes('the “harbour drift” years', 5, 18) // → true
 * @example writtenInQuotes('the “harbour drift” years', 13, 18) // → false
 */
export function writtenInQuotes(text: string, start: number, end: number): boolean {
  if (!CLOSING.has(text.charAt(end))) return false;
  let k = start - 1;
  while (k >= 0 && start - k <= MAX_SPACES && text.charAt(k) === ' ') k -= 1;
  return k >= 0 && OPENING.has(text.charAt(k)) && !glossOfWordBefore(text, k);
}

/** Whether the opening mark at `mark` follows a bracket that follows a word: 'tollens (“…' or 'tollens(“…'. */
function glossOfWordBefore(text: string, mark: number): boolean {
  let k = mark - 1;
  while (k >= 0 && text.charAt(k) === ' ') k -= 1;
  if (k < 0 || text.charAt(k) !== '(') return false;
  k -= 1;
  while (k >= 0 && text.charAt(k) === ' ') k -= 1;
  return k >= 0 && WORD_END.test(text.charAt(k));
}
