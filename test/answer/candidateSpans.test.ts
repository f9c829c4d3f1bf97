import { beforeAll, describe, expect, it } from 'vitest';
import { CANDIDATE_FEATURES } from '../../src/answer/candidateModel.js';
import { extractAnswer, observeExtraction, type ObservedCandidate } from '../../src/answer/extractAnswer.js';
import { figureRanges, fitsKind } from '../../src/answer/mentions.js';
import type { PreparedQuery } from '../../src/answer/rankSentences.js';
import { termsOf } from '../../src/search/terms.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';
import type { EntityType } from '../../src/nlp/entities.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented sentences: a name whose last word the question uses, a score and a range of figures. */
const ARTICLES: Article[] = [
  { id: 'choir', title: 'Choir', titleGiven: true, file: 'choir.md', body: 'At dawn the choir sang the Harvest Hymn in the square.' },
  { id: 'score', title: 'Cup', titleGiven: true, file: 'score.md', body: 'The Herons beat the Owls 20–18 in the cup final.' },
  {
    id: 'pilot',
    title: 'Pier',
    titleGiven: true,
    file: 'pilot.md',
    body: 'The veteran pilot Mara Lind steered the first ferry past the breakwater.',
  },
  { id: 'share', title: 'Frost', titleGiven: true, file: 'share.md', body: 'The frost killed 20–45% of the young vines that spring.' },
];

let story: Story;
beforeAll(() => {
  story = buildStory(ARTICLES, 'candidate-spans-fixture');
});

function candidatesFor(articleId: string, question: string, kind: PreparedQuery['kind']): ObservedCandidate[] {
  const sentence = story.sentences.find((s) => s.articleId === articleId)!;
  const seen: ObservedCandidate[][] = [];
  observeExtraction({ candidates: (c) => seen.push(c) });
  try {
    extractAnswer(story, [{ sentence, score: 1, coverage: 1, others: [] }], {
      terms: [...new Set(termsOf(question))],
      kind,
      text: question.toLowerCase(),
    });
  } finally {
    observeExtraction(undefined);
  }
  return seen[0] ?? [];
}

