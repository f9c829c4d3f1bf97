/**
 * The sentence index in flat arrays: for every term and field, the documents that hold it (ascending) and
 * how often. This is what the fast search walks and what the snapshot stores; MiniSearch's own maps of
 * maps are rebuilt from it only when something asks MiniSearch itself (see `SentenceIndex`).
 */
export interface PostingTable {
  /** Number of documents (sentences). */
  documentCount: number;
  /** External id (sentence id) of each MiniSearch short id; its length is MiniSearch's next short id. */
  ids: Int32Array;
  /** The terms, in the order of their number. */
  terms: string[];
  /** Term → its number (index into `terms`). */
  termNumbers: Map<string, number>;
  /** One entry per field, in MiniSearch's field-id order. */
  fields: FieldPostings[];
}

/** One field's postings and lengths. */
export interface FieldPostings {
  /** Postings of term t are `docs[start[t]] … docs[start[t + 1] - 1]`; `start` has `terms.length + 1` entries. */
  start: Uint32Array;
  /** Short document ids, ascending within each term. */
  docs: Int32Array;
  /** Term frequency of each posting. */
  tfs: Uint32Array;
  /** Length (in terms) of this field in each document, by short id. */
  length: Uint32Array;
  /** Mean field length, as MiniSearch computes it. */
  avgLength: number;
  /** Per term: the highest frequency and the shortest field among its postings (the BM25 upper bound's inputs). */
  maxTf: Uint32Array;
  minLength: Uint32Array;
}

/** Fills `maxTf` and `minLength` of a field from its postings. */
export function computeBounds(field: Omit<FieldPostings, 'maxTf' | 'minLength'>, termCount: number): FieldPostings {
  const maxTf = new Uint32Array(termCount);
  const minLength = new Uint32Array(termCount);
  const { start, docs, tfs, length } = field;
  for (let t = 0; t < termCount; t += 1) {
    let tf = 0;
    let len = 0xffffffff;
    for (let i = start[t]!; i < start[t + 1]!; i += 1) {
      if (tfs[i]! > tf) tf = tfs[i]!;
      const l = length[docs[i]!]!;
      if (l < len) len = l;
    }
    maxTf[t] = tf;
    minLength[t] = tf === 0 ? 0 : len;
  }
  return { ...field, maxTf, minLength };
}

/** Binary search: the tf of `doc` in postings `[from, to)` of a field, or 0. */
export function termFrequency(field: FieldPostings, from: number, to: number, doc: number): number {
  const { docs } = field;
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = docs[mid]!;
    if (d === doc) return field.tfs[mid]!;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/**
 * The postings of a field that holds each document's neighbours (documents `d - 1` and `d + 1` of the same
 * `group`, joined by a space), made from the postings of the field that holds each document itself: a
 * term's frequency in `d`'s neighbours is its frequency in `d - 1` plus that in `d + 1`. Exact as long as
 * the tokenizer never joins words across the space (`words` does not), so the snapshot need not store
 * them. `length` and `avgLength` (distinct words, which a sum cannot give) are the field's own.
 */
export function neighbourPostings(
  own: FieldPostings,
  termCount: number,
  group: Int32Array,
  length: Uint32Array,
  avgLength: number,
): FieldPostings {
  const n = group.length;
  // Per document: 1 when d - 1 is of its group, 2 when d + 1 is (one byte read per posting below, not two
  // group lookups), and so how many neighbour postings each holder can give at the most.
  const link = new Uint8Array(n);
  for (let d = 0; d < n; d += 1) {
    if (d > 0 && group[d - 1] === group[d]) link[d]! |= 1;
    if (d + 1 < n && group[d + 1] === group[d]) link[d]! |= 2;
  }
  const { docs: holders, tfs: counts } = own;
  let most = 0;
  for (let i = 0; i < holders.length; i += 1) {
    const l = link[holders[i]!]!;
    most += (l & 1) + (l >> 1);
  }
  const start = new Uint32Array(termCount + 1);
  let docs = new Int32Array(most);
  let tfs = new Uint32Array(most);
  let at = 0;
  for (let t = 0; t < termCount; t += 1) {
    start[t] = at;
    const to = own.start[t + 1]!;
    // Two ascending streams merged: "before a holder" (d - 1, from i) and "after a holder" (d + 1, from j).
    let i = own.start[t]!;
    let j = i;
    for (;;) {
      while (i < to && (link[holders[i]!]! & 1) === 0) i += 1;
      while (j < to && (link[holders[j]!]! & 2) === 0) j += 1;
      if (i >= to && j >= to) break;
      const a = i < to ? holders[i]! - 1 : n;
      const b = j < to ? holders[j]! + 1 : n;
      let tf = 0;
      if (a <= b) tf += counts[i++]!;
      if (b <= a) tf += counts[j++]!;
      docs[at] = Math.min(a, b);
      tfs[at] = tf;
      at += 1;
    }
  }
  start[termCount] = at;
  if (at < most) {
    docs = docs.slice(0, at);
    tfs = tfs.slice(0, at);
  }
  return computeBounds({ start, docs, tfs, length, avgLength }, termCount);
}
