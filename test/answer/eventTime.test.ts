import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const storyOf = (body: string) => oneArticleStory('one', 'One', body);

describe('a time told by another event', () => {
  it('answers a when-question whose sentence holds no date with the phrase after "until after"', () => {
    const story = storyOf(
      "The tax collector rose to higher office, and the abbot's letter was not read until after the end of the Orsk War.",
    );
    expect(answerQuestion(story, "When was the abbot's letter read?").answer?.text).toBe('after the end of the Orsk War');
  });
  it('shows a nearness adverb with the event ("immediately after")', () => {
    const story = storyOf('Immediately after Closing Bell a "Members Walk" is held at Fort Mirela, which lasts for 45 minutes.');
    expect(answerQuestion(story, 'When is the Members Walk held?').answer?.text).toBe('Immediately after Closing Bell');
  });
  it("reads no event made of the question's own words", () => {
    const story = storyOf('The salt fair at Orrin was held after the harvest. The fair grew after the fair at Orrin.');
    expect(answerQuestion(story, 'When did the fair grow after the fair at Orrin?').answer?.text).not.toBe('after the fair at Orrin');
  });
});
