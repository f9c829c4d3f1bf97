import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented charter that names nationality, signed in a year, with a demonym in the same sentence. */
const story = oneArticleStory(
  'law',
  'Law',
  'The Orvel Nationality Charter was signed in 1974 to say who counts as a citizen of the Danish isles of Orvel. ' +
    'Its author, Tam Ferrow, was a Swedish lawyer.',
);

describe('a question that names nationality', () => {
  it('is answered by a demonym when it asks for one', () => {
    expect(answerQuestion(story, 'What nationality was Tam Ferrow?').answer?.text).toBe('Swedish');
  });

  it('is answered by its own kind when it asks for a date, not by a demonym', () => {
    expect(answerQuestion(story, 'When was the Orvel Nationality Charter signed?').answer?.text).toBe('1974');
  });
});
