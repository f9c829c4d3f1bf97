/**
 * Places a DATE / TIME mention (as tagged by wink-nlp) on the calendar, relative to the article's published date,
 * with an honest precision: a day, a week, a month or a year, optionally marked as "before", "after" or "about".
 *
 * Nothing here knows about any particular story; the rules are general English date phrasing:
 *
 * - Weekday names ("Friday", "on Monday", "Saturday night") resolve to the published day when they name its weekday,
 *   otherwise to the nearest past or future such day, depending on the tense of the verbs around the mention
 *   ("said Thursday" → past; "will meet … before Thursday", "is due to sail … on Monday", "departs" → future;
 *   "last"/"next"/"coming" decide outright).
 * - "today"/"tonight"/"this morning" → published day; "yesterday"/"last night" → the day before; "tomorrow" → after.
 * - "this/last/next week" → the ISO week (Monday–Sunday) containing / before / after the published day, dated by its
 *   Monday. On a Sunday, a "this week" spoken of in the future ("will travel … this week") is the week that starts
 *   the next day, since much of the English-speaking world starts weeks on Sunday.
 * - Weekends ("over the weekend", "this weekend", "last weekend") → precision `week`, dated by the weekend's Saturday
 *   (the first day of that span); {@link formatResolvedDate} labels it "weekend of …".
 * - "N days/weeks ago", "a week earlier", "in two days", "three days from now" → counted from the published day;
 *   days are exact for "ago"/"from now", everything else is `about`. "a week later"/"two days after" are relative
 *   to some other event and give null.
 * - Absolute dates ("12 June 2019", "June 12, 2019", "2019-06-12", "March 2009", "2009", "mid-2009") resolve
 *   without a published date; a day or month without a year takes the year from the published date (past-tense
 *   sentences pick the latest such date not after it, future-tense the earliest not before it, otherwise the
 *   published year unless that lands more than ~6 months ahead, then the year before).
 * - Durations ("two weeks", "five hours", "4-year"), frequencies ("daily", "every day"), decades ("the 1990s") and
 *   ranges ("2009-2010") give null.
 */
import { labelDay, labelDayShort, labelMonth, parseIsoDay, weekdayOf } from './dateCalendar.js';
import { eventTimeNear } from './dateTense.js';
import type { EventTime } from './dateTense.js';
import type { Token } from './entities.js';
import {
  CONTEXT_WINDOW,
  asciiLower,
  cleanCore,
  contextWordsAfter,
  contextWordsBefore,
  normalize,
  occurrences,
} from './dates/dateContext.js';
import type { Ctx } from './dates/dateContext.js';
import type { Relation, ResolvedDate } from './dates/dateLexicon.js';
import { interpret, stripLeading } from './dates/dateResolvers.js';

export type { DatePrecision, ResolvedDate } from './dates/dateLexicon.js';

function resolveAt(
  dateText: string,
  sentence: string,
  normSentence: string,
  at: number,
  length: number,
  anchor: number | undefined,
  tokens: readonly Token[] | undefined,
): ResolvedDate | null {
  const found = at >= 0;
  const end = at + length;
  // Only the few words on either side are read: a window keeps the work per mention small in a long sentence.
  let rightText = found ? normSentence.slice(end, end + CONTEXT_WINDOW) : '';
  let rightOffset = end;
  const possessive = /^'s?\b/.exec(rightText);
  if (possessive) {
    rightText = rightText.slice(possessive[0].length);
    rightOffset += possessive[0].length;
  }
  const ctx: Ctx = {
    anchor,
    left: found ? contextWordsBefore(normSentence, at, 6) : [],
    right: contextWordsAfter(rightText, rightOffset, 4),
    reading: { usedLeft: 0, usedRight: 0, relation: undefined, leadIn: false, leadWithin: false },
    possessive: possessive !== null || /'s$/i.test(normalize(dateText).trim()),
    tense: (() => {
      let cached: EventTime | undefined | null = null;
      return () => {
        if (cached === null) {
          // The span read as the mention so far, e.g. "Saturday night" for "Saturday".
          const spanEnd = ctx.reading.usedRight > 0 ? (ctx.right[ctx.reading.usedRight - 1]?.end ?? end) : end;
          cached = eventTimeNear(normSentence, found ? at : -1, found ? spanEnd : -1, tokens);
        }
        return cached;
      };
    })(),
  };

  let core = cleanCore(dateText);
  if (core.length === 0) return null;
  // "about a week ago", "or so": an approximation written in the mention itself.
  let about = false;
  if (/\bor so$/.test(core)) {
    about = true;
    core = core.replace(/\s*\bor so$/, '');
  }
  core = stripLeading(core, ctx);
  if (ctx.right[0]?.lower === 'or' && ctx.right[1]?.lower === 'so') {
    about = true;
    ctx.reading.usedRight = 2;
  }

  const f = interpret(core, ctx);
  if (!f) return null;

  let relation: Relation | undefined = f.relation;
  if (ctx.reading.relation && ctx.reading.relation !== 'about') relation = ctx.reading.relation;
  else if (ctx.reading.relation === 'about' || about) relation ??= 'about';

  let text = dateText.trim();
  if (found) {
    const from = ctx.reading.usedLeft > 0 ? (ctx.left[ctx.reading.usedLeft - 1]?.start ?? at) : at;
    const to = ctx.reading.usedRight > 0 ? (ctx.right[ctx.reading.usedRight - 1]?.end ?? end) : end;
    text = sentence.slice(Math.min(from, at), Math.max(to, end)).trim() || text;
  }
  const out: ResolvedDate = { date: f.date, precision: f.precision, text };
  if (relation) out.relation = relation;
  return out;
}

