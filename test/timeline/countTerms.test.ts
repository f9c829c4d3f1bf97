import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/search/terms.js';
import { countTerm } from '../../src/timeline/countTerms.js';
import { refs, timelineOf } from './timelineOf.js';

describe('countTerm', () => {
  it('reads a count word as its digits and leaves other terms', () => {
    expect(countTerm(termOf('three')!)).toBe('3');
    expect(countTerm(termOf('twelve')!)).toBe('12');
    expect(countTerm(termOf('one')!)).toBe(termOf('one'));
    expect(countTerm(termOf('ships')!)).toBe(termOf('ships'));
  });
});

// Monday is 12 May 2031.
describe('one event whose count two articles write differently', () => {
  it('is one entry when one writes the count in words and the other in digits', () => {
    const events = timelineOf(
      ['a', 'Rescuers pulled three miners from the shaft on Monday.', '2031-05-14'],
      ['b', 'On Monday 3 miners were brought out alive, a rescuer said.', '2031-05-14'],
    );
    expect(events.map(refs)).toEqual([['a:1', 'b:1']]);
  });
});
