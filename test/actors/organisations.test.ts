import { beforeAll, describe, expect, it } from 'vitest';
import { findOrganisation, suggestOrganisations } from '../../src/actors/findOrganisation.js';
import {
  acronymDefinitions,
  buildOrganisations,
  organisationKey,
  organisationsJson,
  storyOrganisations,
  storyOrganisationsYielding,
  type Organisation,
} from '../../src/actors/organisations.js';
import { corpusHash } from '../../src/corpus/loadCorpus.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';
import { article } from './fixtures.js';

/** An invented story about a ferry company, a fisheries agency, a court and a person or two; nothing of it is real. */
function harbourStory(): Story {
  const a1 = [
    'The Northern Fisheries Agency (NFA) said on Monday that Kestrel Corp had broken its quota. Lena Baker, the chief inspector, said the fines would be heavy.',
    '',
    'Kestrel Corporation denied it. Kestrel said the NFA had counted the catch twice.',
    '',
    'Investors sold Kestrel in Oslo after the Supreme Court agreed to hear the case.',
  ].join('\n');
  const a2 = [
    'The NFA will publish its count on Friday, Lena Baker told reporters in Oslo.',
    '',
    'A lawyer for Kestrel Corp said the Supreme Court should throw out the case. Baker said the agency would not back down.',
    '',
    'The Marlow Rowing Club said its boats were not part of the catch.',
  ].join('\n');
  const articles = [article('h1', a1, '2031-05-02'), article('h2', a2, '2031-05-03')];
  return buildStory(articles, corpusHash(articles));
}

/** The names of the organisations of one invented article. */
function organisationNames(body: string): string[] {
  const articles = [article('x1', body, '2031-05-02')];
  return buildOrganisations(buildStory(articles, corpusHash(articles))).map((o) => o.name);
}

let story: Story;
let organisations: Organisation[];
beforeAll(() => {
  story = harbourStory();
  organisations = buildOrganisations(story);
});

const named = (name: string) => {
  const o = organisations.find((x) => x.name === name);
  if (!o) throw new Error(`no organisation ${name} in ${organisations.map((x) => x.name).join(', ')}`);
  return o;
};

describe('acronymDefinitions', () => {
  it('reads the name whose initials spell the acronym, connectors skipped', () => {
    expect(acronymDefinitions('He joined the Bureau of Harbour Safety (BHS) in May.')).toEqual([
      { acronym: 'BHS', name: 'Bureau of Harbour Safety', start: 14, end: 38 },
    ]);
    expect(acronymDefinitions('The Asia-Pacific Grain Council (APGC) met.')[0]!.name).toBe('Asia-Pacific Grain Council');
  });

  it('reads nothing when the initials do not spell it or a comma stands between', () => {
    expect(acronymDefinitions('The port said (NFA) nothing.')).toEqual([]);
    expect(acronymDefinitions('Northern Fisheries, Agency (NFA) staff')).toEqual([]);
  });
});

describe('organisationKey', () => {
  it('drops a leading "the" and legal suffixes, not the words that say what a company does', () => {
    expect(organisationKey('The Kestrel Corp.')).toBe('kestrel');
    expect(organisationKey('Kestrel Holdings Ltd')).toBe('kestrel holdings');
    expect(organisationKey('Corp')).toBe('corp');
  });
});

