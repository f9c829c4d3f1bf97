/**
 * The resolvers: each reads one kind of date phrase (weekdays, weeks, weekends, counts, absolute dates) from a mention's
 * core and context and places it on the calendar relative to the published day.
 */
import {
  MONTHS,
  WEEKDAYS,
  dayNumber,
  isSupportedYear,
  isValidDay,
  isoDay,
  isoMonth,
  mondayOf,
  monthOf,
  onOrAfter,
  onOrBefore,
  parseIsoDay,
  weekdayOf,
  yearOf,
} from '../dateCalendar.js';
import type { EventTime } from '../dateTense.js';
import { relationAt } from './dateContext.js';
import type { Ctx } from './dateContext.js';
import {
  DAY_WORDS,
  MONTH_RE,
  NUMBER_WORDS,
  PART_OF_DAY,
  RELATION_PHRASES,
  SCHEDULING,
  SKIPPABLE_LEFT,
  TIME_OF_DAY_RE,
  WEEKDAY_RE,
} from './dateLexicon.js';
import type { Found, Relation } from './dateLexicon.js';

/**
 * Patterns built from the weekday and month alternations once, not again for every mention read (none is global, so
 * none keeps state between uses).
 */
const LEADING_WEEKDAY = new RegExp(`^${WEEKDAY_RE}\\s+(?=\\S)`);
const MONTH_THEN_WORDS = new RegExp(`^${MONTH_RE}\\s+(.+)$`);
const MONTH_ALONE = new RegExp(`^${MONTH_RE}$`);
const DAY_MONTH = new RegExp(`^(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?:\\s+(\\d{4}))?$`);
const MONTH_DAY = new RegExp(`^${MONTH_RE}\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(\\d{4}))?$`);
const MONTH_YEAR = new RegExp(`^${MONTH_RE}\\s+(?:of\\s+)?(\\d{4})$`);
const THE_MONTH_OF = new RegExp(`^(?:the\\s+month\\s+of\\s+)?${MONTH_RE}$`);
const PART_OF_WEEKDAY = new RegExp(`^(morning|afternoon|evening|night)\\s+(?:of\\s+)?${WEEKDAY_RE}$`);
const MONTH_WITH_POSITION = new RegExp(`^(?:the month of )?(?:early |mid-?|late )?${MONTH_RE}$`);
const WEEKDAY_PHRASE = new RegExp(
  `^(?:(this coming|this past|last|next|this|coming|upcoming|past|previous)\\s+)?${WEEKDAY_RE}\\.?(?:\\s+(morning|afternoon|evening|night|overnight|noon))?$`,
);

/**
 * Strip leading relation words and fillers from the mention itself ("before Thursday", "on Friday", "in 2019").
 * Returns the remaining core.
 */
