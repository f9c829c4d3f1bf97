import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/nlp/entities.js';

const runs = (s: string) => tagSentence(s).names.map((n) => n.text);

describe('a name with a middle initial', () => {
  it('runs on to the surname after the initial, whatever the tagger reads it as', () => {
    // wink tags these surnames as verbs.
    const tagged = tagSentence('The survey was led by Pell H. Mends, a partner of the firm.').tokens;
    expect(tagged.find((t) => t.text === 'Mends')?.pos).toBe('VERB');
    expect(runs('The survey was led by Pell H. Mends, a partner of the firm.')).toEqual(['Pell H. Mends']);
    expect(runs('The dean, Orvil F. Peck, met the board.')).toEqual(['Orvil F. Peck']);
  });

  it('keeps the given name before the initial, though the lexicon knows it as a person', () => {
    expect(runs('The hall was overseen by Lorenz P. Vandermeer, a member of the old guild.')).toEqual(['Lorenz P. Vandermeer']);
  });

  it('still takes a demonym off the front of a name without an initial', () => {
    expect(runs('Swede Lars Ekvall won the race.')).toEqual(['Lars Ekvall']);
  });
});
