import {
  type FieldPostings,
  LazyField,
  NeighbourPostings,
  neighbourPostings,
  type PostingTable,
  type TermPostings,
} from '../search/postingTable.js';
import { ByteReader, ByteWriter } from './byteStreams.js';
import type { StringTable } from './columns.js';

/** A field that holds each document's neighbours (see `neighbourPostings`), and what tells them apart. */
export interface NeighbourField {
  /** The neighbours' field, and the field of the documents themselves, as numbers into the table's fields. */
  field: number;
  of: number;
  /** Per short document id: its group (article); neighbours are documents d - 1 and d + 1 of the same group. */
  group: Int32Array;
}

/**
 * The sentence index's posting table as bytes: terms as numbers into the snapshot's string table; per field
 * its lengths, then each term's posting count and byte size (varints), then all the terms' postings, each
 * a run of (gap to the previous document, frequency) varint pairs; about 2–3 bytes a posting. The counts
 * and sizes let the reader keep the postings as bytes and decode a term's when a query first needs it. A
 * field of neighbours whose postings `neighbourPostings` makes again exactly (checked here) is written
 * without them: its lengths only, and the reader makes a term's postings from its own field's (61% of all
 * the postings, at 100,000 sentences).
 */
export function encodePostings(table: PostingTable, w: ByteWriter, strings: StringTable, neighbours?: NeighbourField): void {
  w.uint(table.documentCount);
  w.uint(table.ids.length);
  for (const id of table.ids) w.uint(id + 1);
  w.uint(table.terms.length);
  for (const term of table.terms) w.uint(strings.id(term));
  w.uint(table.fields.length);
  for (const [f, field] of table.fields.entries()) {
    w.float(field.avgLength);
    for (const l of field.length) w.uint(l);
    const derived = neighbours?.field === f && derives(table, neighbours);
    w.uint(derived ? neighbours.of + 1 : 0);
    if (derived) continue;
    const blob = new ByteWriter(1 << 16);
    const sizes = new ByteWriter(table.terms.length * 2 + 16);
    for (let t = 0; t < table.terms.length; t += 1) {
      const { docs, tfs, from, to } = field.list(t);
      const before = blob.length;
      let prev = -1;
      for (let i = from; i < to; i += 1) {
        const doc = docs[i]!;
        blob.uint(doc - prev - 1);
        blob.uint(tfs[i]!);
        prev = doc;
      }
      w.uint(to - from);
      sizes.uint(blob.length - before);
    }
    w.bytes(sizes.view());
    w.bytes(blob.view());
  }
}

/** Whether the neighbours' postings are exactly those `neighbourPostings` makes from the field they are of. */
function derives(table: PostingTable, n: NeighbourField): boolean {
  const field = table.fields[n.field]!;
  const own = table.fields[n.of];
  if (!own || n.group.length !== table.ids.length) return false;
  // Made from the same field with the same neighbours (the build's): the same by construction.
  if (field instanceof NeighbourPostings && field.own === own && sameGroups(field.group, n.group)) return true;
  const made = neighbourPostings(own, n.group, field.length, field.avgLength);
  for (let t = 0; t < table.terms.length; t += 1) if (!sameList(made.list(t), field.list(t))) return false;
  return true;
}

/** Whether two group arrays put the same consecutive documents together (their numbers may differ). */
function sameGroups(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let d = 1; d < a.length; d += 1) if ((a[d - 1] === a[d]) !== (b[d - 1] === b[d])) return false;
  return true;
}

function sameList(a: TermPostings, b: TermPostings): boolean {
  if (a.to - a.from !== b.to - b.from) return false;
  for (let i = 0; i < a.to - a.from; i += 1)
    if (a.docs[a.from + i] !== b.docs[b.from + i] || a.tfs[a.from + i] !== b.tfs[b.from + i]) return false;
  return true;
}

/**
 * Reads what `encodePostings` wrote: the documents, terms and lengths now, each term's postings when first
 * asked for (from a copy of their bytes); `groupOf` gives the groups of a neighbours' field written without
 * its postings (from the document ids).
 * @throws Error prefixed `indexColumns:` when the table is not valid (a damaged snapshot); a term's
 *   postings that do not decode throw `byteStreams:` when asked for
 */
export function decodePostings(r: ByteReader, strings: readonly string[], groupOf?: (ids: Int32Array) => Int32Array): PostingTable {
  const documentCount = r.uint();
  const size = r.uint();
  const ids = new Int32Array(size);
  r.uints(ids, -1);
  const termCount = r.uint();
  const terms = new Array<string>(termCount);
  for (let t = 0; t < termCount; t += 1) {
    const term = strings[r.uint()];
    if (term === undefined) throw new Error('indexColumns: a term is not in the string table');
    terms[t] = term;
  }
  const fieldCount = r.uint();
  const fields: FieldPostings[] = [];
  for (let f = 0; f < fieldCount; f += 1) {
    const avgLength = r.float();
    const length = new Uint32Array(size);
    r.uints(length);
    const of = r.uint() - 1;
    if (of >= 0) {
      const own = fields[of];
      if (!own || !groupOf) throw new Error('indexColumns: a field of neighbours names no field before it');
      const group = groupOf(ids);
      if (group.length !== size) throw new Error('indexColumns: the groups of a field of neighbours are out of step with its documents');
      fields.push(neighbourPostings(own, group, length, avgLength));
      continue;
    }
    const counts = new Uint32Array(termCount);
    r.uints(counts);
    const offsets = new Uint32Array(termCount + 1);
    r.uints(offsets.subarray(1));
    for (let t = 0; t < termCount; t += 1) {
      if (counts[t]! > size) throw new Error('indexColumns: a term has more postings than there are documents');
      offsets[t + 1] = offsets[t + 1]! + offsets[t]!;
    }
    // A view on the loaded file (a Buffer's `slice` copies nothing), which the story keeps whole anyway: its token
    // columns read the file's bytes on demand.
    const blob = r.bytes(offsets[termCount]!).slice();
    fields.push(
      new LazyField(
        length,
        avgLength,
        (t, allocate) => {
          const n = counts[t]!;
          const { docs, tfs } = allocate(n);
          new ByteReader(blob.subarray(offsets[t]!, offsets[t + 1]!)).pairs(n, docs, tfs, 0, size);
          return { docs, tfs };
        },
        counts,
      ),
    );
  }
  return { documentCount, ids, terms, termNumbers: new Map(terms.map((term, i) => [term, i])), fields };
}
