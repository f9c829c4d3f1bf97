import { describe, expect, it } from 'vitest';
import { answerSegments, answerText, corroboration, shortDate, sourceLabel } from '../../src/present/answerText.js';

describe('answerText', () => {
  it('places a relative date on the calendar, unless the answer already says the year', () => {
    expect(answerText({ text: 'Tuesday', type: 'DATE', date: { date: '2031-04-08', precision: 'day', label: 'Tue 8 Apr 2031' } })).toBe(
      'Tuesday (Tue 8 Apr 2031)',
    );
    expect(
      answerText({ text: 'Tuesday, 8 April 2031', type: 'DATE', date: { date: '2031-04-08', precision: 'day', label: 'Tue 8 Apr 2031' } }),
    ).toBe('Tuesday, 8 April 2031');
    expect(answerText({ text: 'Ada Lind', type: 'PERSON' })).toBe('Ada Lind');
  });
});

describe('compact citations', () => {
  it('name the publisher and the date, or a short headline when there is no publisher', () => {
    expect(sourceLabel({ source: 'Wire', title: 'A long headline', published: '2031-04-09', url: 'https://x.example/a' })).toEqual({
      name: 'Wire',
      isTitle: false,
      date: '9 Apr 2031',
      url: 'https://x.example/a',
    });
    expect(sourceLabel({ title: 'Harbour board votes to close the old grain terminal after years of losses' }).name).toBe(
      'Harbour board votes to close the…',
    );
    expect(shortDate('2031-04')).toBe('Apr 2031');
    expect(shortDate('sometime')).toBe('sometime');
  });

  it('name other outlets only when they differ, else count the reports', () => {
    expect(corroboration({ source: 'Wire', alsoIn: [] })).toBe('');
    expect(corroboration({ source: 'Wire', alsoIn: [{ source: 'Wire' }] })).toBe('and 1 more report');
    expect(corroboration({ source: 'Wire', alsoIn: [{ source: 'Wire' }, {}] })).toBe('and 2 more reports');
    expect(corroboration({ source: 'Wire', alsoIn: [{ source: 'Paper' }, { source: 'Wire' }] })).toBe('also Paper and 1 more');
    expect(corroboration({ alsoIn: [{ source: 'A' }, { source: 'B' }, { source: 'C' }, { source: 'D' }] })).toBe('also A, B, C and 1 more');
  });
});

describe('answerSegments', () => {
  it('marks the short answer inside its sentence, case-insensitively, once', () => {
    expect(answerSegments('The board met in Rotterdam, not rotterdam.', 'rotterdam')).toEqual([
      { text: 'The board met in ', answer: false },
      { text: 'Rotterdam', answer: true },
      { text: ', not rotterdam.', answer: false },
    ]);
    expect(answerSegments('Nothing here.', 'Lisbon')).toEqual([{ text: 'Nothing here.', answer: false }]);
  });

  it('marks only a whole-word occurrence, never a piece of a longer word or figure', () => {
    expect(answerSegments('In 2010 the fund lost 10 of its members.', '10')).toEqual([
      { text: 'In 2010 the fund lost ', answer: false },
      { text: '10', answer: true },
      { text: ' of its members.', answer: false },
    ]);
    expect(answerSegments('The Annual meeting was short.', 'Ann')).toEqual([{ text: 'The Annual meeting was short.', answer: false }]);
    expect(answerSegments('It cost $5m, they said.', '$5m')).toEqual([
      { text: 'It cost ', answer: false },
      { text: '$5m', answer: true },
      { text: ', they said.', answer: false },
    ]);
  });
});
