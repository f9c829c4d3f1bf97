import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { termsOf } from '../../src/search/terms.js';
import { wayOf } from '../../src/answer/wayOf.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The thing one invented sentence calls a way of doing what a how-question asks. */
function way(text: string, question: string): string | undefined {
  const story = oneArticleStory('way', 'Way', text);
  return wayOf(story.sentences[0]!, question, termsOf(question))?.text;
}

describe('wayOf', () => {
  it('gives the subject called a way of doing what the question asks', () => {
    expect(way('Blocking the quay is another classic way of protesting against the levy.', 'How can one protest against the levy?')).toBe(
      'Blocking the quay',
    );
    expect(way('In Orsk, rowing at night was one means to avoid the toll.', 'How did the ferrymen avoid the toll?')).toBe(
      'rowing at night',
    );
  });

  it('gives what follows "be" where the way opens the clause', () => {
    expect(way('One way to avoid the toll was rowing at night.', 'How did the ferrymen avoid the toll?')).toBe('rowing at night');
  });

  it('gives nothing for a way of doing something else, a lone pronoun, or a question asking no manner', () => {
    expect(way('Blocking the quay is another way of raising wages.', 'How can one protest against the levy?')).toBeUndefined();
    expect(way('This is one way of protesting against the levy.', 'How can one protest against the levy?')).toBeUndefined();
    expect(
      way('Blocking the quay is a way of protesting against the levy.', 'How long did the protest against the levy last?'),
    ).toBeUndefined();
  });
});

const quay = oneArticleStory(
  'quay',
  'Quay',
  'The Orsk levy was raised in the Velmian era. Blocking the quay is another classic way of protesting against the levy, and the ferrymen did so twice.',
);

describe('a how-question asking a way', () => {
  it('is answered with the thing the story calls a way of doing it', () => {
    expect(answerQuestion(quay, 'How can the ferrymen protest against the levy?').answer?.text).toBe('Blocking the quay');
  });
});
