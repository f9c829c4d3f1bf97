import type { FieldPostings, PostingTable } from './postingTable.js';
import type { QueryLists, ScoredDocument, TopOptions } from './topDocuments.js';

/**
 * Documents per block of the blocked walk: the block's work arrays (about 30 bytes a document) stay in the
 * processor's nearer caches. Measured on the ranker's 2,000 searches at 100k sentences (isolated, mean):
 * 2,048 0.24 ms, 4,096 0.21 ms, 8,192 0.22 ms, 16,384 0.25 ms; the whole-table walk 0.9 ms.
 */
export const BLOCK_DOCUMENTS = 4_096;

/** One field's weighted BM25 for one posting, with MiniSearch's arithmetic (or the passages'). */
export function fieldScore(
  field: FieldPostings,
  idf: number,
  tf: number,
  doc: number,
  boost: number,
  fieldBoost: number,
  o: TopOptions,
): number {
  // The same operations in the same order as MiniSearch's, so scores agree bit for bit.
  if (o.sentenceScoring) return boost * fieldBoost * (idf * tfPart(field, tf, doc, o));
  return boost * idf * tfPart(field, tf, doc, o);
}

/** BM25's term-frequency part, `d + tf (k + 1) / (tf + k (1 - b + b · length / avgLength))`, as `fieldScore` computes it. */
function tfPart(field: FieldPostings, tf: number, doc: number, o: TopOptions): number {
  const { k, b, d } = o;
  return d + (tf * (k + 1)) / (tf + k * (1 - b + (b * field.length[doc]!) / field.avgLength));
}

/** A field's lengths in a byte each (LONG where the length is 255 or more: read the field's own), made once per field. */
function shortLengths(field: FieldPostings): Uint8Array {
  let short = shortCache.get(field);
  if (short) return short;
  short = new Uint8Array(field.length.length);
  for (let doc = 0; doc < short.length; doc += 1) short[doc] = Math.min(LONG, field.length[doc]!);
  shortCache.set(field, short);
  return short;
}
const LONG = 255;
const shortCache = new WeakMap<FieldPostings, Uint8Array>();

/** Makes the tables the walk reads of each field of a table (its lengths in a byte each), as a warm-up does before the first question. */
export function warmWalk(table: PostingTable): void {
  for (const field of table.fields) shortLengths(field);
}

/**
 * `tfPart` for tf 1 … TABLE_TF and each length below LONG (at `(tf - 1) × LONG + length`), bit for bit as
 * computed per posting. Nearly every posting is in it: with this table and `shortLengths` a posting costs a
 * byte read near the ones before it instead of a four-byte read anywhere in the table plus two divisions.
 */
function unitTable(field: FieldPostings, o: TopOptions): Float64Array {
  const known = unitCache.get(field);
  if (known && known.k === o.k && known.b === o.b && known.d === o.d) return known.unit;
  const { k, b, d } = o;
  const unit = new Float64Array(TABLE_TF * LONG);
  for (let tf = 1; tf <= TABLE_TF; tf += 1)
    for (let length = 0; length < LONG; length += 1)
      unit[(tf - 1) * LONG + length] = d + (tf * (k + 1)) / (tf + k * (1 - b + (b * length) / field.avgLength));
  unitCache.set(field, { k, b, d, unit });
  return unit;
}
/** The highest term frequency `unitTable` holds (a neighbours' field sums two sentences' counts). */
const TABLE_TF = 4;
const unitCache = new WeakMap<FieldPostings, { k: number; b: number; d: number; unit: Float64Array }>();

