import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';
import { askShort } from '../fixtures/askShort.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/**
 * Invented: the means comes after "through", while a name stands between two of the question's words; a
 * describing word alone after the question's words.
 */
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
      {
        id: 'spring',
        title: 'Spring',
        titleGiven: true,
        file: 'spring.md',
        body: 'Visitors to the valley said the water of the spring tasted bitter.',
      },
    ],
    'means-answer-fixture',
  );
});

describe('how-questions', () => {
  it('answer with the means after "by / through / using / as"', () => {
    expect(answerQuestion(story, 'How did the wardens reach the island?').answer?.text).toBe('flooded marsh');
  });

  it("answer with a describing word alone, beside the question's words", () => {
    expect(askShort(story)('How did the water of the spring taste?')).toBe('bitter');
  });

  it('keeps a hyphened word whole where the phrase beside the question ends inside it', () => {
    const toads = oneArticleStory(
      'toads',
      'Toads of the Kessel fen',
      'Mire toads live in the Kessel fen. They are sometimes called rock-green frogs even though they are toads. ' +
        'Mire toads eat small flies. The fen is drained each spring.',
    );
    expect(askShort(toads)('How are mire toads sometimes wrongly described?')).toBe('called rock-green');
  });
});
