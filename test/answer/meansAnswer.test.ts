import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

/** Invented: the means comes after "through", while a name stands between two of the question's words. */
let story: Story;
beforeAll(() => {
  story = buildStory(
    [
      {
        id: 'marsh',
        title: 'Marsh',
        titleGiven: true,
        file: 'marsh.md',
        body: 'The wardens of Kell Point reached the island through the flooded marsh.',
      },
    ],
    'means-answer-fixture',
  );
});

describe('how-questions', () => {
  it('answer with the means after "by / through / using / as"', () => {
    expect(answerQuestion(story, 'How did the wardens reach the island?').answer?.text).toBe('flooded marsh');
  });
});
