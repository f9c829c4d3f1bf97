import { describe, expect, it } from 'vitest';
import { adjectiveSeriesLinks } from '../../src/answer/adjectiveSeries.js';
import type { Token } from '../../src/nlp/entities.js';

/** Tokens from "word/POS" pairs, one space apart. */
function tokensOf(tagged: string): Token[] {
  let at = 0;
  return tagged.split(' ').map((pair) => {
    const [text, pos] = pair.split('/') as [string, string];
    const t = { text, start: at, end: at + text.length, pos };
    at = t.end + 1;
    return t;
  });
}

/** The texts of the tokens marked as joining a series. */
function linked(tagged: string): string[] {
  const tokens = tokensOf(tagged);
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
