import { describe, expect, it } from 'vitest';
import { isMainlyAdjective } from '../../src/lexicon/index.js';
import { tagSentence } from '../../src/nlp/entities.js';
import { resolveNames } from '../../src/nlp/names.js';

describe('describers before a name', () => {
  it('keeps a person noun WordNet lists mainly as an adjective inside the name', () => {
    expect(isMainlyAdjective('great')).toBe(true);
    expect(isMainlyAdjective('veteran')).toBe(false);
    const run = tagSentence('The Great Ferry Strike II ended on Monday.').names[0];
    expect(run).toMatchObject({ text: 'Great Ferry Strike II' });
    expect(run?.describer).toBeUndefined();
  });

  it('still takes a person noun off the front as a describer', () => {
    expect(tagSentence('Veteran Aksel Brenn won.').names[0]).toMatchObject({ text: 'Aksel Brenn', describer: 'Veteran' });
    expect(tagSentence('Swede Maja Lind won the race.').names[0]).toMatchObject({ text: 'Maja Lind', describer: 'Swede' });
  });

  it('takes none off a name ending in a common noun no one is called by, with no given name after it', () => {
    const run = tagSentence('Ada Vell translated the anthem into Danish Sign Language for the crowd.').names.find((r) =>
      r.text.endsWith('Language'),
    );
    expect(run).toMatchObject({ text: 'Danish Sign Language' });
    expect(run?.describer).toBeUndefined();
  });
});

const typed = (sentences: string[]) =>
  resolveNames(sentences.map((s) => tagSentence(s).names))
    .entities.flat()
    .map((e) => [e.type, e.text]);

describe('a name led by a compass point', () => {
  it('is no person on a verb of saying alone', () => {
    expect(typed(['West Harlow said it would appeal the ruling.']).filter(([t]) => t === 'PERSON')).toEqual([]);
  });

  it('is a person with a title before it', () => {
    expect(typed(['Mayor West Harlow said it would appeal the ruling.'])).toContainEqual(['PERSON', 'West Harlow']);
  });
});

describe('a role with the field it is of', () => {
  it('reads "chief of staff" before a name as its title, not "staff" as an organisation cue', () => {
    const run = tagSentence('Brandor chief of staff Ilsa Venn resigned on Friday.').names.find((r) => r.text === 'Ilsa Venn');
    expect(run).toMatchObject({ title: 'chief of staff' });
    expect(run?.kindBefore).toBeUndefined();
    expect(typed(['Brandor chief of staff Ilsa Venn resigned on Friday.'])).toContainEqual(['PERSON', 'Ilsa Venn']);
  });

  it('reads a role of a field with a person noun before "of" as a title too', () => {
    expect(tagSentence('The head of security Ilsa Venn resigned.').names[0]).toMatchObject({
      text: 'Ilsa Venn',
      title: 'head of security',
    });
  });

  it('reads the role before a comma as a person cue and the name after "at" as the employer', () => {
    expect(tagSentence("Brandor's chief of staff, Ilsa Venn, resigned.").names[1]).toMatchObject({ text: 'Ilsa Venn', roleBefore: true });
    expect(tagSentence('Ilsa Venn, chief of staff at Brandor, resigned.').names[1]).toMatchObject({
      text: 'Brandor',
      kindBefore: 'organization',
      locativeBefore: false,
    });
  });
});

describe('a name only ever placed', () => {
  it('is no person on a given name alone after "in" or "at"', () => {
    expect(typed(['The flood reached homes in Morgan Vale on Monday.'])).toEqual([['PLACE', 'Morgan Vale']]);
  });

  it('is a person after a preposition that takes people too', () => {
    expect(typed(['The champion lost to Morgan Vale on Monday.'])).toContainEqual(['PERSON', 'Morgan Vale']);
  });

  it('is a person when a cue names one elsewhere in the text', () => {
    const types = typed(['The flood reached homes in Morgan Vale on Monday.', 'Morgan Vale said the water rose fast.']);
    expect(types).toContainEqual(['PERSON', 'Morgan Vale']);
  });
});

describe('a title before a name', () => {
  it('never ends in a word WordNet lists mainly as an adjective', () => {
    expect(tagSentence('Fans cheered the great Lena Holt on Monday.').names.find((r) => r.text === 'Lena Holt')?.title).toBeUndefined();
  });

  it('still takes a person noun right before the name', () => {
    expect(tagSentence('Fans cheered the veteran Lena Holt on Monday.').names.find((r) => r.text === 'Lena Holt')?.title).toBe('veteran');
  });
});

describe('a name before "of the" and an organisation', () => {
  it('is one of its members, a person, against a weak place cue', () => {
    const sentence = 'Advice came from Kelvo Marrant of the Orsk Dockers Alliance on Monday.';
    expect(tagSentence(sentence).names[1]).toMatchObject({ text: 'Kelvo Marrant', memberOf: true });
    expect(typed([sentence])).toContainEqual(['PERSON', 'Kelvo Marrant']);
  });

  it('is no member after "of the" and a place, nor when it names a body itself', () => {
    expect(tagSentence('Boats came from Velden of the Tarn Isles.').names[1]).toMatchObject({ text: 'Velden' });
    expect(tagSentence('Boats came from Velden of the Tarn Isles.').names[1]?.memberOf).toBeUndefined();
    const body = tagSentence('The Harbour Committee of the Orsk Dockers Union met.').names[0];
    expect(body).toMatchObject({ text: 'Harbour Committee' });
    expect(body?.memberOf).toBeUndefined();
    const council = tagSentence('A ruling by the Tolly Council of the Orsk Harbour Board stood.').names[0];
    expect(council).toMatchObject({ text: 'Tolly Council' });
    expect(council?.memberOf).toBeUndefined();
    const definite = tagSentence('A ruling by the Tolly Panel of the Orsk Harbour Board stood.').names[0];
    expect(definite?.memberOf).toBeUndefined();
    expect(tagSentence('Trustees of the Orsk Harbour Board met.').names[0]?.memberOf).toBeUndefined();
  });
});
