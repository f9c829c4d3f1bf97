import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/search/terms.js';
import { countTerm, dozenCounts } from '../../src/timeline/countTerms.js';
import { tagSentence } from '../../src/nlp/entities.js';
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

describe('dozenCounts', () => {
  const counts = (text: string) => {
    const s = tagSentence(text);
    return dozenCounts(s.tokens, 0, text.length).map((c) => c.term);
  };
  it('reads "a dozen", "half a dozen" and a count of dozens as digits, and "dozens" as no count', () => {
    expect(counts('Hail broke a dozen windows.')).toEqual(['12']);
    expect(counts('Half a dozen boats sank.')).toEqual(['6']);
    expect(counts('They planted two dozen oaks and 3 dozen elms.')).toEqual(['24', '36']);
    expect(counts('Dozens of boats sank.')).toEqual([]);
  });
});

describe('one event whose count one article writes in dozens', () => {
  it('is one entry with the report that writes its digits', () => {
    const events = timelineOf(
      ['a', 'Storms flooded a dozen homes in Pellworth on Monday.', '2031-05-14'],
      ['b', 'Twelve houses in Pellworth were flooded by heavy rain on Monday.', '2031-05-15'],
    );
    expect(events.map(refs)).toEqual([['a:1', 'b:1']]);
  });
});
