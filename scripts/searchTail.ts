/**
 * The sentence search's tail at scale, walk against walk in one process: each SQuAD question's terms searched as
 * `searchSentences` searches them (and, with `--answer-like`, with idf term boosts as the answer path does), timed
 * best of `--rounds` with the walks alternated, the postings each read, and whether the results agree.
 *
 *   npx tsx scripts/searchTail.ts --snapshot FILE --scale N [--questions 1000] [--rounds 3] [--slowest 15] [--base]
 *
 * `--base` compares with a frozen copy of the walk in scripts/qbase/ (not committed: copy src/search/blockedWalk.ts
 * and blockBounds.ts there first); without it only the current walk is timed.
 */
import { readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { blockedWalk } from '../src/search/blockedWalk.js';
import { BM25, FIELD_BOOSTS, INDEX_FIELDS, type SentenceIndex } from '../src/search/sentenceIndex.js';
import { termsOf } from '../src/search/terms.js';
import { queryLists, type ScoredDocument, type TopOptions } from '../src/search/topDocuments.js';
import { readSnapshot } from '../src/story/snapshot.js';
import { scaleCorpus } from './benchScale.js';
import { DEFAULT_SQUAD_PATH, percentile } from './squad.js';

const { values } = parseArgs({
  options: {
    snapshot: { type: 'string' },
    scale: { type: 'string', default: '300000' },
    questions: { type: 'string', default: '1000' },
    rounds: { type: 'string', default: '3' },
    slowest: { type: 'string', default: '15' },
    base: { type: 'boolean', default: false },
    'answer-like': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    cold: { type: 'boolean', default: false },
  },
});

const n = Number(values.scale);
const lead = readFileSync(values.snapshot!).subarray(0, 64 * 1024);
const header = JSON.parse(lead.subarray(16, 16 + lead.readUInt32LE(12)).toString('utf8')) as { fingerprint: string; hash: string };
const read = await readSnapshot(values.snapshot!, { hash: header.hash, fingerprint: header.fingerprint });
if ('miss' in read) throw new Error(read.reason);
const story = read.story;
const table = (story.index as SentenceIndex).postings();
const questions = scaleCorpus(DEFAULT_SQUAD_PATH, n, Number(values.questions)).questions;
const queries = questions.map((q) => [...new Set(termsOf(q))]);

/** The process's CPU time (ms): a loaded machine's waits for a core not counted (the walk allocates little, so its helper threads add little). */
function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

type Walker = (terms: string[], lists: ReturnType<typeof queryLists>, o: TopOptions) => ScoredDocument[];
const walkers: [string, Walker][] = [['new', (terms, lists, o) => blockedWalk(table, terms, lists, o)]];
if (values.base) {
  // A path in a variable: the copy is not part of the repository.
  const copy = './qbase/blockedWalk.js';
  const base = (await import(copy)) as { blockedWalk: typeof blockedWalk };
  walkers.unshift(['base', (terms, lists, o) => base.blockedWalk(table, terms, lists, o)]);
}

const options = (terms: string[]): TopOptions => {
  const o: TopOptions = {
    limit: 40,
    fieldBoosts: INDEX_FIELDS.map((f) => FIELD_BOOSTS[f]),
    ...BM25,
    sentenceScoring: true,
    stats: { walked: 0, total: 0, screened: 0 },
  };
  if (values['answer-like']) {
    const count = story.sentences.length;
    o.termBoosts = new Map(
      terms.map((t) => {
        const df = story.documentFrequency.get(t) ?? 0;
        return [t, Math.log(1 + (count - df + 0.5) / (df + 0.5))];
      }),
    );
  }
  return o;
};

const stat = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `p50 ${percentile(s, 50).toFixed(2)} p90 ${percentile(s, 90).toFixed(2)} p99 ${percentile(s, 99).toFixed(2)} mean ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(2)} ms`;
};

