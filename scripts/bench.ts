/**
 * Speed and size of the engine, each beside raw MiniSearch (default options, `fields: ['text']`, default
 * search) on the same sentences and questions in the same run:
 *
 * 1. story scale: corpus/ with the story-dev questions cycled (command and natural forms alternately);
 *    build, snapshot save/load, start from a warm snapshot (`openStory`), heap, answer latency;
 * 2. ~100,000 sentences: the SQuAD dev paragraphs repeated `--repeat` times under new ids, SQuAD
 *    questions spread over all articles; build (per stage), snapshot save/load, heap, answer latency
 *    and where it goes (per stage).
 *
 *   npm run bench -- [--squad PATH] [--repeat 10] [--questions 2000] [--story-questions 1000]
 *                    [--raw-questions 500] [--corpus corpus] [--by-title]
 *
 * Raw MiniSearch at 100k sentences takes a quarter of a second a question, so it is timed on
 * `--raw-questions` of the same questions (evenly spread) to keep the whole run to a few minutes.
 * `--by-title` makes one article per Wikipedia title (its paragraphs separated by blank lines) instead
 * of one per paragraph.
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
const { answerKind } = await import('../src/answer/answerKind.js');
const { corroborate } = await import('../src/answer/corroborate.js');
const { extractAnswer } = await import('../src/answer/extractAnswer.js');
const { validateQuestion } = await import('../src/answer/questionError.js');
const { rankSentences } = await import('../src/answer/rankSentences.js');
const { corpusHash, loadCorpus } = await import('../src/corpus/loadCorpus.js');
const { termsOf } = await import('../src/search/terms.js');
const { searchSentences, slowSearch } = await import('../src/search/sentenceIndex.js');
const { buildStory } = await import('../src/story/buildStory.js');
const { openStory } = await import('../src/story/openStory.js');
const { loadSnapshot, saveSnapshot } = await import('../src/story/snapshot.js');
const { DEFAULT_SQUAD_PATH, loadSquad, percentile } = await import('./squad.js');
const importMs = performance.now() - importStarted;

import type { Command } from '../src/answer/answerKind.js';
import type { PreparedQuery } from '../src/answer/rankSentences.js';
import type { Article } from '../src/corpus/article.js';
import type { Story } from '../src/story/story.js';

const { values } = parseArgs({
  options: {
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
    repeat: { type: 'string', default: '10' },
    questions: { type: 'string', default: '2000' },
    'story-questions': { type: 'string', default: '1000' },
    'raw-questions': { type: 'string', default: '300' },
    corpus: { type: 'string', default: 'corpus' },
    'story-dev': { type: 'string', default: '../shared/eval/story-dev.jsonl' },
    'by-title': { type: 'boolean', default: false },
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
  row('  mean', ms(ours.mean), rawCell((l) => l.mean));
  row('  p50', ms(ours.p50), rawCell((l) => l.p50));
  row('  p99', ms(ours.p99), rawCell((l) => l.p99));
  row('  max', ms(ours.max), rawCell((l) => l.max));
}

/**
 * Where answer time goes: the stages answerQuestion runs, timed one by one on `queries`, then
 * answerQuestion whole on the same queries (both after a warm-up pass).
 */
function stages(story: Story, queries: Query[]): void {
  const t = { prepare: 0, rank: 0, corroborate: 0, extract: 0, total: 0 };
  for (const q of queries) answerQuestion(story, q.text, { command: q.command, limit: 5 });
  for (const q of queries) {
    let a = performance.now();
    const text = validateQuestion(q.text);
    const prepared: PreparedQuery = { terms: [...new Set(termsOf(text))], kind: answerKind(q.command, text), text: text.toLowerCase() };
    let b = performance.now();
    t.prepare += b - a;
    a = b;
    const ranked = rankSentences(story, prepared);
    b = performance.now();
    t.rank += b - a;
    a = b;
    const groups = corroborate(ranked);
    b = performance.now();
    t.corroborate += b - a;
    a = b;
    extractAnswer(story, groups, prepared);
    b = performance.now();
    t.extract += b - a;
  }
  for (const q of queries) {
    const a = performance.now();
    answerQuestion(story, q.text, { command: q.command, limit: 5 });
    t.total += performance.now() - a;
  }
  const n = queries.length || 1;
  const known = t.prepare + t.rank + t.corroborate + t.extract;
  console.log(
    `  per stage, mean of ${queries.length}: prepare ${ms(t.prepare / n)}, search + re-rank ${ms(t.rank / n)}, corroborate ${ms(t.corroborate / n)}, ` +
      `short answer ${ms(t.extract / n)}, rest of answerQuestion (excerpts, citations, dates) ${ms(Math.max(0, t.total - known) / n)}; whole ${ms(t.total / n)}`,
  );
}

