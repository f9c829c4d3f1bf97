/**
 * Which events one picture shows: a page of the list in the order given (to match a paged text reply), or an
 * overview of the most reported. Either way at most {@link MAX_EVENTS_PER_PICTURE}, so a timeline of thousands of
 * events costs no more to draw than one of twenty.
 */
import { compareEvents } from '../timeline.js';
import type { TimelineEvent } from '../timeline.js';
import { clampInt, DEFAULT_EVENTS_PER_PAGE, MAX_EVENTS_PER_PICTURE } from './options.js';

/** The events of one picture and where they sit in the whole list. */
export interface ChosenEvents {
  /** The events to draw, in drawing order. */
  events: TimelineEvent[];
  /** Events in the whole list. */
  total: number;
  /** Paged: the 0-based page drawn (after clamping), its count of pages and the index of its first event. */
  paging?: { page: number; pages: number; first: number };
  /** Rows the picture makes room for: the same on every page of one list, so paging does not resize it. */
  rowSlots: number;
}

/**
 * Page `page` of `events`, `perPage` at a time, in the order given; a page past either end draws the nearest one.
 *
 * @example pageOfEvents(events, 1, 10).events // events[10..19]
 */
export function pageOfEvents(events: readonly TimelineEvent[], page: number, perPage: number): ChosenEvents {
  const size = clampInt(perPage, 1, MAX_EVENTS_PER_PICTURE, DEFAULT_EVENTS_PER_PAGE);
  const pages = Math.max(1, Math.ceil(events.length / size));
  const p = clampInt(page, 0, pages - 1, 0);
  const first = p * size;
  return {
    events: events.slice(first, first + size),
    total: events.length,
    paging: { page: p, pages, first },
    rowSlots: Math.max(1, Math.min(size, events.length)),
  };
}

/**
 * The events to draw for an overview: all when they fit, else the best reported of each date and then the best
 * reported overall, in chronological order. At most {@link MAX_EVENTS_PER_PICTURE} whatever `max` says.
 */
export function pickEvents(events: readonly TimelineEvent[], max: number): TimelineEvent[] {
  const limit = clampInt(max, 1, MAX_EVENTS_PER_PICTURE, DEFAULT_EVENTS_PER_PAGE);
  if (events.length <= limit) return [...events].sort(compareEvents);
  // More reports weigh more; a sentence that is mostly quotation is comment rather than an event.
  const weights = new Map<TimelineEvent, number>();
  for (const e of events) weights.set(e, (e.alsoIn.length + 1 + (e.actors.length > 0 ? 0.5 : 0)) * (mostlyQuoted(e.text) ? 0.5 : 1));
  const byReports = [...events].sort((a, b) => weights.get(b)! - weights.get(a)! || compareEvents(a, b));
  const chosen = new Set<TimelineEvent>();
  const dates = new Set<string>();
  for (const e of byReports) {
    if (chosen.size >= limit) break;
    const key = dateKey(e);
    if (dates.has(key)) continue;
    dates.add(key);
    chosen.add(e);
  }
  for (const e of byReports) {
    if (chosen.size >= limit) break;
    chosen.add(e);
  }
  return [...chosen].sort(compareEvents);
}

/** The overview of {@link pickEvents} with its place in the whole list. */
export function overviewOfEvents(events: readonly TimelineEvent[], max: number): ChosenEvents {
  const shown = pickEvents(events, max);
  return { events: shown, total: events.length, rowSlots: Math.max(1, shown.length) };
}

/** Events that share a date, its precision and relation share one marker. */
export function dateKey(e: Pick<TimelineEvent, 'date' | 'precision' | 'relation'>): string {
  return `${e.date}|${e.precision}|${e.relation ?? ''}`;
}

/** Whether more than half of a sentence is inside quotation marks. */
function mostlyQuoted(text: string): boolean {
  let inside = 0;
  for (const m of text.matchAll(/["“]([^"”]*)["”]?/g)) inside += m[1]!.length;
  return inside > text.length / 2;
}
