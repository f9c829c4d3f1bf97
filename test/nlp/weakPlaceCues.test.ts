import { describe, expect, it } from 'vitest';
import { typedNames } from '../fixtures/typedNames.js';

describe('a name spelled as a person with one weak place cue', () => {
  it('stays a person after a noun with a place sense before it ("safety")', () => {
    expect(typedNames(['The long kick was caught by safety Ivo Brandt near the line.'])).toEqual(['PERSON:Ivo Brandt']);
  });

  it('stays a person after a preposition that also takes a person, its given name a common noun too', () => {
    expect(typedNames(['Orla Penn threw a long pass to Tam Ferrow late in the half.'])).toContain('PERSON:Tam Ferrow');
    expect(typedNames(['Orla Penn threw a long pass to Tam Ferrow late in the half.', 'Tam Ferrow dropped it.'])).not.toContain(
      'PLACE:Tam Ferrow',
    );
  });

  it('is still a place where a preposition places it or it modifies a place noun', () => {
    expect(typedNames(['The quay was shut in Tam Ferrow on Monday.'])).toEqual(['PLACE:Tam Ferrow']);
    expect(typedNames(['Flooding hit the Tam Ferrow area on Monday.'])).toEqual(['PLACE:Tam Ferrow']);
  });
});

describe('a one-word name the story places only weakly', () => {
  const story = ['Ivo Brandt, the harbour master, said the quay was shut.'];
  it('joins the person whose surname it is ("away from Brandt")', () => {
    expect(typedNames([...story, 'A boat was taken away from Brandt.'])).toEqual(['PERSON:Ivo Brandt', 'PERSON:Brandt']);
  });

  it('stays a place where a preposition places it', () => {
    expect(typedNames([...story, 'A boat was lost in Brandt.'])).toContain('PLACE:Brandt');
  });
});
