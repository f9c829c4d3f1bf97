import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented story: a baking contest and a kite in an invented town. */
const story = oneArticleStory(
  'contest',
  'Contest',
  [
    'Edna Flint rallied late to outbake Wren Hollis and win the Marlow pie contest.',
    'The red kite climbed past 300 metres over the marsh, then hovered at 120 metres for an hour.',
  ].join(' '),
);

describe('the subject of the clause that holds the question’s verb, in the fitted model', () => {
  it('answers "who won X" with the subject of "win" in a verb chain, not the object of the verb before it', () => {
    expect(answerQuestion(story, 'Who won the Marlow pie contest?').answer?.text).toBe('Edna Flint');
    expect(answerQuestion(story, 'won the Marlow pie contest', { command: 'who' }).answer?.text).toBe('Edna Flint');
  });
  it('answers "At what height did X hover" with the figure after the question’s verb and preposition', () => {
    expect(answerQuestion(story, 'At what height did the red kite hover?').answer?.text).toBe('120 metres');
  });
});
