import { afterEach, describe, expect, it } from 'vitest';
import { idf, RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { termsOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';

/** An invented regatta: one report of a semi-final, one of the final. */
const story = buildStory(
  [
    {
      id: 'semi',
      title: 'Regatta',
      titleGiven: true,
      file: 'semi.md',
      body: 'Ilse Moor won the sculls semi-final at Brenholm on Tuesday.',
    },
    { id: 'final', title: 'Regatta', titleGiven: true, file: 'final.md', body: 'Ilse Moor won the sculls final on Saturday.' },
  ],
  'rank-shifted-heads-fixture',
);

const was = RANKING.shiftedHeads;
afterEach(() => {
  (RANKING as { shiftedHeads: boolean }).shiftedHeads = was;
});

function coverageOf(question: string, id: string): number {
  const ranked = rankSentences(story, { terms: [...new Set(termsOf(question))], kind: 'date', text: question.toLowerCase() });
  return ranked.find((r) => r.sentence.articleId === id)!.coverage;
}

describe("the ranker and a compound's shifted head", () => {
  it('does not count "final" of "semi-final" as the question\'s "final"', () => {
    const question = 'When did Ilse Moor win the sculls final at Brenholm?';
    const w = (t: string) => idf(story, t);
    const total = ['ils', 'moor', 'win', 'scull', 'final', 'brenholm'].reduce((a, t) => a + w(t), 0);
    expect(coverageOf(question, 'semi')).toBeCloseTo((total - w('final')) / total, 5);
    (RANKING as { shiftedHeads: boolean }).shiftedHeads = false;
    expect(coverageOf(question, 'semi')).toBeCloseTo(1, 5);
  });

  it('counts it when the question says the prefix too', () => {
    expect(coverageOf('When did Ilse Moor win the sculls semi-final at Brenholm?', 'semi')).toBeCloseTo(1, 5);
  });

  it('counts the head whose prefix the question says and not the other, in one sentence', () => {
    const two = buildStory(
      [
        {
          id: 'semi',
          title: 'Regatta',
          titleGiven: true,
          file: 'semi.md',
          body: 'The vice-captain won the sculls semi-final at Brenholm.',
        },
        { id: 'final', title: 'Regatta', titleGiven: true, file: 'final.md', body: 'The captain rowed in the final on Saturday.' },
      ],
      'rank-shifted-heads-two-fixture',
    );
    const question = 'When did the vice-captain win the sculls final?';
    const terms = [...new Set(termsOf(question))];
    const ranked = rankSentences(two, { terms, kind: 'date', text: question.toLowerCase() });
    const w = (t: string) => idf(two, t);
    const total = ['vice', 'captain', 'win', 'scull', 'final'].reduce((a, t) => a + w(t), 0);
    expect(ranked.find((r) => r.sentence.articleId === 'semi')!.coverage).toBeCloseTo((total - w('final')) / total, 5);
  });
});
