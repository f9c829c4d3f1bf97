/**
 * How a story writes a word when nothing makes it capitalise it: a word the story writes in lower case somewhere is an
 * ordinary word of that story ("stock", "law", "early"), and the same word with a capital at a sentence's start, or
 * as the first word of a run of capitals, is the word, not a name, unless the text cues a name there.
 */

/** A word of lower-case ASCII letters that no letter or digit stands right before ("stock" in "the stock-market", not in "Stockholm"). */
const LOWER_WORD = /\b[a-z]+/g;

/**
 * How often the texts write each of some words in lower case, as a whole word or a part of a hyphened one; the words
 * asked are folded (lower-case ASCII), others are not counted.
 *
 * @example lowerCaseUses(['Stock fell.', 'The stock-market rose.'], new Set(['stock'])) // → Map { 'stock' => 1 }
 */
export function lowerCaseUses(texts: readonly string[], words: ReadonlySet<string>): Map<string, number> {
  const uses = new Map<string, number>();
  if (words.size === 0) return uses;
  for (const text of texts) {
    LOWER_WORD.lastIndex = 0;
    for (let m = LOWER_WORD.exec(text); m !== null; m = LOWER_WORD.exec(text)) {
      const word = m[0];
      if (words.has(word)) uses.set(word, (uses.get(word) ?? 0) + 1);
    }
  }
  return uses;
}

/** Marks that may stand before a sentence's first word: opening quotes and brackets, and spaces. */
const OPENING_MARKS = /^[\s"“‘'([]*$/;

/** Whether offset `at` of a sentence's text is its first word: only opening marks stand before it. */
export function opensText(text: string, at: number): boolean {
  return at === 0 || (at <= 4 && OPENING_MARKS.test(text.slice(0, at)));
}
