import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import {
  durationAsDates,
  joinedDates,
  rangeAnswers,
  rangeDates,
  rangeHalfAsked,
  twoDatesAnswer,
  yearHalvesDated,
  yearRanges,
} from '../../src/answer/dateRanges.js';
import { tagSentence } from '../../src/nlp/entities.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('durationAsDates', () => {
  it('reads a span of time between two dates as a date, without "from"', () => {
    expect(durationAsDates({ type: 'DURATION', text: 'from 1722 to 1731', start: 10, end: 27 })).toEqual({
      type: 'DATE',
      text: '1722 to 1731',
      start: 15,
      end: 27,
    });
    expect(durationAsDates({ type: 'DURATION', text: 'between May and July 1946', start: 0, end: 25 })?.text).toBe(
      'between May and July 1946',
    );
  });

  it('leaves a span of time counted in units alone', () => {
    expect(durationAsDates({ type: 'DURATION', text: 'between 2 and 3 years', start: 0, end: 21 })).toBeNull();
    expect(durationAsDates({ type: 'DURATION', text: 'ten days', start: 0, end: 8 })).toBeNull();
  });
});

describe('yearRanges', () => {
  it('makes one date of years written close up with a dash', () => {
    const text = 'The hall rose in the winter of 1928–29 and again in 1931-1934.';
    const winter = { type: 'DATE' as const, text: 'winter of 1928', start: 21, end: 35 };
    const tail = { type: 'CARDINAL' as const, text: '29', start: 36, end: 38 };
    expect(yearRanges(text, [winter, tail]).map((e) => e.text)).toEqual(['winter of 1928–29', '1931-1934']);
  });

  it('leaves an amount and a month after a year alone', () => {
    const text = 'It cost 1200-1500 crowns in 2010-04.';
    const money = { type: 'MONEY' as const, text: '1500 crowns', start: 13, end: 24 };
    expect(yearRanges(text, [money])).toEqual([money]);
  });
});

describe('a when-question answered by a range of dates', () => {
  const story = oneArticleStory(
    'valley',
    'Valley',
    'The Orvel dynasty ruled the Brask valley from 1512–1598. Halm Vask governed Zelvik from 1722 to 1731. ' +
      'The Tolvik hall was built in 1928-1933.',
  );

  it('answers with the whole range', () => {
    expect(answerQuestion(story, 'When did the Orvel dynasty rule the Brask valley?').answer?.text).toBe('1512–1598');
    expect(answerQuestion(story, 'When did Halm Vask govern Zelvik?').answer?.text).toBe('1722 to 1731');
    expect(answerQuestion(story, 'When was the Tolvik hall built?').answer?.text).toBe('1928-1933');
  });
});

describe('rangeAnswers and rangeHalfAsked', () => {
  it('gives no range to a question asking for one year or date', () => {
    expect(rangeAnswers('In what year did the Brask mill open?')).toBe(false);
    expect(rangeAnswers('Which date was the fair?')).toBe(false);
    expect(rangeAnswers('In what years did the mill run?')).toBe(true);
    expect(rangeAnswers('When did the mill run?')).toBe(true);
  });

  it('shows the half of a range a question on a beginning or an end asks for', () => {
    const range = { text: '2 May 1901 – 3 June 1980', start: 10 };
    expect(rangeHalfAsked('When was Ada Vell born?', range)).toEqual({ start: 10, end: 20 });
    expect(rangeHalfAsked('When did Ada Vell die?', range)).toEqual({ start: 23, end: 34 });
    expect(rangeHalfAsked('When did Ada Vell paint?', range)).toBeUndefined();
  });
});

describe('a when-question on the beginning or the end of a range', () => {
  const story = oneArticleStory(
    'painter',
    'Painter',
    'Ada Vell (2 May 1901 – 3 June 1980) was a painter from Tolvik. The Brask mill ran from 1920 to 1961, and was rebuilt in 1975.',
  );

  it('answers with the half asked, and a one-year question with a year', () => {
    expect(answerQuestion(story, 'When was Ada Vell born?').answer?.text).toBe('2 May 1901');
    expect(answerQuestion(story, 'When did Ada Vell die?').answer?.text).toBe('3 June 1980');
    expect(answerQuestion(story, 'When did the Brask mill run?').answer?.text).toBe('1920 to 1961');
    expect(answerQuestion(story, 'In what year was the Brask mill rebuilt?').answer?.text).toBe('1975');
  });
});

describe('rangeHalfAsked on years written short', () => {
  it('shows no half of "1862–90", one season', () => {
    expect(rangeHalfAsked('When did the Vell season begin?', { text: '1862–90', start: 0 })).toBeUndefined();
  });
});

describe('joinedDates', () => {
  const date = (text: string, start: number) => ({ type: 'DATE' as const, text, start, end: start + text.length });

  it('makes one date of two dates joined by "and" or "through", with "between"', () => {
    const text = 'Built between the 1820s and 1850s, and rebuilt in 2011 through 2012.';
    const out = joinedDates(text, [date('1820s', 18), date('1850s', 28), date('2011', 50), date('2012', 63)]);
    expect(out.map((e) => e.text)).toEqual(['between the 1820s and 1850s', '2011 through 2012']);
  });

  it('leaves dates joined by other words, or by a comma and "and", apart', () => {
    const text = 'Born in 1950 and died in 2010.';
    const dates = [date('1950', 8), date('2010', 25)];
    expect(joinedDates(text, dates)).toEqual(dates);
    const twoEvents = [date('1998', 8), date('2003', 21)];
    expect(joinedDates('Held in 1998, and in 2003.', twoEvents)).toEqual(twoEvents);
    const dayAndYear = [date('May 4', 8), date('2003', 18)];
    expect(joinedDates('Held on May 4 and 2003.', dayAndYear)).toEqual(dayAndYear);
  });

  it('makes one date of two years or decades written side by side with "and"', () => {
    expect(joinedDates('Held in 1998 and 2003.', [date('1998', 8), date('2003', 17)]).map((e) => e.text)).toEqual(['1998 and 2003']);
    expect(joinedDates('Sung in the 1880s and 1890s.', [date('1880s', 12), date('1890s', 22)]).map((e) => e.text)).toEqual([
      '1880s and 1890s',
    ]);
  });

  it('is not asked for by a question on one decade or month, and hides its joining words from the name test', () => {
    expect(twoDatesAnswer('In which decade did the Tolvik mill grow?')).toBe(false);
    expect(twoDatesAnswer('When did the Tolvik mill grow?')).toBe(true);
    expect(rangeDates('between the 1820s and the 1850s')).toBe('1820s 1850s');
    expect(rangeDates('the Tolvik fair')).toBeUndefined();
  });
});

