import { describe, expect, it } from 'vitest';
import { innerPreposition } from '../../src/answer/askedPreposition.js';

describe('innerPreposition', () => {
  it('reads the preposition before the question word of a question written as a statement', () => {
    expect(innerPreposition('The Ostwick pier was built by what firm?')).toBe('by');
    expect(innerPreposition('Marla Quent sailed to Drelby in which year?')).toBe('in');
    expect(innerPreposition('Newborn lambs have no exposure to what?')).toBe('to');
  });

  it('leaves a question opening with its question word, and a statement without one, alone', () => {
    expect(innerPreposition('What was the Ostwick pier built by?')).toBeUndefined();
    expect(innerPreposition('Which town is the pier in which the ferry docks?')).toBeUndefined();
    expect(innerPreposition('The pier was built by Quent and Sons?')).toBeUndefined();
  });
});
