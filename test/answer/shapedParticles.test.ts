import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The short answer to a question asked of a one-article story of an invented body. */
function answerOf(body: string, question: string): string | undefined {
  return answerQuestion(oneArticleStory('news', 'News', body), question).answer?.text;
}

describe('a name with a particle no list holds', () => {
  it('is answered whole across a short lower-case word the dictionary does not know', () => {
    expect(answerOf('The harvest vote was held in May. The vote was won by Kemo ould Tarvi in the spring.', 'Who won the vote?')).toBe(
      'Kemo ould Tarvi',
    );
  });
  it('is answered whole across an article that takes the next word’s consonant', () => {
    expect(
      answerOf('The valley kept its old ways. The valley was ruled by Orva as-Sarif Tamsa at the time.', 'Who ruled the valley?'),
    ).toBe('Orva as-Sarif Tamsa');
  });
  it('keeps two names apart across "aka", which no name holds', () => {
    const answer = answerOf(
      'The ferry strike ended in May. The strike was led by Orla Tennick aka Ferrywoman in the spring.',
      'Who led the strike?',
    );
    expect(answer).toBeDefined();
    expect(answer).not.toContain('aka');
  });
});
