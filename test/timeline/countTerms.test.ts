import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/search/terms.js';
import { countsInWords, countTerm } from '../../src/timeline/countTerms.js';
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

describe('countsInWords', () => {
  const counts = (text: string) => {
    const s = tagSentence(text);
    return countsInWords(s.tokens, 0, text.length).map((c) => c.term);
  };
  it('reads "a dozen", "half a dozen" and a count of dozens as digits, and "dozens" as no count', () => {
    expect(counts('Hail broke a dozen windows.')).toEqual(['12']);
    expect(counts('Half a dozen boats sank.')).toEqual(['6']);
    expect(counts('They planted two dozen oaks and 3 dozen elms.')).toEqual(['24', '36']);
    expect(counts('Dozens of boats sank.')).toEqual([]);
  });

  it('reads tens and units, hundreds and thousands written in words as digits', () => {
    expect(counts('Forty-two boats and a hundred nets were lost.')).toEqual(['42', '100']);
    expect(counts('Three hundred and fifty sheep grazed beside six thousand geese.')).toEqual(['350', '6000']);
    expect(counts('Sixty crates arrived.')).toEqual(['60']);
  });

  it('leaves a one-word count countTerm reads, a count before a million, hundreds and a number inside a word', () => {
    expect(counts('Three boats and one raft sank.')).toEqual([]);
    expect(counts('The fund holds two hundred million crowns in the hundreds of accounts.')).toEqual([]);
    expect(counts('A three-year plan began.')).toEqual([]);
  });

  it('reads a count opening with a capital or a lower-case letter alike, and none after other words', () => {
    expect(counts('A dozen kites flew. Eleven dozen eggs broke. Ninety-one geese left.')).toEqual(['12', '132', '91']);
    expect(counts('Quayside cranes lifted Zephyr crates.')).toEqual([]);
  });

  it('gives the terms each count replaces', () => {
    const text = 'Half a dozen boats sank.';
    expect(countsInWords(tagSentence(text).tokens, 0, text.length)[0]?.words).toEqual([termOf('half'), termOf('dozen')]);
  });
});

describe('one event whose count one article writes in several words and another in digits', () => {
  it('is one entry ("Twenty-five" and "25", "Two hundred" and "200")', () => {
    const trapped = timelineOf(
      ['a', 'Twenty-five miners were trapped at the Dunmore pit on Monday.', '2031-05-14'],
      ['b', 'A rockfall on Monday left 25 miners underground in Dunmore.', '2031-05-15'],
    );
    expect(trapped.map(refs)).toEqual([['a:1', 'b:1']]);
    const jobs = timelineOf(
      ['a', 'Two hundred workers lost their jobs at Harlow Dairy on Monday.', '2031-05-14'],
      ['b', 'Harlow Dairy cut 200 jobs on Monday, blaming weak sales.', '2031-05-15'],
    );
    expect(jobs.map(refs)).toEqual([['a:1', 'b:1']]);
  });

  it('stays two when the other report gives another figure', () => {
    const events = timelineOf(
      ['a', 'Two hundred workers lost their jobs at Harlow Dairy on Monday.', '2031-05-14'],
      ['b', 'Harlow Dairy hired 300 drivers on Monday, citing strong sales.', '2031-05-15'],
    );
    expect(events.map(refs)).toEqual([['a:1'], ['b:1']]);
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
