import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { viewedAs } from '../../src/answer/viewedAs.js';
import { termsOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

function seenAs(text: string, question: string): string | undefined {
  const story = oneArticleStory('view', 'View', text);
  return viewedAs(story.sentences[0]!, question, termsOf(question))?.text;
}

describe('viewedAs', () => {
  it('gives the phrase after "as", for the object the question names', () => {
    expect(seenAs('Most traders see the Orsk levy as a burden.', 'How do traders view the Orsk levy?')).toBe('a burden');
    expect(
      seenAs('Some wardens see the new levy as fair, and the harbour tolls as harsh.', 'How do some wardens view the harbour tolls?'),
    ).toBe('harsh');
  });
  it('gives nothing for another question or a sentence without "as"', () => {
    expect(seenAs('Most traders see the Orsk levy as a burden.', 'How did traders pay the Orsk levy?')).toBeUndefined();
    expect(seenAs('Most traders saw the Orsk levy in March.', 'How do traders view the Orsk levy?')).toBeUndefined();
  });
});

const story = oneArticleStory(
  'levy',
  'Levy',
  'The Orsk harbour levy was raised in 1921. Some historians see the levy as a failure, and the harbour tolls of Velden as a quiet success.',
);

describe('"How do X view Y?"', () => {
  it('is answered by what Y is seen as', () => {
    expect(answerQuestion(story, 'How do some historians view the harbour tolls of Velden?').answer?.text).toBe('a quiet success');
  });
});
