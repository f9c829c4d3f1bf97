import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const storyOf = (body: string) => oneArticleStory('one', 'One', body);

describe('a time told by another event', () => {
  it('answers a when-question whose sentence holds no date with the phrase after "until after"', () => {
    const story = storyOf(
      "The ferry keeper retired early, and the mill's charter was not sealed until after the close of the Velmian Fair.",
    );
    expect(answerQuestion(story, "When was the mill's charter sealed?").answer?.text).toBe('after the close of the Velmian Fair');
  });
  it('shows a nearness adverb with the event ("shortly after")', () => {
    const story = storyOf('Shortly after Harbour Muster a "Lantern Round" is walked at Fort Mirela, and it takes an hour.');
    expect(answerQuestion(story, 'When is the Lantern Round walked?').answer?.text).toBe('Shortly after Harbour Muster');
  });
  it("reads no event made of the question's own words", () => {
    const story = storyOf('The salt fair at Orrin was held after the harvest. The fair grew after the fair at Orrin.');
    expect(answerQuestion(story, 'When did the fair grow after the fair at Orrin?').answer?.text).not.toBe('after the fair at Orrin');
  });
});
