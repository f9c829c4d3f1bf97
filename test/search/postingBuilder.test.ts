import { describe, expect, it } from 'vitest';
import { PostingBuilder } from '../../src/search/postingBuilder.js';
import { neighbourPostings, type PostingTable } from '../../src/search/postingTable.js';
import { SentenceIndex } from '../../src/search/sentenceIndex.js';
import { termsOf } from '../../src/search/terms.js';
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
          .map((term, t) => [term, [...f.docs.subarray(f.start[t], f.start[t + 1])].map((d, i) => [d, f.tfs[f.start[t]! + i]])] as const)
          .filter(([, list]) => list.length > 0)
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
    direct.fields.forEach((f, i) => {
      expect(f.avgLength).toBe(viaMiniSearch.postings().fields[i]!.avgLength);
      expect([...f.maxTf]).toEqual(
        direct.terms.map((t) => viaMiniSearch.postings().fields[i]!.maxTf[viaMiniSearch.postings().termNumbers.get(t)!]),
      );
      expect([...f.minLength]).toEqual(
        direct.terms.map((t) => viaMiniSearch.postings().fields[i]!.minLength[viaMiniSearch.postings().termNumbers.get(t)!]),
      );
    });
  });

  it('counts the documents of each term in a field, in the order a pass over the documents meets the terms', () => {
    const builder = new PostingBuilder({ field: 'context', of: 'text' });
    grouped().forEach((doc, i) => builder.add(doc, group[i]));
    builder.finish();
    const expected = new Map<string, number>();
    for (const text of TEXTS) for (const t of new Set(termsOf(text))) expected.set(t, (expected.get(t) ?? 0) + 1);
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
    const made = neighbourPostings(table.fields[0]!, table.terms.length, group, context.length, context.avgLength);
    expect(made).toEqual(context);
    expect(context.docs.length).toBeGreaterThan(table.fields[0]!.docs.length);
  });
});
