/**
 * How tight the blocked walk's bounds are, per question, against the final k-th best score (an oracle threshold):
 * the postings in blocks whose block bound reaches it (what the walk reads at best now), in blocks where some
 * document's own bound (its matched terms × the sum of its lists' block bests) reaches it, and in blocks where
 * some document's exact score does.
 *
 *   npx tsx scripts/boundStudy.ts --snapshot FILE --scale N [--questions 300]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { BOUND_SHIFT } from '../src/search/blockBounds.js';
import { blockedWalk } from '../src/search/blockedWalk.js';
import { BM25, FIELD_BOOSTS, INDEX_FIELDS, type SentenceIndex } from '../src/search/sentenceIndex.js';
import { termsOf } from '../src/search/terms.js';
import { queryLists, type TopOptions } from '../src/search/topDocuments.js';
import { readSnapshot } from '../src/story/snapshot.js';
import { scaleCorpus } from './benchScale.js';
import { DEFAULT_SQUAD_PATH } from './squad.js';

const { values } = parseArgs({
  options: {
    snapshot: { type: 'string' },
    scale: { type: 'string', default: '100000' },
    questions: { type: 'string', default: '300' },
  },
});
const lead = readFileSync(values.snapshot!).subarray(0, 64 * 1024);
const header = JSON.parse(lead.subarray(16, 16 + lead.readUInt32LE(12)).toString('utf8')) as { fingerprint: string; hash: string };
const read = await readSnapshot(values.snapshot!, { hash: header.hash, fingerprint: header.fingerprint });
if ('miss' in read) throw new Error(read.reason);
const table = (read.story.index as SentenceIndex).postings();
const questions = scaleCorpus(DEFAULT_SQUAD_PATH, Number(values.scale), Number(values.questions)).questions;
const n = table.ids.length;
const blocks = (n >> BOUND_SHIFT) + 1;
const m = new Uint16Array(n);
const termMark = new Int32Array(n);
const bsum = new Float64Array(n);
const exact = new Float64Array(n);
const blockPostings = new Float64Array(blocks);
const blockBest = new Float64Array(blocks);
const blockTerms = new Uint16Array(blocks);
const blockTermMark = new Int32Array(blocks);
const blockBestDocBound = new Float64Array(blocks);
const blockBestExact = new Float64Array(blocks);
const sums = { total: 0, walked: 0, blockOracle: 0, docOracle: 0, exactOracle: 0 };
const rows: { total: number; walked: number; block: number; doc: number; exact: number }[] = [];
for (const q of questions) {
  const terms = [...new Set(termsOf(q))];
  const lists = queryLists(table, terms);
  const o: TopOptions = {
    limit: 40,
    fieldBoosts: INDEX_FIELDS.map((f) => FIELD_BOOSTS[f]),
    ...BM25,
    sentenceScoring: true,
    stats: { walked: 0, total: 0 },
  };
  const top = blockedWalk(table, terms, lists, o);
  if (top.length < 40) continue;
  const theta = top[39]!.score;
  m.fill(0);
  termMark.fill(-1);
  bsum.fill(0);
  exact.fill(0);
  blockPostings.fill(0);
  blockBest.fill(0);
  blockTerms.fill(0);
  blockTermMark.fill(-1);
  blockBestDocBound.fill(0);
  blockBestExact.fill(0);
  const partsOf: Float64Array[] = [];
  // First: each list's block bests.
  const perList: { w: number; best: Map<number, number>; t: number; f: number }[] = [];
  terms.forEach((_, t) => {
    const termLists = lists[t];
    if (!termLists) return;
    table.fields.forEach((field, f) => {
      const list = termLists[f]!;
      if (list.to === list.from) return;
      const size = list.to - list.from;
      const idf = Math.log(1 + (table.documentCount - size + 0.5) / (size + 0.5));
      const w = o.fieldBoosts[f]! * idf;
      const best = new Map<number, number>();
      const parts = new Float64Array(size);
      for (let i = list.from; i < list.to; i += 1) {
        const doc = list.docs[i]!;
        const tf = list.tfs[i]!;
        const x = BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * field.length[doc]!) / field.avgLength));
        parts[i - list.from] = x;
        const b = doc >> BOUND_SHIFT;
        best.set(b, Math.max(best.get(b) ?? 0, x));
        blockPostings[b]! += 1;
      }
      partsOf.push(parts);
      perList.push({ w, best, t, f });
    });
  });
  let li = 0;
  terms.forEach((_, t) => {
    const termLists = lists[t];
    if (!termLists) return;
    table.fields.forEach((_field, f) => {
      const list = termLists[f]!;
      if (list.to === list.from) return;
      const { w, best } = perList[li]!;
      const parts = partsOf[li]!;
      li += 1;
      for (const [b, x] of best) {
        blockBest[b]! += w * x;
        if (blockTermMark[b] !== t) {
          blockTermMark[b] = t;
          blockTerms[b]! += 1;
        }
      }
      for (let i = list.from; i < list.to; i += 1) {
        const doc = list.docs[i]!;
        if (termMark[doc] !== t) {
          termMark[doc] = t;
          m[doc]! += 1;
        }
        bsum[doc]! += w * best.get(doc >> BOUND_SHIFT)!;
        exact[doc]! += w * parts[i - list.from]!;
      }
    });
  });
  for (let doc = 0; doc < n; doc += 1) {
    if (m[doc] === 0) continue;
    const b = doc >> BOUND_SHIFT;
    blockBestDocBound[b] = Math.max(blockBestDocBound[b]!, m[doc]! * bsum[doc]!);
    blockBestExact[b] = Math.max(blockBestExact[b]!, m[doc]! * exact[doc]!);
  }
  const row = { total: 0, walked: o.stats!.walked, block: 0, doc: 0, exact: 0 };
  for (let b = 0; b < blocks; b += 1) {
    const p = blockPostings[b]!;
    row.total += p;
    if (blockBest[b]! * blockTerms[b]! >= theta) row.block += p;
    if (blockBestDocBound[b]! >= theta) row.doc += p;
    if (blockBestExact[b]! >= theta * (1 - 1e-9)) row.exact += p;
  }
  rows.push(row);
  sums.total += row.total;
  sums.walked += row.walked;
  sums.blockOracle += row.block;
  sums.docOracle += row.doc;
  sums.exactOracle += row.exact;
}
const mil = (x: number) => `${(x / 1e6).toFixed(2)}M`;
console.log(
  `${rows.length} questions: postings ${mil(sums.total)}, read by the walk ${mil(sums.walked)}, in blocks whose bound reaches the final k-th best ${mil(sums.blockOracle)}, whose best document bound does ${mil(sums.docOracle)}, whose best exact score does ${mil(sums.exactOracle)}`,
);
rows.sort((a, b) => b.walked - a.walked);
console.log('the 15 that read the most: total / walked / block oracle / document oracle / exact oracle');
for (const r of rows.slice(0, 15)) console.log(`  ${r.total} / ${r.walked} / ${r.block} / ${r.doc} / ${r.exact}`);
