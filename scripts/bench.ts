/**
 * Speed and size of the engine, each beside raw MiniSearch (default options, `fields: ['text']`, default
 * search) on the same sentences and questions in the same run:
 *
 * 1. story scale: corpus/ with the story-dev questions cycled (command and natural forms alternately);
 *    build, snapshot save/load, start from a warm snapshot (`openStory`), heap, answer latency;
 * 2. scale: SQuAD dev paragraphs repeated to about `--scale` sentences (default 100,000); build per stage,
 *    peak RSS and heap, snapshot size, save and load, first answer and steady p50/p99 (benchScale.ts).
 *
 *   npm run bench -- [--scale N] [--squad PATH] [--questions 2000] [--story-questions 1000]
 *                    [--raw-questions 300] [--agreement 200] [--corpus corpus] [--back-to-back]
 *
 * The scale part's answers are timed as the bot serves them: between two questions (untimed) the young generation is
 * collected when the answers have filled half of it and the term cache doubled ahead of need (`tidyBetweenAnswers`, as
 * the bot does once a reply has gone), and
 * the collections that ran there are printed with their time. `--back-to-back` times the answers one after another
 * with nothing between them (every collection inside an answer, as before round 42).
 *
 * With `--scale N` only part 2 runs (`npm run bench:10k`, `bench:100k`, `bench:1m`). Raw MiniSearch at
 * 100k sentences takes a quarter of a second a question, so it is timed on `--raw-questions` of them.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { readFileSync } from 'node:fs';

const importStarted = performance.now();
const { default: MiniSearch } = await import('minisearch');
const { answerQuestion } = await import('../src/answer/answerQuestion.js');
const { corpusHash, loadCorpus } = await import('../src/corpus/loadCorpus.js');
const { buildStory } = await import('../src/story/buildStory.js');
const { openStory } = await import('../src/story/openStory.js');
const { storyActors, storyTimeline } = await import('../src/story/catalogues.js');
const { buildActors } = await import('../src/actors/buildActors.js');
const { buildTimeline } = await import('../src/timeline/timeline.js');
const { loadSnapshot, saveSnapshot } = await import('../src/story/snapshot.js');
const { DEFAULT_SQUAD_PATH, percentile } = await import('./squad.js');
const { runScaleBench } = await import('./benchScale.js');
const importMs = performance.now() - importStarted;

import type { Command } from '../src/answer/answerKind.js';
import type { Story } from '../src/story/story.js';

const { values } = parseArgs({
  options: {
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
    scale: { type: 'string' },
    agreement: { type: 'string', default: '200' },
    questions: { type: 'string', default: '2000' },
    'story-questions': { type: 'string', default: '1000' },
    'raw-questions': { type: 'string', default: '300' },
    corpus: { type: 'string', default: 'corpus' },
    'story-dev': { type: 'string', default: '../shared/eval/story-dev.jsonl' },
    'back-to-back': { type: 'boolean', default: false },
  },
});

v8.setFlagsFromString('--expose_gc');
const gc = vm.runInNewContext('gc') as () => void;

/** Heap in use after a full collection, in MB. */
function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : x < 100 ? 1 : 0)} ms`;
const sec = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : ms(x));
const row = (label: string, ours: string, raw = '') => console.log(`  ${label.padEnd(34)}${ours.padEnd(26)}${raw}`);

interface Query {
  text: string;
  command: Command;
}

interface Latency {
  n: number;
  mean: number;
  p50: number;
  p99: number;
  max: number;
}

/** Times `run` on every query after warming up on the first few; returns the latency distribution. */
function time(queries: Query[], run: (q: Query) => unknown): Latency {
  for (const q of queries.slice(0, Math.min(100, queries.length))) run(q);
  const times: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    run(q);
    times.push(performance.now() - t0);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return {
    n: times.length,
    mean: times.reduce((a, b) => a + b, 0) / (times.length || 1),
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
  };
}

function latencyRows(ours: Latency, raw: Latency | undefined): void {
  const rawCell = (f: (l: Latency) => number) => (raw ? ms(f(raw)) : '');
  row(`answer latency, questions`, `${ours.n}`, raw ? `${raw.n}` : '');
  row(
    '  mean',
    ms(ours.mean),
    rawCell((l) => l.mean),
  );
  row(
    '  p50',
    ms(ours.p50),
    rawCell((l) => l.p50),
  );
  row(
    '  p99',
    ms(ours.p99),
    rawCell((l) => l.p99),
  );
  row(
    '  max',
    ms(ours.max),
    rawCell((l) => l.max),
  );
}

/** Raw MiniSearch with its default options over the same sentences. */
function rawIndex(story: Story): { index: InstanceType<typeof MiniSearch<{ id: number; text: string }>>; ms: number } {
  const t0 = performance.now();
  const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  index.addAll(story.sentences.map((s) => ({ id: s.id, text: s.text })));
  return { index, ms: performance.now() - t0 };
}

/** Saves and loads the story's snapshot in a temporary directory. */
async function snapshotTimes(story: Story, dir: string): Promise<{ save: number; load: number; mb: number }> {
  const path = join(dir, `bench-${story.sentences.length}.snapshot`);
  let t0 = performance.now();
  await saveSnapshot(story, path);
  const save = performance.now() - t0;
  const mb = (await stat(path)).size / 1e6;
  t0 = performance.now();
  const loaded = await loadSnapshot(path, story.hash);
  const load = performance.now() - t0;
  if (typeof loaded === 'string') throw new Error(`snapshot did not load back: ${loaded}`);
  await rm(path, { force: true });
  return { save, load, mb };
}

const dir = await mkdtemp(join(tmpdir(), 'story-bench-'));
const started = performance.now();
console.log(`Story Bot bench — Node ${process.version}, ${process.arch}; module import ${sec(importMs)} (wink-nlp model included)`);
try {
  // 1. Story scale.
  if (values.scale === undefined) {
    const { articles } = await loadCorpus(values.corpus);
    const hash = corpusHash(articles);
    const heap0 = heapMb();
    let t0 = performance.now();
    const story = buildStory(articles, hash);
    const build = performance.now() - t0;
    const heap = heapMb() - heap0;
    const raw = rawIndex(story);
    const snap = await snapshotTimes(story, dir);
    const cacheDir = join(dir, 'cache');
    const cold = await openStory({ corpusDir: values.corpus, cacheDir });
    t0 = performance.now();
    const warm = await openStory({ corpusDir: values.corpus, cacheDir });
    const warmMs = performance.now() - t0;
    if (warm.from !== 'snapshot') throw new Error(`second openStory did not use the snapshot (${warm.from})`);
    // The first /actors and /timeline after a start: read from the loaded story (what building them cost before).
    t0 = performance.now();
    const actorCount = storyActors(warm.story).length + storyTimeline(warm.story).length;
    const firstCatalogues = performance.now() - t0;
    t0 = performance.now();
    buildActors(warm.story);
    buildTimeline(warm.story);
    const rebuildCatalogues = performance.now() - t0;

    const items = readFileSync(values['story-dev'], 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { command: Command; query: string; question: string });
    const forms: Query[] = items.flatMap((i) => [
      { text: i.query, command: i.command },
      { text: i.question, command: 'ask' as const },
    ]);
    const want = Number(values['story-questions']);
    const queries = Array.from({ length: Math.max(want, forms.length) }, (_, i) => forms[i % forms.length]!);
    const ours = time(queries, (q) => answerQuestion(story, q.text, { command: q.command, limit: 5 }));
    const rawLatency = time(queries, (q) => raw.index.search(q.text));

    console.log(
      `\n1. Story scale: ${values.corpus}/ — ${articles.length} articles, ${story.sentences.length} sentences; story-dev questions cycled`,
    );
    row('', 'story-bot', 'raw MiniSearch');
    row('index build', sec(build), sec(raw.ms));
    row('heap growth (with gazetteer)', `${heap.toFixed(1)} MB`);
    row('snapshot save / load', `${sec(snap.save)} / ${sec(snap.load)} (${snap.mb.toFixed(2)} MB)`);
    row('openStory, cold (build + save)', sec(cold.ms));
    row('openStory, warm snapshot', `${sec(warm.ms)} (${sec(warmMs)} wall)`);
    row('first /actors, /timeline (read)', `${sec(firstCatalogues)} (${actorCount} entries; building them: ${sec(rebuildCatalogues)})`);
    latencyRows(ours, rawLatency);
  }

  // 2. Scale.
  const scale = Number(values.scale ?? 100_000);
  await runScaleBench(scale, {
    squad: values.squad,
    questions: Number(values.questions),
    rawQuestions: Number(values['raw-questions']),
    dir,
    agreement: scale <= 200_000 ? Number(values.agreement) : 0,
    gc,
    idleScavenge: !values['back-to-back'],
  });
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log(`\nwhole bench ${sec(performance.now() - started)}`);
