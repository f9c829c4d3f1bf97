import { describe, expect, it } from 'vitest';
import { taggedTokens } from '../fixtures/taggedTokens.js';
import { adjectiveSeriesLinks } from '../../src/answer/adjectiveSeries.js';

/** The texts of the tokens marked as joining a series. */
function linked(tagged: string): string[] {
  const tokens = taggedTokens(tagged);
  const links = adjectiveSeriesLinks(tokens);
  return tokens.flatMap((t, k) => (links[k] === 1 ? [`${k}:${t.text}`] : []));
}

describe('adjectiveSeriesLinks', () => {
  it('joins adjectives that share the noun after them', () => {
    expect(linked('The/DET river/NOUN brought/VERB rich/ADJ and/CCONJ lasting/ADJ harvests/NOUN')).toEqual(['4:and']);
  });

  it('joins a series of commas closed by ", and"', () => {
    expect(linked('He/PRON fostered/VERB naval/ADJ ,/PUNCT civic/ADJ ,/PUNCT and/CCONJ musical/ADJ trades/NOUN')).toEqual([
      '3:,',
      '5:,',
      '6:and',
    ]);
  });

  it('leaves adjectives no noun follows, and commas no "and" closes', () => {
    expect(linked('The/DET road/NOUN was/AUX steep/ADJ ,/PUNCT narrow/ADJ and/CCONJ wet/ADJ ./PUNCT')).toEqual([]);
    expect(linked('They/PRON sold/VERB cheap/ADJ ,/PUNCT warm/ADJ coats/NOUN')).toEqual([]);
  });
});
