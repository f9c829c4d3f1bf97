import { beforeAll, describe, expect, it } from 'vitest';
import { filterTimeline, searchEvents } from '../../src/timeline/query.js';
import { PUBLICATION_DAY, buildTimeline, compareEvents, dateSpan, overlap, timelineReports } from '../../src/timeline/timeline.js';
import type { TimelineEvent } from '../../src/timeline/timeline.js';
import { timelineJson } from '../../src/timeline/timelineJson.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';
import { article, inventedStory, talksStory } from '../actors/fixtures.js';
import { timelineOf } from './timelineOf.js';

let story: Story;
let talks: TimelineEvent[];
let invented: TimelineEvent[];

beforeAll(() => {
  story = talksStory();
  talks = buildTimeline(story);
  invented = buildTimeline(inventedStory());
});

/** The event that cites a sentence of an article (by id prefix) containing the snippet, for the given date. */
function eventFor(events: TimelineEvent[], snippet: string, date?: string): TimelineEvent | undefined {
  const refs = new Set(story.sentences.filter((s) => s.text.includes(snippet)).map((s) => `${s.articleId}:${s.index}`));
  return events.find(
    (e) =>
      (date === undefined || e.date === date) &&
      [{ articleId: e.articleId, sentence: e.sentence }, ...e.alsoIn].some((r) => refs.has(`${r.articleId}:${r.sentence}`)),
  );
}

