import { describe, expect, it } from 'vitest';
import { spelledAsPerson } from '../../src/answer/mentions.js';
import { nameType, noEvidence, surnameWord } from '../../src/nlp/nameKinds.js';
import { typedNames } from '../fixtures/typedNames.js';

describe('a given name that is also a place, or of two letters, before a surname', () => {
  it('reads as a person by its spelling alone', () => {
    expect(nameType('Jordan Varrow', noEvidence())).toBe('PERSON');
    expect(nameType('Sydney Pellman', noEvidence())).toBe('PERSON');
    expect(nameType('Ed Tellwick', noEvidence())).toBe('PERSON');
    expect(nameType('Jo K. Marrin', noEvidence())).toBe('PERSON');
  });

  it('is a person for a who-question whatever the tagger made of it', () => {
    expect(spelledAsPerson('Jordan Varrow')).toBe(true);
    expect(spelledAsPerson('Ed Tellwick')).toBe(true);
  });

  it('types the name in a story with no other cue', () => {
    expect(typedNames(['Jordan Varrow mended the nets at dawn.'])).toContain('PERSON:Jordan Varrow');
  });

  it('is no person before a noun of a place or a body', () => {
    expect(nameType('Jordan Valley', noEvidence())).not.toBe('PERSON');
    expect(nameType('Sydney Harbour', noEvidence())).not.toBe('PERSON');
    expect(nameType('Georgia Tech', noEvidence())).not.toBe('PERSON');
    expect(spelledAsPerson('Jordan Valley')).toBe(false);
  });
});

describe('surnameWord', () => {
  it('takes a word no dictionary knows, a person noun or an initial', () => {
    expect(surnameWord('varrow')).toBe(true);
    expect(surnameWord('baker')).toBe(true);
    expect(surnameWord('k')).toBe(true);
  });

  it('refuses a place, a noun of another kind and a hyphened word', () => {
    expect(surnameWord('valley')).toBe(false);
    expect(surnameWord('london')).toBe(false);
    expect(surnameWord('saint-orren')).toBe(false);
  });
});

describe('a surname the tagger reads as a verb after a given name', () => {
  it('stays in the name, which is typed a person', () => {
    expect(typedNames(['On Monday, Tam Pierce, the new chair of the Velmar ferry board, asked Orla Mask to stay.'])).toContain(
      'PERSON:Tam Pierce',
    );
  });

  it('is not taken from a headline, where every word has a capital', () => {
    expect(typedNames(['Tam Wins Award'])).not.toContain('PERSON:Tam Wins');
  });
});

describe('a lower-case particle opening a name', () => {
  it('is no given name ("de Varre" is no person by its spelling)', () => {
    expect(nameType('de Varre', noEvidence())).toBeUndefined();
  });
});

describe('a two-letter given name that is also a particle of names', () => {
  it('gives no person evidence by its spelling ("Al Marwa" may name a channel)', () => {
    expect(nameType('Al Marwa', noEvidence())).toBeUndefined();
    expect(spelledAsPerson('El Marwa')).toBe(false);
  });
});
