/**
 * A number written in words and in figures is the same word of a question: "five lanterns" is held by "5 lanterns", "the
 * tenth voyage" by "the 10th voyage" (news style spells one to nine out and writes figures above, and questions
 * are worded either way). The twin of a search term: the figure of a number word from two to twenty (and its
 * ordinal, "4th" for "fourth"), and the word of such a figure. "One" and "first" are left out: most are no count
 * ("one of the", "at first").
 */
import { DAY_WORDS } from '../nlp/dates/dateLexicon.js';

/** An ordinal number word: "second", "third", "fourth" … "twentieth". */
const ORDINAL_WORD = /(?:nd|rd|th)$/;

function ordinalFigure(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/** The number words from two to twenty of the date lexicon's spelled days, cardinal and ordinal ("-th", "second", "third"), each with its figure. */
const TWINS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [word, n] of DAY_WORDS) {
    if (n < 2 || n > 20 || word.includes(' ')) continue;
    const figure = ORDINAL_WORD.test(word) ? ordinalFigure(n) : String(n);
    map.set(word, figure).set(figure, word);
  }
  return map;
})();

/**
 * The other spelling of a number term, if it is one (search terms are lower case).
 * @example numeralTwin('five') // → '5'
 * @example numeralTwin('10th') // → 'tenth'
 */
export function numeralTwin(term: string): string | undefined {
  return TWINS.get(term);
}
