import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/actors/actor.js';
import { actorsJson } from '../../src/actors/actorsJson.js';
import { buildActors } from '../../src/actors/buildActors.js';
import { findActor, suggestActors, warmActorKeys } from '../../src/actors/findActor.js';
import { attributeQuotes, quoteSpans } from '../../src/actors/quotes.js';
import { wordsOf } from '../../src/text/words.js';
import { tagSentence } from '../../src/nlp/entities.js';
import { buildStory } from '../../src/story/buildStory.js';
import { article, inventedStory, talksStory } from './fixtures.js';

let talks: Actor[];
let invented: Actor[];

beforeAll(() => {
  talks = buildActors(talksStory());
  invented = buildActors(inventedStory());
});

const byName = (actors: Actor[], name: string) => {
  const a = actors.find((x) => x.name === name);
  if (!a) throw new Error(`no actor ${name} in ${actors.map((x) => x.name).join(', ')}`);
  return a;
};

describe('buildActors on an invented story', () => {
  it('merges spellings and counts mentions per article', () => {
    const anna = byName(invented, 'Anna Kowalska');
    expect(anna.aliases).toEqual(expect.arrayContaining(['Kowalska', 'Kowalská']));
    expect(anna.articles).toEqual(['a1', 'a2']);
    expect(anna.mentions).toBe(Object.values(anna.mentionsByArticle).reduce((a, b) => a + b, 0));
    expect(anna.first).toEqual({ articleId: 'a1', sentence: 1 });
    expect(anna.coMentions[0]).toEqual({ name: 'Lars Berg', count: 2 });
  });

  it('reads roles from titles, appositives before and after the name', () => {
    expect(byName(invented, 'Anna Kowalska').roles.map((r) => r.text)).toContain('Foreign Minister');
    expect(byName(invented, 'Lars Berg').roles[0]).toEqual({ text: 'Prime Minister', articleId: 'a1', sentence: 1 });
    const tom = byName(invented, 'Tom Heller');
    // "Berg's chief of staff, Tom Heller" (a1) and "Tom Heller, Berg's chief of staff" (a2): one role, cited once.
    expect(tom.roles).toEqual([{ text: "Berg's chief of staff", articleId: 'a1', sentence: 3 }]);
    // Title qualifiers are no side.
    expect(byName(invented, 'Anna Kowalska').side).toBeUndefined();
  });

  it('attributes quotations by name, pronoun and continuation, and never to a non-person speaker', () => {
    const anna = byName(invented, 'Anna Kowalska');
    expect(anna.quotes.map((q) => q.text)).toEqual(['We will sign the treaty soon', 'We are close.', 'The rest is detail.']);
    const tom = byName(invented, 'Tom Heller');
    expect(tom.quotes).toEqual([
      { text: 'The meeting was useful.', articleId: 'a1', sentence: 4 },
      { text: 'more rounds will follow.', articleId: 'a1', sentence: 5 },
    ]);
    const all = invented.flatMap((a) => a.quotes.map((q) => q.text));
    expect(all).not.toContain('Nothing is agreed yet');
  });
});

describe('buildActors on an invented story of several articles', () => {
  it('gives roles with their sentences, sides and quotes', () => {
    const rask = byName(talks, 'Edda Rask');
    expect(rask.roles.map((r) => r.text)).toContain('Brannock spokeswoman');
    expect(rask.side).toBe('Brannock');
    const dunleavy = byName(talks, 'Cormac Dunleavy');
    expect(dunleavy.roles[0]!.text).toBe("general secretary of Ireland's Dock and Harbour Workers Federation");
    expect(dunleavy.roles[0]!.articleId.startsWith('000')).toBe(true);
    expect(dunleavy.side).toBe('Ireland');
    expect(byName(talks, 'Linus Farrow').roles.map((r) => r.text)).toContain("Ostrander's nephew");
    expect(byName(talks, 'Wilma Ostrander').roles[0]!.text).toBe('Transport Minister');
    // `"…," Ostrander told the crowd`, and `He wrote … that "…"` after "Dunleavy now leads for the union."
    expect(byName(talks, 'Wilma Ostrander').quotes.some((q) => q.text.startsWith('Nobody gets everything'))).toBe(true);
    expect(dunleavy.quotes.some((q) => q.text.startsWith('our members vote on every offer'))).toBe(true);
    expect(byName(talks, 'Greta Halvorsen').quotes.map((q) => q.text)).toEqual(['the pride of the port.']);
    // "…," the Brannock board replied, right after Halvorsen's quote: nobody's quote, not hers.
    expect(talks.flatMap((a) => a.quotes).some((q) => q.text.startsWith('The contract stands'))).toBe(false);
    // Most mentioned first.
    for (let i = 1; i < talks.length; i += 1) expect(talks[i - 1]!.mentions).toBeGreaterThanOrEqual(talks[i]!.mentions);
  });

  it('lists a person named only before "of the" and an organisation, after "from"', () => {
    // "Advice came over the weekend from Rune Sandvik of the Nordic Dockers Alliance": no given name the lists hold.
    expect(byName(talks, 'Rune Sandvik').articles).toEqual(['002_strike']);
    expect(talks.some((a) => a.name === 'Nordic Dockers Alliance')).toBe(false);
  });

  it('serialises to the JSON contract', () => {
    const json = actorsJson(talks);
    const first = json.actors[0]!;
    expect(Object.keys(first)).toEqual(['name', 'aliases', 'roles', 'articles', 'mentions']);
    expect(Object.keys(first.roles[0]!)).toEqual(['text', 'articleId', 'sentence']);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });
});