export function stripLeading(core: string, ctx: Ctx): string {
  let words = core.split(' ').filter((w) => w.length > 0);
  for (let guard = 0; guard < 8 && words.length > 1; guard += 1) {
    const rel = relationAt(words);
    if (rel && words.length > rel[1]) {
      ctx.reading.relation ??= rel[0];
      words = words.slice(rel[1]);
      continue;
    }
    const first = words[0] ?? '';
    if (first === 'in') {
      ctx.reading.leadIn = true;
      words = words.slice(1);
      continue;
    }
    if (first === 'within' || first === 'for' || first === 'throughout') {
      if (first === 'within') ctx.reading.leadWithin = true;
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
export function readRelationFromLeft(ctx: Ctx, allowAbout: boolean): void {
  if (ctx.reading.relation) return;
  let i = ctx.reading.usedLeft;
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
    ctx.reading.relation = rel;
    ctx.reading.usedLeft = i + n;
    return;
  }
}

/** Pick the year for a month/day given without one. `startOf(y)` is the day number the date would have in year y. */
export function inferYear(
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

export function dayFound(n: number, relation?: Relation): Found | null {
  if (!Number.isFinite(n) || !isSupportedYear(yearOf(n))) return null;
  return relation ? { date: isoDay(n), precision: 'day', relation } : { date: isoDay(n), precision: 'day' };
}

export function weekFound(n: number): Found | null {
  if (!Number.isFinite(n) || !isSupportedYear(yearOf(n))) return null;
  return { date: isoDay(n), precision: 'week' };
}

export function monthFound(year: number, month: number, relation?: Relation): Found | null {
  if (!isSupportedYear(year) || month < 1 || month > 12) return null;
  const f: Found = { date: isoMonth(year, month), precision: 'month' };
  if (relation) f.relation = relation;
  return f;
}

export function yearFound(year: number, relation?: Relation): Found | null {
  if (!isSupportedYear(year)) return null;
  const f: Found = { date: String(year), precision: 'year' };
  if (relation) f.relation = relation;
  return f;
}

/** Tense from cue words next to the mention, falling back to the verbs of the sentence. */
export function tenseOf(ctx: Ctx, modifier: string | undefined): EventTime | undefined {
  if (modifier) {
    if (/^(?:next|coming|upcoming|this coming|the coming|later)$/.test(modifier)) return 'future';
    if (/^(?:last|past|previous|this past|the past|earlier)$/.test(modifier)) return 'past';
  }
  const near = ctx.left.slice(0, 3).map((w) => w.lower);
  if (near.some((w) => w === 'upcoming' || w === 'coming' || w === 'next')) return 'future';
  if (near[0] === 'of' && near[1] === 'ahead') return 'future';
  if (near[1] === 'of' && near[2] === 'ahead') return 'future';
  if (ctx.reading.relation === 'after' && near.includes('since')) return 'past';
  return ctx.tense();
}

/** Whether a scheduling word stands in the words just before the mention ("scheduled for", "set … as", "extension to"). */
export function scheduled(ctx: Ctx): boolean {
  return ctx.left.slice(0, 6).some((w) => SCHEDULING.has(w.lower));
}

/**
 * The tense that places a month or a day of the month: after a scheduling word ("scheduled for", "postponed to") only
 * an explicit future ("will", "is planned for", "is due to") counts, else the nearest such date; otherwise the tense
 * of the sentence, a present read as the future.
 */
function scheduledTense(ctx: Ctx): EventTime | undefined {
  const tense = tenseOf(ctx, undefined);
  if (scheduled(ctx)) return tense === 'future' ? 'future' : undefined;
  return futureIfPresent(tense);
}

/** News uses the present simple for scheduled events ("the law takes effect January 5", "departs Thursday"). */
export function futureIfPresent(tense: EventTime | undefined): EventTime | undefined {
  return tense === 'present' ? 'future' : tense;
}

/** A modifier word right before the mention ("last" Friday), if the mention itself has none. */
export function leftModifier(ctx: Ctx): string | undefined {
  const w0 = ctx.left[0]?.lower;
  const w1 = ctx.left[1]?.lower;
  if (w0 === 'coming' && w1 === 'this') {
    ctx.reading.usedLeft = Math.max(ctx.reading.usedLeft, 2);
    return 'this coming';
  }
  if (w0 === 'past' && w1 === 'this') {
    ctx.reading.usedLeft = Math.max(ctx.reading.usedLeft, 2);
    return 'this past';
  }
  if (w0 && ['last', 'next', 'this', 'coming', 'upcoming', 'past', 'previous'].includes(w0)) {
    ctx.reading.usedLeft = Math.max(ctx.reading.usedLeft, 1);
    return w0;
  }
  return undefined;
}

export function resolveWeekday(weekday: number, modifier: string | undefined, ctx: Ctx): Found | null {
  const anchor = ctx.anchor;
  if (anchor === undefined) return null;
  const mod = modifier ?? leftModifier(ctx);
  // "Saturday night", "Sunday morning": the same day.
  const r0 = ctx.right[0]?.lower;
  if (r0 && PART_OF_DAY.has(r0)) ctx.reading.usedRight = Math.max(ctx.reading.usedRight, 1);
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

export function resolveWeek(which: string, qualifier: string | undefined, ctx: Ctx): Found | null {
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

export function resolveWeekend(which: string, ctx: Ctx): Found | null {
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

export function shiftMonth(year: number, month: number, by: number): [number, number] {
  const index = year * 12 + (month - 1) + by;
  return [Math.floor(index / 12), (index % 12) + 1];
}

export function resolveRelativeMonthOrYear(unit: 'month' | 'year', which: string, ctx: Ctx): Found | null {
  const anchor = ctx.anchor;
  if (anchor === undefined) return null;
  const by = which === 'last' || which === 'previous' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
  if (unit === 'year') return yearFound(yearOf(anchor) + by);
  const [y, m] = shiftMonth(yearOf(anchor), monthOf(anchor), by);
  return monthFound(y, m);
}

/** "a week earlier", "two days ago", "in three days", "a month ago". */
export function resolveCount(count: number, unitWord: string, direction: string | undefined, ctx: Ctx): Found | null {
  const anchor = ctx.anchor;
  if (anchor === undefined || ctx.reading.leadWithin) return null;
  let sign: number;
  let exact: boolean;
  if (direction === 'ago') {
    sign = -1;
    exact = true;
  } else if (direction === 'earlier' || direction === 'before' || direction === 'prior' || direction === 'previously') {
    sign = -1;
    exact = false;
  } else if (direction === 'from now' || direction === 'hence' || (direction === undefined && ctx.reading.leadIn)) {
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

/** Absolute dates: "12 June 2019", "June 12, 2019", "2019-06-12", "March 2009", "2009", "Mar. 16", "March". */
export function resolveAbsolute(core: string, ctx: Ctx): Found | null {
  let c = core
    .replace(TIME_OF_DAY_RE, ' ')
    .replace(/,/g, ' ')
    .replace(/\b([a-z]{3,5})\./g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  // A leading weekday next to a full date: "Monday, Nov. 24".
  const wdPrefix = LEADING_WEEKDAY.exec(c);
  if (wdPrefix && /\d/.test(c)) c = c.slice(wdPrefix[0].length).trim();
  // Part of day after a date: "Nov. 24 morning".
  c = c.replace(/\s+(?:morning|afternoon|evening|night)$/, '');
  // Vague position within the span keeps its precision: "early March", "mid-2009", "the end of 2024".
  c = c
    .replace(
      /^(?:(?:the\s+)?(?:end|start|beginning|middle|first half|second half|first quarter|last quarter|spring|summer|fall|autumn|winter)\s+of\s+|early\s*-?\s*|mid\s*-?\s*|late\s*-?\s*|(?:spring|summer|fall|autumn|winter)\s+(?=\d{4}$))/,
      '',
    )
    .trim();
  // A day written as a word: "march nine", "april twenty-first"; or, after a bare month, the words that follow it.
  const spelled = MONTH_THEN_WORDS.exec(c);
  const spelledDay = spelled ? DAY_WORDS.get(spelled[2]!.replace(/-/g, ' ')) : undefined;
  if (spelled && spelledDay !== undefined) c = `${spelled[1]} ${spelledDay}`;
  if (MONTH_ALONE.test(c)) {
    const two = `${ctx.right[0]?.lower ?? ''} ${ctx.right[1]?.lower ?? ''}`;
    const taken = DAY_WORDS.has(two) ? 2 : DAY_WORDS.has(ctx.right[0]?.lower ?? '') ? 1 : 0;
    if (taken > 0) {
      ctx.reading.usedRight = Math.max(ctx.reading.usedRight, taken);
      c = `${c} ${DAY_WORDS.get(taken === 2 ? two : ctx.right[0]!.lower)}`;
    }
  }
  const rel = ctx.reading.relation;
  let m: RegExpExecArray | null;

  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(c))) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDay(y, mo, d) ? dayFound(dayNumber(y, mo, d), rel) : null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(c))) {
    return monthFound(Number(m[1]), Number(m[2]), rel);
  }
  const dayMonth = DAY_MONTH.exec(c);
  const monthDay = MONTH_DAY.exec(c);
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
    const y = inferYear(ctx.anchor, scheduledTense(ctx), at, at);
    return y === undefined ? null : dayFound(dayNumber(y, month, day), rel);
  }
  if ((m = MONTH_YEAR.exec(c))) {
    return monthFound(Number(m[2]), MONTHS.get(m[1] ?? '') ?? 0, rel);
  }
  if ((m = THE_MONTH_OF.exec(c))) {
    const month = MONTHS.get(m[1] ?? '') ?? 0;
    if (ctx.anchor === undefined || month === 0) return null;
    const start = (y: number): number | undefined => (isSupportedYear(y) ? dayNumber(y, month, 1) : undefined);
    const end = (y: number): number | undefined => {
      const [ny, nm] = shiftMonth(y, month, 1);
      return isSupportedYear(ny) ? dayNumber(ny, nm, 1) - 1 : undefined;
    };
    const y = inferYear(ctx.anchor, scheduledTense(ctx), start, end);
    return y === undefined ? null : monthFound(y, month, rel);
  }
  if ((m = /^(?:the\s+year\s+|(?:fiscal|fy)\s*(?:year\s+)?)?(\d{4})$/.exec(c))) {
    return yearFound(Number(m[1]), rel);
  }
  return null;
}

/** Number for a quantity word or numeral ("a", "one", "2"); undefined when not a quantity. */
export function quantity(word: string): number | undefined {
  if (/^\d{1,4}$/.test(word)) return Number(word);
  return NUMBER_WORDS.get(word);
}

/** Read a direction word or phrase from the right-hand context ("earlier", "ago", "from now"). */
export function directionFromRight(ctx: Ctx): string | undefined {
  const r0 = ctx.right[0]?.lower;
  const r1 = ctx.right[1]?.lower;
  if (r0 === 'from' && r1 === 'now') {
    ctx.reading.usedRight = Math.max(ctx.reading.usedRight, 2);
    return 'from now';
  }
  if (r0 && ['ago', 'earlier', 'before', 'prior', 'previously', 'later', 'after', 'hence'].includes(r0)) {
    // "a week before the talks": a relation to another event, not a count back from publication.
    if ((r0 === 'before' || r0 === 'after' || r0 === 'prior') && r1 !== undefined) return 'other';
    ctx.reading.usedRight = Math.max(ctx.reading.usedRight, 1);
    return r0;
  }
  return undefined;
}

/** Interpret the mention core (already stripped of leading relation words). */
export function interpret(core: string, ctx: Ctx, depth = 0): Found | null {
  let m: RegExpExecArray | null;
  const anchor = ctx.anchor;

  // Frequencies and open-ended spans never name a date.
  if (
    /\b(?:daily|weekly|monthly|yearly|annually|nightly|every|each|per|recent|recently|lately|decades?|centur(?:y|ies)|\d{2,4}'?s)\b/.test(
      core,
    )
  ) {
    return null;
  }

  // A clock time next to a date ("Sunday at 4 p.m."): read the date; a clock time alone gives null.
  const withoutTime = core.replace(TIME_OF_DAY_RE, ' ').replace(/\s+/g, ' ').trim();
  if (withoutTime !== core) {
    return withoutTime.length > 0 && depth < 2 ? interpret(withoutTime.replace(/,$/, '').trim(), ctx, depth + 1) : null;
  }

  // Weekdays, with an optional modifier and part of day.
  m = WEEKDAY_PHRASE.exec(core);
  if (m) {
    readRelationFromLeft(ctx, false);
    const wd = WEEKDAYS.get(m[2] ?? '');
    return wd === undefined ? null : resolveWeekday(wd, m[1], ctx);
  }
  m = PART_OF_WEEKDAY.exec(core);
  if (m) {
    readRelationFromLeft(ctx, false);
    const wd = WEEKDAYS.get(m[2] ?? '');
    return wd === undefined ? null : resolveWeekday(wd, undefined, ctx);
  }

  // Days named relative to publication.
  m =
    /^(?:(?:earlier|later|early|late)\s+)?(today|tonight|this (?:morning|afternoon|evening)|yesterday|tomorrow|last night|the day before yesterday|the day after tomorrow)(?:\s+(?:morning|afternoon|evening|night))?$/.exec(
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
    return dayFound(anchor + offset, ctx.reading.relation);
  }

  // Weeks.
  m = /^(?:(earlier|later|early|late|mid)\s+)?(this coming|this past|the coming|this|last|next|previous|coming)\s+week$/.exec(core);
  if (m) {
    readRelationFromLeft(ctx, false);
    const f = resolveWeek(m[2] ?? '', m[1], ctx);
    return f && ctx.reading.relation ? { ...f, relation: ctx.reading.relation } : f;
  }
  m = /^the\s+week\s+of\s+(.+)$/.exec(core);
  if (m) {
    const day = resolveAbsolute(m[1] ?? '', { ...ctx, reading: { ...ctx.reading, relation: undefined } });
    if (day?.precision !== 'day') return null;
    const n = parseIsoDay(day.date);
    const f = n === undefined ? null : weekFound(mondayOf(n));
    readRelationFromLeft(ctx, false);
    return f && ctx.reading.relation ? { ...f, relation: ctx.reading.relation } : f;
  }

  // Weekends.
  m = /^(?:(this coming|this past|the coming|the upcoming|the past|this|last|next|previous|coming|upcoming|the)\s+)?weekend$/.exec(core);
  if (m) {
    readRelationFromLeft(ctx, false);
    let which = m[1] ?? '';
    if (which === '') which = leftModifier(ctx) ?? '';
    const f = resolveWeekend(which, ctx);
    return f && ctx.reading.relation ? { ...f, relation: ctx.reading.relation } : f;
  }

  // This/last/next month or year.
  m = /^(?:(earlier|later|early|late|mid)\s*-?\s*)?(this|last|next|previous|the coming|coming)\s+(month|year)$/.exec(core);
  if (m) {
    readRelationFromLeft(ctx, false);
    const which = (m[2] ?? '').replace(/^the /, '');
    const f = resolveRelativeMonthOrYear(m[3] === 'year' ? 'year' : 'month', which, ctx);
    return f && ctx.reading.relation ? { ...f, relation: ctx.reading.relation } : f;
  }

  // Counts: "a week earlier", "two days ago", "in three days", "one week" + "earlier" after the mention.
  m =
    /^(?:(a couple of|couple of|a couple|[a-z]+|\d{1,4})\s+)?(days?|weeks?|months?|years?|fortnight)(?:\s+(ago|earlier|before|prior|previously|later|after|hence|from now))?$/.exec(
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
      ctx.reading.usedLeft = Math.max(ctx.reading.usedLeft, 1);
    }
    const direction = m[3] ?? directionFromRight(ctx);
    if (direction === 'other') return null;
    // "just a month earlier", "only a month ago": read "just"/"only" as part of the mention.
    const lw = ctx.left[ctx.reading.usedLeft]?.lower;
    if (lw === 'just' || lw === 'only') ctx.reading.usedLeft += 1;
    readRelationFromLeft(ctx, true);
    const f = resolveCount(count, m[2] ?? '', direction, ctx);
    if (!f) return null;
    return ctx.reading.relation && ctx.reading.relation !== 'about' ? { ...f, relation: ctx.reading.relation } : f;
  }

  // Absolute dates.
  const spelledDay = MONTH_THEN_WORDS.exec(core);
  if (/\d/.test(core) || MONTH_WITH_POSITION.test(core) || (spelledDay && DAY_WORDS.has(spelledDay[2]!.replace(/-/g, ' ')))) {
    readRelationFromLeft(ctx, /\d/.test(core));
    return resolveAbsolute(core, ctx);
  }
  return null;
}
