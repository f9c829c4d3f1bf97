import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented story: a bakery that moved and letters sent, each with both places of the move. */
const story = oneArticleStory(
  'bakery',
  'Bakery',
  'In 1990 the Quillon bakery moved to Pellridge from Dunmore. Marta Oxley sent her letters to Bellmoor from Carrow.',
);

describe('a question that ends in the preposition of its answer', () => {
  it('answers "Where did X move from?" with the place after "from", not the nearer one after "to"', () => {
    expect(answerQuestion(story, 'Where did the Quillon bakery move from?').answer?.text).toBe('Dunmore');
    expect(answerQuestion(story, 'Where did Marta Oxley send her letters from?').answer?.text).toBe('Carrow');
    expect(answerQuestion(story, 'What town did Marta Oxley send her letters from?').answer?.text).toBe('Carrow');
  });
  it('answers "Where did X move to?" with the place after "to"', () => {
    expect(answerQuestion(story, 'Where did the Quillon bakery move to?').answer?.text).toBe('Pellridge');
    expect(answerQuestion(story, 'Where did Marta Oxley send her letters to?').answer?.text).toBe('Bellmoor');
  });
});
