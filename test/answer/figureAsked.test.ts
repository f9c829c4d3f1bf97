import { describe, expect, it } from 'vitest';
import { bareFigureUnheld, calendarUnanswered, dateUnasked, figureUnanswered } from '../../src/answer/figureAsked.js';

describe('figureUnanswered', () => {
  it('holds when a figure is asked by its noun and the answer writes none', () => {
    expect(figureUnanswered("What was the Orvel pier's toll rate in 1990?", 'harbour board')).toBe(true);
    expect(figureUnanswered('What is the hottest measured temperature in Tesk?', 'heat wave')).toBe(true);
    expect(figureUnanswered('What was the height difference between the two towers?', 'crews')).toBe(true);
    expect(figureUnanswered('What is the number of ferries on the lake?', 'first')).toBe(true);
    expect(figureUnanswered('At what time did the Brisko choir sing?', 'concert hall')).toBe(true);
  });
  it('does not hold when the answer writes a figure, a number word or a time of day', () => {
    expect(figureUnanswered("What was the Orvel pier's toll rate in 1990?", '4%')).toBe(false);
    expect(figureUnanswered('What is the number of ferries on the lake?', 'twelve')).toBe(false);
    expect(figureUnanswered('At what time did the Brisko choir sing?', 'noon')).toBe(false);
  });
  it('does not hold when the figure noun is no head of the phrase asked, or its complement is asked', () => {
    expect(figureUnanswered('What is the name of the toll area?', 'Orvel Reach')).toBe(false);
    expect(figureUnanswered('What is the spread of income tied to?', 'trade')).toBe(false);
    expect(figureUnanswered('What is wage inequality in Tesk blamed on?', 'taxes')).toBe(false);
    expect(figureUnanswered("What is a barge's speed proportional to on the canal?", 'its load')).toBe(false);
    expect(figureUnanswered('Which river is longest?', 'the Tesk')).toBe(false);
  });
});

describe('figureUnanswered: a total, how long', () => {
  it('holds when "the total" of something is asked and the answer writes no figure', () => {
    expect(figureUnanswered('What was the total Orvel guild membership?', 'Harbour Council')).toBe(true);
    expect(figureUnanswered('By the 1990 count, what was the total guild membership?', 'Harbour Council')).toBe(true);
    expect(figureUnanswered('What was the total Orvel guild membership?', '3,400')).toBe(false);
    expect(figureUnanswered('What was the Orvel guild membership known as?', 'Harbour Council')).toBe(false);
  });
  it('holds when how long is asked and the answer writes neither a figure nor a stretch of time', () => {
    expect(figureUnanswered('Pier passes are issued for how long?', 'ferry crews')).toBe(true);
    expect(figureUnanswered('How long was the Tesk pier shut?', 'the harbour board')).toBe(true);
    expect(figureUnanswered('How long was the Tesk pier shut?', 'several weeks')).toBe(false);
    expect(figureUnanswered('How long was the Tesk pier shut?', 'a fortnight')).toBe(false);
    expect(figureUnanswered('How long was the Tesk pier shut?', 'until Friday')).toBe(false);
    expect(figureUnanswered('How long was the Tesk pier shut?', '40 days')).toBe(false);
  });
  it('holds when how long is asked by a verb of its own and the answer is a bare figure, with no unit nor year', () => {
    expect(figureUnanswered('How long did the siege of Orsk last?', 'eight')).toBe(true);
    expect(figureUnanswered('How long will the Tesk pier works take?', 'about 1,200')).toBe(true);
    expect(figureUnanswered('How long has the Velden mill stood empty?', '12 to 19')).toBe(true);
    expect(figureUnanswered('How long did the siege of Orsk last?', 'four weeks')).toBe(false);
    expect(figureUnanswered('How long did the siege of Orsk last?', 'from 1904 to 1911')).toBe(false);
    expect(figureUnanswered('How long does the Tolly mill race run along the quay?', '300 yards')).toBe(false);
    // A count answers how long a run of wins is: no verb of its own.
    expect(figureUnanswered("How long is the Velden crew's unbeaten run?", '17')).toBe(false);
  });
});

