import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PostingBuilder } from '../../src/search/postingBuilder.js';
import {
  type FieldPostings,
  LAZY_CACHE_PER_DOCUMENT,
  LAZY_CACHE_POSTINGS,
  LazyField,
  neighbourPostings,
  type PostingTable,
} from '../../src/search/postingTable.js';
import { SentenceIndex } from '../../src/search/sentenceIndex.js';
import { indexWords, termOf } from '../../src/search/terms.js';
import type { IndexedDoc } from '../../src/story/story.js';

/** Invented sentences with repeats, stop words, hyphens, numbers, accents and empty fields. */
const TEXTS = [
  'The ferry to Harrow Point left at dawn, and the ferry came back at dusk.',
  'Harbour master Elin Varga said the storm-damaged pier would reopen.',
  'Repairs will cost 40,000 crowns, Varga said on Monday.',
  'It is what it is.',
  '',
  'Café owners on the quay said the café would stay open — the café!',
  'The ferry to Harrow Point left at dawn, and the ferry came back at dusk.',
];

function docs(): IndexedDoc[] {
  return TEXTS.map((text, id) => ({
    id: id * 3 + 1,
    text,
    context: [TEXTS[id - 1], TEXTS[id + 1]].filter((t) => t !== undefined).join(' '),
    title: id < 3 ? 'Storm at Keld Bay' : '',
  }));
}

/** Term t's postings in a field as [document, frequency] pairs, with its bounds. */
/** MiniSearch's own index of the sentences, each with its paragraph neighbours as context (the builder's reference). */
function miniSearchOf(sentences: string[], groupOf: (d: number) => number, title: (d: number) => string): SentenceIndex {
  const index = new SentenceIndex();
  index.addAll(
    sentences.map((text, d) => ({
      id: d,
      text,
      context: [d - 1, d + 1]
        .filter((j) => sentences[j] !== undefined && groupOf(j) === groupOf(d))
        .map((j) => sentences[j])
        .join(' '),
      title: title(d),
    })),
  );
  return index;
}

function listOf(f: FieldPostings, t: number): { postings: number[][]; maxTf: number; minLength: number; size: number } {
  const { docs, tfs, from, to, maxTf, minLength } = f.list(t);
  const postings = [...docs.subarray(from, to)].map((d, i) => [d, tfs[from + i]!]);
  return { postings, maxTf, minLength, size: f.size(t) };
}

