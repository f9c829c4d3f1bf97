import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendarNames.js';
import { editDistance } from '../text/editDistance.js';
import { foldText } from '../text/fold.js';
import { formatResolvedDate } from '../nlp/resolveDate.js';
import { termsOf } from '../search/terms.js';
import type { Story } from '../story/story.js';
import { buildTimeline, compareEvents, dateSpan } from './timeline.js';
import type { TimelineEvent } from './timeline.js';

/** What {@link filterTimeline} keeps. */
export interface TimelineFilter {
  /** A person, by canonical name, alias-like surname, or a near spelling ("Lutsky" finds "Petro Lutskyy"). */
  actor?: string;
  /** Earliest date, ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (inclusive). */
  from?: string;
  /** Latest date, same forms (inclusive: "2031-04" runs to 30 April). */
  to?: string;
}

/**
 * The events that name the person and overlap the date range. A week, month or year event overlaps the range when
 * any of its days is inside it. Keeps the input order.
 */
export function filterTimeline(events: readonly TimelineEvent[], filter: TimelineFilter): TimelineEvent[] {
  const from = filter.from ? rangeStart(filter.from) : undefined;
  const to = filter.to ? rangeEnd(filter.to) : undefined;
  const who = filter.actor ? foldText(filter.actor) : '';
  return events.filter((e) => {
    const [start, end] = dateSpan(e);
    if (from && end < from) return false;
    if (to && start > to) return false;
    if (who && !e.actors.some((a) => namesPerson(a, who))) return false;
    return true;
  });
}

/** Whether a folded query names the person with this canonical name. */
function namesPerson(canonical: string, query: string): boolean {
  const name = foldText(canonical);
  if (name === query) return true;
  const words = name.split(' ');
  if (!query.includes(' ') && words.includes(query)) return true;
  const allowed = query.length <= 4 ? 0 : query.length <= 8 ? 1 : 2;
  if (editDistance(query, name, allowed) <= allowed) return true;
  return !query.includes(' ') && words.some((w) => w.length > 3 && editDistance(query, w, allowed) <= allowed);
}

function rangeStart(d: string): string {
  if (/^\d{4}$/.test(d)) return `${d}-01-01`;
  if (/^\d{4}-\d{2}$/.test(d)) return `${d}-01`;
  return d.slice(0, 10);
}

function rangeEnd(d: string): string {
  if (/^\d{4}$/.test(d)) return `${d}-12-31`;
  if (/^\d{4}-\d{2}$/.test(d)) return dateSpan({ date: d, precision: 'month' })[1];
  return d.slice(0, 10);
}

/** The date in words, so a query can name it: "Monday 17 March 2031", "week 10 March 2031", "2009". */
export function dateWords(e: Pick<TimelineEvent, 'date' | 'precision'>): string {
  if (e.precision === 'year') return e.date;
  const [y, m, d] = e.date.split('-').map(Number) as [number, number, number | undefined];
  const month = MONTH_NAMES[m - 1] ?? '';
  if (e.precision === 'month' || d === undefined) return `${month} ${y}`;
  const weekday = WEEKDAY_NAMES[new Date(Date.UTC(y, m - 1, d)).getUTCDay()] ?? '';
  return e.precision === 'week' ? `week ${weekday === 'Saturday' ? 'weekend ' : ''}${d} ${month} ${y}` : `${weekday} ${d} ${month} ${y}`;
}

/**
 * Events matching the words of a query, best first: each query term found in an event's sentence, people, date as
 * written or date in words counts its rarity among the events (terms in every event count little); near forms of
 * names match ("lutsky" ~ "lutskyy"). Ties keep chronological order. Events with no query term are left out.
 *
 * @param source a story (its timeline is built) or the events themselves
 */
export function searchEvents(source: Story | readonly TimelineEvent[], query: string, limit = 10): TimelineEvent[] {
  const events = isEventList(source) ? [...source] : buildTimeline(source);
  const qTerms = [...new Set(termsOf(query))];
  if (qTerms.length === 0 || events.length === 0) return [];
  const docs = events.map((e) => new Set(termsOf([e.text, e.actors.join(' '), e.dateText, formatResolvedDate(e), dateWords(e)].join(' '))));
  const matches = (doc: Set<string>, t: string) => doc.has(t) || (t.length >= 5 && [...doc].some((d) => d.length >= 5 && near(d, t)));
  const df = qTerms.map((t) => docs.filter((d) => matches(d, t)).length);
  const scored = events
    .map((e, i) => {
      let score = 0;
      let hits = 0;
      qTerms.forEach((t, k) => {
        if (matches(docs[i]!, t)) {
          score += Math.log(1 + events.length / df[k]!);
          hits += 1;
        }
      });
      return { e, score, hits };
    })
    .filter((s) => s.hits > 0);
  scored.sort((a, b) => b.score - a.score || compareEvents(a.e, b.e));
  return scored.slice(0, limit).map((s) => s.e);
}

/** Two stems of one word: a shared start of five letters or more, lengths within two. */
function near(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  const n = Math.min(a.length, b.length);
  let k = 0;
  while (k < n && a[k] === b[k]) k += 1;
  return k >= 5 && k >= n - 2;
}

function isEventList(source: Story | readonly TimelineEvent[]): source is readonly TimelineEvent[] {
  return Array.isArray(source);
}