describe('candidate spans', () => {
  it("offers a noun phrase whole beside the phrase less the question's words at its edges, and marks the whole one", () => {
    const list = candidatesFor('choir', 'The hymn the choir sang at dawn was called what?', 'other');
    // Both are shown as the whole name (the phrase less "Hymn" is measured as "Harvest": mentions.ts withNameWhole).
    const named = list.filter((c) => c.text === 'Harvest Hymn');
    expect(named).toHaveLength(2);
    const edges = named.map((c) => c.features[CANDIDATE_FEATURES.indexOf('questionEdge')]).sort();
    expect(edges).toEqual([0, 1]);
  });

  it("offers no phrase whole when the question's words cut from its edge are a person's name it names", () => {
    const texts = candidatesFor('pilot', 'What job does Mara Lind have?', 'other').map((c) => c.text);
    expect(texts).toContain('veteran pilot');
    expect(texts).not.toContain('veteran pilot Mara Lind');
  });

  it('takes two figures joined close up by a dash for one candidate, a score or a range', () => {
    expect(candidatesFor('score', 'What was the result of the cup final?', 'other').map((c) => c.text)).toContain('20–18');
    const shares = candidatesFor('share', 'How many of the young vines did the frost kill?', 'number').map((c) => c.text);
    expect(shares).toContain('20–45%');
    expect(shares).not.toContain('20');
    // A range the question names half of is no answer to it.
    expect(candidatesFor('share', 'How many vines did the 20-45 frost kill that spring?', 'number').map((c) => c.text)).not.toContain(
      '20–45%',
    );
    const text = 'Scores of 3 – 1 and 20–18.';
    const halves = [
      { type: 'CARDINAL' as const, text: '3', start: 10, end: 11 },
      { type: 'CARDINAL' as const, text: '1', start: 14, end: 15 },
      { type: 'CARDINAL' as const, text: '20', start: 20, end: 22 },
      { type: 'CARDINAL' as const, text: '18', start: 23, end: 25 },
    ];
    expect(figureRanges(text, halves).map((e) => e.text)).toEqual(['3', '1', '20–18']);
    // A range in words is one more candidate beside its ends; a change "from A to B" is none.
    const words = 'Some 40 to 60 geese came, between 3 and 5 a day, up from 2 to 4.';
    const figures = [
      { type: 'CARDINAL' as const, text: '40', start: 5, end: 7 },
      { type: 'CARDINAL' as const, text: '60', start: 11, end: 13 },
      { type: 'CARDINAL' as const, text: '3', start: 34, end: 35 },
      { type: 'CARDINAL' as const, text: '5', start: 40, end: 41 },
      { type: 'CARDINAL' as const, text: '2', start: 57, end: 58 },
      { type: 'CARDINAL' as const, text: '4', start: 62, end: 63 },
    ];
    for (const f of figures) expect(words.slice(f.start, f.end)).toBe(f.text);
    expect(figureRanges(words, figures).map((e) => e.text)).toEqual(['40', '40 to 60', '60', '3', '3 and 5', '5', '2', '4']);
  });

  it('reads a bare figure before a measured one as one amount sharing its unit, and a value with its margin as one', () => {
    const spans = (text: string, parts: [EntityType, string][]) => {
      let from = 0;
      return parts.map(([type, t]) => {
        const start = text.indexOf(t, from);
        from = start + t.length;
        return { type, text: t, start, end: start + t.length };
      });
    };
    const shares = 'Frost took 80 to 85 percent of the vines at Fort Mirela.';
    expect(
      figureRanges(
        shares,
        spans(shares, [
          ['CARDINAL', '80'],
          ['PERCENT', '85 percent'],
        ]),
      ).map((e) => `${e.type}:${e.text}`),
    ).toEqual(['CARDINAL:80', 'PERCENT:80 to 85 percent', 'PERCENT:85 percent']);
    const spells = 'The Velmian drought came back every 5 to 15 years, a change from 2 to 4 years.';
    expect(
      figureRanges(
        spells,
        spans(spells, [
          ['CARDINAL', '5'],
          ['DURATION', '15 years'],
          ['CARDINAL', '2'],
          ['DURATION', '4 years'],
        ]),
      ).map((e) => e.text),
    ).toEqual(['5', '5 to 15 years', '15 years', '2', '4 years']);
    // "A and B UNIT": the unit written once; two bare figures (two years) share none.
    const peaks = 'The lamp glows at 640 and 710 nm, as built in 1904 and 1905.';
    expect(
      figureRanges(
        peaks,
        spans(peaks, [
          ['CARDINAL', '640'],
          ['CARDINAL', '710'],
          ['CARDINAL', '1904'],
          ['CARDINAL', '1905'],
        ]),
      ).map((e) => e.text),
    ).toEqual(['640', '640 and 710', '710', '1904', '1905']);
    const margin = 'The cargo weighed 212 ± 30 tonnes.';
    expect(
      figureRanges(
        margin,
        spans(margin, [
          ['CARDINAL', '212'],
          ['CARDINAL', '30'],
        ]),
      ).map((e) => e.text),
    ).toEqual(['212 ± 30']);
  });

  it('makes spans of time told in falling units one more candidate beside its parts, and not spans in rising units', () => {
    const text = 'It took 3 years, 2 months and 10 days; then 2 days and 3 weeks.';
    const spans = ['3 years', '2 months', '10 days', '2 days', '3 weeks'].map((t) => {
      const start = text.indexOf(t, t === '2 days' ? 40 : 0);
      return { type: 'DURATION' as const, text: t, start, end: start + t.length };
    });
    expect(figureRanges(text, spans).map((e) => e.text)).toEqual([
      '3 years, 2 months and 10 days',
      '3 years',
      '2 months',
      '10 days',
      '2 days',
      '3 weeks',
    ]);
  });

  it('lets a name the tagger filed as a place answer who when it opens with a given name', () => {
    const places = oneArticleStory('p', 'Trip', 'She lives in Victoria. They met in Charlotte Hall.');
    expect(places.sentences.flatMap((x) => x.entities).map((e) => `${e.text}:${e.type}`)).toContain('Charlotte Hall:PLACE');
    expect(fitsKind(places, 'Charlotte Hall', 'person')).toBe(true);
    expect(fitsKind(places, 'Victoria', 'person')).toBe(false);
    expect(fitsKind(places, 'Charlotte Hall', 'place')).toBe(true);
  });
});
