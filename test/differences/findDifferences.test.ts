import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { describeDifference, differencesFor, findDifferences } from '../../src/differences/findDifferences.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

/** An invented story: a ferry strike reported by four outlets that do not all agree. */
function article(id: string, source: string | undefined, body: string, published = '2031-05-18'): Article {
  return { id, title: `Ferry strike report ${id}`, titleGiven: true, ...(source ? { source } : {}), published, file: `${id}.md`, body };
}

const ARTICLES: Article[] = [
  article(
    'bay-herald',
    'Bay Herald',
    'Union leaders and ferry operators held roughly six hours of talks Saturday in Port Ellery, Norland. ' +
      'The walkout has stranded nearly 2,300 passengers on the islands.\n\n' +
      'The original 30-point demand list was later trimmed to a shorter one. ' +
      'Negotiator Ines Varga said the sides would meet again on Monday.',
  ),
  article(
    'coast-wire',
    'Coast Wire',
    'A three-hour meeting between union leaders and ferry operators in Norland on Saturday ended without a deal, negotiator Ines Varga said. ' +
      'The walkout has stranded 2,300 passengers on the islands.\n\n' +
      'The union now presents a 12-point demand list to the operators.',
  ),
  article(
    'island-post',
    'Island Post',
    'Talks between union leaders and ferry operators stretched across three hours in Norland on Saturday, negotiator Ines Varga said. ' +
      'Fares rose by 4% last year.',
  ),
  article(
    'harbour-news',
    undefined,
    'Union leaders and ferry operators met in Norland on Saturday for talks that produced no deal. ' +
      'Port workers painted the harbour wall.',
  ),
];

let story: Story;
beforeAll(() => {
  story = buildStory(ARTICLES, 'test');
});

describe('findDifferences', () => {
  it('lists a duration the outlets give differently, each value with its citations', () => {
    const diffs = findDifferences(story);
    const hours = diffs.find((d) => d.kind === 'duration');
    expect(hours).toBeDefined();
    expect(hours!.what).toBe('how long');
    const values = hours!.values.map((v) => ({ label: v.label, articles: v.citations.map((c) => c.articleId) }));
    expect(values).toEqual([
      { label: 'roughly six hours', articles: ['bay-herald'] },
      { label: 'three-hour', articles: ['coast-wire', 'island-post'] },
    ]);
    const cite = hours!.values[0]!.citations[0]!;
    expect(cite).toMatchObject({ articleId: 'bay-herald', source: 'Bay Herald', part: 'body', sentence: 1, mention: 'roughly six hours' });
    expect(cite.text).toBe(story.sentences[cite.sentenceId!]!.text);
  });

  it('says nothing of values that differ only in wording, nor of two different facts', () => {
    const diffs = findDifferences(story);
    const labels = diffs.flatMap((d) => d.values.map((v) => v.label));
    // "nearly 2,300 passengers" and "2,300 passengers" are one figure.
    expect(labels.some((l) => l.includes('2,300'))).toBe(false);
    // The old 30-point list and the new 12-point list are two facts: the first article gives both.
    expect(labels.some((l) => /30|12/.test(l))).toBe(false);
    // A place and what the text says it lies in agree ("Port Ellery, Norland" and "Norland").
    expect(diffs.some((d) => d.kind === 'place')).toBe(false);
    expect(diffs).toHaveLength(1);
  });

  it('checks a caption beside the articles and cites it as a caption', () => {
    const diffs = findDifferences(story, {
      asides: [{ articleId: 'harbour-news', kind: 'caption', text: 'Union leaders and ferry operators meet in Calloway on Saturday.' }],
    });
    const place = diffs.find((d) => d.kind === 'place');
    expect(place).toBeDefined();
    const byLabel = new Map(place!.values.map((v) => [v.label, v.citations]));
    expect([...byLabel.keys()].sort()).toContain('Calloway');
    expect([...byLabel.keys()]).toEqual(['Norland', 'Calloway']);
    expect(byLabel.get('Norland')!.map((c) => c.articleId)).toEqual(['bay-herald', 'coast-wire', 'island-post', 'harbour-news']);
    const caption = byLabel.get('Calloway')![0]!;
    expect(caption).toMatchObject({ articleId: 'harbour-news', part: 'caption' });
    expect(caption.sentenceId).toBeUndefined();
  });

  it('is deterministic', () => {
    expect(JSON.stringify(findDifferences(story))).toBe(JSON.stringify(findDifferences(buildStory(ARTICLES, 'again'))));
  });
});

describe('differencesFor', () => {
  it('gives the differences that touch the given sentences and none for others', () => {
    const first = story.sentences.find((s) => s.articleId === 'coast-wire' && s.index === 1)!;
    const unrelated = story.sentences.find((s) => s.articleId === 'island-post' && s.index === 2)!;
    expect(differencesFor(story, [first.id]).map((d) => d.kind)).toEqual(['duration']);
    expect(differencesFor(story, [unrelated.id])).toEqual([]);
  });
});

describe('describeDifference', () => {
  it('names each value with its outlets, by publisher or else by headline', () => {
    const [hours] = findDifferences(story);
    expect(describeDifference(hours!)).toBe(
      'Sources differ on how long: roughly six hours (Bay Herald), three-hour (Coast Wire; Island Post)',
    );
  });
});

