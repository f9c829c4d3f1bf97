import { describe, expect, it } from 'vitest';
import { termOf } from '../../src/search/terms.js';
import { relatedTerms } from '../../src/timeline/eventTerms.js';
import { phrasalLemmaOfNoun, phrasalNounTerm, phrasalTerms } from '../../src/timeline/phrasalTerms.js';
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

describe('phrasalLemmaOfNoun', () => {
  it('gives the phrasal verb a one-word noun is derived from', () => {
    expect(phrasalLemmaOfNoun('walkout')).toBe('walk_out');
    expect(phrasalLemmaOfNoun('shutdown')).toBe('shut_down');
  });

  it('gives nothing for a noun that only ends like a particle, or a particle alone', () => {
    expect(phrasalLemmaOfNoun('handout')).toBeUndefined();
    expect(phrasalLemmaOfNoun('strike')).toBeUndefined();
    expect(phrasalLemmaOfNoun('out')).toBeUndefined();
  });

  it("lends the noun its phrasal verb's related words", () => {
    expect(relatedTerms('walkout', undefined)).toContain(termOf('strike'));
    expect(relatedTerms('walkouts', undefined)).toContain(termOf('strike'));
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

describe('one event told by the noun of a phrasal verb in one article and by a word of its meaning in another', () => {
  /** Earlier news of the port, so that its name and its docks are common words of the story. */
  const background: [string, string, string] = [
    'z',
    'The Pellworth docks have been busy all year. The port authority runs the docks. Shipping firms in Pellworth say trade is up.',
    '2031-05-01',
  ];
  const walkout: [string, string, string] = ['a', 'The walkout at Pellworth began on Monday.', '2031-05-14'];
  const strike: [string, string, string] = ['b', 'Dockers at Pellworth went on strike on Monday.', '2031-05-15'];
  const monday = (...list: [string, string, string][]) =>
    timelineOf(background, ...list)
      .filter((e) => e.date === '2031-05-12')
      .map(refs);

  it('is one entry whichever article comes first ("the walkout" and "went on strike")', () => {
    expect(monday(walkout, strike)).toEqual([['a:1', 'b:1']]);
    expect(monday(strike, walkout)).toEqual([['b:1', 'a:1']]);
  });

  it('stays two beside another dispute of that day', () => {
    const lockout: [string, string, string] = ['b', 'Port owners at Pellworth locked out crane drivers on Monday.', '2031-05-15'];
    expect(monday(walkout, lockout)).toEqual([['a:1'], ['b:1']]);
  });
});
