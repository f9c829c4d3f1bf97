import { describe, expect, it } from 'vitest';
import { extractAnswer, observeExtraction, type ObservedCandidate } from '../../src/answer/extractAnswer.js';
import { candidateWeights } from '../../src/answer/candidateModel.js';
import { linearScore } from '../../src/answer/linearModel.js';
import type { PreparedQuery } from '../../src/answer/rankSentences.js';
import { termsOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: one sentence offering several phrases for a what-question. */
const MILL_BODY = 'The weavers of Tallow Cove built a copper water wheel beside the old stone granary last spring.';

const story = oneArticleStory('mill', 'Mill', MILL_BODY);

const question: PreparedQuery = {
  terms: [...new Set(termsOf('What did the weavers of Tallow Cove build?'))],
  kind: 'other',
  text: 'what did the weavers of tallow cove build?',
};

function answer(): string | undefined {
  return extractAnswer(story, [{ sentence: story.sentences[0]!, score: 1, coverage: 1, others: [] }], question)?.text;
}

describe("the candidate model's facts", () => {
  it('rank the candidates the same read through one scratch record as through a record each', () => {
    const seen: ObservedCandidate[][] = [];
    observeExtraction({ candidates: (c) => seen.push(c) });
    let shown: string | undefined;
    try {
      shown = answer();
    } finally {
      observeExtraction(undefined);
    }
    // The model ranks through the scratch record; the observer is handed a record each.
    const weights = candidateWeights()!;
    const byFresh = [...seen[0]!].sort((a, b) => linearScore(weights, b.features) - linearScore(weights, a.features));
    expect(shown).toBeDefined();
    expect(byFresh[0]!.text).toBe(shown);
    // The observer keeps each candidate's own features: no two candidates share one record.
    const features = seen[0]!.map((c) => c.features.join(','));
    expect(seen[0]!.length).toBeGreaterThan(1);
    expect(new Set(features).size).toBe(features.length);
  });
});
