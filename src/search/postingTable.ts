/**
 * The sentence index in flat arrays: for every term and field, the documents that hold it (ascending) and
 * how often. This is what the fast search walks and what the snapshot stores; MiniSearch's own maps of
 * maps are rebuilt from it only when something asks MiniSearch itself (see `SentenceIndex`).
 *
 * A field gives one term's postings at a time (`list`): a built index holds them in flat arrays
 * (`FlatField`); a loaded one decodes a term's postings when a query first needs them, and a field made
 * from another (the neighbours', the passages') makes a term's postings from that field's (`LazyField`).
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

/** One term's postings in one field: documents `docs[from] … docs[to - 1]` (ascending), their frequencies in `tfs`. */
export interface TermPostings {
  docs: Int32Array;
  tfs: Uint32Array;
  from: number;
  to: number;
  /** The highest frequency and the shortest field among them (the BM25 upper bound's inputs; 0 when none). */
  maxTf: number;
  minLength: number;
  /**
   * What a search worked out from the list and kept (its block summary), when the list's field keeps it for the term
   * after letting the list itself go: the list made again is the same, so what was worked out from it still holds.
   */
  recall?(): unknown;
  /** Keeps `value`, worth `size` postings of the field's budget for kept values, for the list's term (see `recall`). */
  remember?(value: unknown, size: number): void;
}

/** One field's postings and lengths. */
export interface FieldPostings {
  /** Length (in terms) of this field in each document, by short id. */
  length: Uint32Array;
  /** Mean field length, as MiniSearch computes it. */
  avgLength: number;
  /** How many documents hold term t in this field. */
  size(t: number): number;
  /** Term t's postings. */
  list(t: number): TermPostings;
}

/** A field's postings of every term, grouped by term: those of term t are `docs[start[t]] … docs[start[t + 1] - 1]`. */
export interface FlatPostings {
  start: Uint32Array;
  docs: Int32Array;
  tfs: Uint32Array;
  length: Uint32Array;
  avgLength: number;
}

/** A field held in flat arrays (a built index), with each term's bounds computed once. */
export class FlatField implements FieldPostings {
  readonly start: Uint32Array;
  readonly docs: Int32Array;
  readonly tfs: Uint32Array;
  readonly length: Uint32Array;
  readonly avgLength: number;
  readonly maxTf: Uint32Array;
  readonly minLength: Uint32Array;

  constructor(field: FlatPostings, termCount: number) {
    ({ start: this.start, docs: this.docs, tfs: this.tfs, length: this.length, avgLength: this.avgLength } = field);
    this.maxTf = new Uint32Array(termCount);
    this.minLength = new Uint32Array(termCount);
    for (let t = 0; t < termCount; t += 1) {
      const [tf, len] = bounds(this.docs, this.tfs, this.start[t]!, this.start[t + 1]!, this.length);
      this.maxTf[t] = tf;
      this.minLength[t] = len;
    }
  }

  size(t: number): number {
    return this.start[t + 1]! - this.start[t]!;
  }

  /** Term t's postings: one object per term, kept (a search keeps what it learns of a list with it). */
  list(t: number): TermPostings {
    let list = this.#lists.get(t);
    if (!list) {
      list = {
        docs: this.docs,
        tfs: this.tfs,
        from: this.start[t]!,
        to: this.start[t + 1]!,
        maxTf: this.maxTf[t]!,
        minLength: this.minLength[t]!,
      };
      this.#lists.set(t, list);
    }
    return list;
  }

  readonly #lists = new Map<number, TermPostings>();
}

/** The highest frequency and the shortest field among postings `[from, to)` (0 and 0 when there are none). */
function bounds(docs: Int32Array, tfs: Uint32Array, from: number, to: number, length: Uint32Array): [number, number] {
  let tf = 0;
  let len = 0xffffffff;
  for (let i = from; i < to; i += 1) {
    if (tfs[i]! > tf) tf = tfs[i]!;
    const l = length[docs[i]!]!;
    if (l < len) len = l;
  }
  return [tf, tf === 0 ? 0 : len];
}

/** One term's postings as `make` gives them: documents ascending, their frequencies. */
export interface MadePostings {
  docs: Int32Array;
  tfs: Uint32Array;
}

