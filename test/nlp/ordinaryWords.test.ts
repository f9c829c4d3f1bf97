import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/nlp/entities.js';
import { LowerCaseCounts, opensText } from '../../src/nlp/lowerCaseUses.js';
import { resolveNames } from '../../src/nlp/names.js';

/** The names of invented sentences, read as one story: each sentence its own text, so the story's words are known. */
const typed = (sentences: string[]) =>
  resolveNames(
    sentences.map((s) => tagSentence(s).names),
    undefined,
    sentences,
  ).entities.map((es) => es.map((e) => `${e.type}:${e.text}${e.canonical && e.canonical !== e.text ? `=${e.canonical}` : ''}`));

describe('LowerCaseCounts', () => {
  it('counts the whole lower-case words, hyphen parts too, never part of a capitalised word', () => {
    const counts = LowerCaseCounts.of(['Stock fell in Stockholm.', 'The stock-market and the stock rose.', 'Restocking began.']);
    expect(counts.uses('stock')).toBe(2);
    expect(counts.uses('the')).toBe(1);
    expect(counts.uses('market')).toBe(1);
    expect(counts.uses('restocking')).toBe(0);
    expect(counts.uses('Stock')).toBe(0);
  });

  it('counts what a scan by /\\b[a-z]+/g counts, text by text as one story', () => {
    const byRegex = (texts: readonly string[]) => {
      const uses = new Map<string, number>();
      for (const text of texts) for (const [word] of text.matchAll(/\b[a-z]+/g)) uses.set(word, (uses.get(word) ?? 0) + 1);
      return uses;
    };
    const piece = fc.constantFrom('ab', 'b', 'abc', 'Ab', 'x', '_', '9', '-', ' ', 'é', '’', 'ba', 'cab', 'A', '\n');
    const text = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
    const asked = ['ab', 'b', 'abc', 'ba', 'cab', 'x', 'Ab', 'a-b', '', 'abcab'];
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (texts) => {
        const counts = new LowerCaseCounts();
        for (const t of texts) counts.add(t);
        const expected = byRegex(texts);
        for (const word of [...asked, ...expected.keys()]) expect(counts.uses(word)).toBe(expected.get(word) ?? 0);
      }),
      { numRuns: 500 },
    );
  });

  it('finds each of many words, the ones sharing a hash slot too', () => {
    const words = Array.from(
      { length: 3000 },
      (_, i) =>
        `w${'abcdefghij'[i % 10]}${'klmnopqrst'[Math.floor(i / 10) % 10]}${'uvwxyzabcd'[Math.floor(i / 100) % 10]}${'efg'[Math.floor(i / 1000)]}`,
    );
    const counts = LowerCaseCounts.of([words.join(' '), words.slice(0, 10).join('-')]);
    expect(words.every((w, i) => counts.uses(w) === (i < 10 ? 2 : 1))).toBe(true);
    expect(counts.uses('wakuh')).toBe(0);
  });

  it('knows a sentence’s first word behind opening quotes', () => {
    expect(opensText('“Harbour fees rose,” she said.', 1)).toBe(true);
    expect(opensText('The Harbour closed.', 4)).toBe(false);
  });
});

describe('a capitalised word the story writes in lower case', () => {
  it('reads the counts it is given (the read stage’s, made as it handed the sentences on) rather than the texts again', () => {
    const story = [
      'Ferry crossings to Ostwick stopped on Monday.',
      'The ferry had run for forty years.',
      'Ferry crossings resume next week.',
    ];
    const runs = story.map((s) => tagSentence(s).names);
    const named = (counts: LowerCaseCounts) =>
      resolveNames(runs, undefined, story, counts)
        .entities.flat()
        .map((e) => e.text);
    expect(named(LowerCaseCounts.of(story))).toEqual(['Ostwick']);
    expect(named(new LowerCaseCounts())).toContain('Ferry');
  });

  it('is no name where only a sentence’s start capitalised it', () => {
    expect(
      typed(['Ferry crossings to Ostwick stopped on Monday.', 'The ferry had run for forty years.', 'Ferry crossings resume next week.']),
    ).toEqual([['PLACE:Ostwick'], [], []]);
  });

  it('is no name where the story writes it in lower case more often and nothing cues a name', () => {
    const story = ['The school opened in May.', 'Each school has a garden.', 'Pupils walk to school.', 'For details see School.'];
    expect(typed(story)).toEqual([[], [], [], []]);
    // "The School" is the one the story means: "the" cues a name.
    expect(typed([...story.slice(0, 3), 'The School said pupils would return.']).at(-1)).toEqual(['ORG:School']);
  });

  it('gives a given name that is such a word, before another such word, no person’s reading', () => {
    expect(typed(['Reform Party leader Tam Rusk spoke.', 'Law Reform was debated for hours.', 'The law needs reform, Rusk said.'])).toEqual(
      [['ORG:Reform Party', 'PERSON:Tam Rusk'], [], ['PERSON:Rusk=Tam Rusk']],
    );
  });

  it('keeps a given name that is such a word before a surname the story never writes in lower case', () => {
    expect(typed(['Bill Hale said the bill would pass.'])).toEqual([['PERSON:Bill Hale']]);
  });

  it('joins no person as a bare spelling unless the text cues a person where it stands alone', () => {
    expect(
      typed([
        'Lena Forest said the path would reopen.',
        'The forest is old and the path is steep.',
        'Walkers love Forest as much as the hills.',
      ]),
    ).toEqual([['PERSON:Lena Forest'], [], []]);
  });
});

describe('a place spelt like a person’s surname', () => {
  it('joins the person only by the surname itself, not by one spelt alike', () => {
    const out = typed([
      'Tom Wall said the ferry was late.',
      'The ferry docked in Waal on Monday.',
      'Waal has two piers.',
      'Waal was founded long ago.',
    ]);
    expect(out.flat()).not.toContain('PERSON:Waal=Tom Wall');
    expect(out[1]).toEqual(['PLACE:Waal']);
  });
});

describe('a name "the" stands before', () => {
  it('is a body, no person, when its head is a plural or a body’s noun', () => {
    expect(
      typed([
        'The Marlow Kestrels won the final on Sunday.',
        'The Kestrels scored twice before half-time.',
        'Coach Ada Vell praised the Kestrels.',
      ]),
    ).toEqual([['ORG:Marlow Kestrels'], ['ORG:Kestrels'], ['PERSON:Ada Vell', 'ORG:Kestrels']]);
  });
});
