import { describe, expect, it } from 'vitest';
import { PostingBuilder } from '../../src/search/postingBuilder.js';
import { flatPostings, NeighbourPostings, type PostingTable } from '../../src/search/postingTable.js';
import { INDEX_FIELDS, SentenceIndex, searchSentences } from '../../src/search/sentenceIndex.js';
import { termsOf } from '../../src/search/terms.js';
import { ByteReader, ByteWriter } from '../../src/story/byteStreams.js';
import { StringTable } from '../../src/story/columns.js';
import { decodePostings, encodePostings } from '../../src/story/indexColumns.js';

/** Invented sentences of two articles (0–3 and 4–6). */
const TEXTS = [
  'The ferry to Harrow Point left at dawn, and the ferry came back at dusk.',
  'Harbour master Elin Varga said the storm-damaged pier would reopen.',
  'Repairs will cost 40,000 crowns, Varga said on Monday.',
  'It is what it is.',
  'Café owners on the quay said the café would stay open.',
  'The ferry company thanked the harbour master.',
  'Varga said the quay would be rebuilt by the spring.',
];
const GROUP = Int32Array.from(TEXTS, (_, i) => (i < 4 ? 0 : 1));
const TITLES = ['Storm at Keld Bay', 'Quay to be rebuilt'];

function built(): PostingTable {
  const builder = new PostingBuilder({ field: 'context', of: 'text' });
  TEXTS.forEach((text, id) => builder.add({ id, text, context: '', title: TITLES[GROUP[id]!]! }, GROUP[id]));
  return builder.finish();
}

/** The table as bytes, with its string table (as the snapshot writes them). */
function encoded(table: PostingTable): { bytes: Uint8Array; strings: string[] } {
  const strings = new StringTable();
  const w = new ByteWriter();
  encodePostings(table, w, strings, { field: INDEX_FIELDS.indexOf('context'), of: INDEX_FIELDS.indexOf('text'), group: GROUP });
  return { bytes: w.view().slice(), strings: strings.list };
}

const decoded = (bytes: Uint8Array, strings: string[]) => decodePostings(new ByteReader(bytes), strings, () => GROUP);

describe('encodePostings and decodePostings', () => {
  it('read back every field’s postings, frequencies and lengths; the neighbours’ made from the sentences’', () => {
    const table = built();
    const { bytes, strings } = encoded(table);
    const back = decoded(bytes, strings);
    expect(back.terms).toEqual(table.terms);
    expect([...back.ids]).toEqual([...table.ids]);
    expect(back.fields.map((f) => flatPostings(f, back.terms.length))).toEqual(
      table.fields.map((f) => flatPostings(f, table.terms.length)),
    );
    expect(back.fields[INDEX_FIELDS.indexOf('context')]).toBeInstanceOf(NeighbourPostings);
  });

  it('leave out a neighbours’ field indexed from its text when it holds exactly the postings made from the sentences’', () => {
    const index = new SentenceIndex();
    index.addAll(
      TEXTS.map((text, id) => ({
        id,
        text,
        context: [id - 1, id + 1]
          .filter((j) => TEXTS[j] !== undefined && GROUP[j] === GROUP[id])
          .map((j) => TEXTS[j])
          .join(' '),
        title: TITLES[GROUP[id]!]!,
      })),
    );
    const table = index.postings();
    const { bytes, strings } = encoded(table);
    const back = decoded(bytes, strings);
    expect(back.fields[INDEX_FIELDS.indexOf('context')]).toBeInstanceOf(NeighbourPostings);
    expect(back.fields.map((f) => flatPostings(f, back.terms.length))).toEqual(
      table.fields.map((f) => flatPostings(f, table.terms.length)),
    );
  });

  it('give an index that searches exactly as the built one', () => {
    const table = built();
    const { bytes, strings } = encoded(table);
    const [fresh, loaded] = [table, decoded(bytes, strings)].map((t) => SentenceIndex.fromPostings(t));
    for (const q of ['ferry dawn', 'Varga quay storm', 'harbour master crowns', 'café spring'])
      expect(searchSentences(loaded!, termsOf(q), { limit: 5 })).toEqual(searchSentences(fresh!, termsOf(q), { limit: 5 }));
  });

  it('decode a term’s postings only when asked for: damaged postings load, and throw when that term is read', () => {
    const table = built();
    const { bytes, strings } = encoded(table);
    // The last bytes are those of the headline field's last term that has any: its last number cut short.
    const title = table.fields[INDEX_FIELDS.indexOf('title')]!;
    let last = table.terms.length - 1;
    while (title.size(last) === 0) last -= 1;
    bytes[bytes.length - 1] = 0x80;
    const back = decoded(bytes, strings);
    const field = back.fields[INDEX_FIELDS.indexOf('title')]!;
    expect(field.size(last)).toBe(title.size(last));
    expect(() => field.list(last)).toThrow(/^byteStreams:/);
    expect(field.list(0).to).toBe(title.size(0));
  });
});