/** The last sentence {@link resolveDate} read, normalised and lower-cased. */
let lastSentence: { text: string; norm: string; lower: string } | undefined;

/**
 * Place a date or time mention on the calendar.
 *
 * @param dateText The DATE/TIME mention as tagged (e.g. "Thursday", "last week", "12 June 2019", "one week").
 * @param sentence The whole sentence the mention stands in: its verbs give the tense, and the words right before and
 *   after the mention give relations ("before", "since") and counts ("a week earlier").
 * @param published The article's ISO date (`YYYY-MM-DD`, a trailing time is ignored), if known.
 * @param tokens The sentence's tokens as the build tagged them, so the tense is read without tagging again.
 * @returns The resolved date, or null when the mention cannot be placed: a duration ("two weeks"), a frequency
 *   ("daily"), a decade, a relative mention with no (valid) published date, or anything unreadable.
 *
 * @example
 * resolveDate('Thursday', 'Marsk said Thursday that the plan could work.', '2031-03-16');
 * // → { date: '2031-03-13', precision: 'day', text: 'Thursday' }
 * resolveDate('Thursday', 'Marsk will meet him before Thursday, when he departs.', '2031-03-16');
 * // → { date: '2031-03-20', precision: 'day', relation: 'before', text: 'before Thursday' }
 */
export function resolveDate(dateText: string, sentence: string, published?: string, tokens?: readonly Token[]): ResolvedDate | null {
  // Callers from plain JavaScript (or JSON) may pass anything: a mention that is no string is no date.
  if (typeof dateText !== 'string') return null;
  if (typeof sentence !== 'string') sentence = '';
  if (typeof published !== 'string') published = undefined;
  const mention = dateText.trim();
  if (mention.length === 0 || mention.length > 200) return null;
  const anchor = published === undefined ? undefined : parseIsoDay(published);
  // A sentence's mentions come one after another: its normalised forms are kept from the last call.
  if (lastSentence?.text !== sentence) lastSentence = { text: sentence, norm: normalize(sentence), lower: '' };
  const normSentence = lastSentence.norm;
  lastSentence.lower ||= asciiLower(normSentence);
  const needle = asciiLower(normalize(mention));
  const hits = occurrences(lastSentence.lower, needle, 5);
  if (hits.length === 0) return resolveAt(mention, sentence, normSentence, -1, 0, anchor, tokens);
  for (const at of hits) {
    const r = resolveAt(mention, sentence, normSentence, at, needle.length, anchor, tokens);
    if (r) return r;
  }
  return null;
}

/**
 * A readable label for a resolved date: "Sun 16 Mar 2031", "week of 10 Mar 2031", "weekend of 15 Mar 2031",
 * "Mar 2031", "2009", prefixed with "before ", "after " or "about " when the date carries that relation.
 * Falls back to the raw ISO value when it cannot be read.
 */
export function formatResolvedDate(d: ResolvedDate): string {
  if (typeof d?.date !== 'string') return '';
  const prefix = d.relation ? `${d.relation} ` : '';
  let label = d.date;
  if (d.precision === 'day') {
    const n = parseIsoDay(d.date);
    if (n !== undefined) label = labelDay(n);
  } else if (d.precision === 'week') {
    const n = parseIsoDay(d.date);
    if (n !== undefined) label = `${weekdayOf(n) === 6 ? 'weekend' : 'week'} of ${labelDayShort(n)}`;
  } else if (d.precision === 'month') {
    const m = /^(\d{4})-(\d{2})$/.exec(d.date);
    const month = m ? Number(m[2]) : 0;
    if (m && month >= 1 && month <= 12) label = labelMonth(Number(m[1]), month);
  }
  return prefix + label;
}