/**
 * Arrays for `n` postings that a lazy field's `make` may fill and return (`docs.length === n`; cut them with
 * `subarray` to keep fewer): a large list's come from the field's pool of arrays it let go (see `LazyField`).
 */
export type AllocatePostings = (n: number) => MadePostings;

/**
 * Searches begun so far (`startSearch`). What a search holds of a lazy field's lists stays valid until the next
 * begins: arrays a field let go during one search are reused only from the next on.
 */
let searchesBegun = 0;

/** Says that a search begins and no earlier search still reads the lists it was given (`queryLists` calls it). */
export function startSearch(): void {
  searchesBegun += 1;
}

/**
 * The fewest postings a list must have to be made in pooled arrays: smaller ones are cheap to allocate and
 * collect; a large list's two arrays are each a buffer outside the heap, and letting thousands of them go and
 * allocating new ones was what set off most of the full collections at a million sentences.
 */
export const POOL_FROM_POSTINGS = 1 << 10;

/** Size classes of pooled arrays per doubling (a list takes the class at or above its size: at most a quarter unused). */
const CLASSES_PER_DOUBLING = 4;

/** The pooled capacity for `n` postings (n itself below POOL_FROM_POSTINGS). */
export function pooledCapacity(n: number): number {
  if (n < POOL_FROM_POSTINGS) return n;
  const step = 2 ** (Math.floor(Math.log2(n)) - Math.log2(CLASSES_PER_DOUBLING));
  return Math.ceil(n / step) * step;
}

/** The share of a lazy field's budget that arrays let go may hold, waiting to be reused, before more are dropped. */
export const POOL_SHARE = 0.25;

/**
 * Postings decoded at the most per lazy field before the least recently used terms are let go (about 16 MB
 * of them), or LAZY_CACHE_PER_DOCUMENT for each document of a larger index: a long-running bot keeps the
 * terms its questions use, not the whole index, and at a million sentences a question's common words
 * alone hold more postings than 2M. At a million SQuAD sentences (13.8M postings in the text field) 8 a
 * document left 1,000 questions' searches decoding 16.9M postings again in every pass (search CPU p50 / p99
 * 3.04 / 36.8 ms with pooled arrays); 16 keeps them (2.61 / 21.7 ms the first pass, 2.05 / 12.6 the next), for
 * about 60 MB more of decoded lists.
 */
export const LAZY_CACHE_POSTINGS = 1 << 21;
export const LAZY_CACHE_PER_DOCUMENT = 16;

/**
 * A field whose terms' postings are made when first asked for (`make`: decoded from a snapshot's bytes, or
 * made from another field's) and kept, up to the budget above; `sizes`, when known, say how
 * many each term has without making them. `documents` sizes the budget (the field's own documents when
 * absent): a field whose lists are made from a larger table's (passages from sentences) is given that table's.
 */
export class LazyField implements FieldPostings {
  readonly #cache = new Map<number, TermPostings>();
  #cached = 0;
  readonly #budget: number;
  /** Pooled arrays (both of one capacity) let go during search `#search`: reused from the next search on. */
  #letGo: [Int32Array, Uint32Array][] = [];
  #letGoSize = 0;
  /** Pooled arrays free to reuse, by capacity, and their capacities summed. */
  readonly #free = new Map<number, [Int32Array, Uint32Array][]>();
  #freeSize = 0;
  /** The search (`searchesBegun`) during which `#letGo` was filled. */
  #search = searchesBegun;
  /** Arrays this field pooled (only those may be reused: `make` may return others). */
  readonly #pooled = new WeakSet<ArrayBufferLike>();
  readonly #allocate: AllocatePostings = (n) => this.#take(n);
  /** What searches worked out from each term's list (`TermPostings.remember`), least recently used first, and its size. */
  readonly #kept = new Map<number, { value: unknown; size: number }>();
  #keptSize = 0;

  constructor(
    readonly length: Uint32Array,
    readonly avgLength: number,
    private readonly make: (t: number, allocate: AllocatePostings) => MadePostings,
    /** How many postings each term has, when known without making them. */
    readonly sizes?: Uint32Array,
    documents = length.length,
  ) {
    this.#budget = Math.max(LAZY_CACHE_POSTINGS, LAZY_CACHE_PER_DOCUMENT * documents);
  }

