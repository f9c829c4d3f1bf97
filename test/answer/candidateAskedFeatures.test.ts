import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { CANDIDATE_FEATURES, candidateWeights } from '../../src/answer/candidateModel.js';
import { observeCandidates, type ObservedCandidate } from '../../src/answer/extractAnswer.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented sentence: a noun a which-question asks about, with a word describing it. */
const statue = oneArticleStory('statue', 'Statue', 'The old statue stands at the east end of the park.');

/** The candidates the extractor weighs for a question, with their features. */
function candidatesFor(story: ReturnType<typeof oneArticleStory>, question: string): ObservedCandidate[] {
  let seen: ObservedCandidate[] | undefined;
  observeCandidates((c) => {
    seen ??= c;
  });
  try {
    traceAnswer(story, question, { command: 'ask', limit: 1 });
  } finally {
    observeCandidates(undefined);
  }
  return seen ?? [];
}

const feature = (list: ObservedCandidate[], text: string, name: string) =>
  list.find((c) => c.text === text)?.features[CANDIDATE_FEATURES.indexOf(name)];

describe('candidate features of what the question asks for', () => {
  it('marks the words describing the focus noun, and no other candidate', () => {
    const list = candidatesFor(statue, 'Which end of the park does the statue stand at?');
    expect(feature(list, 'east', 'focusModifier')).toBe(1);
    expect(list.filter((c) => c.text !== 'east').every((c) => c.features[CANDIDATE_FEATURES.indexOf('focusModifier')] === 0)).toBe(true);
  });

  it('weighs such words down against a whole phrase or a name, by the committed model', () => {
    expect(candidateWeights()![CANDIDATE_FEATURES.indexOf('focusModifier')]).toBeLessThan(0);
  });
});
