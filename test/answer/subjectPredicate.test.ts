import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { subjectPredicate } from '../../src/answer/subjectPredicate.js';
import { termOf, termsOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** What one invented sentence says the question's subject did, the question's verb given as written. */
function predicate(text: string, question: string, verb: string): string | undefined {
  const story = oneArticleStory('deed', 'Deed', text);
  return subjectPredicate(story.sentences[0]!, question, termsOf(question), termOf(verb) ?? undefined)?.text;
}

describe('subjectPredicate', () => {
  it('gives the verb after the question’s subject, to the end of its clause', () => {
    expect(
      predicate('The Orsk referendum on a harbour council failed.', 'How did the Orsk referendum on a harbour council go?', 'go'),
    ).toBe('failed');
    expect(
      predicate('The Velden wardens sent two boats to the quay, and the ferry waited.', 'How did the Velden wardens respond?', 'respond'),
    ).toBe('sent two boats to the quay');
  });

  it('gives nothing where the sentence writes the question’s verb, a means, or a lone reporting verb', () => {
    expect(predicate('The Velden wardens responded with two boats.', 'How did the Velden wardens respond?', 'respond')).toBeUndefined();
    expect(
      predicate('The Velden wardens replied, in time, through a letter.', 'How did the Velden wardens respond?', 'respond'),
    ).toBeUndefined();
    expect(predicate('The Velden wardens wrote, "We shall come."', 'How did the Velden wardens respond?', 'respond')).toBeUndefined();
  });

  it('cuts a coordination that repeats the question’s words', () => {
    expect(
      predicate('Orla Tellin squandered her wages and her ferry fare in the taverns.', 'How did Orla Tellin lose her ferry fare?', 'lose'),
    ).toBe('squandered her wages');
  });

  it('gives nothing for a how-question without "do"', () => {
    expect(predicate('The Orsk referendum failed.', 'How was the Orsk referendum held?', 'held')).toBeUndefined();
  });
});

const harbour = oneArticleStory(
  'harbour',
  'Harbour',
  'Orla Tellin chaired the Orsk harbour board for ten years. When the storm closed the bay, the Orsk harbour board sent two boats to Fort Mirela.',
);

describe('a how-question on what its subject did', () => {
  it('is answered with the predicate the story gives the subject', () => {
    expect(answerQuestion(harbour, 'How did the Orsk harbour board respond when the storm closed the bay?').answer?.text).toBe(
      'sent two boats to Fort Mirela',
    );
  });
});
