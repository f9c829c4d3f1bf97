/**
 * Days a sentence counts from another day it or an earlier sentence of its article gives: "the next day", "the
 * following day", "a day later", "two days later" count from the last day named before them; "the day after X" and
 * "the day before X" from X's day: X itself when it is a date ("the day after Monday"), else the last earlier report
 * that tells of X ("the day after the vote" after "… voted on Monday"). The tagger reads these as a bare "day", which
 * no date resolves.
 */
import { allMatches } from '../nlp/allMatches.js';
import { isoDay, parseIsoDay } from '../nlp/dateCalendar.js';
import { MONTH_RE, NUMBER_WORDS, WEEKDAY_RE } from '../nlp/dates/dateLexicon.js';
import type { ResolvedDate } from '../nlp/resolveDate.js';
import { STOP_WORDS, termOf, termsOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import { relatedTerms } from './eventTerms.js';

/** A day given in an article, that "the next day" may count from. */
export interface DayAnchor {
  /** `YYYY-MM-DD`. */
  day: string;
  /** Where the mention begins in its sentence. */
  at: number;
  sentence: Pick<StorySentence, 'id' | 'text'>;
  /**
   * Whether the mention is the day itself: "after Friday" is not (only "the day after Friday" counts from it), nor a
   * day named that could not be placed ("On 12 January" without a year); "the next day" after either is no day.
   */
  exact: boolean;
}

/** A date mention that names a day or a month ("12 January", "Friday", "in March"). */
const NAMES_DAY = new RegExp(`\\b(?:${WEEKDAY_RE}|${MONTH_RE})\\b`, 'iu');

/**
 * The days a sentence gives ({@link DayAnchor}): its resolved days, and its tagged date mentions that name a day or a
 * month but were not placed on one ("On 12 January" without a year, "in March"), which no "next day" counts past.
 */
export function dayAnchors(s: Pick<StorySentence, 'id' | 'text' | 'entities'>, resolved: readonly ResolvedDate[]): DayAnchor[] {
  const out: DayAnchor[] = [];
  const placed: [number, number][] = [];
  for (const r of resolved) {
    const at = Math.max(0, s.text.indexOf(r.text));
    placed.push([at, at + r.text.length]);
    if (r.precision === 'day') out.push({ day: r.date, at, sentence: s, exact: r.relation === undefined });
  }
  for (const e of s.entities) {
    if (e.type !== 'DATE' || !NAMES_DAY.test(e.text)) continue;
    const day = placed.findIndex(([from, to]) => from < e.end && to > e.start);
    // A month or a day placed coarser than a day ("in January 1943") is no day either.
    if (day >= 0 && resolved[day]!.precision === 'day') continue;
    out.push({ day: '', at: e.start, sentence: s, exact: false });
  }
  return out;
}

/** How many sentences back "the next day" looks for the day it counts from. */
export const NEXT_DAY_REACH = 3;
/** How many sentences back "the day after X" looks for a report of X: the days an article gave are kept this long. */
export const ANCHOR_REACH = 20;

/**
 * The phrases counted from another day: group 1 "after"/"before" and group 2 the words of X for "the day after X";
 * group 3 the count of "N days later"; otherwise one day after.
 */
const DAY_NEXT_TO =
  /\b(?:the\s+day\s+(after|before)((?:\s+(?!(?:and|but|when|while|as|to|that|which|who)\b)[\p{L}\d'’-]+){0,4})|the\s+(?:next|following)\s+day|(a|one|two|three|four|five|six|seven|\d)\s+days?\s+later)\b/giu;

/**
 * Whether a sentence may hold one of the phrases ({@link DAY_NEXT_TO}): "day" at the start of a word, in any case — a
 * cheap test before the pattern, run on every sentence of the story. Without the `u` flag V8 runs it about ten times
 * faster (over 20k SQuAD sentences 127 ms with `/\bday/iu`, 10–29 ms without), and it lets through every sentence the
 * `u` form did (no other character folds to d, a or y; two that fold to s and k count as word characters only with
 * `u`, so without it a "day" after them is let through too).
 */
export function mayCountDays(text: string): boolean {
  return DAY_WORD_START.test(text);
}

const DAY_WORD_START = /\bday/i;

/**
 * The days a sentence counts from others ({@link DAY_NEXT_TO}), each at day precision with the phrase as its text.
 *
 * @param s the sentence
 * @param anchors the days given before, in story order: earlier sentences of its article and its own resolved mentions
 */
export function daysNextTo(s: Pick<StorySentence, 'id' | 'text'>, anchors: readonly DayAnchor[]): ResolvedDate[] {
  if (!mayCountDays(s.text)) return [];
  const out: ResolvedDate[] = [];
  // A day counted in this sentence is one a later phrase of it may count from ("the day after Friday, and two days later").
  let known = anchors;
  for (const m of allMatches(DAY_NEXT_TO, s.text)) {
    const at = m.index;
    const direction = m[1]?.toLowerCase();
    let anchor: DayAnchor | undefined;
    let offset = 1;
    if (direction !== undefined) {
      offset = direction === 'after' ? 1 : -1;
      // X a date of the sentence itself ("the day after Monday"), else an earlier report of it.
      anchor = known.find((a) => a.sentence.id === s.id && a.at > at && a.at < at + m[0].length) ?? toldOf(m[2] ?? '', s.id, known);
    } else {
      if (m[3] !== undefined) offset = NUMBER_WORDS.get(m[3].toLowerCase()) ?? Number(m[3]);
      anchor = dayBefore(s.id, at, known);
    }
    const day = anchor && parseIsoDay(anchor.day);
    if (day === undefined || !Number.isFinite(offset)) continue;
    const counted: ResolvedDate = { date: isoDay(day + offset), precision: 'day', text: m[0].trimEnd() };
    out.push(counted);
    known = [...known, { day: counted.date, at, sentence: s, exact: true }];
  }
  return out;
}

/**
 * The last day named before offset `at` of sentence `id`, in it or up to {@link NEXT_DAY_REACH} sentences back; none
 * when that mention is not the day itself ({@link DayAnchor.exact}).
 */
function dayBefore(id: number, at: number, anchors: readonly DayAnchor[]): DayAnchor | undefined {
  let best: DayAnchor | undefined;
  for (const a of anchors) {
    const before = a.sentence.id < id ? a.sentence.id >= id - NEXT_DAY_REACH : a.sentence.id === id && a.at < at;
    if (before && (!best || a.sentence.id > best.sentence.id || (a.sentence.id === best.sentence.id && a.at > best.at))) best = a;
  }
  return best?.exact ? best : undefined;
}

/**
 * The day of the last earlier report that tells of X ("the vote"): its sentence holds a content word of X, or a word
 * WordNet relates to it ("vote" and "voted").
 */
function toldOf(x: string, id: number, anchors: readonly DayAnchor[]): DayAnchor | undefined {
  const wanted = new Set<string>();
  for (const word of x.split(/\s+/u)) {
    const lower = word.toLowerCase();
    if (!lower || STOP_WORDS.has(lower)) continue;
    const own = termOf(lower);
    if (own) wanted.add(own);
    for (const r of relatedTerms(lower, undefined)) wanted.add(r);
  }
  if (wanted.size === 0) return undefined;
  for (let i = anchors.length - 1; i >= 0; i -= 1) {
    const a = anchors[i]!;
    if (a.sentence.id >= id || !a.exact) continue;
    if (termsOf(a.sentence.text).some((t) => wanted.has(t))) return a;
  }
  return undefined;
}