describe('calendarUnanswered', () => {
  it('holds when a year, a month, a weekday, a decade or a century is asked by its noun and the answer gives none', () => {
    expect(calendarUnanswered('In what year did the mill open?', 'September 29')).toBe(true);
    expect(calendarUnanswered('What year was the regatta first rowed?', 'night')).toBe(true);
    expect(calendarUnanswered('What day of the week is the market held?', '3 May 1921')).toBe(true);
    expect(calendarUnanswered('Which month did the ferry stop?', 'second')).toBe(true);
    expect(calendarUnanswered('In what decade was the bridge built?', 'the town council')).toBe(true);
    expect(calendarUnanswered('Which century saw the abbey burn?', 'the monks')).toBe(true);
  });
  it('does not when the answer gives it, or when no calendar part is asked', () => {
    expect(calendarUnanswered('In what year did the mill open?', '1887')).toBe(false);
    expect(calendarUnanswered('In what year did the mill open?', 'the following year')).toBe(false);
    expect(calendarUnanswered('What day of the week is the market held?', 'Thursdays')).toBe(false);
    expect(calendarUnanswered('Which month did the ferry stop?', 'in March')).toBe(false);
    expect(calendarUnanswered('In what decade was the bridge built?', 'the 1920s')).toBe(false);
    expect(calendarUnanswered('Which century saw the abbey burn?', 'the 12th')).toBe(false);
    expect(calendarUnanswered('In what century did the abbey burn?', 'nineteenth')).toBe(false);
    expect(calendarUnanswered('In what century did the abbey burn?', 'the thirteenth')).toBe(false);
    expect(calendarUnanswered('In what year did the abbey burn?', 'the 2nd century')).toBe(false);
    expect(calendarUnanswered('From what period are the tiles?', 'the late Roman')).toBe(false);
    expect(calendarUnanswered('When did the mill open?', 'night')).toBe(false);
  });
});

describe('dateUnasked', () => {
  it('holds when a question asking no time is answered by a date alone', () => {
    expect(dateUnasked('What was the merged ferry line known as?', 'March 18')).toBe(true);
    expect(dateUnasked('What kind of council does Tesk have?', 'January 2003')).toBe(true);
    expect(dateUnasked('What spoiled the choir’s plan to sail?', '5 June')).toBe(true);
    expect(dateUnasked('What was the name of the Orvel regatta exhibition?', '1965')).toBe(true);
    expect(dateUnasked('What did the rowers study?', '1249–1314')).toBe(true);
    expect(dateUnasked('What troubled the mayor?', 'December')).toBe(true);
  });
  it('does not hold when the question asks a time, or the answer is more than a date', () => {
    expect(dateUnasked('What was the last year the ferry ran at night?', '1965')).toBe(false);
    expect(dateUnasked('Over what dates did the wool fair run?', 'May 2006')).toBe(false);
    expect(dateUnasked('When did the pier reopen?', 'March 18')).toBe(false);
    expect(dateUnasked('What was the merged ferry line known as?', 'Orvel Lines 2000')).toBe(false);
    expect(dateUnasked('What did the rowers win?', '12 medals')).toBe(false);
    expect(dateUnasked('What did the rowers win?', 'the March cup')).toBe(false);
  });
});

describe('bareFigureUnheld', () => {
  it('holds for how long X is answered by a bare figure from a sentence that names no word of X', () => {
    expect(bareFigureUnheld('How long was the Tolly regatta?', '29', '29 Ivo Brandt (Velden)')).toBe(true);
    expect(bareFigureUnheld("How long was Brandt's race against Vell?", 'four', 'Brandt, seeded four, opens against Vell.')).toBe(true);
  });
  it('does not hold when the sentence names what is asked, or the answer writes a unit', () => {
    expect(bareFigureUnheld("How long is the crew's winning run?", '12', 'The crew extended its winning run to 12.')).toBe(false);
    expect(bareFigureUnheld('How long was the Tolly regatta?', 'four days', 'It lasted four days.')).toBe(false);
  });
  it('does not hold for a question asking no common noun or by a verb of its own', () => {
    expect(bareFigureUnheld('How long is it?', '12', 'Ivo Brandt won 12.')).toBe(false);
    expect(bareFigureUnheld('How long did the regatta last?', '29', '29 Ivo Brandt (Velden)')).toBe(false);
  });
});
