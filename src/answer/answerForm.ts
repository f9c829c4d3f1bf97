import { abbreviationAsked, wordsSpell } from './acronym.js';

/**
 * Answers whose form is not the one the question's own wording asks for. Some questions say what shape their answer
 * takes: "At what time …" asks a time of day, "On what date …" a day, "In which era …" a span of time, "What does ABR
 * stand for?" the words whose initials spell ABR. A story that tells the thing asked gives it in that shape; a story on
 * the same topic that does not tell it still offers a year, a season or a phrase from a sentence on the topic, and that
 * answer, whatever its confidence, is of another event or of nothing asked.
 */

/**
 * "What time" asking a time of day: followed by the question's verb ("At what time did the ferry leave?", "What time
 * does the market open?") or by "of day". "What time period / frame …" and "At what time in her career …" ask a span
 * or a stage, not a clock's time, and are left out by needing the verb right after.
 */
const CLOCK_ASKED =
  /\bwhat\s+time\s+(?:of\s+(?:the\s+)?day\b|(?:did|does|do|is|was|were|are|will|would|has|had|can|could|should|must|might|may)\b)/i;

/**
 * What gives a time of day: a clock's figures ("8:10", "6.30 pm", "0700 GMT", "2 a.m."), "o'clock", or a part of the
 * day ("noon", "dawn", "evening").
 */
const CLOCK_GIVEN =
  /\d{1,2}[:.]\d{2}|\d\s*(?:a\.?\s?m\b|p\.?\s?m\b)|\b\d{4}\s*(?:gmt|utc|bst|cet|hours|hrs|h)\b|\bo['’]clock\b|\bhours?\b|\b(?:noon|midnight|midday|morning|afternoon|evening|night|nightfall|dawn|dusk|daybreak|sunrise|sunset|lunchtime|teatime|overnight)\b/i;

/**
 * "What / which date", "On what day": a day asked ("What day of the week …" is figureAsked.ts CALENDAR_ASKED's, "what
 * date range" asks a span).
 */
const DAY_ASKED = /\b(?:what|which)\s+(?:date(?!\s+range)|day(?!\s+of\s+the\s+week))\b(?!['’])/i;

/** The names of the months, abbreviated or in full, and of the days of the week. */
const MONTH_OR_WEEKDAY =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\\.)';

/** What gives a day: a month's or a weekday's name, a day written in figures ("12/5", "2024-03-07", "the 5th"), "day", "eve", "today". */
const DAY_GIVEN = new RegExp(
  `\\b(?:${MONTH_OR_WEEKDAY})\\b|\\b\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{1,4})?\\b|\\b\\d{1,2}(?:st|nd|rd|th)\\b|\\b(?:day|eve|today|yesterday|tomorrow|tonight)\\b`,
  'i',
);

/** "What / which era, period, epoch" ("… of the year / day" asks a season or a time of day, not an era). */
const ERA_ASKED =
  /\b(?:what|which)\s+(?:(?:historical|geological|historic)\s+)?(?:era|period|epoch)\b(?!\s+of\s+(?:the\s+)?(?:year|day|life))/i;

/**
 * An answer that is one point of the calendar, not a span: a day or a month ("9 May 1901", "June"), a season ("late
 * summer") or a single year ("1901"). An era is a span of years ("the 1920s", "the Velmian era", "1890 to 1914").
 */
const CALENDAR_POINT = new RegExp(
  `^\\W*(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${MONTH_OR_WEEKDAY})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?|(?:(?:early|late|mid)[\\s-]+)?(?:spring|summer|autumn|fall|winter)|\\d{3,4})\\W*$`,
  'i',
);

/**
 * Whether the short answer is not of the form the question's wording asks (see the module's comment): no time of day
 * for "at what time" (CLOCK_ASKED), no day for "on what date" (DAY_ASKED), one point of the calendar for "which era"
 * (ERA_ASKED), or words whose initials do not spell the abbreviation "What does X stand for?" asks about.
 *
 * @param written the answer as its sentence writes it
 * @example formUnanswered('At what time did the ferry leave Orsk?', '1887') // → true
 * @example formUnanswered('At what time did the ferry leave Orsk?', '6:40 a.m.') // → false
 * @example formUnanswered('What does ABR stand for?', 'the Velmian era') // → true
 */
export function formUnanswered(question: string, written: string): boolean {
  if (CLOCK_ASKED.test(question)) return !CLOCK_GIVEN.test(written);
  if (DAY_ASKED.test(question)) return !DAY_GIVEN.test(written);
  if (ERA_ASKED.test(question)) return CALENDAR_POINT.test(written);
  const abbreviation = abbreviationAsked(question);
  return abbreviation !== undefined && !wordsSpell(written, abbreviation);
}
