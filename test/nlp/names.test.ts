import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/nlp/entities.js';
import { resolveNames, sameName } from '../../src/nlp/names.js';

function resolve(sentences: string[]) {
  const tagged = sentences.map(tagSentence);
  return resolveNames(tagged.map((t) => t.names));
}

describe('tagSentence', () => {
  it('keeps wink-nlp dates, numbers and money', () => {
    const types = tagSentence('On Friday, 1,100 bombs and $100 million were counted.').entities.map((e) => [e.type, e.text]);
    expect(types).toEqual(
      expect.arrayContaining([
        ['DATE', 'Friday'],
        ['CARDINAL', '1,100'],
        ['MONEY', '$100 million'],
      ]),
    );
  });

  it('splits a leading title off a name and notes a following speech verb', () => {
    const run = tagSentence('Palace spokesman Ilya Sorokov told local radio that the hearings would go on.').names.find(
      (n) => n.text === 'Ilya Sorokov',
    );
    expect(run?.title).toBe('spokesman');
    expect(run?.speechAfter).toBe(true);
  });
});

describe('resolveNames', () => {
  const sentences = [
    'Trade Minister Nils Brisco said the meeting went well.',
    'Brisco, Darrow and others met in Lisbon.',
    'President Petro Lutskyy announced the reshuffle.',
    'Lutsky later said the reshuffle was overdue.',
    'Special envoy Owen Darrow will fly to Tallinn on Monday.',
    'Gen. Oleksii Melnar joined the delegation, and Oleksiy Melnar spoke briefly.',
  ];
  const { entities, people } = resolve(sentences);

  it('finds people from titles and speech verbs, with their full names', () => {
    const names = people.map((p) => p.name).sort();
    expect(names).toEqual(['Nils Brisco', 'Oleksii Melnar', 'Owen Darrow', 'Petro Lutskyy']);
  });

  it('resolves surname-only mentions and spelling variants to one person', () => {
    const lutskyy = people.find((p) => p.name === 'Petro Lutskyy');
    expect(lutskyy?.aliases).toContain('Lutsky');
    expect(people.find((p) => p.name === 'Oleksii Melnar')?.aliases).toContain('Oleksiy Melnar');
    const brisco = entities[1]!.find((e) => e.text === 'Brisco');
    expect(brisco).toMatchObject({ type: 'PERSON', canonical: 'Nils Brisco' });
  });

  it('types places from the gazetteer and from locative prepositions', () => {
    expect(entities[1]!.find((e) => e.text === 'Lisbon')?.type).toBe('PLACE');
    expect(entities[4]!.find((e) => e.text === 'Tallinn')?.type).toBe('PLACE');
  });

  it('matches names word by word up to a letter, or by their last words', () => {
    expect(sameName('lutsky', 'petro lutskyy')).toBe(true);
    expect(sameName('oleksii melnar', 'oleksiy melnar')).toBe(true);
    expect(sameName('oleksiy solvan', 'oleksiy melnar')).toBe(false);
  });
});

