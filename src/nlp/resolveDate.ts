/**
 * Places a DATE / TIME mention (as tagged by wink-nlp) on the calendar, relative to the article's published date,
 * with an honest precision: a day, a week, a month or a year, optionally marked as "before", "after" or "about".
 *
 * Nothing here knows about any particular story; the rules are general English date phrasing:
 *
 * - Weekday names ("Friday", "on Monday", "Saturday night") resolve to the published day when they name its weekday,
 *   otherwise to the nearest past or future such day, depending on the tense of the verbs around the mention
 *   ("said Thursday" → past; "will receive … before Thursday", "is scheduled to fly … on Monday", "departs" → future;
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
 * - Absolute dates ("24 February 2022", "Feb. 24, 2022", "2022-02-24", "March 2014", "2014", "mid-2014") resolve
 *   without a published date; a day or month without a year takes the year from the published date (past-tense
 *   sentences pick the latest such date not after it, future-tense the earliest not before it, otherwise the
 *   published year unless that lands more than ~6 months ahead, then the year before).
 * - Durations ("two weeks", "five hours", "4-year"), frequencies ("daily", "every day"), decades ("the 1990s") and
 *   ranges ("2014-2015") give null.
 */
import {
  MONTHS,
  WEEKDAYS,
  dayNumber,
  isSupportedYear,
  isValidDay,
  isoDay,
  isoMonth,
  labelDay,
  labelDayShort,
  labelMonth,
  mondayOf,
  monthOf,
  onOrAfter,
  onOrBefore,
  parseIsoDay,
  weekdayOf,
  yearOf,
} from './dateCalendar.js';
import { eventTimeNear } from './dateTense.js';
import type { Token } from './entities.js';
import type { EventTime } from './dateTense.js';

/** How finely a {@link ResolvedDate} is known. */
export type DatePrecision = 'day' | 'week' | 'month' | 'year';

/** A date mention placed on the calendar. */
export interface ResolvedDate {
  /**
   * ISO calendar value: `YYYY-MM-DD` for precision `day` and `week`, `YYYY-MM` for `month`, `YYYY` for `year`.
   * For `week` it is the first day of the span: the Monday that starts the ISO week, or the Saturday of a weekend.
   */
  date: string;
  precision: DatePrecision;
  /**
   * `before` for "before/by/until Thursday", `after` for "after/since X", `about` for approximate mentions
   * ("a week earlier", "about", "nearly", "roughly"); omitted when exact.
   */
  relation?: 'before' | 'after' | 'about';
  /**
   * The mention as written in the sentence, widened to the neighbouring words that were read as part of it
   * (e.g. "before Thursday", "just one week earlier", "Saturday night"); the trimmed `dateText` when the mention
   * could not be found in the sentence.
   */
  text: string;
}

type Relation = NonNullable<ResolvedDate['relation']>;

/** A position in the sentence that a context word occupies. */
interface Word {
  lower: string;
  start: number;
  end: number;
  punct: boolean;
}

/** What a resolution rule found, before it is turned into a {@link ResolvedDate}. */
interface Found {
  date: string;
  precision: DatePrecision;
  relation?: Relation;
}

interface Ctx {
  anchor: number | undefined;
  /** Words before the mention, nearest first (stops at punctuation). */
  left: Word[];
  /** Words after the mention, nearest first (stops at punctuation). */
  right: Word[];
  /** How many of `left` / `right` were read as part of the mention. */
  usedLeft: number;
  usedRight: number;
  /** Tense of the event around the mention (computed on first use). */
  tense: () => EventTime | undefined;
  /** Relation read from the words before the mention (or in it); set by {@link readRelation}. */
  relation: Relation | undefined;
  /** The mention started with "in" ("in two days"). */
  leadIn: boolean;
  /** The mention started with "within" (a duration). */
  leadWithin: boolean;
  /** The mention is followed by a possessive "'s" ("Sunday's meeting"). */
  possessive: boolean;
}

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20],
  ['thirty', 30], ['a couple of', 2], ['couple of', 2], ['a couple', 2],
]);

/** Characters read on either side of a mention for its context words. */
const CONTEXT_WINDOW = 160;

/** Days of the month written as words ("May one", "March nine", "April twenty-first"). */
const DAY_WORDS: ReadonlyMap<string, number> = (() => {
  const units = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const unitOrdinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const teens = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  const teenOrdinals = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
  const map = new Map<string, number>();
  units.forEach((w, i) => map.set(w, i + 1));
  unitOrdinals.forEach((w, i) => map.set(w, i + 1));
  teens.forEach((w, i) => map.set(w, i + 10));
  teenOrdinals.forEach((w, i) => map.set(w, i + 10));
  map.set('twenty', 20).set('twentieth', 20).set('thirty', 30).set('thirtieth', 30);
  units.forEach((w, i) => map.set(`twenty ${w}`, 21 + i));
  unitOrdinals.forEach((w, i) => map.set(`twenty ${w}`, 21 + i));
  map.set('thirty one', 31).set('thirty first', 31);
  return map;
})();

