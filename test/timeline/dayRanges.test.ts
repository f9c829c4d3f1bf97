import { describe, expect, it } from 'vitest';
import { corpusHash } from '../../src/corpus/loadCorpus.js';
import { buildStory } from '../../src/story/buildStory.js';
import { dayRuns } from '../../src/timeline/dayRanges.js';
import { buildTimeline, type TimelineEvent } from '../../src/timeline/timeline.js';
import { article } from '../actors/fixtures.js';

// Friday 14 March 2031.
const PUBLISHED = '2031-03-14';
const runs = (text: string) => dayRuns({ text, tokens: [] }, PUBLISHED).map((r) => [text.slice(r.start, r.end), r.days.map((d) => d.date)]);

describe('dayRuns', () => {
  it('reads a run of days written with a dash, or with "from"/"between" and a joining word', () => {
    expect(runs('The envoys met in Tarvo on March 9-10 for talks.')).toEqual([['March 9-10', ['2031-03-09', '2031-03-10']]]);
    expect(runs('The envoys met in Tarvo on 9–10 March for talks.')).toEqual([['9–10 March', ['2031-03-09', '2031-03-10']]]);
    expect(runs('The envoys met between March 9 and March 11.')).toEqual([
      ['between March 9 and March 11', ['2031-03-09', '2031-03-10', '2031-03-11']],
    ]);
    expect(runs('The envoys met from Monday to Wednesday.')).toEqual([
      ['from Monday to Wednesday', ['2031-03-10', '2031-03-11', '2031-03-12']],
    ]);
  });

  it('reads every run of a sentence, and the same runs when read again', () => {
    const text = 'Talks ran on March 9-10 and again from Monday to Wednesday.';
    const both = [
      ['March 9-10', ['2031-03-09', '2031-03-10']],
      ['from Monday to Wednesday', ['2031-03-10', '2031-03-11', '2031-03-12']],
    ];
    expect(runs(text)).toEqual(both);
    expect(runs(text)).toEqual(both);
  });

  it('reads no run in a price, a count or a figure, nor one longer than a week', () => {
    expect(runs('Shares rose on June 4 to 30 dollars.')).toEqual([]);
    expect(runs('On March 9 and 11 people were hurt.')).toEqual([]);
    expect(runs('The index fell on March 9-10,000 points lower.')).toEqual([]);
    expect(runs('The fair runs from March 1 to 20.')).toEqual([]);
  });
});

describe('a run of days in the timeline', () => {
  const refs = (e: TimelineEvent) => [`${e.articleId}:${e.sentence}`, ...e.alsoIn.map((r) => `${r.articleId}:${r.sentence}`)];
  const list = [
    article('a', 'Trade ministers met in Tarvo on March 9-10 to settle the port tariffs.', PUBLISHED),
    article('b', 'The trade ministers settled the port tariffs in Tarvo on March 10.', PUBLISHED),
    article('c', 'The Tarvo harbour bridge reopened to traffic on March 10.', PUBLISHED),
  ];
  const events = buildTimeline(buildStory(list, corpusHash(list)));

  it('dates each of its days, so a report of one of them is the same entry', () => {
    const tenth = events.filter((e) => e.date === '2031-03-10');
    expect(tenth.map(refs)).toEqual([['a:1', 'b:1'], ['c:1']]);
    expect(events.some((e) => e.date === '2031-03-09' && e.precision === 'day')).toBe(true);
    expect(events.some((e) => e.precision === 'month')).toBe(false);
  });
});
