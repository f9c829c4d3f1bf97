import { describe, expect, it } from 'vitest';
import { rankSentences } from '../../src/answer/rankSentences.js';
import { givesReason } from '../../src/answer/reasonWords.js';
import { buildStory } from '../../src/story/buildStory.js';
import { queryOf } from './rankQuery.js';

/** Two invented sentences holding the same question words, a reason given in words in only the second. */
const story = buildStory(
  [
    { id: 'told', title: 'Mill', titleGiven: true, file: 'told.md', body: 'The Orbek mill closed its gates last spring.' },
    { id: 'why', title: 'Mill', titleGiven: true, file: 'why.md', body: 'The Orbek mill closed because the river froze.' },
  ],
  'rank-reason-fixture',
);

describe('reasons for a why-question', () => {
  it('reads the words that give a reason or a purpose, not those that may tell a time', () => {
    expect(givesReason('The mill closed because the river froze.')).toBe(true);
    expect(givesReason('The road was shut to avoid a second slide.')).toBe(true);
    expect(givesReason('The mill closed after the river froze.')).toBe(false);
    expect(givesReason('The mill has stood since 1901.')).toBe(false);
  });

  it("reads the markers the clause reader reads: an attempt, a participle after a comma giving the doer's reason", () => {
    expect(givesReason('The crew flooded the dock in an attempt to lift the barge.')).toBe(true);
    expect(givesReason('The weavers left the guild, citing its steep dues.')).toBe(true);
    expect(givesReason('The mayor resigned, arguing that the vote was rigged.')).toBe(true);
    expect(givesReason('The clerk kept citing old rules.')).toBe(false);
  });

  it('gives a why-question the answer-type bonus for a sentence giving a reason', () => {
    const why = { ...queryOf('why did the Orbek mill close?'), asksReason: true };
    const ranked = rankSentences(story, why);
    expect(ranked[0]!.sentence.articleId).toBe('why');
    const plain = rankSentences(story, queryOf('why did the Orbek mill close?'));
    const score = (list: typeof ranked, id: string) => list.find((r) => r.sentence.articleId === id)!.score;
    expect(plain[0]!.sentence.articleId).toBe('told');
    expect(score(ranked, 'why')).toBeGreaterThan(score(plain, 'why'));
    expect(score(ranked, 'told')).toBeCloseTo(score(plain, 'told'), 9);
  });
});
