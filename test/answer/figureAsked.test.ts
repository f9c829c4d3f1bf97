import { describe, expect, it } from 'vitest';
import { figureUnanswered } from '../../src/answer/figureAsked.js';

describe('figureUnanswered', () => {
  it('holds when a figure is asked by its noun and the answer writes none', () => {
    expect(figureUnanswered("What was the Orvel pier's toll rate in 1990?", 'harbour board')).toBe(true);
    expect(figureUnanswered('What is the highest recorded temperature in Tesk?', 'heat wave')).toBe(true);
    expect(figureUnanswered('What was the age difference between the two rowers?', 'crews')).toBe(true);
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
    expect(figureUnanswered('What is the distribution of income tied to?', 'trade')).toBe(false);
    expect(figureUnanswered('What is income inequality in Tesk blamed on?', 'taxes')).toBe(false);
    expect(figureUnanswered("What is a barge's speed proportional to on the canal?", 'its load')).toBe(false);
    expect(figureUnanswered('Which river is longest?', 'the Tesk')).toBe(false);
  });
});
