import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/nlp/entities.js';
import { resolveNames } from '../../src/nlp/names.js';

/** Each name the names stage types in invented sentences, as "TYPE:text". */
const typed = (sentences: string[]) =>
  resolveNames(
    sentences.map((s) => tagSentence(s).names),
    undefined,
    sentences,
  )
    .entities.flat()
    .map((e) => `${e.type}:${e.text}`);

describe('a name spelled as a person with one weak place cue', () => {
  it('stays a person after a noun with a place sense before it ("safety")', () => {
    expect(typed(['The long kick was caught by safety Ivo Brandt near the line.'])).toEqual(['PERSON:Ivo Brandt']);
  });

  it('stays a person after a preposition that also takes a person, its given name a common noun too', () => {
    expect(typed(['Orla Penn threw a long pass to Tam Ferrow late in the half.'])).toContain('PERSON:Tam Ferrow');
    expect(typed(['Orla Penn threw a long pass to Tam Ferrow late in the half.', 'Tam Ferrow dropped it.'])).not.toContain(
      'PLACE:Tam Ferrow',
    );
  });

  it('is still a place where a preposition places it or it modifies a place noun', () => {
    expect(typed(['The quay was shut in Tam Ferrow on Monday.'])).toEqual(['PLACE:Tam Ferrow']);
    expect(typed(['Flooding hit the Tam Ferrow area on Monday.'])).toEqual(['PLACE:Tam Ferrow']);
  });
});

describe('a one-word name the story places only weakly', () => {
  const story = ['Ivo Brandt, the harbour master, said the quay was shut.'];
  it('joins the person whose surname it is ("away from Brandt")', () => {
    expect(typed([...story, 'A boat was taken away from Brandt.'])).toEqual(['PERSON:Ivo Brandt', 'PERSON:Brandt']);
  });

  it('stays a place where a preposition places it', () => {
    expect(typed([...story, 'A boat was lost in Brandt.'])).toContain('PLACE:Brandt');
  });
});