/**
 * Words that put a date on a schedule ("scheduled for April 29", "set May 5 as the target", "an extension to April
 * 23"): whatever the tense of the sentence, such a date is the nearest one of that name, before or after publication.
 */
const SCHEDULING = new Set([
  'scheduled', 'rescheduled', 'schedule', 'set', 'slated', 'due', 'planned', 'postponed', 'postpone', 'delayed',
  'extended', 'extend', 'extension', 'deadline', 'target', 'targeted', 'moved', 'until', 'till',
]);

/** Relation phrases (lower case, space separated), longest first when matched. */
const RELATION_PHRASES: ReadonlyMap<string, Relation> = new Map<string, Relation>([
  ['no later than', 'before'], ['in advance of', 'before'], ['prior to', 'before'], ['ahead of', 'before'],
  ['up to', 'before'], ['up until', 'before'], ['before', 'before'], ['by', 'before'], ['until', 'before'],
  ['till', 'before'], ["'til", 'before'], ['til', 'before'],
  ['no earlier than', 'after'], ['after', 'after'], ['since', 'after'], ['following', 'after'], ['from', 'after'],
  ['starting', 'after'], ['beginning', 'after'],
  ['about', 'about'], ['around', 'about'], ['roughly', 'about'], ['nearly', 'about'], ['approximately', 'about'],
  ['almost', 'about'], ['circa', 'about'], ['approx', 'about'], ['some', 'about'], ['close to', 'about'],
  ['more or less', 'about'],
]);

/** Words before a date that neither change it nor block a relation word further left ("before the", "since on"). */
const SKIPPABLE_LEFT = new Set([
  'on', 'the', 'at', 'in', 'during', 'of', 'for', 'over', 'just', 'only', 'last', 'next', 'this', 'coming', 'early', 'late',
]);

const PART_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight', 'noon', 'midday']);

const WEEKDAY_RE = '(sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues|tue|wed|thurs|thur|thu|fri|sat)';
const MONTH_RE =
  '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';

/** Replace typographic quotes/dashes/spaces with ASCII ones, one code unit for one, so offsets are kept. */
function normalize(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201B\u0060\u00B4\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

/** Lower-case ASCII letters only, so that offsets into the lowered text match the original. */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Start offsets of whole-word occurrences of `needle` in `hay` (both already lower-cased), at most `max`. */
function occurrences(hay: string, needle: string, max: number): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  let from = 0;
  while (found.length < max) {
    const at = hay.indexOf(needle, from);
    if (at < 0) break;
    const before = at > 0 ? hay[at - 1] : undefined;
    const after = hay[at + needle.length];
    const okLeft = !isWordChar(needle[0]) || !isWordChar(before);
    const okRight = !isWordChar(needle[needle.length - 1]) || !isWordChar(after);
    if (okLeft && okRight) found.push(at);
    from = at + 1;
  }
  return found;
}

/** Words and punctuation marks of `text`, offsets shifted by `offset`. */
function wordsOf(text: string, offset: number): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)?|[^\s\p{L}\p{N}]/gu)) {
    const start = (m.index ?? 0) + offset;
    out.push({ lower: m[0].toLowerCase(), start, end: start + m[0].length, punct: !isWordChar(m[0][0]) });
  }
  return out;
}

/** Context words on one side, nearest first, up to the first punctuation mark (hyphens and apostrophes pass). */
function contextWords(ws: Word[], max: number): Word[] {
  const out: Word[] = [];
  for (const w of ws) {
    if (out.length >= max) break;
    if (w.punct) {
      if (w.lower === '-' || w.lower === "'") continue;
      break;
    }
    out.push(w);
  }
  return out;
}