/** The block's work arrays, shared by every query (a walk runs to its end before the next begins). */
const scratch = {
  /** Stamps: which term (`term`) and which walk (`walk`) last wrote a document's entries. */
  term: 0,
  walk: 0,
  termStamp: new Uint32Array(BLOCK_DOCUMENTS),
  walkStamp: new Uint32Array(BLOCK_DOCUMENTS),
  termScore: new Float64Array(BLOCK_DOCUMENTS),
  /** The field that first gave the current term a document. */
  termField: new Uint8Array(BLOCK_DOCUMENTS),
  termTouched: new Int32Array(BLOCK_DOCUMENTS),
  total: new Float64Array(BLOCK_DOCUMENTS),
  matched: new Uint16Array(BLOCK_DOCUMENTS),
  /** First-touch key: query position × fields + field of the first posting that reached the document. */
  key: new Int32Array(BLOCK_DOCUMENTS),
  touched: new Int32Array(BLOCK_DOCUMENTS),
};

/** Clears the stamps before they could wrap around. */
function freshStamps(): void {
  if (scratch.term < 0xfffffff0 && scratch.walk < 0xfffffff0) return;
  scratch.term = 0;
  scratch.walk = 0;
  scratch.termStamp.fill(0);
  scratch.walkStamp.fill(0);
}

/**
 * The exhaustive walk's result (every posting of every query term read, scores summed in MiniSearch's
 * order: a term's fields first, then the terms in query order), computed a block of BLOCK_DOCUMENTS
 * documents at a time: within a block each list is read in order and the sums live in small arrays,
 * where walking whole lists one after another scatters its reads and writes over arrays as long as the
 * table (five times slower at 100k sentences, most of it waiting on memory). Ties are ordered as the
 * whole-table walk orders them, by first touch: the query position of the first term that reaches a
 * document, then its field, then the document. For unique terms with positive, finite boosts.
 */
