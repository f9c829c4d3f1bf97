/**
 * "How often …?" answered with how often the sentence says a thing happens: a repeating interval ("every four
 * years", "each six months", "every other week"), a count per period ("twice a week", "three times a year",
 * "once per season"), or a frequency word ("annually", "biennial", "half-hourly", "rarely"). General English
 * only; the excerpt's first such phrase is taken.
 */

/** A question asking how often something happens. */
export const HOW_OFTEN_QUESTION = /^\W*how\s+(?:often|frequently)\b/i;

const NUMBER = String.raw`(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred|few|several)`;
const UNIT =
  '(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|season|term|semester|year|decade|century|cycle|session)s?';
const EVERY = String.raw`\b(?:every|each)\s+(?:other\s+|single\s+)?(?:${NUMBER}(?:[\s-]+${NUMBER})?\s+)?(?:calendar\s+)?${UNIT}\b`;
const TIMES = String.raw`\b(?:once|twice|thrice|${NUMBER}\s+times)\s+(?:a|an|per|each|every)\s+(?:${NUMBER}\s+)?${UNIT}\b`;
const WORD = String.raw`\b(?:(?:half|bi|semi)-?(?:hourly|daily|weekly|monthly|annually|annual|yearly)|hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|biennially|biennial|biannually|biannual|triennially|triennial|perennially|seldom|rarely|occasionally|frequently|regularly|continuously|constantly)\b`;
const FREQUENCY = new RegExp(`${EVERY}|${TIMES}|${WORD}`, 'i');

/** The first phrase of a sentence that says how often something happens, with where it stands; null when none. */
export function frequencyIn(text: string): { text: string; start: number; end: number } | null {
  const m = FREQUENCY.exec(text);
  return m ? { text: m[0], start: m.index, end: m.index + m[0].length } : null;
}
