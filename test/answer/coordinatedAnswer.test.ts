import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

/** An invented prize shared by two people, named side by side. */
let story: Story;
beforeAll(() => {
  story = buildStory(
    [
      {
        id: 'prize',
        title: 'Prize',
        titleGiven: true,
        file: 'prize.md',
        body: 'The Halvard prize for river ecology was shared this year by Mara Lind and Tomas Brek. The jury met in Dornvale. Past winners include several chemists.',
      },
    ],
    'coordinated-answer-fixture',
  );
});

describe('names given as a list', () => {
  it('answers with the whole list, not one of its members', () => {
    expect(answerQuestion(story, 'Who shared the Halvard prize?').answer?.text).toBe('Mara Lind and Tomas Brek');
  });

  it('still answers a single name alone', () => {
    expect(answerQuestion(story, 'Where did the jury meet?').answer?.text).toBe('Dornvale');
  });
});