describe('buildActors with the name runs of the build', () => {
  it('gives the catalogue it gives when it reads the runs again from the tokens', () => {
    const story = inventedStory();
    const runs = story.sentences.map((s) => tagSentence(s.text).names);
    expect(buildActors(story, runs)).toEqual(invented);
  });

  it('reads the cues of the runs it is given instead of looking for them again', () => {
    const story = inventedStory();
    const runs = story.sentences.map((s) =>
      tagSentence(s.text).names.map((r) => (r.text === 'Anna Kowalska' ? { ...r, describer: 'Polish' } : r)),
    );
    expect(byName(buildActors(story, runs), 'Anna Kowalska').roles.map((r) => r.text)).toContain('Polish');
    expect(byName(invented, 'Anna Kowalska').roles.map((r) => r.text)).not.toContain('Polish');
  });

  it('does not read the entities of a sentence given no runs: it names no one', () => {
    const story = inventedStory();
    const runs = story.sentences.map((s) => tagSentence(s.text).names);
    const unnamed = story.sentences.filter((s) => runs[s.id]!.length === 0);
    expect(unnamed.length).toBeGreaterThan(0);
    for (const s of unnamed)
      Object.defineProperty(s, 'entities', {
        get: () => {
          throw new Error(`entities of sentence ${s.id} read`);
        },
      });
    expect(buildActors(story, runs)).toEqual(invented);
  });
});

describe('findActor', () => {
  it('matches names and aliases whatever the case and diacritics', () => {
    expect(findActor(talks, 'wilma ostrander')?.name).toBe('Wilma Ostrander');
    expect(findActor(talks, 'OSTRANDER')?.name).toBe('Wilma Ostrander');
    expect(findActor(talks, 'Halvorson')?.name).toBe('Greta Halvorsen');
    expect(findActor(talks, 'Greta Hálvorsen')?.name).toBe('Greta Halvorsen');
    expect(findActor(invented, 'kowalska')?.name).toBe('Anna Kowalska');
  });

  it('drops titles and forgives small misspellings', () => {
    expect(findActor(talks, 'Mayor Carvalho')?.name).toBe('Ines Carvalho');
    expect(findActor(talks, 'Mr. Pell')?.name).toBe('Jonas Pell');
    expect(findActor(talks, 'Halvorsan')?.name).toBe('Greta Halvorsen');
    expect(findActor(talks, 'Dunlevy')?.name).toBe('Cormac Dunleavy');
    expect(findActor(talks, 'Linus Farow')?.name).toBe('Linus Farrow');
  });

  it('finds the same after a warm-up made its keys a few actors a step', () => {
    const many = Array.from({ length: 20 }, () => talks).flat();
    const warmed = [...many];
    const steps = [...warmActorKeys(warmed)].length;
    expect(steps).toBeGreaterThan(0);
    expect(steps).toBe(Math.floor(many.length / 64) + 1); // and one before sorting the spellings
    for (const q of ['Ostrander', 'Mayor Carvalho', 'Halvorsan', 'Napoleon Bonaparte'])
      expect(findActor(warmed, q)?.name).toBe(findActor([...many], q)?.name);
    expect([...warmActorKeys(warmed)]).toEqual([]);
  });

  it('finds nobody for unknown or empty queries', () => {
    expect(findActor(talks, 'Napoleon Bonaparte')).toBeUndefined();
    expect(findActor(talks, '')).toBeUndefined();
    expect(findActor([], 'Ostrander')).toBeUndefined();
  });
});

