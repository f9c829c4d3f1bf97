import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { asksDay, asksYear, namesDay, ofAskedDay, ofAskedYear } from '../../src/answer/dayAsked.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const storyOf = (body: string) => oneArticleStory('one', 'One', body);

describe('a day asked by "date" or "day"', () => {
  it('reads the noun that asks a day, not a day of the week asked by its part', () => {
    expect(asksDay('On what date did the Velmian ferry sink?')).toBe('date');
    expect(asksDay('What was the date of the first Velmian fair?')).toBe('date');
    expect(asksDay('What was the wedding date?')).toBe('date');
    expect(asksDay('What day did the crew return to Fort Mirela?')).toBe('day');
    expect(asksDay('What day of the week is the market held?')).toBeUndefined();
    expect(asksDay('When did Orla Tellin die?')).toBeUndefined();
  });
  it('counts a day of a month or a feast as a day, a weekday only where "day" asks it', () => {
    expect(namesDay('9 October 1604', 'date')).toBe(true);
    expect(namesDay('Christmas Eve', 'date')).toBe(true);
    expect(namesDay('Tuesday', 'date')).toBe(false);
    expect(namesDay('Tuesday', 'day')).toBe(true);
    expect(namesDay('October 1604', 'date')).toBe(false);
    expect(namesDay('4:10 a.m.', 'day')).toBe(false);
  });
  it('leaves out the hour, the weekday and the year where a day of a month is offered', () => {
    const c = (type: string, text: string) => ({ type, text });
    const list = [c('TIME', '4:10 a.m.'), c('DATE', 'Saturday'), c('DATE', '1604'), c('DATE', '9 October 1604')];
    const kept = ofAskedDay(
      list,
      'date',
      (x) => x.type,
      (x) => x.text,
    ).map((x) => x.text);
    expect(kept).toEqual(['9 October 1604']);
    const hours = [c('TIME', '4:10 a.m.'), c('DATE', '1604')];
    expect(
      ofAskedDay(
        hours,
        'date',
        (x) => x.type,
        (x) => x.text,
      ),
    ).toBe(hours);
  });
  it('answers "on what date" with the day of the month, not the hour of the same telling', () => {
    const story = storyOf(
      'Orla Tellin sailed from Fort Mirela in the spring of 1604. She drowned there at 4:10 a.m. on 9 October 1604, during a gale.',
    );
    expect(answerQuestion(story, 'On what date did Orla Tellin drown?').answer?.text).toBe('9 October 1604');
  });
  it("keeps the day of the month over the hour the question's verb governs, whatever the subject", () => {
    const story = storyOf(
      'The Velmian ferry left Fort Mirela in the autumn of 1604. It sank off the harbour wall at 4:10 a.m. on 9 October 1604, in a gale.',
    );
    expect(answerQuestion(story, 'On what date did the Velmian ferry sink?').answer?.text).toBe('9 October 1604');
  });
});

describe('a year asked by "year"', () => {
  it('reads the noun that asks a year', () => {
    expect(asksYear('In what year was the west gallery added?')).toBe(true);
    expect(asksYear('Which year did the ferry sink?')).toBe(true);
    expect(asksYear('When was the west gallery added?')).toBe(false);
  });
  it('leaves out a century, a weekday and an hour where a year is offered', () => {
    const c = (type: string, text: string) => ({ type, text });
    const list = [
      c('DATE', '14th century'),
      c('DATE', 'Tuesday'),
      c('TIME', '4:10 a.m.'),
      c('DATE', '9 October 1604'),
      c('DATE', 'the 1720s'),
    ];
    const kept = ofAskedYear(
      list,
      (x) => x.type,
      (x) => x.text,
    ).map((x) => x.text);
    expect(kept).toEqual(['9 October 1604', 'the 1720s']);
    const none = [c('DATE', '14th century'), c('CARDINAL', '40')];
    expect(
      ofAskedYear(
        none,
        (x) => x.type,
        (x) => x.text,
      ),
    ).toBe(none);
  });
  it('answers "what year" with the year, not the century of the same sentence', () => {
    const story = storyOf('The Orrin tollhouse was first raised in the 9th century, though its final rebuilding came in 1688.');
    expect(answerQuestion(story, 'In what year was the final rebuilding of the Orrin tollhouse?').answer?.text).toBe('1688');
  });
});
