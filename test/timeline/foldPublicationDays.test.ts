import { describe, expect, it } from 'vitest';
import { refs, timelineOf } from './timelineOf.js';

// Monday is 12 May 2031; the papers below are of Tuesday 13 May unless said.
describe("an article's undated first sentence and a report of a day shortly before its publication", () => {
  it('are one entry, on the day written, when they tell the same event in two articles', () => {
    const events = timelineOf(
      ['a', 'Harlow Dairy closed its plant in Pellworth, cutting 300 jobs.', '2031-05-13'],
      ['b', 'Harlow Dairy shut the Pellworth plant on Monday, with 300 job losses.', '2031-05-14'],
    );
    expect(events.map((e) => [e.date, e.dateText, ...refs(e)])).toEqual([['2031-05-12', 'Monday', 'b:1', 'a:1']]);
  });

  it('are one entry when the article itself dates its news further down', () => {
    const events = timelineOf([
      'a',
      'Harlow Dairy closed its plant in Pellworth, cutting 300 jobs. Workers were told at a meeting. Harlow Dairy closed the Pellworth plant on Monday, and 300 jobs went with it.',
      '2031-05-13',
    ]);
    expect(events.map((e) => [e.date, ...refs(e)])).toEqual([['2031-05-12', 'a:3', 'a:1']]);
  });

  it('stay apart when they give different figures (a raised offer is news of its own)', () => {
    const events = timelineOf(
      ['a', 'Kestrel Corp offered 25 dlrs a share for the Harlow flour mill.', '2031-05-13'],
      ['b', 'Kestrel Corp offered 20 dlrs a share for the Harlow flour mill on Monday.', '2031-05-13'],
    );
    expect(events.map((e) => [e.date, ...refs(e)])).toEqual([
      ['2031-05-12', 'b:1'],
      ['2031-05-13', 'a:1'],
    ]);
  });

  it('stay apart when the day written is more than three days before the paper', () => {
    const events = timelineOf(
      ['a', 'Harlow Dairy closed its plant in Pellworth, cutting 300 jobs.', '2031-05-17'],
      ['b', 'Harlow Dairy shut the Pellworth plant on Monday, with 300 job losses.', '2031-05-14'],
    );
    expect(events.map((e) => [e.date, ...refs(e)])).toEqual([
      ['2031-05-12', 'b:1'],
      ['2031-05-17', 'a:1'],
    ]);
  });
});
