/**
 * Ranges of dates as one answer to a when-question: "1512–1598", "from 1722 to 1731", "between April and June 1903",
 * "the winter of 1911–12". The tagger reads a range in words as a span of time (a DURATION, which no when-question
 * takes) and splits a range of years written close up into its halves or reads it as nothing at all.
 */
import type { Entity, Token } from '../nlp/entities.js';

/** A month's name, or a year of three or four digits (with a decade's "s"): what makes a half of a range a date. */
const CALENDAR_WORD =
  /\b(?:\d{3,4}s?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

/** A unit of time: a span of time ("between 2 and 3 years") counts, it does not date. */
export const TIME_UNIT = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))\b/i;

/** A span of time of two halves: "from A to B", "A until B", "between A and B", "A–B", "A/B". */
const RANGE_WORDS = /^(from\s+|between\s+)?(.+?)(\s*[–—/-]\s*|\s+(?:to|until|till|through|thru|and)\s+)(.+)$/i;

/**
 * A span of time the tagger found that is a range of dates, as a date: each half names a year or a month and no unit
 * of time. "From" is no part of the answer ("1722 to 1731"); "between" is ("between 1644 and 1652").
 *
 * @example durationAsDates({ type: 'DURATION', text: 'from 1722 to 1731', start: 10, end: 27 }) // → DATE '1722 to 1731' at 15
 */
export function durationAsDates(e: Entity): Entity | null {
  if (e.type !== 'DURATION' || TIME_UNIT.test(e.text)) return null;
  const m = RANGE_WORDS.exec(e.text);
  if (!m || !CALENDAR_WORD.test(m[2]!) || !CALENDAR_WORD.test(m[4]!)) return null;
  const cut = /^from\s+/i.test(m[1] ?? '') ? m[1]!.length : 0;
  return { type: 'DATE', text: e.text.slice(cut), start: e.start + cut, end: e.end };
}

/**
 * Years written close up with a dash or a slash: "1754–1763", "1928-1933", "1995–96", "1863/1864", "2019/20" (never a
 * figure glued to more digits, nor a date with its day, "2010-11-05", "2010/11/05").
 */
const YEAR_RANGE = /(?<!\d|\d[.,])(1\d{3}|20\d{2})s?\s?[–—/-]\s?(\d{4}|\d{2})s?(?!\d|[.,]\d|\s?%|[–—/-]\d)/g;

/**
 * Whether the second year of a range comes after the first ("1995–96", "1928-1933", and the next year, "1874-75": a
 * season or a term across a year's end; not "2010-04", a month).
 */
function yearsRise(first: string, second: string): boolean {
  const to = second.length === 2 ? Number(first.slice(0, 2) + second) : Number(second);
  return to > Number(first) && (second.length === 4 || Number(second) > 12 || to === Number(first) + 1);
}

/**
 * A sentence's entities with each range of years written close up made one date: the entities it overlaps are
 * taken into it ("the winter of 1911" and "12" make "winter of 1911–12"), and a range the tagger did not read at all
 * is added. Entities elsewhere are kept as they are.
 *
 * @example yearRanges('Built in 1928-1933.', []) // → [DATE '1928-1933']
 */
export function yearRanges(text: string, entities: readonly Entity[]): readonly Entity[] {
  let out: Entity[] | undefined;
  for (const m of text.matchAll(YEAR_RANGE)) {
    if (!yearsRise(m[1]!, m[2]!)) continue;
    const list = out ?? [...entities];
    let start = m.index;
    let end = m.index + m[0].length;
    const inside = list.filter((e) => e.start < end && start < e.end);
    if (inside.some((e) => e.type !== 'DATE' && e.type !== 'CARDINAL' && e.type !== 'DURATION')) continue;
    for (const e of inside) {
      start = Math.min(start, e.start);
      end = Math.max(end, e.end);
    }
    const at = inside.length > 0 ? list.indexOf(inside[0]!) : list.findIndex((e) => e.start >= end);
    const kept = list.filter((e) => !inside.includes(e));
    kept.splice(at < 0 ? kept.length : at, 0, { type: 'DATE', text: text.slice(start, end), start, end });
    out = kept;
  }
  return out ?? entities;
}

/**
 * A sentence's entities for a question asking one date, with each range of years written close up ("1702–1764") given
 * as the half the question asks ("When was Vell born?": its first year; "died": its last), where it asks one; a range
 * whose half is not asked keeps the entities the tagger read in it.
 *
 * @example askedRangeHalves('Vell (1702–1764) sailed.', [CARDINAL '1702', DATE '1764'], 'What year was Vell born?') // → [DATE '1702']
 */
export function askedRangeHalves(text: string, entities: readonly Entity[], question: string): readonly Entity[] {
  const joined = yearRanges(text, entities);
  if (joined === entities) return entities;
  const out: Entity[] = [];
  for (const e of joined) {
    if (entities.includes(e)) out.push(e);
    else {
      const half = rangeHalfAsked(question, e);
      if (half) out.push({ type: 'DATE', text: text.slice(half.start, half.end), start: half.start, end: half.end });
      else out.push(...entities.filter((x) => x.start < e.end && e.start < x.end));
    }
  }
  return out;
}