describe('buildTimeline on an invented story of several articles', () => {
  it('places the mentions on the calendar with the published date', () => {
    expect(eventFor(talks, 'Cranes at Kilbrack stood still again on Wednesday')).toMatchObject({ date: '2031-04-09', precision: 'day' });
    expect(eventFor(talks, 'his resignation on Monday')).toMatchObject({ date: '2031-04-07', precision: 'day' });
    expect(eventFor(talks, 'takes the papers to Ardmore on Thursday')).toMatchObject({ date: '2031-04-10', precision: 'day' });
    expect(eventFor(talks, 'out of her harbour before Saturday')).toMatchObject({
      date: '2031-04-12',
      precision: 'day',
      relation: 'before',
    });
    expect(eventFor(talks, 'shook hands on a draft at a hotel')).toMatchObject({ date: '2031-04-02', relation: 'about' });
    expect(eventFor(talks, 'on 3 February 2027')).toMatchObject({ date: '2027-02-03', precision: 'day' });
    expect(eventFor(talks, 'was signed in 2014')).toMatchObject({ date: '2014', precision: 'year' });
    expect(eventFor(talks, 'Advice came over the weekend')).toMatchObject({ date: '2031-04-05', precision: 'week' });
    expect(eventFor(talks, 'moved to Ardmore this week')).toMatchObject({ date: '2031-04-07', precision: 'week' });
  });

  it('skips durations', () => {
    // "about seven hours", "Seven hours of bargaining", "60 days to vote", "three weeks of depot meetings" are no dates.
    expect(talks.some((e) => /hours?|60 days|three weeks/i.test(e.dateText))).toBe(false);
  });

  it('merges reports of the same event from several articles', () => {
    const dunmore = eventFor(talks, 'A week ago, Ferreira and Ostrander')!;
    const cited = [dunmore.articleId, ...dunmore.alsoIn.map((r) => r.articleId)].map((id) => id.slice(0, 3));
    expect(cited).toEqual(expect.arrayContaining(['000', '001', '002']));
    expect(new Set(cited).size).toBe(cited.length);
    expect(dunmore.actors).toEqual(expect.arrayContaining(['Aldo Ferreira', 'Wilma Ostrander']));
    // The session in Kilbrack, told by two articles, is one event; other events of the same day stay apart.
    expect(eventFor(talks, 'Cranes at Kilbrack')).toBe(eventFor(talks, 'Seven hours of bargaining in Kilbrack'));
    const wednesday = talks.filter((e) => e.date === '2031-04-09' && e.precision === 'day');
    expect(wednesday.length).toBeGreaterThan(3);
  });

  it('is in chronological order, precision-aware', () => {
    for (let i = 1; i < talks.length; i += 1) expect(compareEvents(talks[i - 1]!, talks[i]!)).toBeLessThanOrEqual(0);
    expect(talks[0]).toMatchObject({ date: '2014', precision: 'year' });
    const year2027 = talks.findIndex((e) => e.date === '2027');
    const feb2027 = talks.findIndex((e) => e.date === '2027-02-03');
    expect(year2027).toBeGreaterThanOrEqual(0);
    expect(year2027).toBeLessThan(feb2027);
    const before = talks.findIndex((e) => e.relation === 'before' && e.date === '2031-04-12');
    const on = talks.findIndex((e) => !e.relation && e.date === '2031-04-12');
    expect(before).toBeGreaterThan(talks.findIndex((e) => e.date === '2031-04-10' && e.precision === 'day'));
    expect(before).toBeLessThan(on);
  });

  it('orders events by the first day of their span, the coarser first on the same day', () => {
    const at = (date: string, precision: TimelineEvent['precision']): TimelineEvent => ({
      date,
      precision,
      dateText: date,
      text: '',
      articleId: 'a',
      sentence: 1,
      alsoIn: [],
      actors: [],
    });
    const events = [at('2031-02-01', 'day'), at('2031-01', 'month'), at('2030-12-29', 'week'), at('2031', 'year'), at('2031-01-01', 'day')];
    // The week of 29 Dec 2030 starts before 2031; the year, its January and 1 January share their first day.
    expect([...events].sort(compareEvents).map((e) => `${e.date} ${e.precision}`)).toEqual([
      '2030-12-29 week',
      '2031 year',
      '2031-01 month',
      '2031-01-01 day',
      '2031-02-01 day',
    ]);
    for (const e of events) expect(compareEvents(e, { ...e, sentence: 2 })).toBeLessThan(0);
  });

  it('serialises to the JSON contract', () => {
    const json = timelineJson(talks);
    expect(json.events).toHaveLength(talks.length);
    expect(Object.keys(json.events[0]!)).toEqual(['date', 'precision', 'dateText', 'text', 'articleId', 'sentence', 'alsoIn']);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('buildTimeline on an invented story', () => {
  it('merges the same meeting, keeps different Monday events apart, reads years', () => {
    const thursday = invented.find((e) => e.date === '2024-03-14')!;
    expect(thursday.articleId).toBe('a1');
    expect(thursday.alsoIn).toEqual([{ articleId: 'a2', sentence: 1 }]);
    expect(thursday.actors).toEqual(['Anna Kowalska', 'Lars Berg']);
    const monday = invented.filter((e) => e.date === '2024-03-18');
    expect(monday).toHaveLength(2);
    expect(invented[0]).toMatchObject({ date: '2019', precision: 'year', articleId: 'a2' });
    expect(invented.some((e) => /five hours/.test(e.dateText))).toBe(false);
  });

  it('places only absolute dates when an article has no published date', () => {
    const events = buildTimeline(buildStory([article('n', 'They met on Monday. The war began on 3 March 2001.')], 'n'));
    expect(events.map((e) => e.date)).toEqual(['2001-03-03']);
  });

  it('gives an empty timeline for a story without dates', () => {
    expect(buildTimeline(buildStory([article('z', 'Nothing happened here. Nobody came on Friday.')], 'z'))).toEqual([]);
  });

  it('places an undated first sentence that reports news on the published day, and only that one', () => {
    const story = buildStory([article('p', 'Lumen Tools said it had bought a rival. The rival makes drills.', '2024-05-07')], 'p');
    expect(buildTimeline(story).map((e) => [e.date, e.precision, e.dateText, e.sentence])).toEqual([
      ['2024-05-07', 'day', PUBLICATION_DAY, 1],
    ]);
  });

  it("places the undated sentence after a lede dated by its publication's week on the published day", () => {
    // Wednesday 8 May 2024: "this week" holds it; the detail of the week's news is the day's.
    const body =
      'Grain prices in Tarvel slid sharply this week. The steepest fall came in barley, which lost a fifth of its value. Traders blamed the rain.';
    const events = buildTimeline(buildStory([article('g', body, '2024-05-08')], 'g'));
    expect(events.map((e) => [e.date, e.precision, e.sentence])).toEqual([
      ['2024-05-06', 'week', 1],
      ['2024-05-08', 'day', 2],
    ]);
    // Not the sentence of the next paragraph, nor after a lede of another week or one with a day of its own.
    const apart = 'Grain prices in Tarvel slid sharply this week.\n\nThe steepest fall came in barley, which lost a fifth of its value.';
    const lastWeek = 'Grain prices in Tarvel slid sharply last week. The steepest fall came in barley, which lost a fifth of its value.';
    const withDay = 'Grain prices in Tarvel slid sharply this week, most on Monday. The steepest fall came in barley, which lost a fifth.';
    for (const text of [apart, lastWeek, withDay]) {
      const dated = buildTimeline(buildStory([article('h', text, '2024-05-08')], 'h'));
      expect(dated.filter((e) => e.sentence === 2)).toEqual([]);
    }
  });

  it('reads a day written as a word and a date on a schedule as the nearest one', () => {
    const text = 'The board met on March nine. It set May one as the deadline for the bids.';
    const events = buildTimeline(buildStory([article('w', text, '1999-04-13')], 'w'));
    expect(events.map((e) => [e.date, e.dateText])).toEqual([
      ['1999-03-09', 'March nine'],
      ['1999-05-01', 'May one'],
    ]);
  });

  it('counts as taking part only the people who act, not those quoted about or owning a role', () => {
    const text = 'Lena Marsh, the mayor\'s aide, met Paul Roe on Friday. "We will ask Omar Vey," Marsh said on Friday.';
    const story = buildStory([article('q', text, '2024-05-10')], 'q');
    const event = buildTimeline(story).find((e) => e.sentence === 1);
    expect(event?.actors).toEqual(['Lena Marsh', 'Paul Roe']);
    const quoted = buildTimeline(story).find((e) => e.sentence === 2 || e.alsoIn.some((r) => r.sentence === 2));
    expect(quoted).toBeDefined();
    expect(quoted!.actors).not.toContain('Omar Vey');
  });

  it('never reads a clock time as a year', () => {
    const events = buildTimeline(buildStory([article('t', 'The quake struck at 1700 local time, by 1700 GMT the roads were shut.')], 't'));
    expect(events).toEqual([]);
  });
});

describe('overlap and spans', () => {
  it('measures the shared share of the shorter set', () => {
    expect(overlap(new Set(['a', 'b']), new Set(['a', 'b', 'c', 'd']))).toBe(1);
    expect(overlap(new Set(['a', 'x']), new Set(['a', 'b', 'c']))).toBe(0.5);
    expect(overlap(new Set(), new Set(['a']))).toBe(0);
  });

  it('spans weeks, weekends, months and years', () => {
    expect(dateSpan({ date: '2031-11-24', precision: 'week' })).toEqual(['2031-11-24', '2031-11-30']);
    expect(dateSpan({ date: '2031-11-29', precision: 'week' })).toEqual(['2031-11-29', '2031-11-30']);
    expect(dateSpan({ date: '2024-02', precision: 'month' })).toEqual(['2024-02-01', '2024-02-29']);
    expect(dateSpan({ date: '2009', precision: 'year' })).toEqual(['2009-01-01', '2009-12-31']);
  });
});

describe('filterTimeline', () => {
  it('keeps the events that name a person, by name, surname or near spelling', () => {
    const carvalho = filterTimeline(talks, { actor: 'Ines Carvalho' });
    expect(carvalho.length).toBeGreaterThan(2);
    expect(carvalho.every((e) => e.actors.includes('Ines Carvalho'))).toBe(true);
    expect(filterTimeline(talks, { actor: 'carvalho' })).toEqual(carvalho);
    expect(filterTimeline(talks, { actor: 'Halvorson' }).length).toBeGreaterThan(0);
    expect(filterTimeline(talks, { actor: 'Nobody Atall' })).toEqual([]);
  });

  it('keeps events overlapping a date range, coarse spans included', () => {
    const ahead = filterTimeline(talks, { from: '2031-04-10' });
    expect(ahead.length).toBeGreaterThan(0);
    expect(ahead.every((e) => dateSpan(e)[1] >= '2031-04-10')).toBe(true);
    const old = filterTimeline(talks, { to: '2027' });
    expect(old.map((e) => e.date)).toEqual(['2014', '2027', '2027-02-03']);
    const april = filterTimeline(talks, { from: '2031-04', to: '2031-04' });
    expect(april.length).toBeGreaterThan(0);
    expect(april.every((e) => dateSpan(e)[0] <= '2031-04-30' && dateSpan(e)[1] >= '2031-04-01')).toBe(true);
    // The week of 7 April overlaps 9 April.
    expect(
      filterTimeline(talks, { from: '2031-04-09', to: '2031-04-09' }).some((e) => e.precision === 'week' && e.date === '2031-04-07'),
    ).toBe(true);
    const pell = filterTimeline(talks, { actor: 'Pell', from: '2031-04-10', to: '2031-04-16' });
    expect(pell.length).toBeGreaterThan(0);
    expect(pell.every((e) => e.actors.includes('Jonas Pell'))).toBe(true);
  });
});

describe('searchEvents', () => {
  it('ranks the events that match the query words', () => {
    const hits = searchEvents(talks, 'Ferreira resignation');
    expect(hits[0]!.text).toMatch(/resignation/);
    expect(hits[0]!.actors).toContain('Aldo Ferreira');
    expect(searchEvents(story, 'Aalders Rotterdam')[0]!.text).toMatch(/Aalders/);
    expect(searchEvents(talks, 'Halvorsen Aalders')[0]!.text).toMatch(/Aalders/);
  });

  it('matches dates in words and gives nothing for no matching word', () => {
    expect(searchEvents(talks, 'what happened in 2014')[0]!.date).toBe('2014');
    const february = searchEvents(talks, 'February');
    expect(february.length).toBeGreaterThan(0);
    expect(february.every((e) => e.date.startsWith('2027-02'))).toBe(true);
    expect(searchEvents(talks, 'xylophone')).toEqual([]);
    expect(searchEvents(talks, 'the of and')).toEqual([]);
  });
});

describe('timelineReports makes each report as it is reached', () => {
  it('gives new terms on each pass over the reports, the same ones, so that none is kept by it', () => {
    const { reports } = timelineReports(story);
    expect(Array.isArray(reports)).toBe(false);
    const first = [...reports];
    const second = [...reports];
    expect(first.length).toBeGreaterThan(0);
    expect(second.map((r) => r.key)).toEqual(first.map((r) => r.key));
    expect(second.map((r) => [...r.terms.terms])).toEqual(first.map((r) => [...r.terms.terms]));
    expect(second.every((r, i) => r.terms !== first[i]!.terms)).toBe(true);
  });
});

describe('buildTimeline and weekday abbreviations', () => {
  it('dates no event by a verb written like a weekday abbreviation', () => {
    const events = timelineOf([
      '000-tolly',
      'The Tolly mill closed on Monday. Brandt and Velk last sat down together a week ago, the union said.',
      '2031-04-10',
    ]);
    expect(events.map((e) => e.dateText)).not.toContain('last sat');
    expect(events.some((e) => e.date === '2031-04-05')).toBe(false);
  });
});
