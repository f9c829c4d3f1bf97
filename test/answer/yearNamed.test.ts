import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { datedPastYear } from '../../src/answer/yearNamed.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const storyOf = (body: string) => oneArticleStory('one', 'One', body);

describe('a date the question names only by its year', () => {
  it('tells more than the question where it writes a month or weekday the question does not', () => {
    expect(datedPastYear('January 1887', 'when did the tarn freeze in the 1887 ice winter?')).toBe(true);
    expect(datedPastYear('Tuesday 4 May 1871', "when did orrin's 1871 ferry sink?")).toBe(true);
  });
  it('tells nothing more where it is the year alone, or where the question writes its month too', () => {
    expect(datedPastYear('1887', 'when did the tarn freeze in the 1887 ice winter?')).toBe(false);
    expect(datedPastYear('January 1887', 'what happened in the 1887 ice winter in january?')).toBe(false);
    expect(datedPastYear('1887–89', 'when did the tarn freeze in the 1887 ice winter?')).toBe(false);
  });
  it('tells nothing more where the question writes the year as a time of its own ("since 1887")', () => {
    expect(datedPastYear('January 1887', 'when did the tarn freeze over first since 1887?')).toBe(false);
    expect(datedPastYear('January 1887', 'when in 1887 did the tarn freeze?')).toBe(false);
  });
  it('answers a when-question with the month of the year it names', () => {
    const story = storyOf(
      'Ferry crews still talk of the 1887 ice winter: the Tarn froze solid in January 1887 and stayed shut until the thaw. ' +
        'A new ferry house was opened in 1890.',
    );
    expect(answerQuestion(story, 'When did the Tarn freeze in the 1887 ice winter?').answer?.text).toBe('January 1887');
  });
});
