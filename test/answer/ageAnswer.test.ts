import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import type { Story } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented final: two captains' ages in one sentence. */
let story: Story;
beforeAll(() => {
  story = oneArticleStory(
    'final',
    'Final',
    'The two captains set a record for the largest age gap in a final (Ada Vell was 39, Tam Orrin was 26).',
  );
});

describe('"How old was NAME …"', () => {
  it('is answered by the age given to the person named, not another one beside it', () => {
    expect(answerQuestion(story, 'How old was Tam Orrin in the final?').answer?.text).toBe('26');
    expect(answerQuestion(story, 'How old was Ada Vell in the final?').answer?.text).toBe('39');
  });
});