describe('people on any story', () => {
  it('merges a nickname with the full given name', () => {
    const { people } = resolve([
      'Finance Minister Andrew Pellow said the budget was balanced.',
      'Andy Pellow told reporters the deficit would shrink.',
      'Pellow left the building.',
    ]);
    expect(people).toHaveLength(1);
    expect(people[0]!.aliases).toEqual(expect.arrayContaining(['Andy Pellow', 'Pellow']));
  });

  it('keeps two people who share a surname apart and reads the bare surname from the last one named', () => {
    const sentences = [
      'Coach Marta Olsen said the team was ready.',
      'Her sister, the goalkeeper Ingrid Olsen, said little.',
      'Olsen saved two penalties.',
    ];
    const { people, entities } = resolve(sentences);
    expect(people.map((p) => p.name).sort()).toEqual(['Ingrid Olsen', 'Marta Olsen']);
    expect(entities[2]!.find((e) => e.text === 'Olsen')).toMatchObject({ type: 'PERSON', canonical: 'Ingrid Olsen' });
  });

  it('reads "Mrs" or "Mr" before a shared surname as the one of that sex, whoever was named last', () => {
    const { entities } = resolve([
      'Judge Torvald Ekhart and his wife, Signe Ekhart, arrived on Monday.',
      'Mr Ekhart said he was tired.',
      'Mrs Ekhart declined to comment.',
      'Mr. Ekhart left first.',
    ]);
    expect(entities[1]!.find((e) => e.text === 'Ekhart')).toMatchObject({ canonical: 'Torvald Ekhart' });
    expect(entities[2]!.find((e) => e.text === 'Ekhart')).toMatchObject({ canonical: 'Signe Ekhart' });
    expect(entities[3]!.find((e) => e.text === 'Ekhart')).toMatchObject({ canonical: 'Torvald Ekhart' });
  });

  it('never makes a person of a place that a plural "of" opens', () => {
    const { people } = resolve(['Residents of Wexmoor were angry.', 'They live in Wexmoor.']);
    expect(people).toEqual([]);
  });

  it('reads a name whose head noun is a place as a place when nothing else is said of it', () => {
    const { entities } = resolve(['The deal was signed at the Halloway Convention Centre.']);
    expect(entities[0]).toEqual([expect.objectContaining({ type: 'PLACE', text: 'Halloway Convention Centre' })]);
  });

  it('reads the first word of a firm the text calls one as that firm, even after "at"', () => {
    const { entities } = resolve(['Orlan Energy, the utility, agreed to buy a rival.', 'Workers at Orlan feared cuts.']);
    expect(entities[1]).toEqual([expect.objectContaining({ type: 'ORG', text: 'Orlan' })]);
    // A council is named after its place: the place stays a place.
    const council = resolve(['Wexmoor Council, the local authority, voted.', 'Shops in Wexmoor closed.', 'They live in Wexmoor.']);
    expect(council.entities[2]).toEqual([expect.objectContaining({ type: 'PLACE', text: 'Wexmoor' })]);
  });

  it('finds a person from a given name, a middle initial or a role noun of the lexicon, and merges the initial away', () => {
    const { people } = resolve([
      'The fund was run by Harold J. Fennimore until March.',
      'Harold Fennimore declined to comment.',
      'The inquiry heard from comptroller Dace Vilums.',
    ]);
    expect(people.map((p) => p.name).sort()).toEqual(['Dace Vilums', 'Harold J. Fennimore']);
    expect(people.find((p) => p.name === 'Harold J. Fennimore')?.aliases).toContain('Harold Fennimore');
  });

  it('finds people by given names of other languages with no cue near them, and merges their transliterations', () => {
    const { people } = resolve([
      'The final pitted Thibault Varenne against Ottavio Brassi in the rain.',
      'Sigrun Heltberg watched from the stands beside Nikolai Kovanets.',
      'Nikolay Kovanets left early.',
    ]);
    expect(people.map((p) => p.name).sort()).toEqual(['Nikolai Kovanets', 'Ottavio Brassi', 'Sigrun Heltberg', 'Thibault Varenne']);
  });

  it('reads a given name written like a plural noun as a given name, after a preposition of place too', () => {
    const { people } = resolve(['The title went to Miles Harrowgate in the end.']);
    expect(people.map((p) => p.name)).toEqual(['Miles Harrowgate']);
  });

  it('merges a double surname with its first part, and an honorific with the surname', () => {
    const { people } = resolve([
      'Judge Ramona Ibarra Solis opened the hearing.',
      'Ramona Ibarra said the court would sit again.',
      'Ms Ibarra Solis adjourned at noon.',
    ]);
    expect(people).toHaveLength(1);
    expect(people[0]!.name).toBe('Ramona Ibarra Solis');
    expect(people[0]!.aliases).toEqual(expect.arrayContaining(['Ramona Ibarra', 'Ibarra Solis']));
  });

  it('merges a spelling a letter away (a transliteration) but not two different given names', () => {
    const { people } = resolve([
      'Minister Oleksii Dovbenko said the grain deal held.',
      'Oleksiy Dovbenko added that exports would rise.',
      'Senator Maria Lund and Senator Mario Lund disagreed.',
    ]);
    expect(people.map((p) => p.name).sort()).toEqual(['Maria Lund', 'Mario Lund', 'Oleksii Dovbenko']);
  });

  it('never makes a film title a person', () => {
    const { people } = resolve(['Critics praised the film Morning Tide.', 'Morning Tide told the story of a fisherman.']);
    expect(people).toEqual([]);
  });

  it('never makes a market index a person', () => {
    const { people, entities } = resolve(['Traders lost $18bn as the Harlow Composite Index fell 7.3% on Monday.']);
    expect(people).toEqual([]);
    expect(entities[0]!.filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  it('types companies by head word and ticker, and their short names with them', () => {
    const { people, entities } = resolve([
      'Kestrel Motors Corp <KES.N> said it would cut 500 jobs.',
      'Kestrel said the cuts would save money.',
    ]);
    expect(people).toEqual([]);
    expect(entities[0]!.find((e) => e.text === 'Kestrel Motors Corp')?.type).toBe('ORG');
    expect(entities[1]!.find((e) => e.text === 'Kestrel')?.type).toBe('ORG');
  });

  it('does not make a plural head word opening a sentence an organisation, but keeps it as one inside a name', () => {
    const { entities } = resolve(['Associates cheered as the firm reopened.', 'Kell Associates voted on Monday.']);
    expect(entities[0]!.find((e) => e.text === 'Associates')).toBeUndefined();
    expect(entities[1]!.find((e) => e.text === 'Kell Associates')?.type).toBe('ORG');
  });

  it('types a company short name after locative prepositions, and an acronym of its name, as the company', () => {
    const { entities } = resolve([
      'Harlow Mills Corp said on Monday it would sell its shares.',
      'Investors with a stake in Harlow waited on Harlow to decide.',
      'Harlow shares rose, and Harlow said the sale would close in June. Harlow thanked its staff.',
      'The offer came from HMC itself, and a buyer paid HMC in cash.',
    ]);
    const typeOf = (text: string) => entities.flat().find((e) => e.text === text)?.type;
    expect(typeOf('Harlow Mills Corp')).toBe('ORG');
    expect(typeOf('Harlow')).toBe('ORG');
    expect(typeOf('HMC')).toBe('ORG');
  });

  it('splits a demonym off a name and does not run a name on into its employer', () => {
    const runs = tagSentence('Norwegian Sigrid Hauge beat Tomas Brenner of Nordvik Partners on Friday.').names;
    expect(runs.map((r) => r.text)).toEqual(['Sigrid Hauge', 'Tomas Brenner', 'Nordvik Partners']);
    expect(runs[0]!.describer).toBe('Norwegian');
  });
});

describe('resolveNames: works, openers and firms', () => {
  const typeOf = (entities: { type: string; text: string }[][], text: string) => entities.flat().find((e) => e.text === text)?.type;

  it('reads the noun before an opening quote as classifying the name inside it, never the noun before a closing one', () => {
    const [film] = tagSentence('The film "Pale Harbour" won.').names;
    expect(film).toMatchObject({ text: 'Pale Harbour', kindBefore: 'work' });
    const keeper = tagSentence('They hired "the keeper of the old lighthouse" Edvard Tollan.').names.find(
      (n) => n.text === 'Edvard Tollan',
    );
    expect(keeper?.kindBefore).toBeUndefined();
  });

  it('a title in quotes after "the film" names the work, not a place, though its last word is a place noun', () => {
    const { entities } = resolve(['The film "Pale Harbour" won the top prize.', 'Pale Harbour tells of a ferryman.']);
    expect(typeOf(entities, 'Pale Harbour')).toBeUndefined();
    const places = resolve(['Boats left Pale Harbour at dawn.', 'The ferry reached Pale Harbour.']);
    expect(typeOf(places.entities, 'Pale Harbour')).toBe('PLACE');
  });

  it('"Shares of …" opening a sentence is not part of the name it leads into', () => {
    const { entities } = resolve(['Shares of Quenby Bank fell 4 percent.']);
    expect(entities.flat().map((e) => [e.type, e.text])).toContainEqual(['ORG', 'Quenby Bank']);
    expect(typeOf(entities, 'Shares of Quenby Bank')).toBeUndefined();
  });

  it('"shares in" and shares after a name make a company of a name no gazetteer holds, not a place', () => {
    const { entities } = resolve([
      'Shares in Brackwell Mining rose 5 pct.',
      'Varo Power shares fell.',
      'Workers at Varo Power walked out.',
    ]);
    expect(typeOf(entities, 'Brackwell Mining')).toBe('ORG');
    expect(typeOf(entities, 'Varo Power')).toBe('ORG');
  });

  it('a nickname in quotes after a given name keeps the person whole, and the surname alone joins it', () => {
    const { people } = resolve(['Isadora "Izzy" Kwantes, 31, won the race.', 'Kwantes said she was tired.']);
    expect(people).toEqual([{ name: 'Isadora Kwantes', aliases: ['Isadora "Izzy" Kwantes', 'Kwantes'] }]);
  });

  it('a given name before the head noun of a thing the text treats as a thing is no person', () => {
    const { entities, people } = resolve(['The Kelso Cup final will be held on Sunday.', 'Greta Holm, the home number two, plays first.']);
    expect(typeOf(entities, 'Kelso Cup')).toBeUndefined();
    expect(people.map((p) => p.name)).toEqual(['Greta Holm']);
  });

  it('a name before a company officer is a company, not the place a preposition would make it', () => {
    const { entities, people } = resolve([
      'Former Talvane chief executive Rudi Kemmler is on trial.',
      'Prosecutors said Kemmler hid losses at Talvane.',
      'Talvane shareholders lost their savings.',
    ]);
    expect(typeOf(entities, 'Talvane')).toBe('ORG');
    expect(people.map((p) => p.name)).toEqual(['Rudi Kemmler']);
  });
});

describe('a surname after a title the word lists do not hold', () => {
  it('joins the one full name it ends, which stays the name', () => {
    const { people, entities } = resolve([
      'Marek Vallin, the county police commissioner, said forty officers would be hired.',
      'Commissioner Vallin told reporters the officers would start in June.',
      'Commissioner Vallin later said the cost was covered.',
    ]);
    expect(people).toEqual([{ name: 'Marek Vallin', aliases: ['Commissioner Vallin'] }]);
    expect(entities[1]!.find((e) => e.text === 'Commissioner Vallin')).toMatchObject({ canonical: 'Marek Vallin' });
  });

  it('stays apart when two full names end in that surname', () => {
    const { people } = resolve([
      'Marek Vallin said the plan was sound.',
      'Irena Vallin said the plan was costly.',
      'Commissioner Vallin told reporters the officers would start in June.',
    ]);
    expect(people.map((p) => p.name).sort()).toEqual(['Commissioner Vallin', 'Irena Vallin', 'Marek Vallin']);
  });
});