/** Lower-cased mention, quotes and trailing punctuation and possessives removed, whitespace collapsed. */
function cleanCore(s: string): string {
  let c = normalize(s).toLowerCase().replace(/\s+/g, ' ').trim();
  c = c.replace(/^["'(\[]+|["')\],;:!?]+$/g, '').trim();
  c = c.replace(/(?:'s|s')$/, (m) => (m === "s'" ? 's' : '')).trim();
  c = c.replace(/\.$/, '').trim();
  return c;
}

/** Relation phrase at the start of `words` (in reading order), if any: [relation, number of words]. */
function relationAt(words: string[]): [Relation, number] | undefined {
  for (let n = Math.min(3, words.length); n >= 1; n -= 1) {
    const rel = RELATION_PHRASES.get(words.slice(0, n).join(' '));
    if (rel) return [rel, n];
  }
  return undefined;
}

/**
 * Strip leading relation words and fillers from the mention itself ("before Thursday", "on Friday", "in 2022").
 * Returns the remaining core.
 */
function stripLeading(core: string, ctx: Ctx): string {
  let words = core.split(' ').filter((w) => w.length > 0);
  for (let guard = 0; guard < 8 && words.length > 1; guard += 1) {
    const rel = relationAt(words);
    if (rel && words.length > rel[1]) {
      ctx.relation ??= rel[0];
      words = words.slice(rel[1]);
      continue;
    }
    const first = words[0] ?? '';
    if (first === 'in') {
      ctx.leadIn = true;
      words = words.slice(1);
      continue;
    }
    if (first === 'within' || first === 'for' || first === 'throughout') {
      if (first === 'within') ctx.leadWithin = true;
      words = words.slice(1);
      continue;
    }
    if (['on', 'at', 'during', 'over', 'just', 'only', 'as', 'of'].includes(first)) {
      words = words.slice(1);
      continue;
    }
    break;
  }
  return words.join(' ');
}

/**
 * Relation from the words just before the mention ("before Thursday", "since the weekend"), looking left of the
 * words already read as part of the mention. `allowAbout`: whether a bare "about" counts as an approximation (it
 * does before counts and numbers; before a weekday it is more often a topic, "talked about Sunday's meeting").
 */
function readRelationFromLeft(ctx: Ctx, allowAbout: boolean): void {
  if (ctx.relation) return;
  let i = ctx.usedLeft;
  const limit = i + 2;
  while (i < ctx.left.length && i < limit && SKIPPABLE_LEFT.has(ctx.left[i]?.lower ?? '')) i += 1;
  // Try phrases of 3, 2, 1 words ending at left[i] (reading order: left[i+n-1] … left[i]).
  for (let n = 3; n >= 1; n -= 1) {
    const slice = ctx.left.slice(i, i + n);
    if (slice.length < n) continue;
    const phrase = slice
      .map((w) => w.lower)
      .reverse()
      .join(' ');
    const rel = RELATION_PHRASES.get(phrase);
    if (!rel) continue;
    if (!allowAbout && (phrase === 'about' || phrase === 'some')) return;
    // "killed by Saturday's strike", "attacks from Sunday's…": agent/source, not a time limit.
    if (ctx.possessive && (phrase === 'by' || phrase === 'from')) return;
    ctx.relation = rel;
    ctx.usedLeft = i + n;
    return;
  }
}

/** Pick the year for a month/day given without one. `startOf(y)` is the day number the date would have in year y. */
function inferYear(
  anchor: number,
  tense: EventTime | undefined,
  startOf: (y: number) => number | undefined,
  endOf: (y: number) => number | undefined,
): number | undefined {
  const y = yearOf(anchor);
  const years = [y - 1, y, y + 1].filter(isSupportedYear);
  if (tense === 'past') {
    const ok = years.filter((c) => (startOf(c) ?? Infinity) <= anchor);
    return ok.length > 0 ? Math.max(...ok) : undefined;
  }
  if (tense === 'future') {
    const ok = years.filter((c) => (endOf(c) ?? -Infinity) >= anchor);
    return ok.length > 0 ? Math.min(...ok) : undefined;
  }
  const start = startOf(y);
  if (start === undefined) {
    // e.g. 29 February in a non-leap published year: the nearest year in which it exists, looking back first.
    for (const c of [y - 1, y + 1, y - 2, y - 3, y - 4]) if (isSupportedYear(c) && startOf(c) !== undefined) return c;
    return undefined;
  }
  return start - anchor > 183 ? y - 1 : y;
}

function dayFound(n: number, relation?: Relation): Found | null {
  if (!Number.isFinite(n) || !isSupportedYear(yearOf(n))) return null;
  return relation ? { date: isoDay(n), precision: 'day', relation } : { date: isoDay(n), precision: 'day' };
}

function weekFound(n: number): Found | null {
  if (!Number.isFinite(n) || !isSupportedYear(yearOf(n))) return null;
  return { date: isoDay(n), precision: 'week' };
}

function monthFound(year: number, month: number, relation?: Relation): Found | null {
  if (!isSupportedYear(year) || month < 1 || month > 12) return null;
  const f: Found = { date: isoMonth(year, month), precision: 'month' };
  if (relation) f.relation = relation;
  return f;
}

function yearFound(year: number, relation?: Relation): Found | null {
  if (!isSupportedYear(year)) return null;
  const f: Found = { date: String(year), precision: 'year' };
  if (relation) f.relation = relation;
  return f;
}

/** Tense from cue words next to the mention, falling back to the verbs of the sentence. */
function tenseOf(ctx: Ctx, modifier: string | undefined): EventTime | undefined {
  if (modifier) {
    if (/^(?:next|coming|upcoming|this coming|the coming|later)$/.test(modifier)) return 'future';
    if (/^(?:last|past|previous|this past|the past|earlier)$/.test(modifier)) return 'past';
  }
  const near = ctx.left.slice(0, 3).map((w) => w.lower);
  if (near.some((w) => w === 'upcoming' || w === 'coming' || w === 'next')) return 'future';
  if (near[0] === 'of' && near[1] === 'ahead') return 'future';
  if (near[1] === 'of' && near[2] === 'ahead') return 'future';
  if (ctx.relation === 'after' && near.includes('since')) return 'past';
  return ctx.tense();
}

/** Whether a scheduling word stands in the words just before the mention ("scheduled for", "set … as", "extension to"). */
function scheduled(ctx: Ctx): boolean {
  return ctx.left.slice(0, 6).some((w) => SCHEDULING.has(w.lower));
}

/** News uses the present simple for scheduled events ("the law takes effect January 5", "departs Thursday"). */
function futureIfPresent(tense: EventTime | undefined): EventTime | undefined {
  return tense === 'present' ? 'future' : tense;
}

/** A modifier word right before the mention ("last" Friday), if the mention itself has none. */
function leftModifier(ctx: Ctx): string | undefined {
  const w0 = ctx.left[0]?.lower;
  const w1 = ctx.left[1]?.lower;
  if (w0 === 'coming' && w1 === 'this') {
    ctx.usedLeft = Math.max(ctx.usedLeft, 2);
    return 'this coming';
  }
  if (w0 === 'past' && w1 === 'this') {
    ctx.usedLeft = Math.max(ctx.usedLeft, 2);
    return 'this past';
  }
  if (w0 && ['last', 'next', 'this', 'coming', 'upcoming', 'past', 'previous'].includes(w0)) {
    ctx.usedLeft = Math.max(ctx.usedLeft, 1);
    return w0;
  }
  return undefined;
}

function resolveWeekday(weekday: number, modifier: string | undefined, ctx: Ctx): Found | null {
  const anchor = ctx.anchor;
  if (anchor === undefined) return null;
  const mod = modifier ?? leftModifier(ctx);
  // "Saturday night", "Sunday morning": the same day.
  const r0 = ctx.right[0]?.lower;
  if (r0 && PART_OF_DAY.has(r0)) ctx.usedRight = Math.max(ctx.usedRight, 1);
  const same = weekday === weekdayOf(anchor);
  const past = (): number => onOrBefore(anchor - 1, weekday);
  const future = (): number => onOrAfter(anchor + 1, weekday);
  if (mod === 'last' || mod === 'past' || mod === 'previous' || mod === 'this past') return dayFound(past());
  if (mod === 'next' || mod === 'coming' || mod === 'upcoming' || mod === 'this coming') return dayFound(future());
  if (same) return dayFound(anchor);
  const tense = tenseOf(ctx, undefined);
  if (mod === 'this') return dayFound(tense === 'past' ? past() : future());
  return dayFound(tense === 'future' || tense === 'present' ? future() : past());
}

function resolveWeek(which: string, qualifier: string | undefined, ctx: Ctx): Found | null {
  const anchor = ctx.anchor;
  if (anchor === undefined) return null;
  const monday = mondayOf(anchor);
  const wd = weekdayOf(anchor);
  switch (which) {
    case 'last':
    case 'previous':
      return weekFound(monday - 7);
    case 'next':
    case 'coming':
    case 'the coming':
    case 'this coming':
      return weekFound(monday + 7);
    case 'this past':
      return weekFound(wd === 0 || wd === 6 ? monday : monday - 7);
    case 'this': {
      if (wd !== 0) return weekFound(monday);
      // Published on a Sunday: a "this week" still to come is the week starting tomorrow.
      if (qualifier === 'later') return weekFound(monday + 7);
      if (qualifier === 'earlier') return weekFound(monday);
      const tense = tenseOf(ctx, undefined);
      return weekFound(tense === 'future' || tense === 'present' ? monday + 7 : monday);
    }
    default:
      return null;
  }
}

function resolveWeekend(which: string, ctx: Ctx): Found | null {
  const anchor = ctx.anchor;
  if (anchor === undefined) return null;
  const wd = weekdayOf(anchor);
  const inWeekend = wd === 0 || wd === 6;
  const lastSat = onOrBefore(anchor, 6); // this weekend's Saturday when published on a weekend
  const nextSat = onOrAfter(anchor, 6);
  switch (which) {
    case 'last':
    case 'previous':
      return weekFound(inWeekend ? lastSat - 7 : lastSat);
    case 'this past':
    case 'the past':
      return weekFound(lastSat);
    case 'next':
      return weekFound(inWeekend ? lastSat + 7 : nextSat);
    case 'this coming':
    case 'the coming':
    case 'coming':
    case 'upcoming':
    case 'the upcoming':
      return weekFound(inWeekend ? lastSat + 7 : nextSat);
    case 'this':
    case 'the':
    case '': {
      if (inWeekend) return weekFound(lastSat);
      const tense = tenseOf(ctx, undefined);
      if (which === 'this') return weekFound(tense === 'past' ? lastSat : nextSat);
      return weekFound(tense === 'future' || tense === 'present' ? nextSat : lastSat);
    }
    default:
      return null;
  }
}

function shiftMonth(year: number, month: number, by: number): [number, number] {
  const index = year * 12 + (month - 1) + by;
  return [Math.floor(index / 12), (index % 12) + 1];
}

function resolveRelativeMonthOrYear(unit: 'month' | 'year', which: string, ctx: Ctx): Found | null {
  const anchor = ctx.anchor;
  if (anchor === undefined) return null;
  const by = which === 'last' || which === 'previous' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
  if (unit === 'year') return yearFound(yearOf(anchor) + by);
  const [y, m] = shiftMonth(yearOf(anchor), monthOf(anchor), by);
  return monthFound(y, m);
}

/** "a week earlier", "two days ago", "in three days", "a month ago". */
function resolveCount(count: number, unitWord: string, direction: string | undefined, ctx: Ctx): Found | null {
  const anchor = ctx.anchor;
  if (anchor === undefined || ctx.leadWithin) return null;
  let sign: number;
  let exact: boolean;
  if (direction === 'ago') {
    sign = -1;
    exact = true;
  } else if (direction === 'earlier' || direction === 'before' || direction === 'prior' || direction === 'previously') {
    sign = -1;
    exact = false;
  } else if (direction === 'from now' || direction === 'hence' || (direction === undefined && ctx.leadIn)) {
    sign = 1;
    exact = true;
  } else {
    return null; // a bare duration, or "later"/"after" relative to some other event
  }
  if (!Number.isInteger(count) || count < 1 || count > 5000) return null;
  const unit = unitWord.replace(/s$/, '');
  if (unit === 'day') return dayFound(anchor + sign * count, exact ? undefined : 'about');
  if (unit === 'week' || unit === 'fortnight') return dayFound(anchor + sign * count * (unit === 'week' ? 7 : 14), 'about');
  if (unit === 'month') {
    const [y, m] = shiftMonth(yearOf(anchor), monthOf(anchor), sign * count);
    return monthFound(y, m, 'about');
  }
  if (unit === 'year') return yearFound(yearOf(anchor) + sign * count, 'about');
  return null;
}

const TIME_OF_DAY_RE =
  /(?:\b(?:at|around|about|by)\s+)?(?:\b\d{1,2}(?::\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)(?!\w)|\bnoon\b|\bmidnight\b)(?:\s+(?:local time|gmt|utc|[a-z]?[ecmp][sd]?t)\b)?/g;

/** Absolute dates: "24 February 2022", "Feb. 24, 2022", "2022-02-24", "March 2014", "2014", "Nov. 30", "March". */
function resolveAbsolute(core: string, ctx: Ctx): Found | null {
  let c = core
    .replace(TIME_OF_DAY_RE, ' ')
    .replace(/,/g, ' ')
    .replace(/\b([a-z]{3,5})\./g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  // A leading weekday next to a full date: "Monday, Nov. 24".
  const wdPrefix = new RegExp(`^${WEEKDAY_RE}\\s+(?=\\S)`).exec(c);
  if (wdPrefix && /\d/.test(c)) c = c.slice(wdPrefix[0].length).trim();
  // Part of day after a date: "Nov. 24 morning".
  c = c.replace(/\s+(?:morning|afternoon|evening|night)$/, '');
  // Vague position within the span keeps its precision: "early March", "mid-2014", "the end of 2024".
  c = c
    .replace(
      /^(?:(?:the\s+)?(?:end|start|beginning|middle|first half|second half|first quarter|last quarter|spring|summer|fall|autumn|winter)\s+of\s+|early\s*-?\s*|mid\s*-?\s*|late\s*-?\s*|(?:spring|summer|fall|autumn|winter)\s+(?=\d{4}$))/,
      '',
    )
    .trim();
  // A day written as a word: "march nine", "april twenty-first"; or, after a bare month, the words that follow it.
  const spelled = new RegExp(`^${MONTH_RE}\\s+(.+)$`).exec(c);
  const spelledDay = spelled ? DAY_WORDS.get(spelled[2]!.replace(/-/g, ' ')) : undefined;
  if (spelled && spelledDay !== undefined) c = `${spelled[1]} ${spelledDay}`;
  if (new RegExp(`^${MONTH_RE}$`).test(c)) {
    const two = `${ctx.right[0]?.lower ?? ''} ${ctx.right[1]?.lower ?? ''}`;
    const taken = DAY_WORDS.has(two) ? 2 : DAY_WORDS.has(ctx.right[0]?.lower ?? '') ? 1 : 0;
    if (taken > 0) {
      ctx.usedRight = Math.max(ctx.usedRight, taken);
      c = `${c} ${DAY_WORDS.get(taken === 2 ? two : ctx.right[0]!.lower)}`;
    }
  }
  const rel = ctx.relation;
  let m: RegExpExecArray | null;

  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(c))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDay(y, mo, d) ? dayFound(dayNumber(y, mo, d), rel) : null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(c))) {
    return monthFound(Number(m[1]), Number(m[2]), rel);
  }
  const dayMonth = new RegExp(`^(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:\\s+(\\d{4}))?$`).exec(c);
  const monthDay = new RegExp(`^${MONTH_RE}\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(\\d{4}))?$`).exec(c);
  if (dayMonth || monthDay) {
    const day = Number(dayMonth ? dayMonth[1] : monthDay?.[2]);
    const month = MONTHS.get((dayMonth ? dayMonth[2] : monthDay?.[1]) ?? '') ?? 0;
    const yearText = dayMonth ? dayMonth[3] : monthDay?.[3];
    if (yearText !== undefined) {
      const y = Number(yearText);
      return isValidDay(y, month, day) ? dayFound(dayNumber(y, month, day), rel) : null;
    }
    if (ctx.anchor === undefined || month === 0 || day < 1 || day > 31) return null;
    const at = (y: number): number | undefined => (isValidDay(y, month, day) ? dayNumber(y, month, day) : undefined);
    const y = inferYear(ctx.anchor, scheduled(ctx) ? undefined : futureIfPresent(tenseOf(ctx, undefined)), at, at);
    return y === undefined ? null : dayFound(dayNumber(y, month, day), rel);
  }
  if ((m = new RegExp(`^${MONTH_RE}\\s+(?:of\\s+)?(\\d{4})$`).exec(c))) {
    return monthFound(Number(m[2]), MONTHS.get(m[1] ?? '') ?? 0, rel);
  }
  if ((m = new RegExp(`^(?:the\\s+month\\s+of\\s+)?${MONTH_RE}$`).exec(c))) {
    const month = MONTHS.get(m[1] ?? '') ?? 0;
    if (ctx.anchor === undefined || month === 0) return null;
    const start = (y: number): number | undefined => (isSupportedYear(y) ? dayNumber(y, month, 1) : undefined);
    const end = (y: number): number | undefined => {
      const [ny, nm] = shiftMonth(y, month, 1);
      return isSupportedYear(ny) ? dayNumber(ny, nm, 1) - 1 : undefined;
    };
    const y = inferYear(ctx.anchor, scheduled(ctx) ? undefined : futureIfPresent(tenseOf(ctx, undefined)), start, end);
    return y === undefined ? null : monthFound(y, month, rel);
  }
  if ((m = /^(?:the\s+year\s+|(?:fiscal|fy)\s*(?:year\s+)?)?(\d{4})$/.exec(c))) {
    return yearFound(Number(m[1]), rel);
  }
  return null;
}