describe('buildOrganisations on an invented story', () => {
  it('merges an acronym defined in the text with its full name, counting its later uses', () => {
    const agency = named('Northern Fisheries Agency');
    expect(agency.aliases).toContain('NFA');
    // Named by its full name (with the acronym beside it) once, then "the NFA" twice.
    expect(agency.mentions).toBe(3);
    expect(agency.articles).toEqual(['h1', 'h2']);
  });

  it('merges the spellings of a company with and without its legal suffix', () => {
    const kestrel = named('Kestrel Corp');
    expect(kestrel.aliases).toEqual(expect.arrayContaining(['Kestrel Corporation', 'Kestrel']));
    expect(kestrel.citations.map((c) => `${c.articleId}:${c.sentence}`)).toEqual(['h1:1', 'h1:3', 'h1:4', 'h1:5', 'h2:2']);
  });

  it('lists clubs and courts by their head nouns, most named first', () => {
    expect(named('Supreme Court').mentions).toBe(2);
    expect(named('Marlow Rowing Club').mentions).toBe(1);
    expect(organisations[0]!.name).toBe('Kestrel Corp');
  });

  it('never lists a person or a place', () => {
    const spellings = organisations.flatMap((o) => [o.name, ...o.aliases]);
    expect(spellings).not.toContain('Lena Baker');
    expect(spellings).not.toContain('Baker');
    expect(spellings).not.toContain('Oslo');
  });

  it('lists an acronym WordNet knows as an organisation, and is built once per story', () => {
    const articles = [article('n1', 'Agents of the FBI met in Brussels on Tuesday to discuss the northern fleet.', '2031-05-02')];
    const other = buildStory(articles, corpusHash(articles));
    expect(storyOrganisations(other).map((o) => o.name)).toEqual(['FBI']);
    expect(storyOrganisations(other)).toBe(storyOrganisations(other));
  });

  it('joins an institution and what it is for into one name, not a company and what it bids for', () => {
    const names = organisationNames(
      'The Northern Council for Coastal Charities said on Monday that Kestrel Corp had made a bid. A bid by Kestrel Corp for Harbour Mills Ltd followed.',
    );
    expect(names).toContain('Northern Council for Coastal Charities');
    expect(names).toEqual(expect.arrayContaining(['Kestrel Corp', 'Harbour Mills Ltd']));
  });

  it('reads an institution with "and" in its name whole, and two companies joined by "and" as two', () => {
    const names = organisationNames(
      "The Fisheries and Harbours Board fined the fleet on Monday. Kestrel Corp and Harbour Mills Corp appealed. Orsk's Salt and Timber Council agreed.",
    );
    expect(names).toContain('Fisheries and Harbours Board');
    expect(names).toContain('Salt and Timber Council');
    expect(names).toEqual(expect.arrayContaining(['Kestrel Corp', 'Harbour Mills Corp']));
  });

  it('lists a head word alone only when it names a body ("Senate"), not a kind ("Press")', () => {
    const names = organisationNames('Reporters from the Press waited on Monday while the Senate voted on the harbour bill.');
    expect(names).toContain('Senate');
    expect(names).not.toContain('Press');
  });

  it('keeps a name whole when a capitalised word before it was left out of its run ("the Allied Press")', () => {
    const names = organisationNames('"We will appeal," Lena Baker told the Allied Press on Monday.');
    expect(names).toContain('Allied Press');
    expect(names).not.toContain('Press');
  });

  it('does not list a common word the story also writes in lower case, alone; an acronym or a full name stays', () => {
    const names = organisationNames(
      [
        'The Council met on Monday. The council said the Marlow Rowing Club must pay, and the NFA agreed.',
        '',
        'The Senate voted on Tuesday.',
      ].join('\n'),
    );
    expect(names).not.toContain('Council');
    expect(names).toEqual(expect.arrayContaining(['Marlow Rowing Club', 'Senate']));
  });

  it("merges a company's name with its last word when that word is a name and ends no other", () => {
    const articles = [
      article(
        'm1',
        'Compagnie Generale des Ateliers Morvan <MRV.PA> said on Monday it would sell its stake. Morvan <MRV.PA> said the sale would close in June.',
        '2031-05-02',
      ),
    ];
    const organisations = buildOrganisations(buildStory(articles, corpusHash(articles)));
    const morvan = organisations.find((o) => o.name === 'Compagnie Generale des Ateliers Morvan');
    expect(morvan?.aliases).toContain('Morvan');
    expect(organisations.filter((o) => o.name === 'Morvan')).toEqual([]);
  });

  it('does not list a market index as a firm, by its head word or the word after it', () => {
    const names = organisationNames(
      'The Harbour Composite Index fell 4% on Monday and the Marlow Stock Exchange index lost 3%, though Kestrel Corp shares rose.',
    );
    expect(names).toContain('Kestrel Corp');
    expect(names.some((n) => /Index|Marlow/.test(n))).toBe(false);
  });

  it('is built once per story when asked for a step at a time, by callers at once', async () => {
    const articles = [article('y1', 'Kestrel Corp said on Monday that the Marlow Rowing Club had paid.', '2031-05-02')];
    const other = buildStory(articles, corpusHash(articles));
    const [a, b] = await Promise.all([storyOrganisationsYielding(other), storyOrganisationsYielding(other)]);
    expect(a).toBe(b);
    expect(storyOrganisations(other)).toBe(a);
    expect(a.map((o) => o.name)).toEqual(['Kestrel Corp', 'Marlow Rowing Club']);
  });

  it('serialises to plain JSON', () => {
    const json = organisationsJson(organisations).organisations.find((o) => o.name === 'Supreme Court')!;
    expect(json).toEqual({ name: 'Supreme Court', aliases: [], mentions: 2, articles: ['h1', 'h2'], citations: expect.any(Array) });
    expect(json.citations[0]).toEqual({ articleId: 'h1', sentence: 5 });
  });
});

describe('findOrganisation', () => {
  it('finds by acronym, by a spelling without its suffix, and by a near spelling', () => {
    expect(findOrganisation(organisations, 'nfa')?.name).toBe('Northern Fisheries Agency');
    expect(findOrganisation(organisations, 'the Kestrel Inc')?.name).toBe('Kestrel Corp');
    expect(findOrganisation(organisations, 'Suprme Court')?.name).toBe('Supreme Court');
    expect(findOrganisation(organisations, 'Qwxzv')).toBeUndefined();
  });

  it('suggests by the start of a word', () => {
    expect(suggestOrganisations(organisations, 'rowing').map((o) => o.name)).toEqual(['Marlow Rowing Club']);
  });
});
