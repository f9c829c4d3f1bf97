/**
 * The engine at scale: SQuAD dev paragraphs (one article each) repeated until the corpus has about `n`
 * sentences; SQuAD questions about them. Prints the build per stage, peak RSS and heap during the build,
 * snapshot size, save and load, the first answer after a load and steady p50/p99, beside raw MiniSearch
 * (default options, `fields: ['text']`) on the same sentences and questions in the same run.
 */
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import v8 from 'node:v8';
import MiniSearch from 'minisearch';
import { answerQuestion } from '../src/answer/answerQuestion.js';
import type { Article } from '../src/corpus/article.js';
import { searchSentences, slowSearch } from '../src/search/sentenceIndex.js';
import { termsOf } from '../src/search/terms.js';
import { buildStory } from '../src/story/buildStory.js';
import { readSnapshot, saveSnapshot } from '../src/story/snapshot.js';
import '../src/story/warmers.js';
import { warmStory } from '../src/story/warmUp.js';
import type { Story } from '../src/story/story.js';
import { tidyBetweenAnswers } from '../src/threads/idleScavenge.js';
import { loadSquad, percentile } from './squad.js';

/** Sentences in one copy of SQuAD v1.1 dev, as this engine splits them. */
const SENTENCES_PER_COPY = 10_372;

