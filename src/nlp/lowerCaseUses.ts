/**
 * How a story writes a word when nothing makes it capitalise it: a word the story writes in lower case somewhere is an
 * ordinary word of that story ("stock", "law", "early"), and the same word with a capital at a sentence's start, or
 * as the first word of a run of capitals, is the word, not a name, unless the text cues a name there.
 */
import { SpanTable, spanHash } from '../text/spanTable.js';

/**
 * How often the texts write each of some words in lower case, as a whole word or a part of a hyphened one: a run of
 * lower-case ASCII letters that no letter, digit or underscore stands right before ("stock" in "the stock-market", not
 * in "Stockholm" or "xstock"; what `/\b[a-z]+/g` matches). The words asked are folded (lower-case ASCII), others are
 * not counted. The texts are read by character codes and each run is looked up by a hash of its letters
 * (a `SpanTable`), so no string is made for a word (at a million sentences, one per word made this scan cost seconds).
 *
 * @example lowerCaseUses(['Stock fell.', 'The stock-market rose.'], new Set(['stock'])) // → Map { 'stock' => 1 }
 */
export function lowerCaseUses(texts: readonly string[], words: ReadonlySet<string>): Map<string, number> {
  const uses = new Map<string, number>();
  if (words.size === 0) return uses;
  const asked = new SpanTable();
  for (const word of words) asked.add(word, spanHash(word, 0, word.length));
  const counts = new Int32Array(asked.count);
  /** The words met, in the order first met (the map's order, as the regular expression's scan gave it). */
  const met: number[] = [];
  for (const text of texts) {
    const length = text.length;
    let before = false;
    for (let i = 0; i < length; ) {
      const c = text.charCodeAt(i);
      if (!isLower(c) || before) {
        before = isWordCode(c);
        i += 1;
        continue;
      }
      const start = i;
      while (isLower(text.charCodeAt(i))) i += 1;
      const found = asked.find(text, start, i, spanHash(text, start, i));
      if (found >= 0) {
        if (counts[found] === 0) met.push(found);
        counts[found] = counts[found]! + 1;
      }
      // The code after the run is not a lower-case letter: the next turn reads it with `before` true.
      before = true;
    }
  }
  for (const k of met) uses.set(asked.words[k]!, counts[k]!);
  return uses;
}

/** a–z. */
function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** What `\b` counts as a word character (without the `u` flag): ASCII letters, digits and the underscore. */
function isWordCode(c: number): boolean {
  return isLower(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** Marks that may stand before a sentence's first word: opening quotes and brackets, and spaces. */
const OPENING_MARKS = /^[\s"“‘'([]*$/;

/** Whether offset `at` of a sentence's text is its first word: only opening marks stand before it. */
export function opensText(text: string, at: number): boolean {
  return at === 0 || (at <= 4 && OPENING_MARKS.test(text.slice(0, at)));
}
