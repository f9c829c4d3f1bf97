import { describe, expect, it } from 'vitest';
import { standsAlone, wordingReport } from '../../src/timeline/entryWording.js';
import { refs, timelineOf } from './timelineOf.js';

const sentence = (text: string, entities: string[] = []) => ({
  text,
  entities: entities.map((name) => ({ type: 'PERSON' as const, text: name, start: 0, end: name.length })),
});

describe('standsAlone', () => {
  it('is false for a sentence that opens by pointing back', () => {
    expect(standsAlone({ text: 'He added that talks would go on.' })).toBe(false);
    expect(standsAlone({ text: '"It was a hard week," she said.' })).toBe(false);
    expect(standsAlone({ text: 'Mia Brandt added that talks would go on.' })).toBe(true);
  });
});

describe('wordingReport', () => {
  it('keeps the first report when it stands alone', () => {
    expect(
      wordingReport([sentence('Talks will go on.'), sentence('Mia Brandt and Ray Tolland will talk.', ['Mia Brandt', 'Ray Tolland'])]),
    ).toBe(0);
  });

  it('else takes the report that stands alone and names most', () => {
    const reports = [
      sentence('He added that talks would go on.'),
      sentence('Mia Brandt will talk.', ['Mia Brandt']),
      sentence('Mia Brandt will meet Ray Tolland.', ['Mia Brandt', 'Ray Tolland']),
      sentence('She said so.'),
    ];
    expect(wordingReport(reports)).toBe(2);
  });

  it('keeps the first report when none stands alone', () => {
    expect(wordingReport([sentence('He left.'), sentence('She left too.')])).toBe(0);
  });
});

// Monday is 12 May 2031.
describe('an entry told by several reports', () => {
  it('is worded by a report that names its actors when the first one points back', () => {
    const events = timelineOf(
      ['a', 'Mia Brandt spoke to the council. She said the Harlow Dairy plant would close on Monday, cutting 300 jobs.', '2031-05-10'],
      ['b', 'Harlow Dairy will close its plant in Tarnby on Monday, cutting 300 jobs, owner Mia Brandt said.', '2031-05-11'],
    );
    const monday = events.filter((e) => e.date === '2031-05-12');
    expect(monday.map(refs)).toEqual([['b:1', 'a:2']]);
    expect(monday[0]?.text).toMatch(/^Harlow Dairy will close/);
  });
});
