import { describe, expect, it } from 'vitest';
import { corpusHash } from '../../src/corpus/loadCorpus.js';
import { buildStory } from '../../src/story/buildStory.js';
import { entryText, standsAlone, wordingReport } from '../../src/timeline/entryWording.js';
import { buildTimeline } from '../../src/timeline/timeline.js';
import { article } from '../actors/fixtures.js';
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

describe('entryText', () => {
  const tokens = (text: string) => text.split(' ').map((w) => ({ text: w, start: 0, end: 0, pos: 'X' }));
  it("is the headline for an article's very short first sentence", () => {
    expect(entryText({ text: 'Markets slid.', index: 1, tokens: tokens('Markets slid .') }, 'Harlow shares fall after plant closes')).toBe(
      'Harlow shares fall after plant closes',
    );
  });

  it('is the sentence when it is longer, not the first, or the article has no headline', () => {
    const long = 'Harlow Dairy shares fell sharply after the plant closed.';
    expect(entryText({ text: long, index: 1, tokens: tokens(long) }, 'Headline')).toBe(long);
    expect(entryText({ text: 'Markets slid.', index: 2, tokens: tokens('Markets slid .') }, 'Headline')).toBe('Markets slid.');
    expect(entryText({ text: 'Markets slid.', index: 1, tokens: tokens('Markets slid .') }, undefined)).toBe('Markets slid.');
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

  it("is shown by its article's headline when the first sentence is very short", () => {
    const a = {
      ...article('a', 'Shares slid. Harlow Dairy closed its Tarnby plant, cutting 300 jobs.', '2031-05-12'),
      title: 'Harlow Dairy shuts Tarnby plant',
      titleGiven: true,
    };
    const events = buildTimeline(buildStory([a], corpusHash([a])));
    expect(events.find((e) => e.sentence === 1)?.text).toBe('Harlow Dairy shuts Tarnby plant');
  });
});
