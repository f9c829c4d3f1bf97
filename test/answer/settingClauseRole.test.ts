import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { questionFrame } from '../../src/answer/questionFrame.js';
import { GUILD_BODY } from '../fixtures/guild.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The invented guild story (`test/fixtures/guild.ts`). */
const story = oneArticleStory('guild', 'Guild', GUILD_BODY);

describe('a what-question after a phrase setting the scene', () => {
  it('reads the role of the thing asked from the question after that phrase', () => {
    expect(questionFrame('ask', "Last winter, what did the weavers' guild sell?").role).toBe('object');
  });

  it('answers with the object of the verb in the story, as without the phrase', () => {
    expect(answerQuestion(story, "Last winter, what did the weavers' guild sell?").answer?.text).toBe('old warehouse');
  });
});