describe('a when-question answered by two dates told together', () => {
  const story = oneArticleStory('mill', 'Mill', 'The Tolvik mill and the Brask dock grew fast between the 1840s and the 1860s.');

  it('answers with both, though the question writes "the" and "and"', () => {
    expect(answerQuestion(story, 'When did the Tolvik mill and the Brask dock grow fast?').answer?.text).toBe(
      'between the 1840s and the 1860s',
    );
  });
});

describe('a one-year question on the beginning or the end of a lifespan', () => {
  const story = oneArticleStory('painter', 'Painter', 'Ada Vell (2 May 1901 – 3 June 1980) was a painter from Tolvik.');

  it('answers with the year of the half asked', () => {
    expect(answerQuestion(story, 'In what year was Ada Vell born?').answer?.text).toBe('1901');
    expect(answerQuestion(story, 'What year did Ada Vell die?').answer?.text).toBe('1980');
  });
});

describe('yearHalvesDated', () => {
  const cardinal = (text: string, start: number) => ({ type: 'CARDINAL' as const, text, start, end: start + text.length });
  const date = (text: string, start: number) => ({ type: 'DATE' as const, text, start, end: start + text.length });
  const tokens = (text: string) => tagSentence(text).tokens;

  it('types as dates the numbers of a range of years the tagger read half or whole as numbers', () => {
    const text = 'Reeds grew there between 1100 and 1700, and again about 1961 thru 1975.';
    const out = yearHalvesDated({ text, tokens: tokens(text) }, [
      cardinal('1100', 25),
      date('1700', 34),
      cardinal('about 1961', 50),
      cardinal('1975', 66),
    ]);
    expect(out.map((e) => `${e.type} ${e.text}`)).toEqual(['DATE 1100', 'DATE 1700', 'DATE about 1961', 'DATE 1975']);
  });

  it('leaves numbers counting a noun, falling, or joined by other words alone', () => {
    const counted = 'They hired 1200 to 1500 pickers.';
    const pickers = [cardinal('1200', 11), cardinal('1500', 19)];
    expect(yearHalvesDated({ text: counted, tokens: tokens(counted) }, pickers)).toEqual(pickers);
    const falling = 'It slid from 1990 to 1900.';
    const slid = [cardinal('1990', 13), date('1900', 21)];
    expect(yearHalvesDated({ text: falling, tokens: tokens(falling) }, slid)).toEqual(slid);
    const other = 'It held 1100 or 1700.';
    const held = [cardinal('1100', 8), date('1700', 16)];
    expect(yearHalvesDated({ text: other, tokens: tokens(other) }, held)).toEqual(held);
  });
});

describe('a when-question on a range of years the tagger read as numbers', () => {
  const story = oneArticleStory(
    'reeds',
    'Reeds',
    'Between about 1961 and 1975, most of the Quellin marsh reeds were cut or burned. ' +
      'The Varrow reed fair ran 1982 thru 1989 in the old barn.',
  );

  it('answers with the whole range, joined by "and" after "between" or by "thru"', () => {
    expect(answerQuestion(story, 'When were most of the Quellin marsh reeds cut?').answer?.text).toBe('Between about 1961 and 1975');
    expect(answerQuestion(story, 'When did the Varrow reed fair run?').answer?.text).toBe('1982 thru 1989');
  });

  it('answers a question asking a range of years with the range', () => {
    expect(answerQuestion(story, 'What range of years saw the Quellin marsh reeds cut?').answer?.text).toBe('Between about 1961 and 1975');
  });
});

describe('yearRanges on a year and the next written short', () => {
  it('makes one date of "1874-75", but not of a month or a day', () => {
    expect(yearRanges('Held over 1874-75 at Tarn.', []).map((e) => e.text)).toEqual(['1874-75']);
    expect(yearRanges('Held in 2010-04 at Tarn.', [])).toEqual([]);
    expect(yearRanges('Held on 2010-11-05 at Tarn.', [])).toEqual([]);
  });
});

describe('yearRanges on years joined by a slash', () => {
  it('makes one date of "1863/1864" and "2031/32", as of a dash, but not of a fall, a month or a day', () => {
    expect(yearRanges('Sown over 1863/1864 at Tarn.', []).map((e) => e.text)).toEqual(['1863/1864']);
    expect(yearRanges('Sown in the 2031/32 season at Tarn.', []).map((e) => e.text)).toEqual(['2031/32']);
    expect(yearRanges('Sown in 1864/1863 at Tarn.', [])).toEqual([]);
    expect(yearRanges('Sown in 2031/04 at Tarn.', [])).toEqual([]);
    expect(yearRanges('Sown on 2031/11/05 at Tarn.', [])).toEqual([]);
  });
});
