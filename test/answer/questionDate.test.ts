import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { questionDay } from '../../src/answer/questionDate.js';
import { buildStory } from '../../src/story/buildStory.js';

/** Two invented market reports on different days, each saying "today". */
const story = buildStory(
  [
    {
      id: 'mon',
      title: 'Grain prices',
      titleGiven: true,
      published: '2019-04-08',
      file: 'mon.md',
      body: 'The grain index fell 4.2% today, its worst showing since March 2001. Traders blamed the weather.',
    },
    {
      id: 'tue',
      title: 'Grain rebound',
      titleGiven: true,
      published: '2019-04-09',
      file: 'tue.md',
      body: 'The grain index slipped 0.3% today before a late rally. Traders were calmer.',
    },
  ],
  'dates-fixture',
);

describe('questionDay', () => {
  it('reads a day of the month in either order', () => {
    expect(questionDay('How much did it fall on April 8?')?.monthDay).toBe('04-08');
    expect(questionDay('How much did it fall on the 9th of April?')?.monthDay).toBe('04-09');
    expect(questionDay('How much did it fall on 9 Apr?')?.monthDay).toBe('04-09');
    expect(questionDay('How much did it fall?')).toBeUndefined();
  });
});

describe('dates in answers', () => {
  it('finds the sentence of the article published on the day the question names', () => {
    expect(answerQuestion(story, 'How much did the grain index slip on April 9?').answer?.text).toBe('0.3%');
    expect(answerQuestion(story, 'How much did the grain index fall on April 8?').answer?.text).toBe('4.2%');
  });
  it('answers "when did X last …" with the date after "since"', () => {
    expect(answerQuestion(story, 'When did the grain index last fall this much?').answer?.text).toContain('2001');
  });
  it('writes a relative day with its calendar date', () => {
    const a = answerQuestion(story, 'when did the grain index slip 0.3%', { command: 'ask' });
    expect(a.answer?.text).toBe('today, 9 April 2019');
    expect(a.answer?.date?.date).toBe('2019-04-09');
  });
});
