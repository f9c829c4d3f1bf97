/**
 * The first stage of drawing: the chosen events turned into plain rows (labels, date lines, marker styles), so
 * that laying out and drawing need neither the story's types nor its NLP code, and the rows can be sent to a
 * worker thread as they are.
 */
import { dateSpan } from '../timeline.js';
import type { TimelineEvent } from '../timeline.js';
import { dateKey, overviewOfEvents, pageOfEvents } from './chooseEvents.js';
import type { ChosenEvents } from './chooseEvents.js';
import { dateLabel } from './dateLabel.js';
import { eventLabel } from './eventLabel.js';
import { DEFAULT_EVENTS_PER_PAGE } from './options.js';
import type { TimelineChartOptions } from './options.js';

/** How a date's marker looks: its shape tells the precision, its decoration the relation. */
export interface MarkerStyle {
  /** A day is a dot, a week or weekend a rounded bar, a month or year a diamond. */
  shape: 'dot' | 'bar' | 'diamond';
  /** "before" gets an arrow from above, "after" one from below, "about" a dashed outline. */
  relation: 'before' | 'after' | 'about' | null;
}

/** One event as the picture shows it. */
export interface ChartRow {
  /** Date column; empty when the row shares the date of the row above. */
  date: string;
  /** Second line of the date column ("before · 2024"); may be empty. */
  dateNote: string;
  /** The event in a few words ({@link eventLabel}). */
  label: string;
  /** Articles reporting it (1 when only one). */
  reports: number;
  marker: MarkerStyle;
  /** Shares the date of the row above: drawn under the same marker. */
  sameDate: boolean;
  /** More than about two months after the row above: the axis is broken (it is not to scale). */
  gapBefore: boolean;
}

/** Everything the picture says, as plain data. */
export interface ChartPage {
  title: string;
  /** "Events 11–20 of 134 · page 2 of 14", "10 of 134 events, the most reported". */
  subtitle: string;
  rows: ChartRow[];
  /** Rows to make room for (see {@link ChosenEvents.rowSlots}). */
  rowSlots: number;
}

/** Two consecutive dates more than this far apart break the axis. */
const LONG_GAP_MS = 62 * 86_400_000;

/**
 * Chooses the events of one picture (a page when `page` or `perPage` is set, else an overview) and describes them.
 *
 * @example chartPage(events, { title: 'Timeline', page: 0, perPage: 5 }).rows.length // ≤ 5
 */
export function chartPage(events: readonly TimelineEvent[], options: TimelineChartOptions = {}): ChartPage {
  const paged = options.page !== undefined || options.perPage !== undefined;
  const chosen = paged
    ? pageOfEvents(events, options.page ?? 0, options.perPage ?? DEFAULT_EVENTS_PER_PAGE)
    : overviewOfEvents(events, options.maxEvents ?? DEFAULT_EVENTS_PER_PAGE);
  return { title: options.title ?? '', subtitle: subtitleOf(chosen), rows: rowsOf(chosen.events), rowSlots: chosen.rowSlots };
}

function subtitleOf(c: ChosenEvents): string {
  const plural = (n: number) => `${n} event${n === 1 ? '' : 's'}`;
  if (c.total === 0) return '';
  if (c.paging) {
    const { page, pages, first } = c.paging;
    if (pages === 1) return plural(c.total);
    const range = c.events.length === 1 ? `Event ${first + 1}` : `Events ${first + 1}–${first + c.events.length}`;
    return `${range} of ${c.total} · page ${page + 1} of ${pages}`;
  }
  return c.events.length < c.total ? `${c.events.length} of ${plural(c.total)}, the most reported` : plural(c.total);
}

function rowsOf(events: readonly TimelineEvent[]): ChartRow[] {
  return events.map((e, i) => {
    const prev = events[i - 1];
    const sameDate = prev !== undefined && dateKey(prev) === dateKey(e);
    const showYear = !prev || prev.date.slice(0, 4) !== e.date.slice(0, 4) || prev.precision === 'year';
    const { main, note } = sameDate ? { main: '', note: '' } : dateLabel(e, showYear);
    return {
      date: main,
      dateNote: note,
      label: eventLabel(e),
      reports: e.alsoIn.length + 1,
      marker: { shape: e.precision === 'day' ? 'dot' : e.precision === 'week' ? 'bar' : 'diamond', relation: e.relation ?? null },
      sameDate,
      gapBefore: prev !== undefined && !sameDate && gapMs(prev, e) > LONG_GAP_MS,
    };
  });
}

/** Days between the end of one event's span and the start of the next's, in ms (negative when they overlap). */
function gapMs(a: TimelineEvent, b: TimelineEvent): number {
  return Date.parse(`${dateSpan(b)[0]}T00:00:00Z`) - Date.parse(`${dateSpan(a)[1]}T00:00:00Z`);
}