export interface ScaleOptions {
  squad: string;
  questions: number;
  rawQuestions: number;
  /** Directory for the snapshot file. */
  dir: string;
  /** Compare searchSentences with MiniSearch.search on this many questions (0: skip; it rebuilds MiniSearch's maps). */
  agreement: number;
  gc: () => void;
  /**
   * Between two answers, untimed, what the bot does once a reply has gone (`tidyBetweenAnswers`): the term cache doubled
   * ahead of need, the young generation collected when the answers have filled half of it. False: the answers back to back, every collection inside one.
   */
  idleScavenge: boolean;
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : x < 100 ? 1 : 0)} ms`;
const sec = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : ms(x));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const row = (label: string, ours: string, raw = '') => console.log(`  ${label.padEnd(34)}${ours.padEnd(30)}${raw}`);

interface Latency {
  n: number;
  p50: number;
  p99: number;
  mean: number;
  /** The process's CPU time per question (a loaded machine's waits for a core not counted; the collector's threads counted). */
  cpuP50: number;
  cpuP99: number;
  /** Collections run between the questions (`between`), and their time. */
  between: { count: number; ms: number };
}

/** The process's CPU time so far, in ms. */
function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/** Times `run` on each item; `between` runs untimed after each (what the bot does between two questions). */
function latency(items: string[], run: (q: string) => unknown, between?: () => boolean): Latency {
  for (const q of items.slice(0, Math.min(50, items.length))) run(q);
  const cpu: number[] = [];
  const idle = { count: 0, ms: 0 };
  const times = items.map((q) => {
    const c0 = cpuMs();
    const t0 = performance.now();
    run(q);
    const took = performance.now() - t0;
    cpu.push(cpuMs() - c0);
    if (between) {
      const b0 = performance.now();
      if (between()) idle.count += 1;
      idle.ms += performance.now() - b0;
    }
    return took;
  });
  const sorted = [...times].sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    n: times.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: times.reduce((a, b) => a + b, 0) / (times.length || 1),
    cpuP50: percentile(cpu, 50),
    cpuP99: percentile(cpu, 99),
    between: idle,
  };
}

/** Wall p50 / p99, then the CPU's. */
const wallAndCpu = (l: Latency) => `${ms(l.p50)} / ${ms(l.p99)} (CPU ${ms(l.cpuP50)} / ${ms(l.cpuP99)})`;

/** Evenly spread picks of `n` items. */
function spread<T>(items: T[], n: number): T[] {
  if (n >= items.length) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}

/** SQuAD dev paragraphs repeated to about `n` sentences, and `want` of their questions spread over them. */
export function scaleCorpus(path: string, n: number, want: number): { articles: Article[]; questions: string[]; copies: number } {
  const copies = Math.max(1, Math.ceil(n / SENTENCES_PER_COPY));
  const set = loadSquad(path, copies);
  const perCopy = set.articles.length / copies;
  const articles = set.articles.slice(0, Math.min(set.articles.length, Math.round((perCopy * n) / SENTENCES_PER_COPY)));
  const kept = new Set(articles.map((a) => a.id));
  const questions = spread(
    set.questions.filter((q) => kept.has(q.articleId) && q.question.length <= 300).map((q) => q.question),
    want,
  );
  return { articles, questions, copies };
}

/** Runs the scale bench for about `n` sentences and prints its lines. */
export async function runScaleBench(n: number, o: ScaleOptions): Promise<void> {
  let t0 = performance.now();
  const { articles, questions, copies } = scaleCorpus(o.squad, n, o.questions);
  const loadMs = performance.now() - t0;

  o.gc();
  const heap0 = v8.getHeapStatistics().used_heap_size;
  let peakRss = process.memoryUsage.rss();
  let peakHeap = heap0;
  /** The highest heap seen at a progress step of each stage (garbage not yet collected included). */
  const stagePeak: Record<string, number> = {};
  const stageMs: Record<string, number> = { load: loadMs };
  let last = performance.now();
  t0 = last;
  let story: Story | undefined = buildStory(articles, `squad-${n}`, (p) => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    const heap = v8.getHeapStatistics().used_heap_size;
    peakHeap = Math.max(peakHeap, heap);
    stagePeak[p.stage] = Math.max(stagePeak[p.stage] ?? 0, heap);
    if (p.done === p.total) {
      const now = performance.now();
      stageMs[p.stage] = (stageMs[p.stage] ?? 0) + (now - last);
      last = now;
    }
  });
  const buildMs = performance.now() - t0;
  const maxRss = process.resourceUsage().maxRSS * 1024;
  o.gc();
  const heapAfter = v8.getHeapStatistics().used_heap_size;
  const sentences = story.sentences.length;
  const hash = story.hash;

  const path = join(o.dir, `scale-${n}.snapshot`);
  t0 = performance.now();
  await saveSnapshot(story, path);
  const saveMs = performance.now() - t0;
  const size = (await stat(path)).size;
  story = undefined;
  o.gc();
  const heapBeforeLoad = v8.getHeapStatistics().used_heap_size;
  t0 = performance.now();
  const read = await readSnapshot(path, { hash });
  const loadSnapMs = performance.now() - t0;
  if ('miss' in read) throw new Error(`bench: the snapshot did not load back (${read.miss}: ${read.reason})`);
  const loaded = read.story;
  const texts = loaded.sentences.map((s) => s.text);
  o.gc();
  const heapLoaded = v8.getHeapStatistics().used_heap_size - heapBeforeLoad;
  await rm(path, { force: true });

  // As the bot's StoryHolder does when a story goes live: its one-off tables and common lists, in idle slices.
  t0 = performance.now();
  const warm = await warmStory(loaded).done;
  const warmWallMs = performance.now() - t0;
  t0 = performance.now();
  answerQuestion(loaded, questions[0] ?? 'who', { command: 'ask', limit: 5 });
  const firstMs = performance.now() - t0;
  const ours = latency(
    questions,
    (q) => answerQuestion(loaded, q, { command: 'ask', limit: 5 }),
    o.idleScavenge ? () => tidyBetweenAnswers() : undefined,
  );
  const search = latency(questions, (q) => searchSentences(loaded.index, [...new Set(termsOf(q))], { limit: 40 }));

  // The engine's lines first: raw MiniSearch over a million sentences can run out of heap beside the loaded story.
  console.log(
    `\nScale: ${sentences.toLocaleString('en')} sentences, ${articles.length.toLocaleString('en')} articles (SQuAD dev paragraphs ×${copies}, cut to ~${n.toLocaleString('en')}); ${questions.length} SQuAD questions`,
  );
  row('', 'story-bot');
  row('build', sec(buildMs));
  console.log(
    `  build stages: ${Object.entries(stageMs)
      .map(([k, v]) => `${k} ${sec(v)}`)
      .join(', ')}`,
  );
  row('peak during build: RSS / heap', `${mb(Math.max(peakRss, maxRss))} / ${mb(peakHeap)}`);
  console.log(
    `  peak heap by stage: ${Object.entries(stagePeak)
      .map(([k, v]) => `${k} ${mb(v)}`)
      .join(', ')}`,
  );
  row('heap after build (GC)', mb(heapAfter - heap0));
  row('snapshot size', mb(size));
  row('snapshot save / load', `${sec(saveMs)} / ${sec(loadSnapMs)}`);
  row('heap of the loaded story', mb(heapLoaded));
  row(
    'warm-up after load (idle slices)',
    `${sec(warm.workMs)} in ${warm.slices} slices (longest ${ms(warm.longestSliceMs)}), ${sec(warmWallMs)} wall`,
  );
  row('first answer after the warm-up', sec(firstMs));
  row(o.idleScavenge ? 'answer p50 / p99' : 'answer p50 / p99 (back to back)', wallAndCpu(ours));
  if (o.idleScavenge)
    row('  collections between answers', `${ours.between.count} in ${sec(ours.between.ms)} (untimed: the bot's idle time)`);
  row('  (searchSentences alone)', wallAndCpu(search));
  if (o.agreement > 0) {
    let same = 0;
    const sample = spread(questions, o.agreement);
    for (const q of sample) {
      const terms = [...new Set(termsOf(q))];
      const fast = searchSentences(loaded.index, terms, { limit: 40 });
      const slow = slowSearch(loaded.index, terms, { limit: 40 });
      if (fast.length === slow.length && fast.every((h, i) => h.id === slow[i]!.id && h.score === slow[i]!.score)) same += 1;
    }
    console.log(`  searchSentences gives MiniSearch.search's top 40 (ids, order, scores) on ${same} of ${sample.length} questions`);
  }

  t0 = performance.now();
  const raw = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  raw.addAll(texts.map((text, id) => ({ id, text })));
  const rawBuildMs = performance.now() - t0;
  const rawQuestions = spread(questions, o.rawQuestions);
  t0 = performance.now();
  raw.search(rawQuestions[0] ?? 'who');
  const rawFirstMs = performance.now() - t0;
  const rawLatency = latency(rawQuestions, (q) => raw.search(q));
  row('raw MiniSearch (fields: text)', `build ${sec(rawBuildMs)}, first answer ${sec(rawFirstMs)}`);
  row(
    '  answer p50 / p99',
    `${ms(rawLatency.p50)} / ${ms(rawLatency.p99)} (on ${rawQuestions.length} of the ${questions.length} questions)`,
  );
}