// `--cold`: each round's time split into the lists (decoded on first use, or again after the cache let them go)
// and the walk, from a fresh load in question order, as the bench's single pass meets them.
if (values.cold) {
  for (let round = 0; round < Number(values.rounds); round++) {
    const listMs: number[] = [];
    const walkMs: number[] = [];
    const both: number[] = [];
    queries.forEach((terms) => {
      const o = options(terms);
      const t0 = cpuMs();
      const lists = queryLists(table, terms);
      const t1 = cpuMs();
      blockedWalk(table, terms, lists, o);
      const t2 = cpuMs();
      listMs.push(t1 - t0);
      walkMs.push(t2 - t1);
      both.push(t2 - t0);
    });
    console.log(`cold round ${round}: lists + walk ${stat(both)}\n  lists ${stat(listMs)}\n  walk  ${stat(walkMs)}`);
  }
  process.exit(0);
}

// Every list decoded once (and the walks compiled) before the timed rounds.
const listsOf = queries.map((terms) => queryLists(table, terms));
for (const [, walk] of walkers) queries.forEach((terms, i) => walk(terms, listsOf[i]!, options(terms)));

const best = walkers.map(() => queries.map(() => Number.POSITIVE_INFINITY));
const walked = walkers.map(() => queries.map(() => 0));
const shape = queries.map(() => '');
const totals = queries.map((_, i) => listsOf[i]!.reduce((s, l) => s + (l?.reduce((a, x) => a + x.to - x.from, 0) ?? 0), 0));
let differ = 0;
const profiler = values.profile ? new Session() : undefined;
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.setSamplingInterval', { interval: 100 });
  await profiler.post('Profiler.start');
}
for (let round = 0; round < Number(values.rounds); round++) {
  queries.forEach((terms, i) => {
    const lists = queryLists(table, terms);
    const results: string[] = [];
    for (let k = 0; k < walkers.length; k += 1) {
      const w = (k + round + i) % walkers.length;
      const o = options(terms);
      const t0 = cpuMs();
      const out = walkers[w]![1](terms, lists, o);
      const took = cpuMs() - t0;
      if (walkers[w]![0] === 'new') shape[i] = `screened ${o.stats!.screened} postings`;
      best[w]![i] = Math.min(best[w]![i]!, took);
      walked[w]![i] = o.stats!.walked;
      results[w] = out.map((d) => `${d.doc}:${d.score}`).join(',');
    }
    if (round === 0 && results.some((r) => r !== results[0])) differ += 1;
  });
}
if (profiler) {
  const { profile } = await profiler.post('Profiler.stop');
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const id of profile.samples ?? []) {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\/(src|scripts|node_modules)\//, '$1/')}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + 1);
  }
  const all = profile.samples?.length ?? 1;
  const lines = new Map<string, number>();
  for (const node of profile.nodes)
    for (const t of node.positionTicks ?? []) {
      const key = `${node.callFrame.functionName}:${t.line}`;
      lines.set(key, (lines.get(key) ?? 0) + t.ticks);
    }
  for (const [k, c] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`  line ${k} ${c}`);
  for (const [k, c] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${((100 * c) / all).toFixed(1).padStart(5)}%  ${k}`);
}
console.log(`${story.sentences.length} sentences, ${queries.length} questions × ${values.rounds}; results differ on ${differ}`);
walkers.forEach(([name], w) => {
  const read = walked[w]!.reduce((a, b) => a + b, 0);
  console.log(
    `  ${name.padEnd(5)} ${stat(best[w]!)}; postings read ${(read / 1e6).toFixed(1)}M of ${(totals.reduce((a, b) => a + b, 0) / 1e6).toFixed(1)}M`,
  );
});
const last = walkers.length - 1;
const order = queries.map((_, i) => i).sort((a, b) => best[last]![b]! - best[last]![a]!);
console.log(`slowest by ${walkers[last]![0]} (ms per walk; postings read / total; terms and their postings):`);
for (const i of order.slice(0, Number(values.slowest))) {
  const per = walkers.map((_, w) => `${best[w]![i]!.toFixed(2)} (${walked[w]![i]})`).join(' | ');
  const terms = queries[i]!.map((t, j) => `${t}:${listsOf[i]![j]?.reduce((a, x) => a + x.to - x.from, 0) ?? 0}`).join(' ');
  console.log(`  ${per} / ${totals[i]}  ${shape[i]}\n      ${terms}`);
}
