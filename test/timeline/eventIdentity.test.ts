import { describe, expect, it } from 'vitest';
import { memberGroupWords } from '../../src/lexicon/index.js';
import { nameInitials } from '../../src/actors/organisations.js';
import { corpusHash } from '../../src/corpus/loadCorpus.js';
import { buildStory } from '../../src/story/buildStory.js';
import { figureTerm, relatedTerms } from '../../src/timeline/eventTerms.js';
import { sameClause, sameEvent, type WeightedTerms } from '../../src/timeline/mergeReports.js';
import { buildTimeline, type TimelineEvent } from '../../src/timeline/timeline.js';
import { article } from '../actors/fixtures.js';

const storyOf = (...articles: [string, string, string][]) => {
  const list = articles.map(([id, body, published]) => article(id, body, published));
  return buildStory(list, corpusHash(list));
};
const refs = (e: TimelineEvent) => [`${e.articleId}:${e.sentence}`, ...e.alsoIn.map((r) => `${r.articleId}:${r.sentence}`)];
const one = () => 1;
const terms = (words: string, extra: Partial<WeightedTerms> = {}): WeightedTerms => {
  const set = new Set(words.split(' '));
  return { terms: set, total: set.size, ...extra };
};

describe('event identity across articles', () => {
  // Wednesday 14 May 2031 and the day after.
  const story = storyOf(
    [
      'a',
      "Orland Mills Corp said its future, to come before the board's meeting today, would look very different under a new owner.",
      '2031-05-14',
    ],
    ['b', 'Orland Mills directors met for six hours on Wednesday to weigh the buyout bid.', '2031-05-15'],
    ['c', 'Orland Mills also froze hiring on Wednesday at its plants in Dunmore.', '2031-05-15'],
  );
  const events = buildTimeline(story).filter((e) => e.date === '2031-05-14');

  it('merges one event worded two ways: a board meeting and the directors who met, the same company named', () => {
    const meeting = events.find((e) => e.text.includes("board's meeting"))!;
    expect(refs(meeting)).toEqual(['a:1', 'b:1']);
  });

  it('keeps another event of the same day and company apart', () => {
    const freeze = events.find((e) => e.text.includes('froze hiring'))!;
    expect(refs(freeze)).toEqual(['c:1']);
    expect(events).toHaveLength(2);
  });
});

describe('an event told by a week and by a day of it, in other words', () => {
  it('is one entry, on the day', () => {
    // Friday 9 May 2031: "this week" is the week of Monday 5 May; Tuesday is 6 May.
    const events = buildTimeline(
      storyOf(
        ['a', 'The Kestrel Corp board approved this week the purchase of the Harlow mill, the chairman said.', '2031-05-09'],
        ['b', 'Kestrel Corp directors gave their approval on Tuesday to the purchase of the Harlow mill.', '2031-05-09'],
      ),
    ).filter((e) => e.text.includes('Harlow'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ date: '2031-05-06', precision: 'day' });
  });
});

describe('sameEvent', () => {
  it('counts a related term as shared content, a little less than the word itself', () => {
    const met = terms('board met five hours', { near: new Map([['met', ['meeting']]]) });
    const meeting = terms('board meeting today late');
    expect(sameEvent(met, meeting, one)).toBe(true);
    expect(sameEvent(terms('board met five hours'), meeting, one)).toBe(false);
  });

  it('merges on the date clause only with an actor in common and two terms of the clause', () => {
    const clause = terms('board meet');
    const long = terms('@orland future board meet different owner new plan', { actors: new Set(['@orland']), clause });
    const short = terms('@orland director meet hours review offer', {
      actors: new Set(['@orland']),
      near: new Map([['director', ['board']]]),
    });
    expect(sameClause(long, short, one)).toBe(true);
    expect(sameClause(long, { ...short, actors: new Set(['@harlow']) }, one)).toBe(false);
    expect(sameClause(long, terms('@orland meet hours review offer', { actors: new Set(['@orland']) }), one)).toBe(false);
  });
});

describe('the lexical ties read', () => {
  it('ties a member noun and its body both ways', () => {
    expect(memberGroupWords('director')).toContain('board');
    expect(memberGroupWords('board')).toContain('director');
    expect(relatedTerms('directors', undefined)).toContain('board');
    expect(relatedTerms('agreed', 'agree')).toContain('agreement');
  });

  it('spells a name the way an acronym would, with and without its legal suffix', () => {
    expect(nameInitials('Northern Fisheries Agency')).toEqual(['NFA']);
    expect(nameInitials('Kestrel Mills Corp')).toEqual(['KM', 'KMC']);
    expect(nameInitials('Bank of Norland')).toEqual(['BN']);
    expect(nameInitials('Kestrel')).toEqual([]);
  });
});

describe("an event's people", () => {
  const events = buildTimeline(
    storyOf([
      'a',
      [
        'Lena Kell is the first Norland woman to hold the cup since Anna Dorn took it in 1961, though she meets Maria Brel next.',
        'Maria Brel, the 1999 champion, beat Anna Dorn in the opening round.',
      ].join(' '),
      '2031-05-09',
    ]),
  );
  const on = (date: string) => events.find((e) => e.date === date)?.actors;

  it('are those named in the clause of the date, not everyone the sentence names', () => {
    expect(on('1961')).toEqual(['Lena Kell', 'Anna Dorn']);
  });

  it('are the person an apposition with the date describes', () => {
    expect(on('1999')).toEqual(['Maria Brel']);
  });
});

