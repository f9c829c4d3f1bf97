import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { questionFrame } from '../../src/answer/questionFrame.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

/** An invented guild: the thing sold is the object of "sold", its leader a name beside the question's words. */
let story: Story;
beforeAll(() => {
  story = buildStory(
    [
      {
        id: 'guild',
        title: 'Guild',
        titleGiven: true,
        file: 'guild.md',
        body: "The Ostwick weavers' guild, led by Marla Quent, sold its old warehouse to pay the looms' debts last winter. The warehouse stood by the Drelby canal.",
      },
    ],
    'setting-clause-role-fixture',
  );
});

describe('a what-question after a phrase setting the scene', () => {
  it('reads the role of the thing asked from the question after that phrase', () => {
    expect(questionFrame('ask', "Last winter, what did the weavers' guild sell?").role).toBe('object');
  });

  it('answers with the object of the verb in the story, as without the phrase', () => {
    expect(answerQuestion(story, "Last winter, what did the weavers' guild sell?").answer?.text).toBe('old warehouse');
  });
});