/** A table as plain data keyed by term, so term numbering does not matter. */
function byTerm(table: PostingTable): unknown {
  return {
    documentCount: table.documentCount,
    ids: [...table.ids],
    fields: table.fields.map((f) => ({
      avgLength: f.avgLength,
      length: [...f.length],
      postings: Object.fromEntries(
        table.terms
          .map((term, t) => [term, listOf(f, t)] as const)
          .filter(([, list]) => list.postings.length > 0)
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
    })),
  };
}

describe('PostingBuilder', () => {
  it('makes exactly the table of a MiniSearch addAll of the same documents: postings, frequencies, field lengths and their mean', () => {
    const viaMiniSearch = new SentenceIndex();
    viaMiniSearch.addAll(docs());
    const builder = new PostingBuilder();
    for (const doc of docs()) builder.add(doc);
    const direct = builder.finish();
    expect(byTerm(direct)).toEqual(byTerm(viaMiniSearch.postings()));
    direct.fields.forEach((f, i) => expect(f.avgLength).toBe(viaMiniSearch.postings().fields[i]!.avgLength));
  });

  it('counts each document’s terms as MiniSearch does past its first thousand terms, words met before included', () => {
    // Invented words of three syllables (1,728 of them), each document a run of them with repeats and stop words.
    const syllables = ['ka', 'lo', 'mi', 'ven', 'tor', 'ba', 'sel', 'dru', 'pa', 'ri', 'gon', 'thu'];
    const word = (k: number) => syllables[k % 12]! + syllables[Math.floor(k / 12) % 12]! + syllables[Math.floor(k / 144) % 12]!;
    const many: IndexedDoc[] = Array.from({ length: 6 }, (_, d) => ({
      id: d,
      text: Array.from({ length: 900 }, (_, i) => `${word((d * 311 + i * 7) % 1728)} the ${word(i % 50)}`).join(' '),
      context: '',
      title: d % 2 === 0 ? `${word(d)} and ${word(d)}` : '',
    }));
    const viaMiniSearch = new SentenceIndex();
    viaMiniSearch.addAll(many);
    const builder = new PostingBuilder();
    for (const doc of many) builder.add(doc);
    expect(byTerm(builder.finish())).toEqual(byTerm(viaMiniSearch.postings()));
  });

  it('gives an index whose MiniSearch search scores as the MiniSearch-built one', () => {
    const viaMiniSearch = new SentenceIndex();
    viaMiniSearch.addAll(docs());
    const builder = new PostingBuilder();
    for (const doc of docs()) builder.add(doc);
    const direct = SentenceIndex.fromPostings(builder.finish());
    for (const q of ['ferry dawn', 'Varga pier storm', 'café quay', 'crowns Monday'])
      expect(direct.search(q)).toEqual(viaMiniSearch.search(q));
  });
});

describe('PostingBuilder with a neighbours’ field', () => {
  // Three articles: sentences 0–2, 3 (alone: no neighbours at all) and 4–6.
  const group = [0, 0, 0, 1, 2, 2, 2];
  const grouped = (): IndexedDoc[] =>
    TEXTS.map((text, id) => ({
      id: id * 3 + 1,
      text,
      context: [id - 1, id + 1]
        .filter((j) => TEXTS[j] !== undefined && group[j] === group[id])
        .map((j) => TEXTS[j])
        .join(' '),
      title: id < 3 ? 'Storm at Keld Bay' : '',
    }));

  it('makes the table of a MiniSearch addAll whose neighbours’ text is joined, without reading that text', () => {
    const viaMiniSearch = new SentenceIndex();
    viaMiniSearch.addAll(grouped());
    const builder = new PostingBuilder({ field: 'context', of: 'text' });
    grouped().forEach((doc, i) => builder.add({ ...doc, context: 'never read' }, group[i]));
    const direct = builder.finish();
    expect(byTerm(direct)).toEqual(byTerm(viaMiniSearch.postings()));
    direct.fields.forEach((f, i) => expect(f.avgLength).toBe(viaMiniSearch.postings().fields[i]!.avgLength));
  });

  it('gives the same table when it forgets the words it numbered every few documents, neighbours’ lengths included', () => {
    // Invented articles whose sentences share words with their neighbours, so a forgotten word is met again.
    const syllables = ['ka', 'lo', 'mi', 'ven', 'tor', 'ba', 'sel', 'dru'];
    const word = (k: number) => syllables[k % 8]! + syllables[Math.floor(k / 8) % 8]!;
    const sentences = Array.from({ length: 40 }, (_, d) =>
      Array.from({ length: 9 }, (_, i) => `${word(d * 5 + i)} ${i % 3 === 0 ? 'the' : word(d + i * 2)}`).join(' '),
    );
    const groupOf = (d: number) => Math.floor(d / 7);
    const headline = (d: number) => (groupOf(d) % 2 === 0 ? `${word(groupOf(d))} harbour ${word(groupOf(d) + 3)}` : '');
    const table = (wordsKept?: number) => {
      const builder = new PostingBuilder({ field: 'context', of: 'text' }, wordsKept);
      sentences.forEach((text, d) => builder.add({ id: d, text, context: '', title: headline(d) }, groupOf(d)));
      return builder.finish();
    };
    expect(byTerm(table())).toEqual(byTerm(miniSearchOf(sentences, groupOf, headline).postings()));
    for (const wordsKept of [1, 10, 25]) expect(byTerm(table(wordsKept))).toEqual(byTerm(table()));
  });

  it('finds each of thousands of words again by its place in the text, as MiniSearch does (its table grown many times)', () => {
    // Invented words of letters, digits and hyphens, many of the same length; each sentence repeats some of the last one's.
    const letters = 'abcdefghij';
    const word = (k: number) => `${letters[k % 10]}${letters[Math.floor(k / 10) % 10]}${k % 7 === 0 ? '-' : ''}${Math.floor(k / 100)}`;
    const sentences = Array.from({ length: 300 }, (_, d) => Array.from({ length: 12 }, (_, i) => word((d * 11 + i * 37) % 4000)).join(' '));
    const builder = new PostingBuilder({ field: 'context', of: 'text' });
    sentences.forEach((text, d) => builder.add({ id: d, text, context: '', title: '' }, Math.floor(d / 9)));
    const direct = builder.finish();
    expect(direct.terms.length).toBeGreaterThan(2000);
    expect(byTerm(direct)).toEqual(
      byTerm(
        miniSearchOf(
          sentences,
          (d) => Math.floor(d / 9),
          () => '',
        ).postings(),
      ),
    );
  });

  it('counts the documents of each term in a field, in the order a pass over the documents meets the terms', () => {
    const builder = new PostingBuilder({ field: 'context', of: 'text' });
    grouped().forEach((doc, i) => builder.add(doc, group[i]));
    builder.finish();
    const expected = new Map<string, number>();
    for (const text of TEXTS) for (const t of new Set(indexTermsOf(text))) expected.set(t, (expected.get(t) ?? 0) + 1);
    expect([...builder.documentFrequency('text')]).toEqual([...expected]);
  });
});

describe('neighbourPostings', () => {
  it('makes the neighbours’ field from the sentences’ own postings, exactly as indexing the neighbours’ text does', () => {
    // Two articles: sentences 0–3 and 4–6; a sentence's neighbours are in its own article only.
    const group = Int32Array.from(TEXTS, (_, i) => (i < 4 ? 0 : 1));
    const builder = new PostingBuilder();
    TEXTS.forEach((text, id) => {
      const near = [id - 1, id + 1].filter((j) => TEXTS[j] !== undefined && group[j] === group[id]);
      builder.add({ id, text, context: near.map((j) => TEXTS[j]).join(' '), title: '' });
    });
    const table = builder.finish();
    const context = table.fields[1]!;
    const made = neighbourPostings(table.fields[0]!, group, context.length, context.avgLength);
    const terms = table.terms.map((_, t) => t);
    expect(terms.map((t) => listOf(made, t))).toEqual(terms.map((t) => listOf(context, t)));
    const count = (f: FieldPostings) => terms.reduce((sum, t) => sum + f.size(t), 0);
    expect(count(context)).toBeGreaterThan(count(table.fields[0]!));
  });
});

describe('neighbourPostings on any articles and holders', () => {
  it('gives each document the sum of its neighbours’ frequencies, in arrays of exactly that many postings', () => {
    // Articles of 1–4 sentences; one term held by any of the sentences (runs of holders make a sentence both the one
    // after a holder and the one before another).
    const articles = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(articles, fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 120 }), (sizes, picks) => {
        const group = Int32Array.from(sizes.flatMap((size, g) => Array.from({ length: size }, () => g)));
        const n = group.length;
        const held = Array.from({ length: n }, (_, d) => picks[d] ?? 0);
        const holders = held.flatMap((tf, d) => (tf > 0 ? [d] : []));
        const own: FieldPostings = {
          length: new Uint32Array(n).fill(3),
          avgLength: 3,
          size: () => holders.length,
          list: () => ({
            docs: Int32Array.from(holders),
            tfs: Uint32Array.from(holders, (d) => held[d]!),
            from: 0,
            to: holders.length,
            maxTf: 3,
            minLength: 3,
          }),
        };
        const made = neighbourPostings(own, group, new Uint32Array(n).fill(6), 6).list(0);
        const expected = held.flatMap((_, d) => {
          const tf = (d > 0 && group[d - 1] === group[d] ? held[d - 1]! : 0) + (d + 1 < n && group[d + 1] === group[d] ? held[d + 1]! : 0);
          return tf > 0 ? [[d, tf]] : [];
        });
        expect(Array.from(made.docs, (d, i) => [d, made.tfs[i]])).toEqual(expected);
        expect(made.docs.buffer.byteLength).toBe(4 * expected.length);
      }),
    );
  });
});

