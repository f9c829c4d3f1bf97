import { describe, expect, it } from 'vitest';
import { overviewOfEvents, pageOfEvents, pickEvents } from '../../../src/timeline/chart/chooseEvents.js';
import { MAX_EVENTS_PER_PICTURE } from '../../../src/timeline/chart/options.js';
import { event, manyEvents } from './fixtures.js';

describe('pageOfEvents', () => {
  const events = manyEvents(23);

  it('takes the page of the list in the order given, as a paged text reply does', () => {
    const reversed = [...events].reverse();
    const second = pageOfEvents(reversed, 1, 10);
    expect(second.events).toEqual(reversed.slice(10, 20));
    expect(second.paging).toEqual({ page: 1, pages: 3, first: 10 });
    expect(second.total).toBe(23);
  });

  it('draws the last page for a page past the end and the first for a negative one', () => {
    expect(pageOfEvents(events, 99, 10).events).toEqual(events.slice(20));
    expect(pageOfEvents(events, -3, 10).events).toEqual(events.slice(0, 10));
  });

  it('makes room for the same rows on every page, so paging does not resize the picture', () => {
    expect(pageOfEvents(events, 0, 10).rowSlots).toBe(10);
    expect(pageOfEvents(events, 2, 10).rowSlots).toBe(10);
    expect(pageOfEvents(events.slice(0, 4), 0, 10).rowSlots).toBe(4);
  });

  it('never draws more than the cap however many are asked for', () => {
    const page = pageOfEvents(manyEvents(3000), 0, 10_000);
    expect(page.events).toHaveLength(MAX_EVENTS_PER_PICTURE);
    expect(page.paging?.pages).toBe(Math.ceil(3000 / MAX_EVENTS_PER_PICTURE));
  });
});

describe('pickEvents', () => {
  it('keeps every event when they fit, in chronological order', () => {
    const a = event('2031-05-02', 'Second.');
    const b = event('2031-05-01', 'First.');
    expect(pickEvents([a, b], 10)).toEqual([b, a]);
  });

  it('takes the best reported event of each date before a second event of any date', () => {
    const reported = (date: string, text: string, reports: number) =>
      event(date, text, { alsoIn: Array.from({ length: reports - 1 }, (_, k) => ({ articleId: `x${k}`, sentence: 1 })) });
    const busy = [reported('2031-05-01', 'Busy one.', 5), reported('2031-05-01', 'Busy two.', 4), reported('2031-05-01', 'Busy three.', 3)];
    const quiet = [reported('2031-06-01', 'Quiet one.', 1), reported('2031-07-01', 'Quiet two.', 1)];
    const picked = pickEvents([...busy, ...quiet], 4);
    expect(picked.map((e) => e.text)).toEqual(['Busy one.', 'Busy two.', 'Quiet one.', 'Quiet two.']);
  });

  it('weighs a mostly quoted sentence as comment, below a plain report', () => {
    const said = event('2031-05-01', '"We will not give up the pier, whatever happens," she said.', {
      alsoIn: [{ articleId: 'b', sentence: 2 }],
    });
    const done = event('2031-05-01', 'The council closed the pier for repairs.', { alsoIn: [{ articleId: 'b', sentence: 3 }] });
    expect(pickEvents([said, done], 1)).toEqual([done]);
  });

  it('is capped for an overview too', () => {
    const overview = overviewOfEvents(manyEvents(500), 1000);
    expect(overview.events).toHaveLength(MAX_EVENTS_PER_PICTURE);
    expect(overview.paging).toBeUndefined();
    expect(overview.total).toBe(500);
  });
});
