import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/nlp/entities.js';
import { connectorsAt, onlyCalendarNames, particleByShape, surnameParticlesBefore } from '../../src/nlp/nameRunWords.js';

/** Tokens of words split on spaces (only their text is read). */
function tokensOf(words: string): Token[] {
  let at = 0;
  return words.split(' ').map((text) => {
    const token: Token = { text, start: at, end: at + text.length, pos: 'X' };
    at += text.length + 1;
    return token;
  });
}

describe('connectorsAt', () => {
  it('counts a person’s two particles in a row, and a place’s particle before a person’s', () => {
    expect(connectorsAt(tokensOf('Jan van der Meulen'), 1)).toBe(2);
    expect(connectorsAt(tokensOf('Alp aan de Tarn'), 1)).toBe(2);
    expect(connectorsAt(tokensOf('Omar al - Tarni'), 1)).toBe(2);
  });

  it('counts one connector where the next is no particle ("of the" ends a name)', () => {
    expect(connectorsAt(tokensOf('Bank of Orsk'), 1)).toBe(1);
    expect(connectorsAt(tokensOf('Aldo of the Tarn Isles'), 1)).toBe(1);
    expect(connectorsAt(tokensOf('Ivo Brandt said'), 1)).toBe(0);
  });
});

describe('onlyCalendarNames', () => {
  it('holds a run of days and months, and no run with another word', () => {
    expect(onlyCalendarNames('Sundays')).toBe(true);
    expect(onlyCalendarNames('Monday March')).toBe(true);
    expect(onlyCalendarNames('March Velden')).toBe(false);
    expect(onlyCalendarNames('Velden')).toBe(false);
  });
});

describe('surnameParticlesBefore', () => {
  it('opens a surname at its lower-case particles when no name word stands before them', () => {
    expect(surnameParticlesBefore(tokensOf('they met von Staupen'), 3)).toBe(2);
    expect(surnameParticlesBefore(tokensOf('van der Holt said'), 2)).toBe(0);
  });

  it('leaves a run after a capitalised word or after no particle where it is', () => {
    expect(surnameParticlesBefore(tokensOf('Jan van Meulen'), 2)).toBe(2);
    expect(surnameParticlesBefore(tokensOf('they met Staupen'), 2)).toBe(2);
  });
});

/** Tokens of a text cut at spaces and around hyphens, each with a tag (a hyphen written close stays close). */
function taggedTokens(text: string, pos: string): Token[] {
  return [...text.matchAll(/[^\s-]+|-/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, pos }));
}

describe('particleByShape', () => {
  it('reads an article that takes the next word’s consonant, with its hyphen, as a particle', () => {
    expect(particleByShape(taggedTokens('Orva as-Sarif Tamsa', 'NOUN'), 1)).toBe(2);
    expect(particleByShape(taggedTokens('Orva ash-Shavin', 'NOUN'), 1)).toBe(2);
    expect(particleByShape(taggedTokens('Orva as-Tamsa', 'NOUN'), 1)).toBe(0);
  });
  it('reads a short word the dictionary does not know between name words as a particle', () => {
    expect(particleByShape(taggedTokens('Kemo ould Tarvi', 'NOUN'), 1)).toBe(1);
    expect(particleByShape(taggedTokens('Kemo fish Tarvi', 'NOUN'), 1)).toBe(0);
    expect(particleByShape(taggedTokens('Kemo ould Tarvi', 'VERB'), 1)).toBe(0);
    expect(particleByShape(taggedTokens('the ould Tarvi', 'NOUN'), 1)).toBe(0);
  });
  it('reads no word that stands between two names as a particle ("vs", "aka")', () => {
    expect(particleByShape(taggedTokens('Orsk vs Velden', 'NOUN'), 1)).toBe(0);
    expect(particleByShape(taggedTokens('Tarvi aka Tamsa', 'NOUN'), 1)).toBe(0);
  });
});