export function blockedWalk(table: PostingTable, terms: readonly string[], lists: QueryLists, o: TopOptions): ScoredDocument[] {
  freshStamps();
  const s = scratch;
  const fieldCount = table.fields.length;
  const n = table.documentCount;
  // Per (term, field) list: where it starts, where it ends, and its weights, in query then field order.
  const at: number[] = [];
  const field: number[] = [];
  const pos: number[] = [];
  const end: number[] = [];
  const idf: number[] = [];
  const boost: number[] = [];
  let last = -1;
  terms.forEach((term, t) => {
    const termLists = lists[t];
    if (termLists === undefined) return;
    const b = o.termBoosts?.get(term) ?? 1;
    table.fields.forEach((_, f) => {
      const { docs, from, to } = termLists[f]!;
      if (to === from) return;
      const size = to - from;
      at.push(t);
      field.push(f);
      pos.push(from);
      end.push(to);
      idf.push(Math.log(1 + (n - size + 0.5) / (size + 0.5)));
      boost.push(b);
      last = Math.max(last, docs[to - 1]!);
    });
  });
  const count = at.length;
  // Each list's tables and weight, looked up once per search rather than once per block.
  const units = field.map((f) => unitTable(table.fields[f]!, o));
  const shorts = field.map((f) => shortLengths(table.fields[f]!));
  const scales = field.map((f, l) => (o.sentenceScoring ? boost[l]! * o.fieldBoosts[f]! : boost[l]! * idf[l]!));
  // The best `limit` so far, best first, in three arrays (an object per entry was most of a search's allocation).
  const limitOf = Math.max(0, o.limit);
  if (best.doc.length < limitOf + 1) {
    best.doc = new Int32Array(limitOf + 1);
    best.score = new Float64Array(limitOf + 1);
    best.key = new Int32Array(limitOf + 1);
  }
  const { doc: topDoc, score: topScore, key: topKey } = best;
  let topCount = 0;
  const { termStamp, walkStamp, termScore, termField, termTouched, total, matched, key, touched } = s;
  for (let base = 0; base <= last; base += BLOCK_DOCUMENTS) {
    // Blocks no list reaches are passed over: the walk goes on from the block of the nearest next posting.
    let next = last;
    for (let l = 0; l < count; l += 1) if (pos[l]! < end[l]!) next = Math.min(next, lists[at[l]!]![field[l]!]!.docs[pos[l]!]!);
    if (next >= base + BLOCK_DOCUMENTS) base += Math.floor((next - base) / BLOCK_DOCUMENTS) * BLOCK_DOCUMENTS;
    const limit = base + BLOCK_DOCUMENTS;
    s.walk += 1;
    const walk = s.walk;
    let touchedCount = 0;
    let l = 0;
    while (l < count) {
      // One term's lists (its fields, in order): its score per document summed over them first.
      const t = at[l]!;
      s.term += 1;
      const current = s.term;
      let termCount = 0;
      for (; l < count && at[l] === t; l += 1) {
        const list = lists[t]![field[l]!]!;
        const { docs, tfs } = list;
        const f = field[l]!;
        const fieldPostings = table.fields[f]!;
        const unit = units[l]!;
        const short = shorts[l]!;
        const termIdf = idf[l]!;
        // fieldScore's arithmetic, in its order: (boost × fieldBoost) × (idf × x), or (boost × idf) × x.
        const scale = scales[l]!;
        let i = pos[l]!;
        const stop = end[l]!;
        for (; i < stop; i += 1) {
          const doc = docs[i]!;
          if (doc >= limit) break;
          const tf = tfs[i]!;
          const length = short[doc]!;
          const x = tf >= 1 && tf <= TABLE_TF && length < LONG ? unit[(tf - 1) * LONG + length]! : tfPart(fieldPostings, tf, doc, o);
          const w = o.sentenceScoring ? scale * (termIdf * x) : scale * x;
          const local = doc - base;
          if (termStamp[local] !== current) {
            termStamp[local] = current;
            termScore[local] = w;
            termField[local] = f;
            termTouched[termCount++] = local;
          } else termScore[local] = termScore[local]! + w;
        }
        pos[l] = i;
      }
      for (let j = 0; j < termCount; j += 1) {
        const local = termTouched[j]!;
        if (walkStamp[local] !== walk) {
          walkStamp[local] = walk;
          total[local] = termScore[local]!;
          matched[local] = 1;
          key[local] = t * fieldCount + termField[local]!;
          touched[touchedCount++] = local;
        } else {
          total[local] = total[local]! + termScore[local]!;
          matched[local] = matched[local]! + 1;
        }
      }
    }
    for (let j = 0; j < touchedCount; j += 1) {
      const local = touched[j]!;
      const doc = base + local;
      const score = o.sentenceScoring ? total[local]! * matched[local]! : total[local]!;
      const k = key[local]!;
      if (topCount === o.limit && !ranksAbove(score, k, doc, topScore[topCount - 1]!, topKey[topCount - 1]!, topDoc[topCount - 1]!))
        continue;
      let p = topCount;
      while (p > 0 && ranksAbove(score, k, doc, topScore[p - 1]!, topKey[p - 1]!, topDoc[p - 1]!)) p -= 1;
      topDoc.copyWithin(p + 1, p, topCount);
      topScore.copyWithin(p + 1, p, topCount);
      topKey.copyWithin(p + 1, p, topCount);
      topDoc[p] = doc;
      topScore[p] = score;
      topKey[p] = k;
      if (topCount < o.limit) topCount += 1;
    }
  }
  const out: ScoredDocument[] = new Array(topCount);
  for (let p = 0; p < topCount; p += 1) out[p] = { doc: topDoc[p]!, score: topScore[p]! };
  return out;
}

/**
 * Whether (score, key, doc) ranks above (otherScore, otherKey, otherDoc): higher score, then first touch, then
 * document. A module function rather than a closure per walk (tsx names each closure bound to a name as it is made).
 */
function ranksAbove(score: number, k: number, doc: number, otherScore: number, otherKey: number, otherDoc: number): boolean {
  return score > otherScore || (score === otherScore && (k < otherKey || (k === otherKey && doc < otherDoc)));
}

/** The walk's best entries so far (grown to the largest `limit` asked for; a walk runs to its end before the next begins). */
const best = { doc: new Int32Array(0), score: new Float64Array(0), key: new Int32Array(0) };
