import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented story: a choir, its tour and its rival, each doer written after "by" or past an aside. */
const story = oneArticleStory(
  'choir',
  'Choir',
  [
    'Orla Penn had been the Marlow choir’s lead singer on the tour for a decade.',
    'This spring the choir was led by Ivo Marsh.',
    'The rival Fenwick choir was trained by Tamsin Reed, a former organist.',
  ].join(' '),
);

describe('who does the question’s verb, written as a passive by-agent', () => {
  it('answers "Who led X?" with the agent of "was led by", not the one holding a role noun made from the verb', () => {
    expect(answerQuestion(story, 'Who led the Marlow choir?').answer?.text).toBe('Ivo Marsh');
  });
  it('answers "Who trained X?" with the agent, not the subject the verb was done to', () => {
    expect(answerQuestion(story, 'Who trained the Fenwick choir?').answer?.text).toBe('Tamsin Reed');
  });
});