/** Checks that the fast search returns what MiniSearch's own `search` returns (ids, order and scores). */
function agreement(story: Story, queries: Query[]): void {
  let same = 0;
  for (const q of queries) {
    const terms = [...new Set(termsOf(q.text))];
    const fast = searchSentences(story.index, terms, { limit: 40 });
    const slow = slowSearch(story.index, terms, { limit: 40 });
    if (fast.length === slow.length && fast.every((h, i) => h.id === slow[i]!.id && h.score === slow[i]!.score)) same += 1;
  }
  console.log(`  searchSentences gives MiniSearch.search's top 40 (ids, order, scores) on ${same} of ${queries.length} questions`);
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
  const path = join(dir, `bench-${story.sentences.length}.json`);
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

/** Evenly spread picks of `n` items. */
function spread<T>(items: T[], n: number): T[] {
  if (n >= items.length) return items;
  const out: T[] = [];
  for (let i = 0; i < n; i += 1) out.push(items[Math.floor((i * items.length) / n)]!);
  return out;
}

const dir = await mkdtemp(join(tmpdir(), 'story-bench-'));
const started = performance.now();
console.log(`Story Bot bench — Node ${process.version}, ${process.arch}; module import ${sec(importMs)} (wink-nlp model included)`);
try {
  // 1. Story scale.
  {
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

    console.log(`\n1. Story scale: ${values.corpus}/ — ${articles.length} articles, ${story.sentences.length} sentences; story-dev questions cycled`);
    row('', 'story-bot', 'raw MiniSearch');
    row('index build', sec(build), sec(raw.ms));
    row('heap growth (with gazetteer)', `${heap.toFixed(1)} MB`);
    row('snapshot save / load', `${sec(snap.save)} / ${sec(snap.load)} (${snap.mb.toFixed(2)} MB)`);
    row('openStory, cold (build + save)', sec(cold.ms));
    row('openStory, warm snapshot', `${sec(warm.ms)} (${sec(warmMs)} wall)`);
    latencyRows(ours, rawLatency);
    stages(story, queries.slice(0, 300));
  }

  // 2. ~100,000 sentences.
  {
    const repeat = Math.max(1, Number(values.repeat));
    const set = loadSquad(values.squad, repeat);
    const articles = values['by-title'] ? byTitle(set.articles) : set.articles;
    const heap0 = heapMb();
    const stageMs: Record<string, number> = {};
    let last = performance.now();
    const t0 = last;
    const story = buildStory(articles, `squad-x${repeat}`, (p) => {
      const now = performance.now();
      stageMs[p.stage] = (stageMs[p.stage] ?? 0) + (now - last);
      last = now;
    });
    const build = performance.now() - t0;
    stageMs['df + rest'] = performance.now() - last;
    const heap = heapMb() - heap0;
    const raw = rawIndex(story);
    const rawHeap = heapMb() - heap0 - heap;
    const snap = await snapshotTimes(story, dir);

    const queries: Query[] = spread(set.questions, Number(values.questions))
      .filter((q) => q.question.length <= 300)
      .map((q) => ({ text: q.question, command: 'ask' }));
    const ours = time(queries, (q) => answerQuestion(story, q.text, { command: q.command, limit: 5 }));
    const rawQueries = spread(queries, Number(values['raw-questions']));
    const rawLatency = time(rawQueries, (q) => raw.index.search(q.text));

    console.log(
      `\n2. ${story.sentences.length.toLocaleString('en')} sentences: SQuAD dev ×${repeat}, ${articles.length.toLocaleString('en')} articles (${values['by-title'] ? 'one per title' : 'one per paragraph'}); ${queries.length} SQuAD questions`,
    );
    row('', 'story-bot', 'raw MiniSearch');
    row('index build', sec(build), sec(raw.ms));
    console.log(`  build stages: ${Object.entries(stageMs).map(([k, v]) => `${k} ${sec(v)}`).join(', ')}`);
    row('heap', `${heap.toFixed(0)} MB`, `${rawHeap.toFixed(0)} MB`);
    row('snapshot save / load', `${sec(snap.save)} / ${sec(snap.load)} (${snap.mb.toFixed(0)} MB)`);
    latencyRows(ours, rawLatency);
    if (rawQueries.length < queries.length) console.log(`  (raw MiniSearch timed on ${rawQueries.length} of the ${queries.length} questions, evenly spread)`);
    stages(story, queries.slice(0, 300));
    agreement(story, spread(queries, 200));
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log(`\nwhole bench ${sec(performance.now() - started)}`);

/** One article per Wikipedia title: its paragraphs (one per copy) joined by blank lines. */
function byTitle(articles: Article[]): Article[] {
  const out = new Map<string, Article>();
  for (const a of articles) {
    const key = a.id.replace(/-\d+$/, '');
    const prev = out.get(key);
    if (prev) prev.body += `\n\n${a.body}`;
    else out.set(key, { ...a, id: key, file: `${key}.md` });
  }
  return [...out.values()];
}
