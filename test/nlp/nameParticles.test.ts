import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/nlp/entities.js';
import { resolveNames } from '../../src/nlp/names.js';

const runs = (s: string) => tagSentence(s).names.map((n) => n.text);
const dates = (s: string) =>
  tagSentence(s)
    .entities.filter((e) => e.type === 'DATE')
    .map((e) => e.text);

describe('particles inside a name', () => {
  it('keeps two particles in a row inside one name', () => {
    expect(runs('Professor Tamsin van der Holt spoke.')).toEqual(['Tamsin van der Holt']);
    expect(runs('Edric de la Vorne arrived.')).toEqual(['Edric de la Vorne']);
  });

  it('keeps an Arabic article joined by a hyphen, and "bin", inside one name', () => {
    expect(runs('Karim bin Faris al-Mandari, the envoy, left.')).toEqual(['Karim bin Faris al-Mandari']);
    expect(runs('Dr. Samir el-Badawi arrived.')).toEqual(['Samir el-Badawi']);
  });

  it('keeps a place’s particle in lower case inside one name, alone or before a person’s particle', () => {
    expect(runs('The ferry left Velden am Tarn at dawn.')).toEqual(['Velden am Tarn']);
    expect(runs('The canal begins near Alp aan de Tarn, by the border.')).toEqual(['Alp aan de Tarn']);
    expect(runs('The ships sail from Kirk op Orsk daily.')).toEqual(['Kirk op Orsk']);
  });

  it('joins no names over an English "on", "upon" or "an"', () => {
    expect(runs('Ada Vell spoke on Orsk Radio.')).toEqual(['Ada Vell', 'Orsk Radio']);
    expect(runs('The show moved to Orsk Radio upon Tarn TV closing.')).toEqual(['Orsk Radio', 'Tarn TV']);
    expect(runs('They gave Ada Vell an Orsk Medal.')).toEqual(['Ada Vell', 'Orsk Medal']);
  });

  it('ends a name before "of the", which only name particles may stand for', () => {
    expect(runs('The Order of the Silver Heron met.')).toEqual(['Order', 'Silver Heron']);
  });

  it('ends a person’s name behind a person noun before "of the" and their employer', () => {
    expect(runs('Sociologist Jake Rennick of the University of Harlow said so.')).toEqual(['Jake Rennick', 'University of Harlow']);
  });

  it('still ends a titled person’s name before "of" and their employer', () => {
    const tagged = tagSentence('Professor Tamsin van der Holt of Brackwell University said so.').names;
    expect(tagged.map((n) => n.text)).toEqual(['Tamsin van der Holt', 'Brackwell University']);
    expect(tagged[1]!.kindBefore).toBe('organization');
  });

  it('tells two people sharing a particle surname apart and reads the bare one by context', () => {
    const { people } = resolveNames(
      ['Karim al-Mandari met Sheikh Omar al-Mandari.', 'Karim al-Mandari said the talks went well.'].map((s) => tagSentence(s).names),
    );
    expect(people.map((p) => p.name).sort()).toEqual(['Karim al-Mandari', 'Omar al-Mandari']);
  });
});

describe('a month that is a given name', () => {
  it('reads a month name before a surname as the given name, not a date', () => {
    expect(runs('April Dunmere said the plan was ready.')).toEqual(['April Dunmere']);
    expect(dates('April Dunmere said the plan was ready.')).toEqual([]);
    expect(runs('Professor Jan van der Holt spoke.')).toEqual(['Jan van der Holt']);
    expect(dates('Professor Jan van der Holt spoke.')).toEqual([]);
  });

  it('keeps the month a date after a preposition, before a common noun, or with a year', () => {
    expect(dates('In June Parliament voted.')).toEqual(['June']);
    expect(dates('The vote came in June Kessler said.')).toEqual(['June']);
    expect(dates('Ola Brandt left in Jan 2020.')).toEqual(['Jan 2020']);
  });
});
