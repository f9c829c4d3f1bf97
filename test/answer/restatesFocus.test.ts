import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented launch: the noun the question asks about, described, then named. */
const story = oneArticleStory(
  'studio',
  'Studio',
  'The studio unveiled a bold new typeface, Harlow Sans, for its posters last spring. The posters were printed in the old mill by the river. Critics praised the letters.',
);

describe('a phrase of describing words and the focus noun', () => {
  it('restates what the question asks about, so the name beside it answers "What new typeface …"', () => {
    expect(answerQuestion(story, 'What new typeface did the studio unveil?').answer?.text).toBe('Harlow Sans');
  });

  it('restates it whatever describes the noun where the noun goes on to name the thing', () => {
    const valley = oneArticleStory(
      'valley',
      'Valley',
      'Traders also brought to the valley a new grain crop, spelt, along with other seeds and tools. The valley lies east of the hills.',
    );
    // "a new grain crop": another noun describes "crop", but the apposition after it names the crop.
    expect(answerQuestion(valley, 'What grain crop did traders bring to the valley?').answer?.text).toBe('spelt');
    const tides = oneArticleStory(
      'tides',
      'Tides',
      'Old charts of the bay drew a phantom island (Marrow) west of the reef; the navy spent a whole summer looking for it. Sailors still joke about it.',
    );
    // A bracketed name after the noun: "a phantom island" only restates "What island …".
    expect(answerQuestion(tides, 'What island did old charts of the bay draw west of the reef?').answer?.text).toBe('Marrow');
  });
});
