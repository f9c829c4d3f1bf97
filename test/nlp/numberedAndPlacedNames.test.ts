import { describe, expect, it } from 'vitest';
import { nameType, noEvidence } from '../../src/nlp/nameKinds.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The typed names (people, places, organisations) of an invented one-article story, as "TYPE text". */
function typedNames(body: string): string[] {
  const story = oneArticleStory('names', 'Names', body);
  const out: string[] = [];
  for (const s of story.sentences) {
    if (!s) continue;
    for (const e of s.entities) if (e.type === 'PERSON' || e.type === 'PLACE' || e.type === 'ORG') out.push(`${e.type} ${e.text}`);
  }
  return out;
}

describe('a title before the kind of place a name ends in', () => {
  it('opens the place’s name and makes no person of the rest', () => {
    expect(typedNames('The choir sang at Saint Orlen Abbey for the visiting bishop.')).toEqual(['PLACE Saint Orlen Abbey']);
    expect(typedNames('Pope Velmar Monastery burned in the night.')).toEqual(['PLACE Pope Velmar Monastery']);
  });

  it('still titles a person whose given name stands before a surname that is also a noun', () => {
    expect(typedNames('The talk was given by Bishop Aldo Field on Sunday.')).toEqual(['PERSON Aldo Field']);
  });
});

describe('a figure inside an organisation’s name', () => {
  it('keeps a bare figure between the name’s words', () => {
    expect(typedNames('Funds came from the Tarn 2030 Trust last year.')).toEqual(['ORG Tarn 2030 Trust']);
  });

  it('keeps an ordinal that opens the name after "the"', () => {
    expect(typedNames('The 82nd Velmian Division landed at dawn.')).toContain('ORG 82nd Velmian Division');
  });

  it('keeps the figure after "of" that names how many an organisation gathers, not a count of a noun', () => {
    expect(typedNames('Talks with the Group of 7 failed.')).toEqual(['ORG Group of 7']);
    expect(typedNames('The Tarn Council of 12 members met.').some((n) => n.includes('12'))).toBe(false);
  });

  it('joins no two names across a score', () => {
    expect(typedNames('Velmar Town 3 Orsk Rovers 1.').some((n) => n.includes('3'))).toBe(false);
  });
});

describe('a name spelled with a given name and ending in the kind of place it names', () => {
  it('is read as no person by its spelling alone', () => {
    expect(nameType('Ivo Brandt Centre', noEvidence())).not.toBe('PERSON');
    expect(nameType('Mara Tellin Abbey', noEvidence())).not.toBe('PERSON');
  });

  it('is still a person where the last word names one place, not a kind of place', () => {
    expect(nameType('Ivo Marra Holland', noEvidence())).toBe('PERSON');
  });

  it('is still a person where the place noun is also a surname, or follows a given name', () => {
    expect(nameType('Tam Brook', noEvidence())).toBe('PERSON');
    expect(nameType('Mara Jane Brook', noEvidence())).toBe('PERSON');
    expect(nameType('Orla Tellin', noEvidence())).toBe('PERSON');
  });
});
