import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/nlp/entities.js';

const numbers = (s: string) =>
  tagSentence(s)
    .entities.filter((e) => e.type === 'CARDINAL' || e.type === 'ORDINAL')
    .map((e) => [e.type, e.text]);

describe('a number after "number" or "No."', () => {
  it('is a rank, not a count', () => {
    expect(numbers('Korvel, the world number three, was beaten.')).toEqual([['ORDINAL', 'number three']]);
    expect(numbers('The song reached number 2 on the chart.')).toEqual([['ORDINAL', 'number 2']]);
    expect(numbers('The No. 4 seed lost on Monday.')).toEqual([['ORDINAL', 'No. 4']]);
  });

  it('stays a number after a common noun that makes a label of it, or after "no"', () => {
    expect(numbers('Oxygen has atomic number 8.')).toEqual([['CARDINAL', '8']]);
    expect(numbers('There were no 5 cases.')).toEqual([['CARDINAL', '5']]);
  });
});
