import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented fair notes: two singers a "respectively" pairs with two fairs, and two officials side by side. */
const story = oneArticleStory(
  'fair',
  'Fair notes',
  [
    'The Velden fair opened on Friday with a brass band from Orsk.',
    'The guest singers were Orla Tellin and Ivo Brandt, who headlined the Harrow Fair and the Tarn Fair, respectively.',
    'Both singers will return next spring.',
    'Mayor Hal Dunmore and Tessa Marrow cut the ribbon at the gate.',
  ].join(' '),
);

describe('a question asking for one thing answered by one member of a list', () => {
  it('takes the member "respectively" pairs with the name the question writes', () => {
    expect(answerQuestion(story, 'What singer headlined the Tarn Fair?').answer?.text).toBe('Ivo Brandt');
    expect(answerQuestion(story, 'What singer headlined the Harrow Fair?').answer?.text).toBe('Orla Tellin');
  });

  it('keeps the list for a question asking for several', () => {
    expect(answerQuestion(story, 'Which singers headlined the fairs?').answer?.text).toBe('Orla Tellin and Ivo Brandt');
  });

  it('takes one member for "Who was the …" and a singular noun of a person', () => {
    expect(answerQuestion(story, 'Who was the mayor who cut the ribbon?').answer?.text).toBe('Hal Dunmore');
    expect(answerQuestion(story, 'Who cut the ribbon?').answer?.text).toBe('Hal Dunmore and Tessa Marrow');
  });
});
