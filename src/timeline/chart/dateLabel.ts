/**
 * How a date reads in the picture's date column: short enough for a narrow column, with a second line for what
 * the first cannot say (a week or weekend, "before"/"after"/"about", the year when it changes).
 */
import { dateSpan } from '../timeline.js';
import type { TimelineEvent } from '../timeline.js';

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The two lines of a date label. */
export interface DateLabel {
  /** "Fri 15 Mar", "11–17 Mar" (a week), "16–17 Mar" (a weekend), "Mar", "2019". */
  main: string;
  /** "weekend · before · 2024": what kind of span it is, the relation, and the year when `showYear`; may be empty. */
  note: string;
}

/**
 * The date label of an event.
 *
 * @param showYear add the year to the note (the caller sets it on the first row and when the year changes)
 * @example dateLabel({ date: '2024-03-16', precision: 'week', relation: 'before' }, true) // { main: '16–17 Mar', note: 'before · weekend · 2024' }
 */
export function dateLabel(e: Pick<TimelineEvent, 'date' | 'precision' | 'relation'>, showYear: boolean): DateLabel {
  const year = e.date.slice(0, 4);
  const notes: string[] = [];
  if (e.relation) notes.push(e.relation);
  let main: string;
  if (e.precision === 'year') main = year;
  else if (e.precision === 'month') main = monthOf(e.date);
  else if (e.precision === 'week') {
    const [a, b] = dateSpan(e);
    main = monthOf(a) === monthOf(b) ? `${dayOf(a)}–${dayOf(b)} ${monthOf(b)}` : `${dayOf(a)} ${monthOf(a)}–${dayOf(b)} ${monthOf(b)}`;
    notes.push(weekdayOf(a) === 6 ? 'weekend' : 'week');
  } else main = `${WEEKDAYS_SHORT[weekdayOf(e.date)] ?? ''} ${dayOf(e.date)} ${monthOf(e.date)}`.trim();
  if (showYear && e.precision !== 'year') notes.push(year);
  return { main, note: notes.join(' · ') };
}

function monthOf(iso: string): string {
  return MONTHS_SHORT[Number(iso.slice(5, 7)) - 1] ?? iso;
}

function dayOf(iso: string): string {
  return String(Number(iso.slice(8, 10)));
}

function weekdayOf(iso: string): number {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`).getUTCDay();
}
