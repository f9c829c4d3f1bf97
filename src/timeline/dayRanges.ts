/**
 * Runs of days written as one mention ("March 9-10", "9–11 March", "between March 9 and March 11", "from Monday to
 * Wednesday"): the tagger reads them as a month, a duration or the first day "and after", so an event of those days
 * never met another article's report of one of them. Each day of a run is a date of its own, as "Saturday and Sunday"
 * are two: a report on one of them is compared with the run's.
 */
import { allMatches } from '../nlp/allMatches.js';
import { isoDay, parseIsoDay } from '../nlp/dateCalendar.js';
import type { Token } from '../nlp/entities.js';
import { resolveDate, type ResolvedDate } from '../nlp/resolveDate.js';

/** Days a run may span: a longer one is no event of its days (a festival, a season). */
export const MAX_RUN_DAYS = 7;

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June|Jun|July|Jul|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const WEEKDAY = '(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const DASH = '\\s*[-–—]\\s*';
const TO = '\\s+(?:to|through|until|and)\\s+';
/** The last day is no figure's start ("March 9-10,000" is no run). */
const END = '\\b(?![,.]?\\d)';
/**
 * "March 9-10", "from March 9 to 11", "between March 9 and March 11": the lead word, month, first day, (month), last
 * day. Joined by a word, a run needs "from" or "between" before it ("on June 4 to 30 dollars" is a price).
 */
const MONTH_FIRST = new RegExp(
  `\\b(?:(from|between)\\s+)?(${MONTH})\\.?\\s+${DAY}(?:${DASH}|${TO})(?:(${MONTH})\\.?\\s+)?${DAY}${END}`,
  'gu',
);
/** "9-10 March", "from 9 to 11 March": the lead word, first day, last day, month. */
const DAY_FIRST = new RegExp(`\\b(?:(from|between)\\s+)?${DAY}(?:${DASH}|${TO})${DAY}\\s+(${MONTH})\\b`, 'gu');
/** "from Monday to Wednesday", "between Monday and Wednesday", "Monday through Wednesday", "Monday-Wednesday". */
const WEEKDAYS = new RegExp(`\\b(?:(?:from|between)\\s+(${WEEKDAY})${TO}|(${WEEKDAY})(?:${DASH}|\\s+through\\s+))(${WEEKDAY})\\b`, 'gu');
/** Whether a run has what it needs: a dash between its days, or "from"/"between" before it. */
const joined = (written: string, lead: string | undefined) => lead !== undefined || /\d\s*[-–—]\s*\d/u.test(written);
/** What a sentence with a run holds (a digit or a weekday beside a joining word), checked before the patterns. */
const PREFILTER = /\d\s*(?:-|–|—|to|through|until|and)\s*(?:\p{Lu}\p{Ll}+\.?\s+)?\d|day\s*(?:-|–|to|and|through)\s*\p{Lu}/u;

/** One run of days found in a sentence: where it is written and its days, each resolved like a day mention. */
export interface DayRun {
  start: number;
  end: number;
  days: ResolvedDate[];
}

/**
 * The runs of days a sentence writes ({@link MAX_RUN_DAYS} days at most, the first before the last), each day a
 * day-precision date with the run as its text; the first day is placed on the calendar as a day mention would be
 * (its year from the published date and the tense), the others follow it.
 */
export function dayRuns(sentence: { text: string; tokens: readonly Token[] }, published: string | undefined): DayRun[] {
  const { text } = sentence;
  // Most sentences hold no run: their tokens (made on read while the story is built) are read only past the prefilter.
  if (!PREFILTER.test(text)) return [];
  const { tokens } = sentence;
  const out: DayRun[] = [];
  const taken = (start: number, end: number) => out.some((r) => start < r.end && end > r.start);
  const add = (start: number, written: string, first: string, count: number | undefined) => {
    const end = start + written.length;
    if (count === undefined || count < 2 || count > MAX_RUN_DAYS || taken(start, end)) return;
    const resolved = resolveDate(first, text, published, tokens);
    const day = resolved && resolved.precision === 'day' ? parseIsoDay(resolved.date) : undefined;
    if (day === undefined) return;
    const days = Array.from({ length: count }, (_, i) => ({ date: isoDay(day + i), precision: 'day' as const, text: written }));
    out.push({ start, end, days });
  };
  for (const m of allMatches(MONTH_FIRST, text)) {
    const [written, lead, month, from, other, to] = m;
    if (!joined(written, lead)) continue;
    const first = Number(from);
    const last = Number(to);
    // Another month ("March 30 to April 2") is not counted here: its span needs the month's length.
    if (other !== undefined && other !== month) continue;
    add(m.index, written, `${month} ${first}`, last - first + 1);
  }
  for (const m of allMatches(DAY_FIRST, text)) {
    const [written, lead, from, to, month] = m;
    if (!joined(written, lead)) continue;
    add(m.index, written, `${month} ${Number(from)}`, Number(to) - Number(from) + 1);
  }
  for (const m of allMatches(WEEKDAYS, text)) {
    const [written, fromA, fromB, to] = m;
    const first = (fromA ?? fromB)!;
    const a = resolveDate(first, text, published, tokens);
    const b = resolveDate(to!, text, published, tokens);
    const from = a && a.precision === 'day' ? parseIsoDay(a.date) : undefined;
    let last = b && b.precision === 'day' ? parseIsoDay(b.date) : undefined;
    if (from === undefined || last === undefined) continue;
    // A run of weekdays goes forward from its first ("from Friday to Monday").
    while (last < from) last += 7;
    add(m.index, written, first, last - from + 1);
  }
  return out;
}
