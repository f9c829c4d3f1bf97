import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented harbour notes: a pair of names after a sentence's opening "In", two floods each after the same noun, ending the sentence. */
const story = oneArticleStory(
  'harbour',
  'Harbour notes',
  [
    'In Keltrin and Morvash two ferry owners said that the new mooring fee was unfair.',
    'The ferry stopped running for a year after the flood at Velden and the flood at the Orsk Hills.',
  ].join(' '),
);

describe('a question counting two things answered by the pair its sentence writes', () => {
  it('takes in the name joined before the member, not the opening word', () => {
    expect(answerQuestion(story, 'Which two ferry owners said the mooring fee was unfair?').answer?.text).toBe('Keltrin and Morvash');
  });

  it('names both places a repeated noun stands before', () => {
    expect(answerQuestion(story, "What two places' floods stopped the ferry?").answer?.text).toBe('Velden and the Orsk Hills');
  });
});
