import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented harbour notes: a pair of traders after a sentence's opening "In", two votes each after the same noun. */
const story = oneArticleStory(
  'harbour',
  'Harbour notes',
  [
    'In Keltrin and Morvash two salt traders claimed that the new toll, which kept them from selling brine below cost, was unlawful.',
    'However, as a result of the vote in Velden and the vote in the Orsk Hills, the dredging plan never went ahead.',
  ].join(' '),
);

describe('a question counting two things answered by the pair its sentence writes', () => {
  it('takes in the name joined before the member, not the opening word', () => {
    expect(answerQuestion(story, 'Which two traders claimed the toll was unlawful?').answer?.text).toBe('Keltrin and Morvash');
  });

  it('names both places a repeated noun stands before', () => {
    expect(answerQuestion(story, "What two places' votes stopped the dredging plan?").answer?.text).toBe('Velden and the Orsk Hills');
  });
});
