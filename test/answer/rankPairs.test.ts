import { describe, expect, it } from 'vitest';
import { RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { termsOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';

/** Two invented sentences with the same words, the question's word pairs kept together in only one. */
const story = buildStory(
  [
    { id: 'kept', title: 'Vote', titleGiven: true, file: 'kept.md', body: 'The Orlin harbour council approved the ferry plan.' },
    { id: 'split', title: 'Vote', titleGiven: true, file: 'split.md', body: 'The Orlin ferry council approved the harbour plan.' },
  ],
  'rank-pairs-fixture',
);

describe("the ranker's word pairs", () => {
  it("scores a sentence up for each of the question's consecutive word pairs it keeps together", () => {
    const text = 'did the harbour council approve the plan?';
    const ranked = rankSentences(story, { terms: [...new Set(termsOf(text))], kind: 'other', text });
    expect(ranked.map((r) => r.sentence.articleId)).toEqual(['kept', 'split']);
    // "harbour council" and "council approve" in the first, only "council approve" in the second.
    expect(ranked[0]!.score - ranked[1]!.score).toBeCloseTo(RANKING.bigram, 6);
  });
});
