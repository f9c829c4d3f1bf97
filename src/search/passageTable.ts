import { INDEX_FIELDS, type Passages } from './sentenceIndex.js';
import { type AllocatePostings, LazyField, type MadePostings, type PostingTable, type TermPostings } from './postingTable.js';

/** The sentence table's text postings summed per passage, and the passage of each sentence's short id. */
export interface PassageIndex {
  table: PostingTable;
  /** Passage of each short document id (-1: none). */
  ofDoc: Int32Array;
}

const cache = new WeakMap<Passages, { source: PostingTable; index: PassageIndex }>();

/**
 * A posting table whose documents are passages (paragraphs): a term's frequency in a passage is the sum
 * over its sentences' texts, a passage's length the sum of their lengths, and the document count the
 * passages with any text. BM25 over it is the passage score the ranker adds; made once per story and
 * passage map, each term's postings when a query first asks for them.
 */
export function passageTable(source: PostingTable, passages: Passages): PassageIndex {
  const cached = cache.get(passages);
  if (cached && cached.source === source) return cached.index;
  const text = source.fields[INDEX_FIELDS.indexOf('text')]!;
  const size = source.ids.length;
  const ofDoc = new Int32Array(size).fill(-1);
  const length = new Uint32Array(passages.count);
  for (let doc = 0; doc < size; doc += 1) {
    const id = source.ids[doc]!;
    const p = id >= 0 ? passages.ofSentence[id] : undefined;
    if (p === undefined || p < 0 || p >= passages.count) continue;
    ofDoc[doc] = p;
    length[p] = length[p]! + text.length[doc]!;
  }
  let used = 0;
  let total = 0;
  for (const l of length) {
    if (l <= 0) continue;
    used += 1;
    total += l;
  }
  // Budgeted by sentences, as the text field its lists are made from: a passage list costs a pass over the sentences' list.
  const field = new LazyField(
    length,
    total / (used || 1),
    (t, allocate) => passagePostings(text.list(t), ofDoc, allocate),
    undefined,
    size,
  );
  const ids = new Int32Array(passages.count);
  for (let i = 0; i < ids.length; i += 1) ids[i] = i;
  const index: PassageIndex = {
    table: { documentCount: used, ids, terms: source.terms, termNumbers: source.termNumbers, fields: [field] },
    ofDoc,
  };
  cache.set(passages, { source, index });
  return index;
}

/** One term's passage postings from its sentence postings. */
function passagePostings(text: TermPostings, ofDoc: Int32Array, allocate: AllocatePostings): MadePostings {
  const n = text.to - text.from;
  const { docs, tfs } = allocate(n);
  let at = 0;
  let sorted = true;
  for (let i = text.from; i < text.to; i += 1) {
    const p = ofDoc[text.docs[i]!]!;
    if (p < 0) continue;
    const last = at > 0 ? docs[at - 1]! : -1;
    if (p === last) tfs[at - 1] = tfs[at - 1]! + text.tfs[i]!;
    else {
      if (p < last) sorted = false;
      docs[at] = p;
      tfs[at] = text.tfs[i]!;
      at += 1;
    }
  }
  if (!sorted) at = mergeUnsorted(docs, tfs, 0, at, []);
  return at < n ? { docs: docs.subarray(0, at), tfs: tfs.subarray(0, at) } : { docs, tfs };
}

/** Sorts `[from, to)` by passage and sums the frequencies of equal passages; returns the new count. */
function mergeUnsorted(docs: Int32Array, tfs: Uint32Array, from: number, to: number, pairs: [number, number][]): number {
  pairs.length = 0;
  for (let i = from; i < to; i += 1) pairs.push([docs[i]!, tfs[i]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  let n = 0;
  for (const [p, tf] of pairs) {
    if (n > 0 && docs[from + n - 1] === p) tfs[from + n - 1] = tfs[from + n - 1]! + tf;
    else {
      docs[from + n] = p;
      tfs[from + n] = tf;
      n += 1;
    }
  }
  return n;
}
