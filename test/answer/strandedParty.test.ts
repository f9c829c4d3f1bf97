import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented stories whose who-question leaves a preposition stranded and whose answer stands after it, beside people. */
const pact = oneArticleStory(
  'pact',
  'Pact',
  'Emperor Ivo Brandt of the Velmian empire allied with Bexley in the early years of the century, hoping to recover the lands Orla Tellin had lost.',
);
const licence = oneArticleStory(
  'licence',
  'Licence',
  'Orsk Ferries, run by Ada Vell, holds an operating licence from Tarn Harbour Board, which renews it each spring.',
);

describe('a who-question answered by the party after the preposition it leaves stranded', () => {
  it('takes a name the gazetteer holds as a place, written after the question\'s word and "with"', () => {
    expect(answerQuestion(pact, 'Who did the Velmian empire ally with?').answer?.text).toBe('Bexley');
  });
  it('takes a body written right after the question\'s word and "from", where "from" alone reads it as a setting', () => {
    expect(answerQuestion(licence, 'Who does Orsk Ferries have an operating licence from?').answer?.text).toBe('Tarn Harbour Board');
  });
  it('takes no place for a who-question whose preposition is not stranded', () => {
    expect(answerQuestion(pact, 'Who ruled the Velmian empire?').answer?.text).not.toBe('Bexley');
  });
});