/** "What year …", "which date …": one date is asked, which a range of dates does not give. */
const ONE_DATE_ASKED = /\b(?:what|which)\s+(?:year|date|day)\b(?!s)/i;

/**
 * Whether a when-question may be answered by a range of dates: not when it asks for one year, date or day.
 *
 * @example rangeAnswers('In what year did the mill open?') // → false
 */
export function rangeAnswers(question: string): boolean {
  return !ONE_DATE_ASKED.test(question);
}

/** Words of a question that ask when something began ("born", "founded") or ended ("died", "last"). */
const BEGINNING =
  /\b(?:born|birth|begin|began|begun|beginning|start|started|starts|found|founded|establish(?:ed)?|open(?:ed)?|launch(?:ed)?|first)\b/i;
const ENDING = /\b(?:die|died|death|end|ended|ends|fall|fell|stop|stopped|finish(?:ed)?|close|closed|last|collapse(?:d)?)\b/i;

/**
 * The half of a range of dates a question asks for, as the part shown: the first for when a thing began ("When was
 * Vell born?" of "2 May 1901 – 3 June 1980"), the last for when it ended; none for a question asking neither (or
 * both), and none when the half would be no date of its own ("74" of "1973–74").
 *
 * @example rangeHalfAsked('When did Vell die?', { text: '1901–1980', start: 4 }) // → { start: 9, end: 13 }
 */
export function rangeHalfAsked(question: string, range: { text: string; start: number }): { start: number; end: number } | undefined {
  const first = BEGINNING.test(question);
  if (first === ENDING.test(question)) return undefined;
  const m = RANGE_WORDS.exec(range.text);
  if (!m || !CALENDAR_WORD.test(m[2]!) || !CALENDAR_WORD.test(m[4]!)) return undefined;
  const from = range.start + (m[1]?.length ?? 0);
  if (first) return { start: from, end: from + m[2]!.length };
  const at = range.start + range.text.length - m[4]!.length;
  return { start: at, end: range.start + range.text.length };
}

/** "Which decade …", "what month …": one time is asked, which two dates told together do not give. */
const ONE_TIME_ASKED = /\b(?:what|which)\s+(?:year|date|day|week|month|season|decade|century)\b(?!s)/i;

/**
 * Whether a when-question may be answered by two dates told together: not when it asks for one year, month, decade
 * or other time.
 *
 * @example twoDatesAnswer('Which decade saw the mill open?') // → false
 */
export function twoDatesAnswer(question: string): boolean {
  return !ONE_TIME_ASKED.test(question);
}

/** What joins two dates into one answer: "(between) 1820s and 1850s", "the 1840s through (thru) the 1860s", "May to June". */
const DATE_JOIN = /^\s+(and|to|through|thru|until|till)\s+(?:the\s+)?$/i;

/** A year or a decade written alone, digits only ("2011", "1840s"). */
const BARE_YEARS = /^\d{3,4}s?$/;

/** A year as the tagger may read it, a bare number with any word of nearness before it ("1100", "about 1961"). */
const BARE_YEAR = /^(?:(?:about|around|approximately|roughly|circa|c\.)\s+)?(\d{3,4})$/i;
/** A year of the last thousand years and this century, the only bare numbers read as years with no date beside them. */
const MODERN_YEAR = /^(?:1\d{3}|20\d{2})$/;
/** A dash joining the halves of a range. */
const DASH_JOIN = /^\s*[–—-]\s*$/;

/**
 * Years of a range the tagger read as numbers, whole or half ("between 1100 and 1700", "about 1961 thru 1975", "1990
 * through 1995"): each number a half of the range is typed a date, so that the range is read whole. Only an earlier
 * year joined to a later one and counting no noun after it ("from 2000 to 1990" tells of a fall, "between 1200 and
 * 1500 workers" counts); two numbers with no date beside them only as years of the last thousand.
 *
 * @example yearHalvesDated({ text: 'Kept between 1100 and 1700.', tokens }, [CARDINAL '1100', DATE '1700']) // → [DATE '1100', DATE '1700']
 */
