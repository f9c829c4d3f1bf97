import type { TimelineEvent } from '../../../src/timeline/timeline.js';

/** An invented event; only `date`, `text` and `dateText` are needed, the rest has plain defaults. */
export function event(date: string, text: string, more: Partial<TimelineEvent> = {}): TimelineEvent {
  return { date, precision: 'day', dateText: 'on that day', text, articleId: 'a1', sentence: 1, alsoIn: [], actors: [], ...more };
}

const SUBJECTS = [
  'The harbour council',
  'A ferry crew',
  'The valley co-operative',
  'Two lighthouse keepers',
  'The river authority',
  'A school choir',
];
const DEEDS = [
  'approved a plan to repaint the old pier',
  'met to discuss the winter timetable',
  'opened a small museum of tide clocks',
  'postponed the lantern festival',
  'signed a contract for new ropes',
  'reported a record catch of herring',
];

/**
 * `n` invented events, one or two a day from 2031-01-01 on, with varied precision, relations and report counts,
 * in chronological order.
 */
export function manyEvents(n: number): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  const start = Date.UTC(2031, 0, 1);
  for (let i = 0; i < n; i += 1) {
    const day = new Date(start + Math.floor(i / 2) * 3 * 86_400_000 + (i % 7 === 6 ? 120 * 86_400_000 : 0));
    const iso = day.toISOString().slice(0, 10);
    const kind = i % 9;
    const precision = kind === 4 ? 'week' : kind === 7 ? 'month' : 'day';
    const date = precision === 'month' ? iso.slice(0, 7) : iso;
    const text = `On that day, ${SUBJECTS[i % SUBJECTS.length]} ${DEEDS[(i * 5) % DEEDS.length]} (item ${i + 1}).`;
    const e = event(date, text, {
      precision,
      dateText: 'On that day',
      sentence: i + 1,
      alsoIn: Array.from({ length: i % 4 }, (_, k) => ({ articleId: `b${k}`, sentence: i })),
    });
    if (kind === 2) e.relation = 'before';
    if (kind === 5) e.relation = 'about';
    out.push(e);
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.sentence - b.sentence));
}
