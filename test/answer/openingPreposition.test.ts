import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { openingPreposition } from '../../src/answer/askedPreposition.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented mill: its power comes "from the river current", a weir named beside the question's words. */
const story = oneArticleStory(
  'mill',
  'Mill',
  'The Ostwick mill, built by Tam Brell near the Drelby weir, draws its power from the river current. Its wheel turns day and night.',
);

describe('a what-question opening with a preposition', () => {
  it('reads that preposition and the question word after it; none for a question opening with its question word', () => {
    expect(openingPreposition('From what does the mill draw its power?')).toEqual({ preposition: 'from', wh: 'what' });
    expect(openingPreposition('In which hall did they meet?')).toEqual({ preposition: 'in', wh: 'which' });
    expect(openingPreposition('What does the mill draw its power from?')).toBeUndefined();
    expect(openingPreposition('By how much did the toll rise?')).toEqual({ preposition: 'by', wh: 'how' });
  });

  it('answers with the phrase after that preposition in the story, not a name beside the question’s words', () => {
    expect(answerQuestion(story, 'From what does the Ostwick mill draw its power?').answer?.text).toBe('river current');
  });
});
