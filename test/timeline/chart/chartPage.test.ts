import { describe, expect, it } from 'vitest';
import { chartPage } from '../../../src/timeline/chart/chartPage.js';
import { event, manyEvents } from './fixtures.js';

describe('chartPage', () => {
  it('says which events of how many a page shows', () => {
    const events = manyEvents(23);
    expect(chartPage(events, { page: 1, perPage: 10 }).subtitle).toBe('Events 11–20 of 23 · page 2 of 3');
    expect(chartPage(events, { page: 2, perPage: 10 }).subtitle).toBe('Events 21–23 of 23 · page 3 of 3');
    expect(chartPage(events.slice(0, 3), { page: 0 }).subtitle).toBe('3 events');
    expect(chartPage(events, { maxEvents: 5 }).subtitle).toBe('5 of 23 events, the most reported');
    expect(chartPage([], {}).rows).toEqual([]);
  });

  it('shows a date once for events that share it, and marks a long gap', () => {
    const rows = chartPage(
      [
        event('2031-05-01', 'The pier opened.'),
        event('2031-05-01', 'A band played.'),
        event('2031-05-04', 'The pier closed.', { relation: 'before' }),
        event('2031-11-20', 'It opened again.', { precision: 'week' }),
      ],
      { page: 0 },
    ).rows;
    expect(rows.map((r) => [r.date, r.sameDate, r.gapBefore])).toEqual([
      ['Thu 1 May', false, false],
      ['', true, false],
      ['Sun 4 May', false, false],
      ['20–26 Nov', false, true],
    ]);
    expect(rows[0]!.dateNote).toBe('2031');
    expect(rows[2]!.marker).toEqual({ shape: 'dot', relation: 'before' });
    expect(rows[3]!.marker).toEqual({ shape: 'bar', relation: null });
  });

  it('counts the reports of each event', () => {
    const [row] = chartPage([
      event('2031-05-01', 'The pier opened.', {
        alsoIn: [
          { articleId: 'b', sentence: 1 },
          { articleId: 'c', sentence: 4 },
        ],
      }),
    ]).rows;
    expect(row!.reports).toBe(3);
  });
});
