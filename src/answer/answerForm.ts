import { MONTH_RE } from '../nlp/dates/dateLexicon.js';
import { abbreviationAsked, wordsSpell } from './acronym.js';

/**
 * Answers whose form is not the one the question's own wording asks for. Some questions say what shape their answer
 * takes: "At what time …" asks a time of day, "On what date …" a day, "In which era …" a span of time, "What does ABR
 * stand for?" the words whose initials spell ABR. A story that tells the thing asked gives it in that shape; a story on
 * the same topic that does not tell it still offers a year, a season or a phrase from a sentence on the topic, and that
 * answer, whatever its confidence, is of another event or of nothing asked.
 */

/**
 * "At what time …" or a question opening "What time …", asking a time of day: followed by the question's verb ("At what
 * time did the ferry leave?", "What time does the market open?") or by "of day". "During what time …" asks a span, "What
 * time period / frame …" and "At what time in her career …" a span or a stage, not a clock's time: left out by the
 * preposition and by needing the verb right after.
 */
const CLOCK_ASKED =
  /(?:^\W*|\bat\s+)what\s+time\s+(?:of\s+(?:the\s+)?day\b|(?:did|does|do|is|was|were|are|will|would|has|had|can|could|should|must|might|may)\b)/i;

/**
 * "On what date", "On which day": a day asked, as "on" dates a day ("on 9 October"; a year or a month takes "in"). "What
 * date …" without it is often asked of a year, and "On what day of the week …" is figureAsked.ts CALENDAR_ASKED's.
 */
const DAY_ASKED = /\bon\s+(?:what|which)\s+(?:date|day(?!\s+of\s+the\s+week))\b(?!['’])/i;

/** The names of the months, in full or abbreviated, with or without a stop (the date reader's pattern). */
const MONTH = `${MONTH_RE}\\.?`;

/** The names of the days of the week, in full or abbreviated with a stop. */
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\\.';

/** A season, with its part ("late summer"). */
const SEASON = '(?:(?:early|late|mid)[\\s-]+)?(?:spring|summer|autumn|fall|winter)';

/**
 * A date that names a day and no time: a day of a month ("9 October 2006", "March 29, 1883", "the 5th of May"), with or
 * without its weekday, or a weekday alone.
 */
const DAY_DATE = `(?:(?:${WEEKDAY}),?\\s+)?(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH})|(?:${MONTH})\\s+\\d{1,2}(?:st|nd|rd|th)?)(?:,?\\s+\\d{4})?|(?:${WEEKDAY})`;

/**
 * A date coarser than a day: a month ("June", "June 2006"), a year or a decade with or without a span after it ("1887",
 * "the late 1920s", "1890–94"), a century ("the 12th century", "the twelfth century"), a season ("summer 1887").
 */
const COARSER_THAN_DAY = `(?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?(?:(?:${MONTH})(?:,?\\s+\\d{4})?|\\d{3,4}s?(?:\\s*(?:[–-]|to)\\s*\\d{2,4}s?)?|(?:\\d{1,2}|[a-z]+)(?:st|nd|rd|th)\\s+centur(?:y|ies)|${SEASON}(?:\\s+(?:of\\s+)?\\d{4})?)`;

/** An answer that is a date alone, with or without its day (a clock's time answers "at what time"). */
const DATE_ALONE = new RegExp(`^\\W*(?:${DAY_DATE}|${COARSER_THAN_DAY})\\W*$`, 'i');

/** An answer that is a date coarser than a day alone (a day answers "on what date"). */
const COARSER_DATE_ALONE = new RegExp(`^\\W*${COARSER_THAN_DAY}\\W*$`, 'i');

/** "What / which era, period, epoch" ("… of the year / day" asks a season or a time of day, not an era). */
const ERA_ASKED =
  /\b(?:what|which)\s+(?:(?:historical|geological|historic)\s+)?(?:era|period|epoch)\b(?!\s+of\s+(?:the\s+)?(?:year|day|life))/i;

/**
 * An answer that is one point of the calendar, not a span: a day or a month ("9 May 1901", "June"), a season ("late
 * summer") or a single year ("1901"). An era is a span of years ("the 1920s", "the Velmian era", "1890 to 1914").
 */
const CALENDAR_POINT = new RegExp(`^\\W*(?:${DAY_DATE}|(?:${MONTH})(?:,?\\s+\\d{4})?|${SEASON}|\\d{3,4})\\W*$`, 'i');

/**
 * Whether the short answer is not of the form the question's wording asks (see the module's comment): a date alone
 * for "at what time" (CLOCK_ASKED), a date coarser than a day for "on what date" (DAY_ASKED), one point of the calendar for "which era"
 * (ERA_ASKED), or words whose initials do not spell the abbreviation "What does X stand for?" asks about.
 *
 * @param written the answer as its sentence writes it
 * @example formUnanswered('At what time did the ferry leave Orsk?', '1887') // → true
 * @example formUnanswered('At what time did the ferry leave Orsk?', '6:40 a.m.') // → false
 * @example formUnanswered('What does ABR stand for?', 'the Velmian era') // → true
 */
export function formUnanswered(question: string, written: string): boolean {
  if (CLOCK_ASKED.test(question)) return DATE_ALONE.test(written);
  if (DAY_ASKED.test(question)) return COARSER_DATE_ALONE.test(written);
  if (ERA_ASKED.test(question)) return CALENDAR_POINT.test(written);
  const abbreviation = abbreviationAsked(question);
  return abbreviation !== undefined && !wordsSpell(written, abbreviation);
}
