import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { wordsBeforeAsked } from '../../src/answer/wordsBeforeAsked.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented ferry trust: the thing asked for stands after the words the question writes before its question word. */
const story = oneArticleStory(
  'trust',
  'Ferry trust',
  'Harbour master Ilse Vandor said the Pellow ferry trust is run by the island councils, not by the port board of Dunmere. The trust is older than the Corran canal company, which was founded by Osk Brey.',
);

describe('the words a statement question writes before its question word', () => {
  it('are the last two words before it; none where the question word opens the question or a phrase set off by a comma precedes it', () => {
    expect(wordsBeforeAsked('The trust is run by the island what?')).toEqual(['the', 'island']);
    expect(wordsBeforeAsked('The trust is older than which company?')).toEqual(['older', 'than']);
    expect(wordsBeforeAsked('The Halls of Who quiz began in what year?')).toEqual(['began', 'in']);
    expect(wordsBeforeAsked('What is the trust older than?')).toBeUndefined();
    expect(wordsBeforeAsked('Along with the councils, what runs the trust?')).toBeUndefined();
    expect(wordsBeforeAsked('To whom?')).toBeUndefined();
  });

  it('answer with the phrase that stands after those words in the story', () => {
    expect(answerQuestion(story, 'The Pellow ferry trust is run by the island what?').answer?.text).toBe('councils');
    expect(answerQuestion(story, 'The trust is older than which company?').answer?.text).toBe('Corran canal');
  });
});