describe('figureTerm', () => {
  const figure = (type: 'PERCENT' | 'MONEY', text: string, value?: number) =>
    figureTerm({ type, text, start: 0, end: text.length, ...(value === undefined ? {} : { value }) });

  it('reads one figure rounded two ways as one term, and two figures as two', () => {
    expect(figure('PERCENT', '46.1 pct')).toBe(figure('PERCENT', '46 pct'));
    expect(figure('MONEY', '$1.11 billion', 1.11e9)).toBe(figure('MONEY', '$1.1 billion', 1.1e9));
    expect(figure('MONEY', '$1.55 billion', 1.55e9)).not.toBe(figure('MONEY', '$1.1 billion', 1.1e9));
    expect(figure('PERCENT', '46 pct')).not.toBe(figure('MONEY', '$46', 46));
  });
});

describe("one person's fact of a year, told by two articles in other sentences", () => {
  const events = buildTimeline(
    storyOf(
      [
        'a',
        'Nell Harrow, who took the county baking prize at the 2029 Millbrook Fair, will judge the pastry round this year. Owen Tull, who lost the 2029 final at the fair, enters the bread round.',
        '2031-05-09',
      ],
      [
        'b',
        'Nell Harrow set out her tools on the long table before dawn. The 2029 winner said the baking prize had doubled the trade of her shop.',
        '2031-05-11',
      ],
    ),
  ).filter((e) => e.date === '2029');

  it('is one entry when the same person takes part, named in one and pointed back to in the other', () => {
    const harrow = events.find((e) => e.text.includes('Nell Harrow'))!;
    expect(refs(harrow)).toEqual(['a:1', 'b:2']);
  });

  it("keeps another person's fact of that year apart, though its clause shares a word", () => {
    const tull = events.find((e) => e.text.includes('Owen Tull'))!;
    expect(refs(tull)).toEqual(['a:2']);
    expect(events).toHaveLength(2);
  });
});

describe('sameClause with a participant in common', () => {
  const clause = terms('took county baking prize fair');
  it('asks the date clauses to share as much as whole sentences must, and more with only an actor in common', () => {
    const a = terms('@harrow took county baking prize judge', {
      actors: new Set(['@harrow']),
      participants: new Set(['@harrow']),
      clause,
    });
    const b = terms('winner said county baking prize doubled trade bakery', {
      participants: new Set(['@harrow']),
      clause: terms('winner said baking prize doubled'),
    });
    expect(sameClause(a, b, one)).toBe(true);
    expect(sameClause(a, { ...b, participants: new Set(['@tull']), actors: new Set(['@harrow']) }, one)).toBe(false);
  });

  it("holds a name's words written as common words", () => {
    const named = terms('@baking prize doubled trade', { parts: new Map([['@baking prize', ['baking', 'prize']]]) });
    expect(sameEvent(named, terms('took baking prize judge'), one)).toBe(true);
    expect(sameEvent(terms('@baking prize doubled trade'), terms('took baking prize judge'), one)).toBe(false);
  });
});

describe('an event dated before a day and by the day itself', () => {
  // Sunday 11 May 2031; Thursday is 15 May.
  const events = buildTimeline(
    storyOf(
      [
        'a',
        'Spokesman Ivo Marn said Governor Orla Brenn will receive the trade envoy before Thursday, when Pell departs for Lisbon.',
        '2031-05-11',
      ],
      ['b', 'Ivo Marn confirmed that Governor Orla Brenn will host the trade envoy before departing for Lisbon on Thursday.', '2031-05-11'],
      ['c', 'The new river bridge in Tarvo opens to traffic on Thursday, its builder said.', '2031-05-11'],
    ),
  ).filter((e) => e.date === '2031-05-15');

  it('is one entry citing both', () => {
    const visit = events.find((e) => e.text.includes('envoy'))!;
    expect(refs(visit)).toEqual(['a:1', 'b:1']);
  });

  it('keeps another event of the day apart', () => {
    expect(events).toHaveLength(2);
  });
});

describe('a report that names its event by a demonstrative ("that meeting")', () => {
  // Sunday 11 May 2031: "this week" is the week of Monday 12 May.
  const events = buildTimeline(
    storyOf(
      ['a', 'Governor Orla Brenn will fly to Tarvo this week for talks with Mayor Ivo Marn on the port tariffs.', '2031-05-11'],
      [
        'b',
        'Orla Brenn plans to travel to Tarvo to meet Ivo Marn about the port tariffs. Her office said that this meeting would go ahead early this week.',
        '2031-05-11',
      ],
      ['c', 'The Dunmore council debated a new parking law. That vote will be held this week, a clerk said.', '2031-05-11'],
    ),
  ).filter((e) => e.precision === 'week');

  it('tells the event of the sentence before it', () => {
    const talks = events.find((e) => e.text.includes('Tarvo'))!;
    expect(refs(talks)).toEqual(['a:1', 'b:2']);
  });

  it('keeps another event of the week apart', () => {
    expect(events).toHaveLength(2);
  });
});

describe('a demonstrative report on the date of the sentence before', () => {
  it('is compared with that sentence as it is, not through it', () => {
    const sunday = buildTimeline(
      storyOf([
        'a',
        'Ivo Marn attended the port talks on Sunday and hopes to meet Orla Brenn in Tarvo. Her office said on Sunday that this meeting would go ahead this week.',
        '2031-05-11',
      ]),
    ).filter((e) => e.date === '2031-05-11');
    expect(sunday.map(refs)).toEqual([['a:1'], ['a:2']]);
  });
});
