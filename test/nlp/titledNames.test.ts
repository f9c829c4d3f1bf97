import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/nlp/entities.js';
import { givenNameOpener } from '../../src/nlp/nameKinds.js';
import { resolveNames } from '../../src/nlp/names.js';

const runs = (s: string) => tagSentence(s).names.map((n) => n.text);

function resolve(sentences: string[]) {
  return resolveNames(sentences.map((s) => tagSentence(s).names));
}

describe('a sovereign, a noble or a prelate and their realm', () => {
  it('reads "of" after a titled name as the realm, a place, not the rest of the name', () => {
    const { entities, people } = resolve(['Queen Marisol of Vantoria opened the bridge.', 'King Aldric IV of Norwend met the envoy.']);
    expect(people.map((p) => p.name).sort()).toEqual(['King Aldric IV', 'Queen Marisol']);
    const places = entities.flat().filter((e) => e.type === 'PLACE');
    expect(places.map((e) => e.text).sort()).toEqual(['Norwend', 'Vantoria']);
  });

  it('keeps the title in the name of one known by a single name, so a later bare name still joins them', () => {
    const { people } = resolve(['Archduke Sigmar of Ostland sold the valley.', 'Sigmar needed the money.']);
    expect(people).toEqual([{ name: 'Archduke Sigmar', aliases: ['Sigmar'] }]);
  });

  it('keeps the title with a name and its regnal number, and merges the name written without it', () => {
    const { people, entities } = resolve(['Queen Elowen II of Merovia died on Monday.', 'Elowen II had reigned for forty years.']);
    expect(people).toEqual([{ name: 'Queen Elowen II', aliases: ['Elowen II'] }]);
    expect(entities.flat().find((e) => e.type === 'PLACE')?.text).toBe('Merovia');
  });

  it('never joins a sovereign, a pope or a saint known by one name to the person whose surname that name is', () => {
    const mayor = 'Aldo Varnek, the mayor, opened the fair.';
    expect(resolve([mayor, 'King Varnek blessed the crowd.']).people).toEqual([
      { name: 'Aldo Varnek', aliases: [] },
      { name: 'King Varnek', aliases: [] },
    ]);
    expect(resolve([mayor, 'Pope Varnek blessed the crowd.']).people).toEqual([
      { name: 'Aldo Varnek', aliases: [] },
      { name: 'Pope Varnek', aliases: [] },
    ]);
  });

  it('reads a prelate’s see as a place', () => {
    const { entities } = resolve(['Bishop Aurel Demsky of Castelvar led the service.']);
    expect(entities.flat().map((e) => [e.type, e.text])).toEqual([
      ['PERSON', 'Aurel Demsky'],
      ['PLACE', 'Castelvar'],
    ]);
  });

  it('keeps the affiliation after another titled name an organisation', () => {
    const tagged = tagSentence('Professor Tamsin Holt of Brackwell Institute said so.').names;
    expect(tagged[1]!.kindBefore).toBe('organization');
  });
});

describe('titles written as abbreviations', () => {
  it('keeps a title wink splits from its full stop with the name it titles', () => {
    const [run] = tagSentence('Rev. Josiah Pellam led the service.').names;
    expect(run?.text).toBe('Josiah Pellam');
    expect(run?.title).toBe('Rev.');
    expect(tagSentence('Pvt. Dane Colterby was hurt.').names[0]?.title).toBe('Pvt.');
  });

  it('reads a military, clerical or royal title as a person’s', () => {
    expect(tagSentence('Emperor Tadashiro Venn abdicated.').names[0]?.title).toBe('Emperor');
    expect(tagSentence('Inspector Lora Quell found the car.').names[0]?.title).toBe('Inspector');
  });
});

describe('a particle opening a surname', () => {
  it('keeps the capitalised particle that opens a sentence inside the name', () => {
    expect(runs('El Haddadi said the team had worked hard.')).toEqual(['El Haddadi']);
    expect(runs('De la Fuenteverde said he was tired.')).toEqual(['De la Fuenteverde']);
  });

  it('takes in a lower-case particle before a surname written without its given name', () => {
    expect(runs('He met von Staupen in Velden.')).toEqual(['von Staupen', 'Velden']);
    const { people } = resolve(['Brandt wrote to Father Johann von Staupen.', 'He met von Staupen in Velden.']);
    expect(people).toEqual([{ name: 'Johann von Staupen', aliases: ['von Staupen'] }]);
  });

  it('merges the surname with its particle into the full name', () => {
    const { people } = resolve(['The striker Yusuf El Haddadi scored twice.', 'El Haddadi said the team had worked hard.']);
    expect(people).toEqual([{ name: 'Yusuf El Haddadi', aliases: ['El Haddadi'] }]);
  });
});

