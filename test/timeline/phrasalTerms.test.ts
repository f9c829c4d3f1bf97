import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/search/terms.js';
import { phrasalNounTerm, phrasalTerms } from '../../src/timeline/phrasalTerms.js';
import { refs, timelineOf } from './timelineOf.js';

describe('phrasalNounTerm', () => {
  it('gives the noun WordNet derives from a phrasal verb', () => {
    expect(phrasalNounTerm('walk_out')).toBe(termOf('walkout'));
    expect(phrasalNounTerm('lay_off')).toBe(termOf('layoff'));
  });

  it('gives nothing for a verb and particle with no such noun', () => {
    expect(phrasalNounTerm('turn_out')).toBeUndefined();
  });
});

describe('phrasalTerms', () => {
  it('reads a verb followed by its particle in the span, and nothing outside it', () => {
    const tokens = [
      { text: 'Crews', start: 0, end: 5, pos: 'NOUN' },
      { text: 'walked', start: 6, end: 12, pos: 'VERB', lemma: 'walk' },
      { text: 'out', start: 13, end: 16, pos: 'ADP' },
    ];
    expect(phrasalTerms(tokens, 0, 16).map((p) => [p.lemma, p.term])).toEqual([['walk_out', termOf('walkout')]]);
    expect(phrasalTerms(tokens, 0, 12)).toEqual([]);
  });
});

// Monday is 12 May 2031.
describe('one event told by a phrasal verb in one article and by its noun in another', () => {
  it('is one entry ("laid off staff" and "the layoffs")', () => {
    const events = timelineOf(
      ['a', 'Harlow Dairy laid off staff at Pellworth on Monday, its owner said.', '2031-05-13'],
      ['b', 'The Pellworth layoffs on Monday surprised the town.', '2031-05-14'],
    );
    expect(events.map(refs)).toEqual([['a:1', 'b:1']]);
  });
});

describe('one event told by a phrasal verb without a noun in one article and by a verb of its meaning in another', () => {
  it('is one entry ("stepped down" means "resigned")', () => {
    const events = timelineOf(
      ['a', 'Clara Voss resigned on Friday.', '2031-05-17'],
      ['b', 'Clara Voss stepped down on Friday, citing ill health.', '2031-05-18'],
    );
    expect(events.map(refs)).toEqual([['a:1', 'b:1']]);
  });
});
