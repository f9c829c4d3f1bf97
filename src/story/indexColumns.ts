import { computeBounds, type FieldPostings, neighbourPostings, type PostingTable } from '../search/postingTable.js';
import type { ByteReader, ByteWriter } from './byteStreams.js';
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
 * The sentence index's posting table as bytes: terms as numbers into the snapshot's string table, and per
 * field each term's posting list as a count, then (gap to the previous document, frequency) varint pairs;
 * field lengths and document ids as varints. About 2–3 bytes a posting. A field of neighbours whose
 * postings `neighbourPostings` makes again exactly (checked here) is written without them: its lengths
 * only, and the reader makes the postings (61% of all of them, at 100,000 sentences).
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
    for (let t = 0; t < table.terms.length; t += 1) {
      const from = field.start[t]!;
      const to = field.start[t + 1]!;
      w.uint(to - from);
      let prev = -1;
      for (let i = from; i < to; i += 1) {
        const doc = field.docs[i]!;
        w.uint(doc - prev - 1);
        w.uint(field.tfs[i]!);
        prev = doc;
      }
    }
  }
}

/** Whether the neighbours' postings are exactly those `neighbourPostings` makes from the field they are of. */
function derives(table: PostingTable, n: NeighbourField): boolean {
  const field = table.fields[n.field]!;
  const own = table.fields[n.of];
  if (!own || n.group.length !== table.ids.length) return false;
  const made = neighbourPostings(own, table.terms.length, n.group, field.length, field.avgLength);
  return sameArrays(made.start, field.start) && sameArrays(made.docs, field.docs) && sameArrays(made.tfs, field.tfs);
}

function sameArrays(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Reads what `encodePostings` wrote, checking it as it goes; `groupOf` gives the groups of a neighbours'
 * field written without its postings (from the document ids).
 * @throws Error prefixed `indexColumns:` when the postings are not a valid table (a damaged snapshot)
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
      fields.push(neighbourPostings(own, termCount, group, length, avgLength));
      continue;
    }
    const start = new Uint32Array(termCount + 1);
    let docs = new Int32Array(1024);
    let tfs = new Uint32Array(1024);
    let at = 0;
    for (let t = 0; t < termCount; t += 1) {
      start[t] = at;
      const n = r.uint();
      if (at + n > docs.length) {
        let cap = docs.length * 2;
        while (cap < at + n) cap *= 2;
        const d2 = new Int32Array(cap);
        d2.set(docs.subarray(0, at));
        docs = d2;
        const t2 = new Uint32Array(cap);
        t2.set(tfs.subarray(0, at));
        tfs = t2;
      }
      r.pairs(n, docs, tfs, at, size);
      at += n;
    }
    start[termCount] = at;
    fields.push(computeBounds({ start, docs: docs.slice(0, at), tfs: tfs.slice(0, at), length, avgLength }, termCount));
  }
  return { documentCount, ids, terms, termNumbers: new Map(terms.map((term, i) => [term, i])), fields };
}