  size(t: number): number {
    return this.sizes ? this.sizes[t]! : this.list(t).to;
  }

  /** Postings this field keeps made now. */
  get made(): number {
    return this.#cached;
  }

  /** Postings this field keeps made at the most (its cache's budget). */
  get budget(): number {
    return this.#budget;
  }

  list(t: number): TermPostings {
    if (this.#search !== searchesBegun) this.#reuseLetGo();
    const hit = this.#cache.get(t);
    if (hit) {
      // Used again: kept as the newest, so the terms questions keep asking for are the last let go.
      this.#cache.delete(t);
      this.#cache.set(t, hit);
      return hit;
    }
    const { docs, tfs } = this.make(t, this.#allocate);
    const made = new MadeList(docs, tfs, this.length, this, t);
    // The least recently used first (Map keeps insertion order); at least the term just made is kept.
    for (const [old, p] of this.#cache) {
      if (this.#cached + docs.length <= this.#budget) break;
      this.#cache.delete(old);
      this.#cached -= p.to;
      this.#letGoOf(p);
    }
    this.#cache.set(t, made);
    this.#cached += docs.length;
    return made;
  }

  /**
   * Arrays for `n` postings: below POOL_FROM_POSTINGS new ones; above, of the size class at or above `n`, reused
   * from the pool when it has some (arrays let go during an earlier search), else new and marked as pooled.
   */
  #take(n: number): MadePostings {
    if (n < POOL_FROM_POSTINGS) return { docs: new Int32Array(n), tfs: new Uint32Array(n) };
    const capacity = pooledCapacity(n);
    const pair = this.#free.get(capacity)?.pop();
    if (pair) {
      this.#freeSize -= capacity;
      return { docs: pair[0].subarray(0, n), tfs: pair[1].subarray(0, n) };
    }
    const docs = new Int32Array(capacity);
    const tfs = new Uint32Array(capacity);
    this.#pooled.add(docs.buffer);
    this.#pooled.add(tfs.buffer);
    return { docs: docs.subarray(0, n), tfs: tfs.subarray(0, n) };
  }

  /**
   * A list let go from the cache: its arrays, when pooled, wait in `#letGo` (the search that let it go may still
   * read it), up to POOL_SHARE of the budget (beyond it, and for a field read whole outside any search, dropped).
   */
  #letGoOf(list: TermPostings): void {
    const { docs, tfs } = list;
    if (!this.#pooled.has(docs.buffer) || !this.#pooled.has(tfs.buffer)) return;
    const capacity = docs.buffer.byteLength / Int32Array.BYTES_PER_ELEMENT;
    if (this.#letGoSize + capacity > this.#budget * POOL_SHARE) return;
    this.#letGo.push([new Int32Array(docs.buffer), new Uint32Array(tfs.buffer)]);
    this.#letGoSize += capacity;
  }

  /**
   * At the first use of the field in a search: the arrays let go during earlier ones are free to reuse, the newest
   * first, up to POOL_SHARE of the budget (free arrays of sizes no list has asked for since give way).
   */
  #reuseLetGo(): void {
    this.#search = searchesBegun;
    if (this.#letGo.length === 0) return;
    const older = [...this.#free.values()].flat();
    this.#free.clear();
    this.#freeSize = 0;
    for (const pair of [...this.#letGo, ...older]) {
      const capacity = pair[0].length;
      if (this.#freeSize + capacity > this.#budget * POOL_SHARE) continue;
      const same = this.#free.get(capacity);
      if (same) same.push(pair);
      else this.#free.set(capacity, [pair]);
      this.#freeSize += capacity;
    }
    this.#letGo = [];
    this.#letGoSize = 0;
  }

  /** Postings' worth of pooled arrays free to reuse now. */
  get pooled(): number {
    return this.#freeSize;
  }

  /** What was kept for term `t`'s list (`TermPostings.recall`), now the most recently used. */
  recall(t: number): unknown {
    const kept = this.#kept.get(t);
    if (!kept) return undefined;
    this.#kept.delete(t);
    this.#kept.set(t, kept);
    return kept.value;
  }

  /**
   * Keeps `value` for term `t`'s list (`TermPostings.remember`), worth `size`: up to KEPT_SHARE of the
   * postings budget, the least recently used let go first.
   */
  remember(t: number, value: unknown, size: number): void {
    const old = this.#kept.get(t);
    if (old) {
      this.#kept.delete(t);
      this.#keptSize -= old.size;
    }
    for (const [term, k] of this.#kept) {
      if (this.#keptSize + size <= this.#budget * KEPT_SHARE) break;
      this.#kept.delete(term);
      this.#keptSize -= k.size;
    }
    this.#kept.set(t, { value, size });
    this.#keptSize += size;
  }

  /** Sizes kept now (`remember`). */
  get kept(): number {
    return this.#keptSize;
  }
}

/**
 * The share of a lazy field's postings budget that what searches work out from lists (block summaries, each
 * block they reach worth four postings: 32 bytes with its documents' bits, against 8) may take, kept past the lists themselves: at a
 * million sentences a question's common words' lists are let go and made again between questions, and working
 * out their summaries again was most of the slowest searches' time.
 */
export const KEPT_SHARE = 1;

/**
 * A made term's postings. Its bounds (highest tf, shortest field), which only pruning reads, are computed
 * when first read: a pass over the list reading each document's length anywhere in the table, which was
 * a good part of making a list the first time a question needs it.
 */
class MadeList implements TermPostings {
  readonly from = 0;
  readonly to: number;
  #maxTf = -1;
  #minLength = 0;

  constructor(
    readonly docs: Int32Array,
    readonly tfs: Uint32Array,
    private readonly lengths: Uint32Array,
    private readonly field: LazyField,
    private readonly term: number,
  ) {
    this.to = docs.length;
  }

  recall(): unknown {
    return this.field.recall(this.term);
  }

  remember(value: unknown, size: number): void {
    this.field.remember(this.term, value, size);
  }

  get maxTf(): number {
    if (this.#maxTf < 0) [this.#maxTf, this.#minLength] = bounds(this.docs, this.tfs, 0, this.to, this.lengths);
    return this.#maxTf;
  }

  get minLength(): number {
    if (this.#maxTf < 0) [this.#maxTf, this.#minLength] = bounds(this.docs, this.tfs, 0, this.to, this.lengths);
    return this.#minLength;
  }
}

/** Postings made per step of `warmPostings` before it yields (a few milliseconds' decoding). */
const WARM_STEP_POSTINGS = 1 << 14;

/**
 * Makes, a step at a time, the postings of the terms with the most postings (as the first field that knows
 * its sizes counts them, or as `bySize` does for a table made from another: passages from sentences) in each of the table's lazy fields, up to about `share` of a field's budget (a
 * neighbours' field holds about twice as many): the common terms' lists, the
 * longest to decode, that the first questions after a load would otherwise decode one by one. Only what
 * a question would make the same way; the least recently used are let go first, so lists never asked for
 * give way to those questions use. `each` is called with each list made (a search's work from it made
 * with it: `warmSummary`), which counts as decoding the list again toward a step.
 */
export function* warmPostings(
  table: PostingTable,
  share = 0.25,
  bySize?: Uint32Array,
  each?: (field: FieldPostings, list: TermPostings) => void,
): Generator<void, void, void> {
  const fields = table.fields.filter((f): f is LazyField => f instanceof LazyField);
  const sizes = bySize ?? fields.find((f) => f.sizes)?.sizes;
  if (!sizes) return;
  const least = fewestWarmed(sizes, Math.floor(share * Math.min(...fields.map((f) => f.budget))));
  for (const field of fields) {
    let made = 0;
    for (let t = 0; t < sizes.length; t += 1) {
      if (sizes[t]! < least) continue;
      const list = field.list(t);
      made += list.to;
      if (each) {
        each(field, list);
        made += list.to;
      }
      if (made >= WARM_STEP_POSTINGS) {
        made = 0;
        yield;
      }
    }
    yield;
  }
}

/**
 * The fewest postings a term must have to be warmed: the largest terms' postings summed from the most
 * down stay within `budget` (a count of terms by size, not a sort of all the terms).
 */
function fewestWarmed(sizes: Uint32Array, budget: number): number {
  const bySize = new Map<number, number>();
  for (const n of sizes) if (n > 1) bySize.set(n, (bySize.get(n) ?? 0) + 1);
  let total = 0;
  let least = Number.POSITIVE_INFINITY;
  for (const n of [...bySize.keys()].sort((a, b) => b - a)) {
    total += n * bySize.get(n)!;
    if (total > budget) break;
    least = n;
  }
  return least;
}

/** Binary search: the tf of `doc` in one term's postings, or 0. */
export function termFrequency(list: TermPostings, doc: number): number {
  const { docs } = list;
  let lo = list.from;
  let hi = list.to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = docs[mid]!;
    if (d === doc) return list.tfs[mid]!;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** A neighbours' field made from `own`: see `neighbourPostings`. */
export class NeighbourPostings extends LazyField {
  constructor(
    /** The field of the documents themselves, and each document's group, that it is made from. */
    readonly own: FieldPostings,
    readonly group: Int32Array,
    length: Uint32Array,
    avgLength: number,
  ) {
    const link = neighbourLinks(group);
    super(length, avgLength, (t, allocate) => neighboursOf(own.list(t), link, group.length, allocate));
  }
}

/**
 * The postings of a field that holds each document's neighbours (documents `d - 1` and `d + 1` of the same
 * `group`, joined by a space), made from the postings of the field that holds each document itself: a
 * term's frequency in `d`'s neighbours is its frequency in `d - 1` plus that in `d + 1`. Exact as long as
 * the tokenizer never joins words across the space (`words` does not), so the snapshot need not store
 * them; each term's are made when first asked for. `length` and `avgLength` (distinct words, which a sum
 * cannot give) are the field's own.
 */
export function neighbourPostings(own: FieldPostings, group: Int32Array, length: Uint32Array, avgLength: number): NeighbourPostings {
  return new NeighbourPostings(own, group, length, avgLength);
}

/**
 * Per document: 1 when d - 1 is of its group, 2 when d + 1 is (one byte read per posting when the
 * neighbours' postings are made, not two group lookups).
 */
function neighbourLinks(group: Int32Array): Uint8Array {
  const n = group.length;
  const link = new Uint8Array(n);
  for (let d = 0; d < n; d += 1) {
    if (d > 0 && group[d - 1] === group[d]) link[d]! |= 1;
    if (d + 1 < n && group[d + 1] === group[d]) link[d]! |= 2;
  }
  return link;
}

/** One term's neighbours' postings from its own postings (`n` documents in all). */
function neighboursOf(own: TermPostings, link: Uint8Array, n: number, allocate: AllocatePostings): MadePostings {
  const { docs: holders, tfs: counts, from, to } = own;
  // Exactly how many there will be (arrays of that size, not larger ones cut to it: a copy, and twice the garbage):
  // a document before one holder and after another (h - 1 and h - 3 + 2) is one posting.
  let size = 0;
  for (let i = from; i < to; i += 1) {
    const h = holders[i]!;
    const l = link[h]!;
    size += (l & 1) + (l >> 1);
    if ((l & 1) === 0) continue;
    const before = i - 1 >= from && holders[i - 1] === h - 2 ? i - 1 : i - 2 >= from && holders[i - 2] === h - 2 ? i - 2 : -1;
    if (before >= 0 && (link[h - 2]! & 2) !== 0) size -= 1;
  }
  const { docs, tfs } = allocate(size);
  let at = 0;
  // Two ascending streams merged: "before a holder" (d - 1, from i) and "after a holder" (d + 1, from j).
  let i = from;
  let j = from;
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
  return { docs, tfs };
}

/** Every term's postings of a field in flat arrays (each made, for a lazy field): a table's content, for comparing two. */
export function flatPostings(field: FieldPostings, termCount: number): FlatPostings {
  const start = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t += 1) start[t + 1] = start[t]! + field.size(t);
  const docs = new Int32Array(start[termCount]!);
  const tfs = new Uint32Array(start[termCount]!);
  for (let t = 0; t < termCount; t += 1) {
    const list = field.list(t);
    docs.set(list.docs.subarray(list.from, list.to), start[t]!);
    tfs.set(list.tfs.subarray(list.from, list.to), start[t]!);
  }
  return { start, docs, tfs, length: field.length, avgLength: field.avgLength };
}
