import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { asksDay, namesDay, ofAskedDay } from '../../src/answer/dayAsked.js';
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
  it('keeps the day of the month over the hour the question\'s verb governs, whatever the subject', () => {
    const story = storyOf(
      'The Velmian ferry left Fort Mirela in the autumn of 1604. It sank off the harbour wall at 4:10 a.m. on 9 October 1604, in a gale.',
    );
    expect(answerQuestion(story, 'On what date did the Velmian ferry sink?').answer?.text).toBe('9 October 1604');
  });
});
