import { describe, expect, it } from 'vitest';
import { taggedDates as dates } from './taggedDates.js';

describe('a month and its day written as a word', () => {
  it('is one date mention, "May" too', () => {
    expect(dates('The letter named June nine as the deadline.')).toEqual(['June nine']);
    expect(dates('The vote is set for May one, officials said.')).toEqual(['May one']);
    expect(dates('The board met on March twenty-first and on March 20.')).toEqual(['March twenty-first', 'March 20']);
  });

  it('leaves a count after a month, the verb "May" and a surname alone', () => {
    expect(dates('In May eight people died.')).not.toContain('May eight');
    expect(dates('In June one of the plants closed.')).not.toContain('June one');
    expect(dates('May one ask why Lena May left?')).toEqual([]);
  });
});