describe('LazyField', () => {
  it('makes a term’s postings once, when first asked for, and keeps them', () => {
    const made: number[] = [];
    const field = new LazyField(new Uint32Array([3, 1, 2]), 2, (t) => {
      made.push(t);
      return { docs: Int32Array.of(t, 2), tfs: Uint32Array.of(1, 4) };
    });
    expect(field.list(1)).toMatchObject({ from: 0, to: 2, maxTf: 4, minLength: 1 });
    expect(field.list(1).docs).toEqual(Int32Array.of(1, 2));
    expect(field.size(0)).toBe(2);
    expect(made).toEqual([1, 0]);
  });

  it('reads a made list’s bounds (highest tf, shortest field) only when pruning asks for them', () => {
    const lengths = new Uint32Array([3, 5, 2]);
    const field = new LazyField(lengths, 2, () => ({ docs: Int32Array.of(0, 1), tfs: Uint32Array.of(2, 1) }));
    const list = field.list(0);
    // Made without reading the lengths: a length changed afterwards is the one the bounds see.
    lengths[0] = 4;
    expect(list.minLength).toBe(4);
    expect(list.maxTf).toBe(2);
  });

  /** A field of `documents` documents whose every term has `postings` postings, and the terms it made. */
  const sized = (documents: number, postings: number) => {
    const made: number[] = [];
    const field = new LazyField(new Uint32Array(documents), 1, (t) => {
      made.push(t);
      return { docs: new Int32Array(postings), tfs: new Uint32Array(postings).fill(1) };
    });
    return { field, made };
  };

  it('lets the least recently used terms go when it holds more postings than its budget, and makes them again when asked', () => {
    const { field, made } = sized(1, LAZY_CACHE_POSTINGS / 2);
    field.list(0);
    field.list(1);
    field.list(0); // used again: now the newest
    field.list(2); // lets 1 go, not 0
    field.list(0);
    expect(made).toEqual([0, 1, 2]);
    field.list(1);
    expect(made).toEqual([0, 1, 2, 1]);
  });

  it('budgets by the documents it is told of, when its lists are made from another table’s (passages from sentences)', () => {
    const made: number[] = [];
    const documents = (2 * LAZY_CACHE_POSTINGS) / LAZY_CACHE_PER_DOCUMENT;
    const field = new LazyField(
      new Uint32Array(1),
      1,
      (t) => {
        made.push(t);
        return { docs: new Int32Array(LAZY_CACHE_POSTINGS / 2), tfs: new Uint32Array(LAZY_CACHE_POSTINGS / 2).fill(1) };
      },
      undefined,
      documents,
    );
    for (const t of [0, 1, 2, 3, 0, 1, 2, 3]) field.list(t);
    expect(made).toEqual([0, 1, 2, 3]);
  });

  it('holds more postings in a larger index (LAZY_CACHE_PER_DOCUMENT each)', () => {
    const documents = (2 * LAZY_CACHE_POSTINGS) / LAZY_CACHE_PER_DOCUMENT;
    const { field, made } = sized(documents, LAZY_CACHE_POSTINGS / 2);
    for (const t of [0, 1, 2, 3, 0, 1, 2, 3]) field.list(t);
    expect(made).toEqual([0, 1, 2, 3]);
    field.list(4);
    expect(made).toEqual([0, 1, 2, 3, 4]);
  });
});

/** The terms the index reads a text by (its hyphenated words also whole, joined). */
function indexTermsOf(text: string): string[] {
  return indexWords(text).flatMap((w) => termOf(w) ?? []);
}