describe('a Roman numeral after a common noun', () => {
  it('numbers a thing, not a person, wherever the name stands', () => {
    const { entities, people } = resolve([
      'Orla Venn served in the Harbor War II, said Tam Roe.',
      'The Kettle Bowl XX drew a crowd, said Orla Venn.',
      'Kettle Bowl XX said nothing new.',
    ]);
    expect(people.map((p) => p.name).sort()).toEqual(['Orla Venn', 'Tam Roe']);
    expect(entities.flat().map((e) => e.text)).not.toContain('Kettle Bowl XX');
    expect(entities.flat().map((e) => e.text)).not.toContain('Harbor War II');
  });

  it('still reads the numeral after a given name as a sovereign’s', () => {
    const { people } = resolve(['Aldo IV signed the treaty, said Tam Roe.', 'Aldo IV said nothing new.']);
    expect(people.map((p) => p.name)).toContain('Aldo IV');
  });
});

describe('a title ending in "of"', () => {
  it('reads a noble’s title and realm with no name after them as the person’s whole name', () => {
    const { people } = resolve(['The Earl of Dunmarsh hosted the dinner.', 'Dunmarsh said the hall was cold.']);
    expect(people).toEqual([{ name: 'Earl of Dunmarsh', aliases: ['Dunmarsh'] }]);
  });

  it('keeps the office after "of" in the title of the person named after it', () => {
    const [run] = tagSentence('Minister of Tillage Jon Vardle said the crop was lost.').names;
    expect(run?.text).toBe('Jon Vardle');
    expect(run?.title).toBe('Minister of Tillage');
    expect(tagSentence('Minister of Outer Affairs Jon Vardle said so.').names[0]?.text).toBe('Jon Vardle');
  });

  it('makes no person of the office when no one is named after it', () => {
    const { people } = resolve(['The Minister of Tillage said the crop was lost.']);
    expect(people).toEqual([]);
  });
});

describe('a title word before one common word', () => {
  it('stays in the name of the thing it names, and makes no person', () => {
    const run = tagSentence('The Tarnby board bought from Major Timber.').names.find((n) => n.text.includes('Timber'));
    expect(run?.text).toBe('Major Timber');
    expect(run?.title).toBeUndefined();
    const { people } = resolve(['Ivo Brandt bought General Lumber last year.', 'Sales at General Lumber fell.']);
    expect(people.map((p) => p.name)).toEqual(['Ivo Brandt']);
  });

  it('but is still a title before a surname that is a person noun or a given name', () => {
    expect(tagSentence('General Baker spoke at Velden.').names[0]).toMatchObject({ text: 'Baker', title: 'General' });
    expect(tagSentence('Governor Ilse spoke at Velden.').names[0]).toMatchObject({ text: 'Ilse', title: 'Governor' });
    // A title that is no adjective stays a title before any word: a surname may be a common word.
    expect(tagSentence('Senator Lumber spoke at Velden.').names[0]).toMatchObject({ text: 'Lumber', title: 'Senator' });
  });
});

describe('a knight’s or a dame’s honorific', () => {
  it('stays in the name, and the name written without it is the same person', () => {
    const { people } = resolve(['Sir Alric Penwood opened the hall.', 'Alric Penwood said it was late.', 'Alric left early.']);
    expect(people).toEqual([{ name: 'Sir Alric Penwood', aliases: ['Alric Penwood', 'Alric'] }]);
    expect(tagSentence('Dame Ottilie Varn sang.').names[0]?.text).toBe('Dame Ottilie Varn');
  });
});

describe('a compass point before a name', () => {
  it('opens no person’s name, though the name lists hold it as a given name', () => {
    expect(givenNameOpener('North')).toBe(false);
    expect(givenNameOpener('Harriet')).toBe(true);
    const { people } = resolve(['North Kelvarn voted against the bill.']);
    expect(people).toEqual([]);
  });
});

describe('a name hyphened to an epithet', () => {
  it('leaves the epithet out of the title of the name after it', () => {
    const [, run] = tagSentence('The Vorlan-born striker Tesk Maro scored twice.').names;
    expect(run?.text).toBe('Tesk Maro');
    expect(run?.title).toBe('striker');
  });

  it('reads a name a person was born or is based in as a place', () => {
    const { entities } = resolve(['The Vorlan-born striker Tesk Maro scored twice.']);
    expect(entities.flat().find((e) => e.text === 'Vorlan')?.type).toBe('PLACE');
  });
});

describe('a title the word lists do not hold', () => {
  it('is a person noun of the lexicon before a given name and a surname ("Harbour Registrar Ilse Marten")', () => {
    const [run] = tagSentence('Harbour Registrar Ilse Marten signed the papers.').names;
    expect(run?.text).toBe('Ilse Marten');
    expect(run?.title).toBe('Harbour Registrar');
  });

  it('but a person noun before a surname alone, or a given name that is a person noun, is the name', () => {
    expect(runs('Ilse Fisher met Guy Harlan Bryce in Tarnby.')).toEqual(['Ilse Fisher', 'Guy Harlan Bryce', 'Tarnby']);
  });
});

describe('a given name that opens a sentence as an ordinary word', () => {
  it('opens no name when tagged a determiner, a pronoun or an adverb ("Even", "Any", "My")', () => {
    expect(runs('Even Marten said the plan would fail.')).toEqual(['Marten']);
    expect(runs('Any Tarnby resident can vote.')).toEqual(['Tarnby']);
  });

  it('but a given name tagged a name still opens one', () => {
    expect(runs('Guy Harlan said no.')).toEqual(['Guy Harlan']);
  });
});