export function yearHalvesDated(sentence: { text: string; tokens: readonly Token[] }, entities: readonly Entity[]): readonly Entity[] {
  const { text, tokens } = sentence;
  let out: Entity[] | undefined;
  for (let i = 0; i + 1 < entities.length; i += 1) {
    const a = entities[i]!;
    const b = entities[i + 1]!;
    if (a.type === 'DATE' ? b.type !== 'CARDINAL' : a.type !== 'CARDINAL' || (b.type !== 'DATE' && b.type !== 'CARDINAL')) continue;
    const first = BARE_YEAR.exec(a.text)?.[1];
    const last = BARE_YEAR.exec(b.text)?.[1];
    if (!first || !last || Number(first) >= Number(last)) continue;
    if (a.type === b.type && !(MODERN_YEAR.test(first) && MODERN_YEAR.test(last))) continue;
    const join = text.slice(a.end, b.start);
    if (!DATE_JOIN.test(join) && !DASH_JOIN.test(join)) continue;
    if (tokens.find((t) => t.start >= b.end)?.pos === 'NOUN') continue;
    out ??= [...entities];
    if (a.type === 'CARDINAL') out[i] = { ...a, type: 'DATE' };
    if (b.type === 'CARDINAL') out[i + 1] = { ...b, type: 'DATE' };
  }
  return out ?? entities;
}

/**
 * A sentence's entities with each two dates joined by "to", "through" or "until", or by "and" after "between", made one
 * date ("the 1840s through the 1860s", "between the 1820s and 1850s" with its "between"): the ends of one span answer
 * a when-question together. "In 2002 and 2004" tells of two events and stays two dates.
 *
 * @example joinedDates('Built between 2011 and 2012.', [DATE '2011', DATE '2012']) // → [DATE 'between 2011 and 2012']
 */
export function joinedDates(text: string, entities: readonly Entity[]): readonly Entity[] {
  let out: Entity[] | undefined;
  for (let i = 0; i + 1 < entities.length; i += 1) {
    const a = entities[i]!;
    const b = entities[i + 1]!;
    const join = DATE_JOIN.exec(text.slice(a.end, b.start));
    if (a.type !== 'DATE' || b.type !== 'DATE' || !join) continue;
    const between = /\bbetween\s+(?:the\s+)?$/i.exec(text.slice(Math.max(0, a.start - 12), a.start));
    // "in 2002 and 2004": two dates of two events, unless "between" makes them the ends of one span, or they are two
    // years (or decades) written side by side, one time told in two ("in the 1840s and 1850s").
    if (join[1]!.toLowerCase() === 'and' && !between && !(BARE_YEARS.test(a.text) && BARE_YEARS.test(b.text))) continue;
    const start = between ? a.start - between[0].length : a.start;
    out ??= [...entities];
    out.splice(out.indexOf(a), 2, { type: 'DATE', text: text.slice(start, b.end), start, end: b.end });
    i += 1;
  }
  return out ?? entities;
}

/**
 * The dates of a range without the words that join them, for telling whether the question names it: "between the
 * 1820s and 1850s" is not named by a question that writes "the" or "and".
 *
 * @example rangeDates('between the 1820s and 1850s') // → '1820s 1850s'
 */
export function rangeDates(text: string): string | undefined {
  const m = RANGE_WORDS.exec(text);
  if (!m || !CALENDAR_WORD.test(m[2]!) || !CALENDAR_WORD.test(m[4]!)) return undefined;
  return `${m[2]!} ${m[4]!}`.replace(/\bthe\s+/gi, '');
}

/** The noun of a century after its rank ("10th century", "the 8th and 9th centuries", "3rd century BC"). */
const CENTURY_AFTER = /^\s+centur(y|ies)\b(?:\s+(?:BCE?|AD|CE)\b)?/;
/** What joins two ranks of one plural "centuries": "10th and 11th", "10th to the 11th", "10th–11th". */
const RANK_JOIN = /^\s*(?:and|or|to|through|thru|[–—-])\s*(?:the\s+)?$/i;

/**
 * A sentence's entities with each rank the tagger read before "century" made a date ("nineteenth century"), and two
 * ranks before one plural "centuries" made one date ("10th and 11th centuries"), unless `joinTwo` is false, as for a
 * question asking one century: then the rank next to the noun alone.
 *
 * @example centuryDates('Built in the 3rd and 4th centuries.', [ORDINAL '3rd', ORDINAL '4th'], true) // → [DATE '3rd and 4th centuries']
 */
export function centuryDates(text: string, entities: readonly Entity[], joinTwo: boolean): readonly Entity[] {
  let out: Entity[] | undefined;
  for (let i = 0; i < entities.length; i += 1) {
    const a = entities[i]!;
    if (a.type !== 'ORDINAL') continue;
    const b = entities[i + 1];
    const noun = CENTURY_AFTER.exec(text.slice(a.end));
    const pair =
      joinTwo && !noun && b?.type === 'ORDINAL' && RANK_JOIN.test(text.slice(a.end, b.start))
        ? /^\s+centuries\b(?:\s+(?:BCE?|AD|CE)\b)?/.exec(text.slice(b.end))
        : null;
    if (!noun && !pair) continue;
    const end = pair ? b!.end + pair[0].length : a.end + noun![0].length;
    out ??= [...entities];
    out.splice(out.indexOf(a), pair ? 2 : 1, { type: 'DATE', text: text.slice(a.start, end), start: a.start, end });
    if (pair) i += 1;
  }
  return out ?? entities;
}
