import { BOUND_SHIFT, type BlockSummary, blockSummary, PRESENT_WORDS } from './blockBounds.js';
import type { FieldPostings, PostingTable, TermPostings } from './postingTable.js';
import type { QueryLists, ScoredDocument, TopOptions } from './topDocuments.js';

/**
 * The most documents the blocked walk sums at once (its work arrays, about 30 bytes a document, stay in the
 * processor's nearer caches): neighbouring bound blocks due together are walked as one range up to this size.
 * Measured as the walk's block size on the ranker's 2,000 searches at 100k sentences (isolated, mean): 2,048
 * 0.24 ms, 4,096 0.21 ms, 8,192 0.22 ms, 16,384 0.25 ms; the whole-table walk 0.9 ms.
 */
export const BLOCK_DOCUMENTS = 4_096;

/** Blocks in a walked range at the most (`RUN_BLOCKS`), for work arrays made before it is defined. */
const RUN_BLOCKS_OF = BLOCK_DOCUMENTS >> BOUND_SHIFT;

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
function tfPart(field: FieldPostings, tf: number, doc: number, o: Bm25): number {
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
function unitTable(field: FieldPostings, o: Bm25): Float64Array {
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
 * order: a term's fields first, then the terms in query order), computed a block of 2^BOUND_SHIFT documents
 * at a time: within a block each list is read in order and the sums live in small arrays, where walking
 * whole lists one after another scatters its reads and writes over arrays as long as the table (five times
 * slower at 100k sentences, most of it waiting on memory). Ties are ordered as the whole-table walk orders
 * them, by first touch: the query position of the first term that reaches a document, then its field, then
 * the document. For unique terms with positive, finite boosts.
 *
 * Block-max bounds: each block's best possible score (the lists that reach it, each at its best posting
 * there, times the distinct terms among them for sentences) is known before the walk from the lists'
 * block summaries (`blockSummary`). The blocks with the highest bounds are walked first, so the k-th best
 * score rises early, and a block whose bound is below it is passed over unread: no document there can enter
 * the top k (a document equal to the k-th best could still outrank it on a tie, so only a bound strictly
 * below it is passed over). The result does not depend on the order blocks are walked in: the top k are
 * kept by a total order (score, first touch, document).
 *
 * Once the top k is full, a due range's blocks are first bounded by the most terms one of their documents holds
 * (`countRange`, from the summaries' bits), or screened (`screenOrWalk`): each document's own bound (the terms
 * it holds times the sum of its lists' block bests) is worked out from the lists' documents alone, and only
 * the blocks where one reaches the k-th best are walked. For questions of many common words a block holds
 * every term somewhere, so its bound is far above what any of its documents can score.
 */
export function blockedWalk(table: PostingTable, terms: readonly string[], lists: QueryLists, o: TopOptions): ScoredDocument[] {
  freshStamps();
  const n = table.documentCount;
  // Per (term, field) list: its term, field, postings and weights, in query then field order (one Walk reused).
  const w = startWalk(table, o, distinctTermsHeld(terms, lists));
  for (let t = 0; t < terms.length; t += 1) {
    const termLists = lists[t];
    if (termLists === undefined) continue;
    const b = o.termBoosts?.get(terms[t]!) ?? 1;
    for (let f = 0; f < table.fields.length; f += 1) {
      const fieldPostings = table.fields[f]!;
      const list = termLists[f]!;
      if (list.to === list.from) continue;
      const size = list.to - list.from;
      const idf = Math.log(1 + (n - size + 0.5) / (size + 0.5));
      const l = w.count;
      w.count = l + 1;
      w.at[l] = t;
      w.field[l] = f;
      w.lists[l] = list;
      w.idf[l] = idf;
      // fieldScore's arithmetic, in its order: (boost × fieldBoost) × (idf × x), or (boost × idf) × x.
      w.scales[l] = o.sentenceScoring ? b * o.fieldBoosts[f]! : b * idf;
      w.weights[l] = o.sentenceScoring ? b * o.fieldBoosts[f]! * idf : b * idf;
      // Each list's tables, looked up once per search rather than once per block.
      w.units[l] = unitTable(fieldPostings, o);
      w.shorts[l] = shortLengths(fieldPostings);
    }
  }
  const count = w.count;
  if (w.entry.length < count) w.entry = new Int32Array(count * 2);
  // The best `limit` so far, best first, in three arrays (an object per entry was most of a search's allocation).
  const limitOf = Math.max(0, o.limit);
  if (best.doc.length < limitOf + 1) {
    best.doc = new Int32Array(limitOf + 1);
    best.score = new Float64Array(limitOf + 1);
    best.key = new Int32Array(limitOf + 1);
  }
  const plan = planBlocks(w);
  const { blocks, bounds, size: planned } = plan;
  const topScore = best.score;

  // Two passes in document order: the FIRST_BLOCKS blocks of the best bounds, then every other block whose bound
  // still reaches the k-th best score (more passes with a falling cut measured no better: each pass's ranges
  // are shorter, and a range's set-up costs about what its postings do).
  const firstCut = FIRST_BLOCKS < planned ? kthLargest(bounds, planned, FIRST_BLOCKS) : Number.NEGATIVE_INFINITY;
  for (let pass = 0; pass < 2; pass += 1) {
    const first = pass === 0;
    const cut = first ? firstCut : Number.NEGATIVE_INFINITY;
    // The first pass walks its blocks one at a time (each may raise the k-th best), at most FIRST_BLOCKS of them.
    const run = first ? 1 : RUN_BLOCKS;
    let quota = first ? FIRST_BLOCKS : planned;
    w.entry.fill(0);
    // Neighbouring blocks due together are walked as one range (up to RUN_BLOCKS), so a dense stretch costs
    // what the whole-table walk paid for it; a range never spans a block walked already or one not due.
    let runFirst = -1;
    let runLast = -1;
    for (let j = 0; j < planned && quota > 0; j += 1) {
      const bound = bounds[j]!;
      const due = bound >= cut && bound >= 0 && !(w.topCount === o.limit && bound < topScore[w.topCount - 1]!);
      if (!due) {
        if (runFirst >= 0) {
          visitRange(w, runFirst, runLast);
          runFirst = -1;
        }
        continue;
      }
      const b = blocks[j]!;
      bounds[j] = -1;
      quota -= 1;
      if (runFirst >= 0 && b - runFirst < run) {
        runLast = b;
        continue;
      }
      if (runFirst >= 0) visitRange(w, runFirst, runLast);
      runFirst = b;
      runLast = b;
    }
    if (runFirst >= 0) visitRange(w, runFirst, runLast);
  }
  if (o.stats) {
    o.stats.walked += w.read;
    if (o.stats.screened !== undefined) o.stats.screened += w.screenRead;
  }
  const out: ScoredDocument[] = new Array(w.topCount);
  for (let p = 0; p < w.topCount; p += 1) out[p] = { doc: best.doc[p]!, score: topScore[p]! };
  endWalk(w);
  return out;
}

/** The query's distinct terms that have postings (`lists[t]` defined). */
function distinctTermsHeld(terms: readonly string[], lists: QueryLists): number {
  let count = 0;
  for (let t = 0; t < terms.length; t += 1) if (lists[t] !== undefined && terms.indexOf(terms[t]!) === t) count += 1;
  return count;
}

/**
 * Lets go of the search's lists and table (so a replaced story's postings are not kept by the scratch walk), the lists'
 * room kept for the next search.
 */
function endWalk(w: Walk): void {
  w.table = noTable;
  w.o = noOptions;
  w.lists.fill(undefined, 0, w.count);
  w.units.fill(undefined, 0, w.count);
  w.shorts.fill(undefined, 0, w.count);
  w.summaries.fill(undefined, 0, w.count);
}

/**
 * The one Walk every search fills (a walk runs to its end before the next begins, as `planScratch`): its counts zeroed
 * for a new search, which writes its lists over the last one's, rather than ten arrays made per search. The lists are
 * written over, not emptied: an array cut to length 0 lets go of its room, and the nine of them grew again in every
 * search (9.6 MB of a first pass of 2,000 questions at 500k sentences).
 */
function startWalk(table: PostingTable, o: TopOptions, termCount: number): Walk {
  const w = walkScratch;
  w.table = table;
  w.o = o;
  w.count = 0;
  w.topCount = 0;
  w.read = 0;
  w.screened = 0;
  w.screenKept = 0;
  w.screenRead = 0;
  w.termCount = termCount;
  w.counted = 0;
  w.countKept = 0;
  return w;
}

/** One search's lists (per term and field, in query then field order) and its progress. */
interface Walk {
  table: PostingTable;
  o: TopOptions;
  /** The search's lists: the first `count` entries of each of the lists below (those past it are an earlier search's). */
  count: number;
  /** Each list's query term (its position in the query) and field. */
  at: number[];
  field: number[];
  /** Let go (undefined) when the search ends, as `units`, `shorts` and `summaries` (endWalk). */
  lists: (TermPostings | undefined)[];
  idf: number[];
  /** What multiplies a posting's weight: boost × fieldBoost (sentences), or boost × idf (passages). */
  scales: number[];
  units: (Float64Array | undefined)[];
  shorts: (Uint8Array | undefined)[];
  summaries: (BlockSummary | undefined)[];
  /** What multiplies a list's block best to bound its postings' weights there (`scales` × idf for sentences). */
  weights: number[];
  /** Per list, its summary's entry at or before the next block to walk (blocks are walked in ascending order within a pass). */
  entry: Int32Array;
  /** Entries in `best`. */
  topCount: number;
  /** Blocks screened so far (`screenRange`), and how many of them the screen kept. */
  screened: number;
  screenKept: number;
  /** Postings the screen read. */
  screenRead: number;
  /** Postings read. */
  read: number;
  /** Distinct query terms with postings. */
  termCount: number;
  /** Blocks counted so far (`countRange`), and how many of them it kept. */
  counted: number;
  countKept: number;
}

/** What the scratch walk points at between searches. */
const noTable: PostingTable = { documentCount: 0, ids: new Int32Array(0), terms: [], termNumbers: new Map(), fields: [] };
const noOptions: TopOptions = { limit: 0, fieldBoosts: [], k: 0, b: 0, d: 0, sentenceScoring: true };

const walkScratch: Walk = {
  table: noTable,
  o: noOptions,
  count: 0,
  at: [],
  field: [],
  lists: [],
  idf: [],
  scales: [],
  units: [],
  shorts: [],
  summaries: [],
  weights: [],
  entry: new Int32Array(0),
  topCount: 0,
  read: 0,
  screened: 0,
  screenKept: 0,
  screenRead: 0,
  termCount: 0,
  counted: 0,
  countKept: 0,
};

/**
 * Walks blocks `first` … `last` (all due by their block bounds); once the top k is full (sentences), only those
 * where the most query terms one document holds, times the block's sum of bests, reaches the k-th best
 * (`countRange`, from the lists' summaries: no posting read). Where counting keeps most of what it counts (a
 * search's first COUNT_TRIAL_BLOCKS blocks judged, then the rest), it is left off for the screen (`screenOrWalk`).
 * Measured on 1,000 SQuAD questions' searches at 1M sentences (CPU per search, best of 2, against the walk before
 * in the same process): postings read 34.8M → 21.6M, p50 / p90 / p99 / mean 1.93 / 4.15 / 8.20 / 2.26 →
 * 1.89 / 3.94 / 7.73 / 2.20 ms. Screening the counted blocks as well read more and was slower (2.24 → 2.33 mean).
 */
function visitRange(w: Walk, first: number, last: number): void {
  const countPays = w.counted < COUNT_TRIAL_BLOCKS || w.countKept <= COUNT_KEEP_MOST * w.counted;
  if (w.topCount < w.o.limit || !w.o.sentenceScoring || w.termCount >= 1 << PLANES || !countPays) {
    screenOrWalk(w, first, last);
    return;
  }
  const reach = countRange(w, first, last);
  w.counted += last - first + 1;
  w.countKept += walkReaching(w, reach, first, last);
}

/**
 * Walks the runs of blocks `first` … `last` whose bound (`reach`, from the block `first` on) reaches the k-th best,
 * each judged as the walk comes to it: the k-th best may have risen since the bounds were made (a block walked before
 * this one), and a strictly lower bound is passed over. Bounds 5, 9, 9, 2, 8 against a k-th best of 6 walk the
 * second and third blocks as one run, then the fifth. Returns how many blocks were walked.
 */
function walkReaching(w: Walk, reach: Float64Array, first: number, last: number): number {
  let walked = 0;
  let runFirst = -1;
  for (let b = first; b <= last; b += 1) {
    const due = reach[b - first]! >= best.score[w.topCount - 1]!;
    if (due) walked += 1;
    if (due && runFirst < 0) runFirst = b;
    if (!due && runFirst >= 0) {
      walkRange(w, runFirst, b - 1);
      runFirst = -1;
    }
  }
  if (runFirst >= 0) walkRange(w, runFirst, last);
  return walked;
}

/** Bits of the per-document counters `countRange` keeps (a query of at most 2^PLANES - 1 distinct terms). */
const PLANES = 6;

/** `countRange`'s work arrays, shared by every query (as `scratch`). */
const counting = {
  /** Per block of the range: PLANES bit planes of PRESENT_WORDS words, a counter per document. */
  planes: new Uint32Array(RUN_BLOCKS_OF * PLANES * PRESENT_WORDS),
  /** Per block: the current term's documents there, whether the term has any, and the sum of the lists' weighted bests. */
  mask: new Uint32Array(RUN_BLOCKS_OF * PRESENT_WORDS),
  seen: new Int32Array(RUN_BLOCKS_OF),
  touched: new Int32Array(RUN_BLOCKS_OF),
  sum: new Float64Array(RUN_BLOCKS_OF),
  reach: new Float64Array(RUN_BLOCKS_OF),
  candidates: new Uint32Array(PRESENT_WORDS),
};

/**
 * For each block of `first` … `last`, a bound on its documents' scores from the lists' summaries alone: the most
 * distinct query terms any one document there holds (counted from the lists' `present` bits, a bit-sliced counter
 * per document) times the sum of the lists' weighted bests in the block. Tighter than the block's own bound (the
 * terms any of its documents hold) when no document holds most of them; reads no posting.
 */
function countRange(w: Walk, first: number, last: number): Float64Array {
  const c = counting;
  const span = last - first + 1;
  const { planes, mask, seen, touched, sum, reach, candidates } = c;
  planes.fill(0, 0, span * PLANES * PRESENT_WORDS);
  sum.fill(0, 0, span);
  seen.fill(-1, 0, span);
  const { at, summaries, entry, weights } = w;
  const count = w.count;
  let l = 0;
  while (l < count) {
    const t = at[l]!;
    let touchedCount = 0;
    for (; l < count && at[l] === t; l += 1) {
      const { block, best: blockBest, present } = summaries[l]!;
      const weight = weights[l]!;
      let e = seekFrom(block, entry[l]!, block.length, first);
      entry[l] = e;
      for (; e < block.length; e += 1) {
        const b = block[e]! - first;
        if (b >= span) break;
        sum[b] = sum[b]! + weight * blockBest[e]!;
        const m = b * PRESENT_WORDS;
        const from = e * PRESENT_WORDS;
        if (seen[b] !== t) {
          seen[b] = t;
          touched[touchedCount++] = b;
          for (let k = 0; k < PRESENT_WORDS; k += 1) mask[m + k] = present[from + k]!;
        } else for (let k = 0; k < PRESENT_WORDS; k += 1) mask[m + k] = mask[m + k]! | present[from + k]!;
      }
    }
    // The term's documents (in any of its fields) added to each document's counter, a ripple carry through the planes.
    for (let j = 0; j < touchedCount; j += 1) {
      const b = touched[j]!;
      for (let k = 0; k < PRESENT_WORDS; k += 1) {
        let carry = mask[b * PRESENT_WORDS + k]!;
        for (let p = 0; p < PLANES && carry !== 0; p += 1) {
          const q = (b * PLANES + p) * PRESENT_WORDS + k;
          const v = planes[q]!;
          planes[q] = v ^ carry;
          carry = v & carry;
        }
      }
    }
  }
  for (let b = 0; b < span; b += 1) {
    // The highest counter among the block's documents, from the top plane down.
    candidates.fill(0xffffffff);
    let most = 0;
    for (let p = PLANES - 1; p >= 0; p -= 1) {
      let any = 0;
      for (let k = 0; k < PRESENT_WORDS; k += 1) any |= candidates[k]! & planes[(b * PLANES + p) * PRESENT_WORDS + k]!;
      if (any === 0) continue;
      for (let k = 0; k < PRESENT_WORDS; k += 1) candidates[k] = candidates[k]! & planes[(b * PLANES + p) * PRESENT_WORDS + k]!;
      most |= 1 << p;
    }
    const bound = most * sum[b]! * (1 + BOUND_SLACK);
    // NaN (an unusable best) keeps the block.
    reach[b] = Number.isNaN(bound) ? Number.POSITIVE_INFINITY : bound;
  }
  return reach;
}

/**
 * What `visitRange` does without counting: once the top k is full, only the blocks of the range where some
 * document's own bound reaches the k-th best (`screenRange`) are walked: a block's bound assumes one document
 * holds every term there at its best, while a document's bound is the terms it holds times the sum of its
 * lists' bests in the block. The screen reads only the lists' documents; the blocks it keeps are walked in full.
 */
function screenOrWalk(w: Walk, first: number, last: number): void {
  const limitOf = w.o.limit;
  // The screen costs about half a walk of the same postings: once it has kept most of what it read, it is left off.
  const screenPays = w.screened < SCREEN_TRIAL_BLOCKS || w.screenKept <= SCREEN_KEEP_MOST * w.screened;
  if (w.topCount < limitOf || !screenPays) {
    walkRange(w, first, last);
    return;
  }
  const reach = screenRange(w, first, last);
  const kth = best.score[w.topCount - 1]!;
  let kept = 0;
  for (let b = first; b <= last; b += 1) if (reach[b - first]! >= kth) kept += 1;
  w.screened += last - first + 1;
  w.screenKept += kept;
  walkReaching(w, reach, first, last);
}

/** Blocks a search screens before it judges whether the screen pays (`visitRange`). */
const SCREEN_TRIAL_BLOCKS = 64;
/**
 * The share of screened blocks kept above which the screen is left off for the rest of the search. On 1,000 SQuAD
 * questions' searches at 1M sentences (CPU per search, best of 2 rounds, each against round 14's walk in the same
 * process), p50 / p99 / mean: never screening ×0.64 / ×0.90 / ×0.75, screening every range ×0.70 / ×0.66 / ×0.74,
 * this rule ×0.65 / ×0.79 / ×0.70 (the screen wins the slowest searches and costs the common ones); 100k about even.
 */
const SCREEN_KEEP_MOST = 0.5;

/** The screen's work arrays, shared by every query (as `scratch`). */
const screen = {
  term: 0,
  walk: 0,
  termStamp: new Uint32Array(BLOCK_DOCUMENTS),
  walkStamp: new Uint32Array(BLOCK_DOCUMENTS),
  /** Per document: the distinct terms it holds, and the sum of its lists' weighted bests in its block. */
  terms: new Uint16Array(BLOCK_DOCUMENTS),
  sum: new Float64Array(BLOCK_DOCUMENTS),
  touched: new Int32Array(BLOCK_DOCUMENTS),
  /** Per block of the range: the highest document bound in it. */
  reach: new Float64Array(BLOCK_DOCUMENTS >> BOUND_SHIFT),
};

/**
 * For each block of `first` … `last`, the highest bound of a document there: the distinct query terms whose lists
 * hold it (for sentences) times the sum over those lists of the list's weight times its best tf part in the block,
 * with the walk's relative slack. Reads each list's documents there once, nothing else.
 */
function screenRange(w: Walk, first: number, last: number): Float64Array {
  const sc = screen;
  if (sc.term >= 0xfffffff0 || sc.walk >= 0xfffffff0) {
    sc.term = 0;
    sc.walk = 0;
    sc.termStamp.fill(0);
    sc.walkStamp.fill(0);
  }
  const { at, lists, summaries, entry, weights } = w;
  const count = w.count;
  const base = first << BOUND_SHIFT;
  const limit = (last + 1) << BOUND_SHIFT;
  const { termStamp, walkStamp, terms, sum, touched, reach } = sc;
  sc.walk += 1;
  const walk = sc.walk;
  let touchedCount = 0;
  let l = 0;
  while (l < count) {
    const t = at[l]!;
    sc.term += 1;
    const current = sc.term;
    for (; l < count && at[l] === t; l += 1) {
      const { block, start, best: blockBest } = summaries[l]!;
      let e = seekFrom(block, entry[l]!, block.length, first);
      // Ranges come in ascending order within a pass: the next range's seek starts here, not where the last walk left it.
      entry[l] = e;
      if (e === block.length || block[e]! > last) continue;
      const { docs, to: stop } = lists[l]!;
      const weight = weights[l]!;
      let add = weight * blockBest[e]!;
      let next = (block[e]! + 1) << BOUND_SHIFT;
      let i = start[e]!;
      const from = i;
      for (; i < stop; i += 1) {
        const doc = docs[i]!;
        if (doc >= limit) break;
        if (doc >= next) {
          // The list's next block (its postings there start here).
          e += 1;
          add = weight * blockBest[e]!;
          next = (block[e]! + 1) << BOUND_SHIFT;
        }
        const local = doc - base;
        if (walkStamp[local] !== walk) {
          walkStamp[local] = walk;
          termStamp[local] = current;
          terms[local] = 1;
          sum[local] = add;
          touched[touchedCount++] = local;
        } else {
          if (termStamp[local] !== current) {
            termStamp[local] = current;
            terms[local] = terms[local]! + 1;
          }
          sum[local] = sum[local]! + add;
        }
      }
      w.screenRead += i - from;
    }
  }
  reach.fill(Number.NEGATIVE_INFINITY, 0, last - first + 1);
  const sentenceScoring = w.o.sentenceScoring;
  for (let j = 0; j < touchedCount; j += 1) {
    const local = touched[j]!;
    const bound = (sentenceScoring ? sum[local]! * terms[local]! : sum[local]!) * (1 + BOUND_SLACK);
    const r = local >> BOUND_SHIFT;
    // NaN (an unusable best) keeps the block.
    if (!(bound <= reach[r]!)) reach[r] = Number.isNaN(bound) ? Number.POSITIVE_INFINITY : bound;
  }
  return reach;
}

/**
 * Walks the documents of blocks `first` … `last` (each list from its first posting there, read to the range's
 * end) and offers them to the top k in `best`. A module function, its arrays read into locals once.
 */
function walkRange(w: Walk, first: number, last: number): void {
  const s = scratch;
  const { table, o, at, field, lists, idf, scales, units, shorts, summaries, entry } = w;
  const count = w.count;
  const fieldCount = table.fields.length;
  const sentenceScoring = o.sentenceScoring;
  const base = first << BOUND_SHIFT;
  const limit = (last + 1) << BOUND_SHIFT;
  const { termStamp, walkStamp, termScore, termField, termTouched, total, matched, key, touched } = s;
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
      const { block, start } = summaries[l]!;
      const e = seekFrom(block, entry[l]!, block.length, first);
      entry[l] = e;
      if (e === block.length || block[e]! > last) continue;
      const { docs, tfs, to: stop } = lists[l]!;
      const f = field[l]!;
      const fieldPostings = table.fields[f]!;
      const unit = units[l]!;
      const short = shorts[l]!;
      const termIdf = idf[l]!;
      const scale = scales[l]!;
      let i = start[e]!;
      const from = i;
      for (; i < stop; i += 1) {
        const doc = docs[i]!;
        if (doc >= limit) break;
        const tf = tfs[i]!;
        const length = short[doc]!;
        const x = tf >= 1 && tf <= TABLE_TF && length < LONG ? unit[(tf - 1) * LONG + length]! : tfPart(fieldPostings, tf, doc, o);
        const weight = sentenceScoring ? scale * (termIdf * x) : scale * x;
        const local = doc - base;
        if (termStamp[local] !== current) {
          termStamp[local] = current;
          termScore[local] = weight;
          termField[local] = f;
          termTouched[termCount++] = local;
        } else termScore[local] = termScore[local]! + weight;
      }
      w.read += i - from;
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
  const { doc: topDoc, score: topScore, key: topKey } = best;
  const limitOf = o.limit;
  let topCount = w.topCount;
  for (let j = 0; j < touchedCount; j += 1) {
    const local = touched[j]!;
    const doc = base + local;
    const score = sentenceScoring ? total[local]! * matched[local]! : total[local]!;
    const k = key[local]!;
    if (topCount === limitOf && !ranksAbove(score, k, doc, topScore[topCount - 1]!, topKey[topCount - 1]!, topDoc[topCount - 1]!)) continue;
    let p = topCount;
    while (p > 0 && ranksAbove(score, k, doc, topScore[p - 1]!, topKey[p - 1]!, topDoc[p - 1]!)) p -= 1;
    topDoc.copyWithin(p + 1, p, topCount);
    topScore.copyWithin(p + 1, p, topCount);
    topKey.copyWithin(p + 1, p, topCount);
    topDoc[p] = doc;
    topScore[p] = score;
    topKey[p] = k;
    if (topCount < limitOf) topCount += 1;
  }
  w.topCount = topCount;
}

/** Blocks walked at the most as one range: BLOCK_DOCUMENTS documents, the work arrays' size. */
const RUN_BLOCKS = BLOCK_DOCUMENTS >> BOUND_SHIFT;

/** Blocks walked in the first pass: the ones with the best bounds, to raise the k-th best score early (16–64 measured alike). */
const FIRST_BLOCKS = 32;

/** The first posting at or after `from` whose document is at least `doc` (`end` if none): galloping, then binary search. */
export function seekFrom(docs: Int32Array, from: number, end: number, doc: number): number {
  let lo = from;
  if (lo >= end || docs[lo]! >= doc) return lo;
  let step = 1;
  let hi = lo + 1;
  while (hi < end && docs[hi]! < doc) {
    lo = hi;
    step *= 2;
    hi = lo + step;
  }
  if (hi > end) hi = end;
  while (lo + 1 < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < doc) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The blocks some list reaches (ascending) and each one's bound. */
interface BlockPlan {
  blocks: Int32Array;
  bounds: Float64Array;
  size: number;
}

/** Per-block sums of the plan, shared by every search (a walk runs to its end before the next begins). */
const planScratch = {
  termMark: new Int32Array(0),
  sum: new Float64Array(0),
  terms: new Uint16Array(0),
  plan: { blocks: new Int32Array(0), bounds: new Float64Array(0), size: 0 } as BlockPlan,
};

/** The list and tables `postingParts` reads (module state rather than a closure per list: tsx names each closure it makes). */
const partOf: {
  docs: Int32Array;
  tfs: Uint32Array;
  short: Uint8Array;
  unit: Float64Array;
  field: FieldPostings | undefined;
  o: Bm25 | undefined;
} = {
  docs: new Int32Array(0),
  tfs: new Uint32Array(0),
  short: new Uint8Array(0),
  unit: new Float64Array(0),
  field: undefined,
  o: undefined,
};

/** Postings `from … to - 1`'s BM25 term-frequency parts into `out` (from 0), exactly as the walk computes them. */
function postingParts(from: number, to: number, out: Float64Array): void {
  const { docs, tfs, short, unit } = partOf;
  const field = partOf.field!;
  const o = partOf.o!;
  for (let i = from; i < to; i += 1) {
    const doc = docs[i]!;
    const tf = tfs[i]!;
    const length = short[doc]!;
    out[i - from] = tf >= 1 && tf <= TABLE_TF && length < LONG ? unit[(tf - 1) * LONG + length]! : tfPart(field, tf, doc, o);
  }
}

/** The BM25 parameters a list's term-frequency parts (and so its block summary) depend on. */
type Bm25 = Readonly<{ k: number; b: number; d: number }>;

/** A field's list's block summary as the walk reads it with BM25 parameters `o` (made by a pass over the list the first time). */
function walkSummary(
  field: FieldPostings,
  list: TermPostings,
  o: Bm25,
  short = shortLengths(field),
  unit = unitTable(field, o),
): BlockSummary {
  partOf.docs = list.docs;
  partOf.tfs = list.tfs;
  partOf.short = short;
  partOf.unit = unit;
  partOf.field = field;
  partOf.o = o;
  return blockSummary(list, o, postingParts);
}

/**
 * Makes `list`'s block summary, as a search of its field with BM25 parameters `bm25` would: for a warm-up, which
 * makes the common terms' lists after a load (`warmPostings`), so that the first searches that read them find
 * their summaries made too (a pass over each list otherwise paid by the first question that reads it).
 */
export function warmSummary(field: FieldPostings, list: TermPostings, bm25: Bm25): void {
  if (list.to > list.from) walkSummary(field, list, bm25);
}

/**
 * Each block's bound: the sum over the lists that reach it of the list's weight times its highest BM25 tf
 * part there (the most any of its postings there gives), times the number of distinct terms among those
 * lists for sentence scoring (a document's score is its sum times the terms it matches), with a relative
 * slack for the order of floating-point sums.
 */
function planBlocks(w: Walk): BlockPlan {
  const { table, lists, at, field, shorts, units, o } = w;
  const p = planScratch;
  const blockCount = (table.ids.length >> BOUND_SHIFT) + 1;
  if (p.sum.length < blockCount) {
    p.termMark = new Int32Array(blockCount);
    p.sum = new Float64Array(blockCount);
    p.terms = new Uint16Array(blockCount);
    p.plan = { blocks: new Int32Array(blockCount), bounds: new Float64Array(blockCount), size: 0 };
  }
  const { termMark, sum, terms } = p;
  const { summaries } = w;
  let lo = blockCount;
  let hi = -1;
  for (let l = 0; l < w.count; l += 1) {
    const f = field[l]!;
    const summary = walkSummary(table.fields[f]!, lists[l]!, o, shorts[l]!, units[l]!);
    summaries[l] = summary;
    const { block } = summary;
    if (block.length === 0) continue;
    lo = Math.min(lo, block[0]!);
    hi = Math.max(hi, block[block.length - 1]!);
  }
  if (hi >= lo) {
    sum.fill(0, lo, hi + 1);
    terms.fill(0, lo, hi + 1);
    termMark.fill(-1, lo, hi + 1);
  }
  for (let l = 0; l < w.count; l += 1) {
    const { block, best } = summaries[l]!;
    const weight = w.weights[l]!;
    const t = at[l]!;
    for (let e = 0; e < block.length; e += 1) {
      const x = block[e]!;
      sum[x] = sum[x]! + weight * best[e]!;
      if (termMark[x] !== t) {
        termMark[x] = t;
        terms[x] = terms[x]! + 1;
      }
    }
  }
  const plan = p.plan;
  let size = 0;
  for (let x = lo; x <= hi; x += 1) {
    if (terms[x] === 0) continue;
    plan.blocks[size] = x;
    plan.bounds[size] = (o.sentenceScoring ? sum[x]! * terms[x]! : sum[x]!) * (1 + BOUND_SLACK);
    size += 1;
  }
  plan.size = size;
  return plan;
}

/** A min-heap of the largest values seen, for `kthLargest`. */
let heap = new Float64Array(0);

/**
 * The `k`-th largest of `values[0 … size - 1]` (1 ≤ k ≤ size; equal values each count), by a min-heap of the k
 * largest: a pass over the values where sorting them all was a twentieth of a search at a million sentences.
 */
export function kthLargest(values: Float64Array, size: number, k: number): number {
  if (heap.length < k) heap = new Float64Array(k);
  const h = heap;
  for (let i = 0; i < k; i += 1) siftUp(h, i, values[i]!);
  for (let i = k; i < size; i += 1) {
    const v = values[i]!;
    if (v > h[0]!) siftDown(h, k, v);
  }
  return h[0]!;
}

/** Puts `v` at the end of the heap `h[0 … at - 1]` and moves it up to its place. */
function siftUp(h: Float64Array, at: number, v: number): void {
  let i = at;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!(h[parent]! > v)) break;
    h[i] = h[parent]!;
    i = parent;
  }
  h[i] = v;
}

/** Replaces the heap's least with `v` and moves it down to its place (`size` entries). */
function siftDown(h: Float64Array, size: number, v: number): void {
  let i = 0;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    if (child + 1 < size && h[child + 1]! < h[child]!) child += 1;
    if (!(h[child]! < v)) break;
    h[i] = h[child]!;
    i = child;
  }
  h[i] = v;
}

/** Relative slack on a block's bound: a document's score is summed in another order than the bound. */
const BOUND_SLACK = 1e-9;

/**
 * Whether (score, key, doc) ranks above (otherScore, otherKey, otherDoc): higher score, then first touch, then
 * document. A module function rather than a closure per walk (tsx names each closure bound to a name as it is made).
 */
function ranksAbove(score: number, k: number, doc: number, otherScore: number, otherKey: number, otherDoc: number): boolean {
  return score > otherScore || (score === otherScore && (k < otherKey || (k === otherKey && doc < otherDoc)));
}

/** The walk's best entries so far (grown to the largest `limit` asked for; a walk runs to its end before the next begins). */
const best = { doc: new Int32Array(0), score: new Float64Array(0), key: new Int32Array(0) };
/** Blocks counted before whether counting pays is judged (`visitRange`), and the share kept above which it is left off. */
const COUNT_TRIAL_BLOCKS = 64;
const COUNT_KEEP_MOST = 0.5;