describe('findDifferences, different facts', () => {
  const market = (id: string, published: string, body: string): Article => ({
    id,
    title: id,
    titleGiven: true,
    source: `Wire ${id}`,
    published,
    file: `${id}.md`,
    body,
  });

  it('does not compare a rise with a fall, nor the moves of different days', () => {
    const story = buildStory(
      [
        market('mon', '2033-02-07', 'The Corvane index fell 120 points on heavy trading in Lisbet today, dealers said.'),
        market('tue', '2033-02-08', 'The Corvane index rose 95 points on heavy trading in Lisbet today, dealers said.'),
        market('wed', '2033-02-09', 'The Corvane index fell 80 points on heavy trading in Lisbet today, dealers said.'),
      ],
      'market',
    );
    expect(findDifferences(story)).toEqual([]);
  });

  it('does not read an owner ("in Oslo\'s plan") as a place where something happened', () => {
    const articles = (b: string) => [
      market('a', '2033-02-07', 'Dock workers held a two-hour meeting with the port authority in Bergen on Monday.'),
      market('b', '2033-02-07', b),
    ];
    const owner = buildStory(
      articles("Dock workers held a two-hour meeting with the port authority on Monday and praised the progress in Oslo's harbour plan."),
      'owner',
    );
    expect(findDifferences(owner).filter((d) => d.kind === 'place')).toEqual([]);
    const place = buildStory(
      articles('Dock workers held a two-hour meeting with the port authority on Monday and praised the progress in Oslo.'),
      'place',
    );
    expect(
      findDifferences(place)
        .filter((d) => d.kind === 'place')
        .map((d) => d.values.map((v) => v.label)),
    ).toEqual([['Bergen', 'Oslo']]);
  });

  it('finds the same figure given differently by two outlets on the same day', () => {
    const story = buildStory(
      [
        market('a', '2033-02-07', 'Dock workers held a two-hour meeting with the port authority in Lisbet on Monday.'),
        market('b', '2033-02-07', 'Dock workers held a three-hour meeting with the port authority in Lisbet on Monday.'),
      ],
      'figure',
    );
    expect(findDifferences(story).map((d) => d.values.map((v) => v.label))).toEqual([['two-hour', 'three-hour']]);
  });
});

describe('findDifferences, people', () => {
  it('names the two people two outlets give for one role, once, with every sentence that says so', () => {
    const a = (id: string, body: string): Article => ({
      id,
      title: id,
      titleGiven: true,
      source: `Outlet ${id}`,
      published: '2033-02-07',
      file: `${id}.md`,
      body,
    });
    const story = buildStory(
      [
        a(
          'a',
          'The trade delegation to Kestrel was led by Defence Minister Arno Palk, officials said on Monday. Palk met the harbour board.',
        ),
        a(
          'b',
          'The trade delegation to Kestrel was led by Foreign Minister Tilde Varn, officials said on Monday. Varn met the harbour board.',
        ),
      ],
      'people',
    );
    const diffs = findDifferences(story);
    expect(diffs.map(describeDifference)).toEqual(['Sources differ on who: Arno Palk (Outlet a), Tilde Varn (Outlet b)']);
    expect(diffs[0]!.values.map((v) => v.citations.map((c) => `${c.articleId}#${c.sentence}`))).toEqual([
      ['a#1', 'a#2'],
      ['b#1', 'b#2'],
    ]);
  });
});

describe('findDifferences, parallel sentences', () => {
  const a = (id: string, body: string): Article => ({
    id,
    title: id,
    titleGiven: true,
    source: `Outlet ${id}`,
    published: '2033-02-07',
    file: `${id}.md`,
    body,
  });

  it('does not take the same words about two different people for one fact', () => {
    const story = buildStory(
      [
        a('a', 'Striker Dario Venn scored 14 goals for the club this season, the coach said.'),
        a('b', 'Striker Oskar Lind scored 9 goals for the club this season, the coach said.'),
      ],
      'parallel',
    );
    expect(findDifferences(story)).toEqual([]);
  });

  it('does not count a mark on a field or a scale ("the 25-yard line") as an amount', () => {
    const story = buildStory(
      [
        a('a', 'The Harbour Hawks drove to the 25-yard line before the break on Sunday, the coach said.'),
        a('b', 'The Harbour Hawks drove to the 40-yard line before the break on Sunday, the coach said.'),
      ],
      'marks',
    );
    expect(findDifferences(story)).toEqual([]);
  });
});

describe('findDifferences, money', () => {
  const wire = (id: string, published: string, body: string): Article => ({
    id,
    title: id,
    titleGiven: true,
    source: 'Wire',
    published,
    file: `${id}.md`,
    body,
  });

  it('lists the values a deal is given in different articles, and not a smaller payment within it', () => {
    const story = buildStory(
      [
        wire('w1', '2034-04-01', 'Orvel Corp made a 2.4 billion dlr offer to take over Tamsin Ltd, the companies said.'),
        wire('w2', '2034-04-02', 'Brandt, which owns Tamsin, said Orvel lowered its offer to 2.1 billion dlr.'),
        wire('w3', '2034-04-03', 'Orvel will also hand Brandt as much as 300 mln dlrs for its Tamsin stake if earnings allow.'),
      ],
      'deal',
    );
    const money = findDifferences(story).filter((d) => d.kind === 'money');
    expect(money.map((d) => d.values.map((v) => v.label))).toEqual([['2.4 billion dlr', '2.1 billion dlr']]);
    expect(money[0]!.what).toBe('the amount');
  });
});
