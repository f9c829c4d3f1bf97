import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented proof: a thing named after its owner ("X's theorem"), and a name alone. */
const story = oneArticleStory(
  'proof',
  'Proof',
  "In 1931 the young mathematician Ilse Dorn proved Varga's theorem on nested circles. She later taught in Dunmere.",
);

describe("a name followed by 's and the noun asked by", () => {
  it('is shown with them', () => {
    expect(answerQuestion(story, 'Which theorem did Ilse Dorn prove?').answer?.text).toBe("Varga's theorem");
  });

  it('leaves a name alone where the noun after it is not the one asked by', () => {
    expect(answerQuestion(story, 'Which town did Ilse Dorn teach in?').answer?.text).toBe('Dunmere');
  });
});
