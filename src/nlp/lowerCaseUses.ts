/**
 * How a story writes a word when nothing makes it capitalise it: a word the story writes in lower case somewhere is an
 * ordinary word of that story ("stock", "law", "early"), and the same word with a capital at a sentence's start, or
 * as the first word of a run of capitals, is the word, not a name, unless the text cues a name there.
 */
import { grownTo, SpanTable, spanHash } from '../text/spanTable.js';
import { isWordCode } from '../text/words.js';

/**
 * How often a story writes each word in lower case, as a whole word or a part of a hyphened one: a run of lower-case
 * ASCII letters that no letter, digit or underscore stands right before ("stock" in "the stock-market", not in
 * "Stockholm" or "xstock"; what `/\b[a-z]+/g` matches). Gathered text by text (`add`): the read stage adds each
 * sentence as it hands it on, while the other thread is still reading, so that the names stage, which asks about the
 * words of its name runs (`uses`), need not read every text again after the read. The texts are read by character
 * codes and each run is looked up by a hash of its letters (a `SpanTable`): a string is made only for a word met the
 * first time.
 *
 * @example const c = new LowerCaseCounts(); c.add('Stock fell.'); c.add('The stock-market rose.'); c.uses('stock') // → 1
 */
export class LowerCaseCounts {
  readonly #words = new SpanTable();
  /** By word number: how many times the texts write it. */
  #counts = new Int32Array(1024);

  /** Counts the lower-case words of one more text. */
  add(text: string): void {
    const words = this.#words;
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
      const hash = spanHash(text, start, i);
      let found = words.find(text, start, i, hash);
      if (found < 0) {
        found = words.add(text.slice(start, i), hash);
        this.#counts = grownTo(this.#counts, found);
      }
      this.#counts[found] = this.#counts[found]! + 1;
      // The code after the run is not a lower-case letter: the next turn reads it with `before` true.
      before = true;
    }
  }

  /** How often the texts added write `word` (lower-case ASCII letters; any other word: 0) in lower case. */
  uses(word: string): number {
    const found = this.#words.find(word, 0, word.length, spanHash(word, 0, word.length));
    return found < 0 ? 0 : this.#counts[found]!;
  }

  /** The counts of these texts. */
  static of(texts: readonly string[]): LowerCaseCounts {
    const counts = new LowerCaseCounts();
    for (const text of texts) counts.add(text);
    return counts;
  }
}

/** a–z. */
function isLower(c: number): boolean {
  return c >= 0x61 && c <= 0x7a;
}

/** Marks that may stand before a sentence's first word: opening quotes and brackets, and spaces. */
const OPENING_MARKS = /^[\s"“‘'([]*$/;

/** Whether offset `at` of a sentence's text is its first word: only opening marks stand before it. */
export function opensText(text: string, at: number): boolean {
  return at === 0 || (at <= 4 && OPENING_MARKS.test(text.slice(0, at)));
}
