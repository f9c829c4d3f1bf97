import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/nlp/entities.js';
import { resolveNames } from '../../src/nlp/names.js';

const typed = (sentences: string[]) =>
  resolveNames(sentences.map((s) => tagSentence(s).names))
    .entities.flat()
    .map((e) => [e.type, e.text]);

describe('a firm named after people', () => {
  it('reads names joined by an ampersand as one organisation, its founders as people', () => {
    expect(typed(['Oswin Harrow and Lucas Pim founded Harrow & Pim, the gunmaker.', 'Harrow & Pim said profits rose.'])).toEqual([
      ['PERSON', 'Oswin Harrow'],
      ['PERSON', 'Lucas Pim'],
      ['ORG', 'Harrow & Pim'],
      ['ORG', 'Harrow & Pim'],
    ]);
  });

  it('keeps a firm with a person’s name an organisation where the text calls it one', () => {
    expect(typed(['Gerald Dalton founded Dalton in 1903.', 'Dalton, the carmaker, said sales fell.', 'Dalton shares rose.'])).toEqual([
      ['PERSON', 'Gerald Dalton'],
      ['ORG', 'Dalton'],
      ['ORG', 'Dalton'],
      ['ORG', 'Dalton'],
    ]);
  });
});
