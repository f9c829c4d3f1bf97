import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented story: a boat with its owner, and a rescuer named beside it. */
const story = oneArticleStory(
  'boat',
  'Boat',
  "Mara Quill watched as Oren Vell's boat sank near Port Alder in 2011. The Brannicks' dog barked at the harbour all night.",
);

describe('a whose-question', () => {
  it('is answered by the owner, with the mark the sentence gives it', () => {
    expect(answerQuestion(story, 'Whose boat sank near Port Alder?').answer?.text).toBe("Oren Vell's");
    expect(answerQuestion(story, 'Whose dog barked at the harbour?').answer?.text).toBe("Brannicks'");
  });
  it('is read after a phrase set before it', () => {
    expect(answerQuestion(story, 'In 2011, whose boat sank?').answer?.text).toBe("Oren Vell's");
  });
});
