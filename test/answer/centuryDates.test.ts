import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { centuryDates } from '../../src/answer/dateRanges.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const rank = (text: string, start: number) => ({ type: 'ORDINAL' as const, text, start, end: start + text.length });

describe('centuryDates', () => {
  it('makes a rank before "century" a date', () => {
    const text = 'The Vesk chapel dates from the ninth century.';
    expect(centuryDates(text, [rank('ninth', 31)], true).map((e) => [e.type, e.text])).toEqual([['DATE', 'ninth century']]);
  });
  it('makes two ranks before one "centuries" one date, unless one century is asked', () => {
    const text = 'Orvel held the pass in the 12th and 13th centuries.';
    const ranks = [rank('12th', 27), rank('13th', 36)];
    expect(centuryDates(text, ranks, true).map((e) => [e.type, e.text])).toEqual([['DATE', '12th and 13th centuries']]);
    expect(centuryDates(text, ranks, false).map((e) => [e.type, e.text])).toEqual([
      ['ORDINAL', '12th'],
      ['DATE', '13th centuries'],
    ]);
  });
  it('leaves a rank of anything else a rank', () => {
    const ranks = [rank('third', 8)];
    expect(centuryDates('He came third in the race.', ranks, true)).toEqual(ranks);
  });
  it('answers a when-question with the centuries', () => {
    const story = oneArticleStory(
      'pass',
      'Pass',
      'The Orvel clan held the Brask pass in the 12th and 13th centuries before the Tolvik lords took it.',
    );
    expect(answerQuestion(story, 'When did the Orvel clan hold the Brask pass?').answer?.text).toBe('12th and 13th centuries');
  });
});

describe('a question that asks which century', () => {
  it('is answered by a century, though it names the noun "century"', () => {
    const story = oneArticleStory(
      'gear',
      'Gear',
      'The Pell balancing gear was used on ferries in the 19th century. Vesk and Marn ran their tests in the 17th century.',
    );
    expect(answerQuestion(story, 'In what century was the Pell balancing gear used?').answer?.text).toBe('19th century');
    expect(answerQuestion(story, 'Which century did Vesk and Marn run their tests in?').answer?.text).toBe('17th century');
  });
});