/** Number for a quantity word or numeral ("a", "one", "2"); undefined when not a quantity. */
function quantity(word: string): number | undefined {
  if (/^\d{1,4}$/.test(word)) return Number(word);
  return NUMBER_WORDS.get(word);
}

/** Read a direction word or phrase from the right-hand context ("earlier", "ago", "from now"). */
function directionFromRight(ctx: Ctx): string | undefined {
  const r0 = ctx.right[0]?.lower;
  const r1 = ctx.right[1]?.lower;
  if (r0 === 'from' && r1 === 'now') {
    ctx.usedRight = Math.max(ctx.usedRight, 2);
    return 'from now';
  }
  if (r0 && ['ago', 'earlier', 'before', 'prior', 'previously', 'later', 'after', 'hence'].includes(r0)) {
    // "a week before the talks": a relation to another event, not a count back from publication.
    if ((r0 === 'before' || r0 === 'after' || r0 === 'prior') && r1 !== undefined) return 'other';
    ctx.usedRight = Math.max(ctx.usedRight, 1);
    return r0;
  }
  return undefined;
}

/** Interpret the mention core (already stripped of leading relation words). */
function interpret(core: string, ctx: Ctx, depth = 0): Found | null {
  let m: RegExpExecArray | null;
  const anchor = ctx.anchor;

  // Frequencies and open-ended spans never name a date.
  if (/\b(?:daily|weekly|monthly|yearly|annually|nightly|every|each|per|recent|recently|lately|decades?|centur(?:y|ies)|\d{2,4}'?s)\b/.test(core)) {
    return null;
  }

  // A clock time next to a date ("Sunday at 4 p.m."): read the date; a clock time alone gives null.
  const withoutTime = core.replace(TIME_OF_DAY_RE, ' ').replace(/\s+/g, ' ').trim();
  if (withoutTime !== core) {
    return withoutTime.length > 0 && depth < 2 ? interpret(withoutTime.replace(/,$/, '').trim(), ctx, depth + 1) : null;
  }

  // Weekdays, with an optional modifier and part of day.
  m = new RegExp(
    `^(?:(this coming|this past|last|next|this|coming|upcoming|past|previous)\\s+)?${WEEKDAY_RE}\\.?(?:\\s+(morning|afternoon|evening|night|overnight|noon))?$`,
  ).exec(core);
  if (m) {
    readRelationFromLeft(ctx, false);
    const wd = WEEKDAYS.get(m[2] ?? '');
    return wd === undefined ? null : resolveWeekday(wd, m[1], ctx);
  }
  m = new RegExp(`^(morning|afternoon|evening|night)\\s+(?:of\\s+)?${WEEKDAY_RE}$`).exec(core);
  if (m) {
    readRelationFromLeft(ctx, false);
    const wd = WEEKDAYS.get(m[2] ?? '');
    return wd === undefined ? null : resolveWeekday(wd, undefined, ctx);
  }

  // Days named relative to publication.
  m = /^(?:(?:earlier|later|early|late)\s+)?(today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow|last night|the day before yesterday|the day after tomorrow)(?:\s+(?:morning|afternoon|evening|night))?$/.exec(
    core,
  );
  if (m) {
    readRelationFromLeft(ctx, false);
    if (anchor === undefined) return null;
    const word = m[1] ?? '';
    const offset =
      word === 'yesterday' || word === 'last night'
        ? -1
        : word === 'tomorrow'
          ? 1
          : word === 'the day before yesterday'
            ? -2
            : word === 'the day after tomorrow'
              ? 2
              : 0;
    return dayFound(anchor + offset, ctx.relation);
  }

  // Weeks.
  m = /^(?:(earlier|later|early|late|mid)\s+)?(this coming|this past|the coming|this|last|next|previous|coming)\s+week$/.exec(core);
  if (m) {
    readRelationFromLeft(ctx, false);
    const f = resolveWeek(m[2] ?? '', m[1], ctx);
    return f && ctx.relation ? { ...f, relation: ctx.relation } : f;
  }
  m = /^the\s+week\s+of\s+(.+)$/.exec(core);
  if (m) {
    const day = resolveAbsolute(m[1] ?? '', { ...ctx, relation: undefined });
    if (!day || day.precision !== 'day') return null;
    const n = parseIsoDay(day.date);
    const f = n === undefined ? null : weekFound(mondayOf(n));
    readRelationFromLeft(ctx, false);
    return f && ctx.relation ? { ...f, relation: ctx.relation } : f;
  }

  // Weekends.
  m = /^(?:(this coming|this past|the coming|the upcoming|the past|this|last|next|previous|coming|upcoming|the)\s+)?weekend$/.exec(core);
  if (m) {
    readRelationFromLeft(ctx, false);
    let which = m[1] ?? '';
    if (which === '') which = leftModifier(ctx) ?? '';
    const f = resolveWeekend(which, ctx);
    return f && ctx.relation ? { ...f, relation: ctx.relation } : f;
  }

  // This/last/next month or year.
  m = /^(?:(earlier|later|early|late|mid)\s*-?\s*)?(this|last|next|previous|the coming|coming)\s+(month|year)$/.exec(core);
  if (m) {
    readRelationFromLeft(ctx, false);
    const which = (m[2] ?? '').replace(/^the /, '');
    const f = resolveRelativeMonthOrYear(m[3] === 'year' ? 'year' : 'month', which, ctx);
    return f && ctx.relation ? { ...f, relation: ctx.relation } : f;
  }

  // Counts: "a week earlier", "two days ago", "in three days", "one week" + "earlier" after the mention.
  m = /^(?:(a couple of|couple of|a couple|[a-z]+|\d{1,4})\s+)?(days?|weeks?|months?|years?|fortnight)(?:\s+(ago|earlier|before|prior|previously|later|after|hence|from now))?$/.exec(
    core,
  );
  if (m) {
    let count = m[1] !== undefined ? quantity(m[1]) : undefined;
    if (m[1] !== undefined && count === undefined) return null; // "coming days", "few weeks"
    if (count === undefined) {
      // Bare unit ("week"): the quantity may stand just before the mention ("a week earlier").
      const q = ctx.left[0] ? quantity(ctx.left[0].lower) : undefined;
      if (q === undefined) return null;
      count = q;
      ctx.usedLeft = Math.max(ctx.usedLeft, 1);
    }
    const direction = m[3] ?? directionFromRight(ctx);
    if (direction === 'other') return null;
    // "just a week earlier", "only a week ago": read "just"/"only" as part of the mention.
    const lw = ctx.left[ctx.usedLeft]?.lower;
    if (lw === 'just' || lw === 'only') ctx.usedLeft += 1;
    readRelationFromLeft(ctx, true);
    const f = resolveCount(count, m[2] ?? '', direction, ctx);
    if (!f) return null;
    return ctx.relation && ctx.relation !== 'about' ? { ...f, relation: ctx.relation } : f;
  }

  // Absolute dates.
  const spelledDay = new RegExp(`^${MONTH_RE}\\s+(.+)$`).exec(core);
  if (/\d/.test(core) || new RegExp(`^(?:the month of )?(?:early |mid-?|late )?${MONTH_RE}$`).test(core) || (spelledDay && DAY_WORDS.has(spelledDay[2]!.replace(/-/g, ' ')))) {
    readRelationFromLeft(ctx, /\d/.test(core));
    return resolveAbsolute(core, ctx);
  }
  return null;
}

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
  const leftFrom = Math.max(0, at - CONTEXT_WINDOW);
  const leftWords = found ? wordsOf(normSentence.slice(leftFrom, at), leftFrom).reverse() : [];
  let rightText = found ? normSentence.slice(end, end + CONTEXT_WINDOW) : '';
  let rightOffset = end;
  const possessive = /^'s?\b/.exec(rightText);
  if (possessive) {
    rightText = rightText.slice(possessive[0].length);
    rightOffset += possessive[0].length;
  }
  const ctx: Ctx = {
    anchor,
    left: contextWords(leftWords, 6),
    right: contextWords(wordsOf(rightText, rightOffset), 4),
    usedLeft: 0,
    usedRight: 0,
    relation: undefined,
    leadIn: false,
    leadWithin: false,
    possessive: possessive !== null || /'s$/i.test(normalize(dateText).trim()),
    tense: (() => {
      let cached: EventTime | undefined | null = null;
      return () => {
        if (cached === null) {
          // The span read as the mention so far, e.g. "Saturday night" for "Saturday".
          const spanEnd = ctx.usedRight > 0 ? (ctx.right[ctx.usedRight - 1]?.end ?? end) : end;
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
    ctx.usedRight = 2;
  }

  const f = interpret(core, ctx);
  if (!f) return null;

  let relation: Relation | undefined = f.relation;
  if (ctx.relation && ctx.relation !== 'about') relation = ctx.relation;
  else if (ctx.relation === 'about' || about) relation ??= 'about';

  let text = dateText.trim();
  if (found) {
    const from = ctx.usedLeft > 0 ? (ctx.left[ctx.usedLeft - 1]?.start ?? at) : at;
    const to = ctx.usedRight > 0 ? (ctx.right[ctx.usedRight - 1]?.end ?? end) : end;
    text = sentence.slice(Math.min(from, at), Math.max(to, end)).trim() || text;
  }
  const out: ResolvedDate = { date: f.date, precision: f.precision, text };
  if (relation) out.relation = relation;
  return out;
}

/**
 * Place a date or time mention on the calendar.
 *
 * @param dateText The DATE/TIME mention as tagged (e.g. "Thursday", "last week", "24 February 2022", "one week").
 * @param sentence The whole sentence the mention stands in: its verbs give the tense, and the words right before and
 *   after the mention give relations ("before", "since") and counts ("a week earlier").
 * @param published The article's ISO date (`YYYY-MM-DD`, a trailing time is ignored), if known.
 * @param tokens The sentence's tokens as the build tagged them, so the tense is read without tagging again.
 * @returns The resolved date, or null when the mention cannot be placed: a duration ("two weeks"), a frequency
 *   ("daily"), a decade, a relative mention with no (valid) published date, or anything unreadable.
 *
 * @example
 * resolveDate('Thursday', 'Putin said Thursday that the draft could serve.', '2025-11-30');
 * // → { date: '2025-11-27', precision: 'day', text: 'Thursday' }
 * resolveDate('Thursday', 'Putin will receive him before Thursday, when he departs.', '2025-11-30');
 * // → { date: '2025-12-04', precision: 'day', relation: 'before', text: 'before Thursday' }
 */
export function resolveDate(dateText: string, sentence: string, published?: string, tokens?: readonly Token[]): ResolvedDate | null {
  // Callers from plain JavaScript (or JSON) may pass anything: a mention that is no string is no date.
  if (typeof dateText !== 'string') return null;
  if (typeof sentence !== 'string') sentence = '';
  if (typeof published !== 'string') published = undefined;
  const mention = dateText.trim();
  if (mention.length === 0 || mention.length > 200) return null;
  const anchor = published === undefined ? undefined : parseIsoDay(published);
  const normSentence = normalize(sentence);
  const needle = asciiLower(normalize(mention));
  const hits = occurrences(asciiLower(normSentence), needle, 5);
  if (hits.length === 0) return resolveAt(mention, sentence, normSentence, -1, 0, anchor, tokens);
  for (const at of hits) {
    const r = resolveAt(mention, sentence, normSentence, at, needle.length, anchor, tokens);
    if (r) return r;
  }
  return null;
}

/**
 * A readable label for a resolved date: "Sun 30 Nov 2025", "week of 24 Nov 2025", "weekend of 29 Nov 2025",
 * "Nov 2025", "2014", prefixed with "before ", "after " or "about " when the date carries that relation.
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
