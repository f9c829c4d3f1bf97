import { MONTHS, WEEKDAYS } from '../text/calendarNames.js';
import { YEAR_DETERMINERS } from '../text/functionWords.js';
import { YEAR_DIGITS } from '../text/words.js';

/** Letters and digits: the words a date and a question are compared by. */
const WORD = /[\p{L}\p{N}]+/gu;

/** A word of letters alone (the determiners, not the possessive's "'s"). */
const LETTERS = /^\p{L}+$/u;

/**
 * A year the question writes as a describing word of a noun, after a determiner or a possessive (`YEAR_DETERMINERS`:
 * "the **1887** ice winter", "its 1887 season", "Orrin's 1887 regatta"); one after a preposition ("since 1887", "in
 * 1887") tells a time of its own, which a date of that year in the sentence restates.
 */
const DESCRIBING_YEAR = new RegExp(
  `(?:\\b(?:${[...YEAR_DETERMINERS].filter((w) => LETTERS.test(w)).join('|')})|['’]s)\\s+(\\d{3,4})\\s+\\p{L}`,
  'giu',
);

/**
 * Whether a date the question names only by its year tells more than the question does: every word of it the question
 * writes is a year the question writes as a describing word of a noun (`DESCRIBING_YEAR`), and it writes a month or a
 * weekday the question does not ("January 1887" for "When did the Tarn freeze in the 1887 ice winter?"). The year names
 * the thing asked about; the month is the answer, so the date is no repeat of the question's words.
 *
 * @example datedPastYear('January 1887', 'when did the tarn freeze in the 1887 ice winter?') // → true
 * @example datedPastYear('January 1887', 'when did the tarn freeze over first since 1887?') // → false
 */
export function datedPastYear(date: string, question: string): boolean {
  const asked = new Set(question.toLowerCase().match(WORD) ?? []);
  const describing = new Set([...question.matchAll(DESCRIBING_YEAR)].map((m) => m[1]!));
  const words = date.toLowerCase().match(WORD) ?? [];
  let calendar = false;
  for (const w of words) {
    if (asked.has(w)) {
      if (!YEAR_DIGITS.test(w) || !describing.has(w)) return false;
    } else if (MONTHS.has(w) || WEEKDAYS.has(w)) calendar = true;
  }
  return calendar;
}
