import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { CANDIDATE_FEATURES } from '../../src/answer/candidateModel.js';
import { observeExtraction, type ObservedCandidate } from '../../src/answer/extractAnswer.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The first candidate list the extractor hands the model while `ask` runs. */
function candidatesOf(body: string, question: string): { answer: string | undefined; seen: ObservedCandidate[] } {
  const story = oneArticleStory('summit', 'Summit', body);
  let seen: ObservedCandidate[] | undefined;
  observeExtraction({
    candidates: (list) => {
      seen ??= list;
    },
  });
  const answer = answerQuestion(story, question, { command: 'ask' }).answer?.text;
  return { answer, seen: seen ?? [] };
}

const feature = (c: ObservedCandidate | undefined, name: string) => c?.features[CANDIDATE_FEATURES.indexOf(name)];

afterEach(() => observeExtraction(undefined));

describe('hand filters that weigh up the candidates they keep', () => {
  it('offers the model every candidate beside the titles, and weighs those up', () => {
    const { answer, seen } = candidatesOf(
      'The Orsk Players staged "The Lantern Keeper" at the old granary, and the crowd cheered the young cast.',
      'What play did the Orsk Players stage?',
    );
    const title = seen.find((c) => c.text.includes('Lantern Keeper'));
    const other = seen.find((c) => !c.text.includes('Lantern Keeper') && !c.text.includes('Orsk'));
    expect(other).toBeDefined();
    expect(feature(title, 'keptByTitle')).toBe(1);
    expect(feature(other, 'keptByTitle')).toBe(0);
    expect(answer).toContain('Lantern Keeper');
  });

  it("offers the model every candidate beside the object of the question's verb, and weighs that object up", () => {
    const { answer, seen } = candidatesOf(
      'The mill owners sold the old stone weir to the Tarnby council, and the new buyers praised the quiet river views.',
      'What did the mill owners sell?',
    );
    const object = seen.find((c) => c.text.includes('weir'));
    const other = seen.find((c) => !c.text.includes('weir'));
    expect(other).toBeDefined();
    expect(feature(object, 'keptByRole')).toBe(1);
    expect(feature(other, 'keptByRole')).toBe(0);
    expect(answer).toContain('weir');
  });
});