describe('suggestActors', () => {
  it('completes names, aliases and roles', () => {
    expect(suggestActors(talks, 'halv')[0]?.name).toBe('Greta Halvorsen');
    expect(suggestActors(talks, 'branno').map((a) => a.name)).toEqual(['Edda Rask']);
    expect(suggestActors(talks, 'Os')[0]?.name).toBe('Wilma Ostrander');
    expect(suggestActors(talks, 'nephe').map((a) => a.name)).toEqual(['Linus Farrow']);
    expect(suggestActors(talks, 'HALVORSÉN')[0]?.name).toBe('Greta Halvorsen');
  });

  it('lists the most mentioned first for an empty query and respects the limit', () => {
    const top = suggestActors(talks, '', 3);
    expect(top).toHaveLength(3);
    expect(top[0]!.name).toBe(talks[0]!.name);
    expect(suggestActors(talks, 'a', 2)).toHaveLength(2);
    expect(suggestActors(talks, 'qqqq')).toEqual([]);
  });

  it('answers in well under 5 ms', () => {
    suggestActors(talks, 'x');
    const t0 = performance.now();
    for (let i = 0; i < 100; i += 1) suggestActors(talks, ['halv', 'branno', 'ca', 'minister', 'pel'][i % 5]!);
    expect((performance.now() - t0) / 100).toBeLessThan(5);
  });
});

describe('quote attribution rules', () => {
  const attribute = (text: string, previous: { speakers: string[]; firstPerson?: string; quoteSpeaker?: string }[] = []) => {
    const story = buildStory([article('x', text)], 'x');
    const s = story.sentences[0]!;
    const tagged = tagSentence(s.text);
    const people = s.entities.filter((e) => e.type === 'PERSON').map((e) => ({ start: e.start, end: e.end, canonical: e.canonical! }));
    return attributeQuotes(s.text, wordsOf(tagged.tokens), people, {
      previous: previous.map((p) => ({ speakers: p.speakers, firstPerson: p.firstPerson, quoteSpeaker: p.quoteSpeaker })),
      signedBy: undefined,
    });
  };

  it('finds quotations, closed or running to the end', () => {
    expect(quoteSpans('He said "yes," then “no” and "maybe').map((q) => q.text)).toEqual(['yes', 'no', 'maybe']);
  });

  it('reads the speaker after or before the quote', () => {
    expect(attribute('"We are ready," Minister Ola Nordmann said.').quotes).toEqual([{ speaker: 'Ola Nordmann', text: 'We are ready' }]);
    expect(attribute('"We are ready," said Minister Ola Nordmann.').quotes[0]?.speaker).toBe('Ola Nordmann');
    expect(attribute('Minister Ola Nordmann then cautioned, "Much remains."').quotes[0]?.speaker).toBe('Ola Nordmann');
  });

  it('resolves he/she to the previous speaker and leaves non-person speakers alone', () => {
    expect(attribute('"It went well," he said.', [{ speakers: ['Kari Hansen'], quoteSpeaker: 'Kari Hansen' }]).quotes[0]?.speaker).toBe(
      'Kari Hansen',
    );
    expect(attribute('"It went well," the spokesman said.', [{ speakers: ['Kari Hansen'] }]).quotes).toEqual([]);
  });

  it('reads the speaker after "according to" and across a who clause, and no one named inside the quotation', () => {
    expect(attribute('"The ferry will sail in May," according to Marta Lindqvist.').quotes[0]?.speaker).toBe('Marta Lindqvist');
    expect(attribute('Marta Lindqvist, who chairs the harbour board, said "The vote was fair."').quotes[0]?.speaker).toBe(
      'Marta Lindqvist',
    );
    const quoted = attribute('"Ask Orla Holm," he said.', [{ speakers: ['Ivo Sandberg'], quoteSpeaker: 'Ivo Sandberg' }]);
    expect(quoted.quotes[0]?.speaker).toBe('Ivo Sandberg');
    expect(quoted.speakers).toEqual(['Ivo Sandberg']);
  });

  describe('roles on any story', () => {
    it('gives a person the organisation named after "of" and the demonym that opens their name', () => {
      const story = buildStory(
        [
          article(
            'r',
            'Tomas Brenner of Nordvik Partners said prices would fall. Norwegian Sigrid Hauge agreed with Tomas Brenner.',
            '2024-05-07',
          ),
        ],
        'r',
      );
      const actors = buildActors(story);
      expect(actors.find((a) => a.name === 'Tomas Brenner')?.roles.map((r) => r.text)).toContain('Nordvik Partners');
      expect(actors.find((a) => a.name === 'Sigrid Hauge')?.roles.map((r) => r.text)).toContain('Norwegian');
    });
  });
});
