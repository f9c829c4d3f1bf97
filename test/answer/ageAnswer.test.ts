import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented final: two players' ages in one sentence. */
const story = oneArticleStory(
  'final',
  'Final',
  'No chess final had seen two players so far apart in years (Ada Vell was 61, Tam Orrin was 17).',
);

describe('"How old was NAME …"', () => {
  it('is answered by the age given to the person named, not another one beside it', () => {
    expect(answerQuestion(story, 'How old was Tam Orrin in the final?').answer?.text).toBe('17');
    expect(answerQuestion(story, 'How old was Ada Vell in the final?').answer?.text).toBe('61');
  });
});
