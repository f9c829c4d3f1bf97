import { describe, expect, it } from 'vitest';
import { corpusHash } from '../../src/corpus/loadCorpus.js';
import { buildStory } from '../../src/story/buildStory.js';
import { buildTimeline, type TimelineEvent } from '../../src/timeline/timeline.js';
import { article } from '../actors/fixtures.js';

/** The timeline of invented articles, each `[id, body, published]`. */
function timelineOf(...articles: [string, string, string][]): TimelineEvent[] {
  const list = articles.map(([id, body, published]) => article(id, body, published));
  return buildTimeline(buildStory(list, corpusHash(list)));
}

const cites = (e: TimelineEvent) => [`${e.articleId}:${e.sentence}`, ...e.alsoIn.map((r) => `${r.articleId}:${r.sentence}`)];
const about = (events: TimelineEvent[], word: string) => events.filter((e) => e.text.includes(word));

describe('an event one article dates by its week and another by a day of it', () => {
  it('is one entry, on the day, citing both', () => {
    // Friday 9 May 2031: "this week" is the week of Monday 5 May; Tuesday is 6 May.
    const events = timelineOf(
      ['a', 'Kestrel Corp agreed this week to buy the Harlow flour mill from its founders.', '2031-05-09'],
      ['b', 'Kestrel Corp agreed on Tuesday to buy the Harlow flour mill from its founders.', '2031-05-09'],
    );
    const mill = about(events, 'flour mill');
    expect(mill).toHaveLength(1);
    expect(mill[0]).toMatchObject({ date: '2031-05-06', precision: 'day' });
    expect(cites(mill[0]!)).toEqual(['b:1', 'a:1']);
  });

  it('stays two when the week is a plan the day may not keep', () => {
    // Monday 5 May: the signing is still to come.
    const events = timelineOf(
      ['a', 'Kestrel Corp will sign the deal for the Harlow flour mill this week.', '2031-05-05'],
      ['b', 'Kestrel Corp will sign the deal for the Harlow flour mill on Thursday.', '2031-05-05'],
    );
    expect(about(events, 'flour mill').map((e) => e.precision)).toEqual(['week', 'day']);
  });

  it('stays apart when the week tells several days of news, or both reports are one article', () => {
    const markets = timelineOf(
      ['a', 'Grain prices fell sharply across northern markets this week.', '2031-05-09'],
      ['b', 'Grain prices fell sharply across northern markets on Monday.', '2031-05-09'],
      ['c', 'Grain prices fell sharply across northern markets again on Wednesday.', '2031-05-09'],
    );
    expect(about(markets, 'Grain prices').map((e) => e.precision)).toEqual(['week', 'day', 'day']);
    const one = timelineOf([
      'a',
      'Kestrel Corp agreed this week to buy the Harlow flour mill. Kestrel Corp agreed on Tuesday to buy the Harlow flour mill.',
      '2031-05-09',
    ]);
    expect(about(one, 'flour mill').map((e) => e.precision)).toEqual(['week', 'day']);
  });
});
