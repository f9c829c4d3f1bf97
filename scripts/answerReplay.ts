/**
 * Answer-time replay at scale, in one process: the bench's SQuAD story of about `--scale` sentences
 * (built once and kept as a snapshot at `--snapshot`, then loaded), `--questions` SQuAD questions answered
 * `--rounds` times, p50/p99 of each question's fastest round (and of the first round, which pays each term's
 * first decoding after the load, as `bench:100k`'s single pass does), and one hash over every answer (text, type,
 * confidence, excerpt ids, covered) so a speed change can be shown to leave the answers identical.
 *
 *   node src/threads/runBundled.mjs scripts/answerReplay.ts [--scale 100000] [--snapshot /tmp/replay-100k.snapshot]
 *                                   [--questions 2000] [--rounds 3] [--slowest FILE] [--warm] [--before 50]
 *
 * As the bot serves: `node --no-regexp-tier-up src/threads/runBundled.mjs scripts/answerReplay.ts …` (NATIVE_REGEXP_FLAG,
 * src/threads/nativeRegExps.ts); without the flag, V8's default, each expression's first match made bytecode first.
 *
 * `--prime N` answers N other questions of the same articles before those (the code warm, the timed questions' words and
 * sentences new). `--warm` warms the loaded story first (`warmStory`, as the bot's StoryHolder does when a story goes live)
 * and says what that took; `--before N` answers the first N questions untimed before the rounds (50).
 * `--slowest FILE` writes the slowest tenth of the questions (one a line), `--only FILE` answers just those,
 * `--search` times the BM25 search alone, and `--profile FILE` writes a CPU profile of the timed rounds (after the warm-up and the story's one-off tables).
 * `--breakdown N` profiles round `--breakdown-round` (0, the first; or a list, "0,1") and prints its N slowest questions, each with the
 * functions its time went to (self time, from the profile's samples between the question's start and end), and the
 * functions the N slowest spent most in together. `--alloc-round R` prints where round R allocated (the sampling heap
 * profiler, objects collected since included), by function; with `--retained`, only what is still alive at the round's end
 * (what the round added to the heap: what its scavenges copied and promoted); `--alloc-out FILE` writes that sampled profile (JSON, each sample with its whole stack) for a closer look. `--tail N` prints the first round's N slowest
 * questions by the main thread's CPU time, with their CPU time in each round and the collections that landed inside them,
 * and the p50/p90/p99 of each round's CPU per question (the main thread's, and the process's); with two rounds or more,
 * each question's cheapest round too, what the first round paid over it, and how many of the first round's slowest 2%
 * are among the questions slowest every time.
 * `--breakdown-out FILE` writes each profiled round's profile with its questions' spans (FILE.R.json) for a closer look.
 * `--answers FILE` writes each question with its first round's answer line (what the hash is of), to diff two runs.
 * `--idle-scavenge` does between two questions, untimed, what the bot does once a reply has gone (`tidyBetweenAnswers`:
 * the term cache doubled ahead of need, the young generation collected when half full), and says how many collections ran there.
 */
import { createHash } from 'node:crypto';
import { existsSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { answerQuestion } from '../src/answer/answerQuestion.js';
import type { Answer } from '../src/answer/answer.js';
import { searchSentences } from '../src/search/sentenceIndex.js';
import { termsOf } from '../src/search/terms.js';
import { buildStory } from '../src/story/buildStory.js';
import { readSnapshot, saveSnapshot } from '../src/story/snapshot.js';
import type { Story } from '../src/story/story.js';
import '../src/story/warmers.js';
import { warmStory } from '../src/story/warmUp.js';
import { tidyBetweenAnswers } from '../src/threads/idleScavenge.js';
import { scaleCorpus } from './benchScale.js';
import { DEFAULT_SQUAD_PATH, percentile } from './squad.js';

const { values } = parseArgs({
  options: {
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
    scale: { type: 'string', default: '100000' },
    snapshot: { type: 'string', default: '/tmp/replay-100k.snapshot' },
    questions: { type: 'string', default: '2000' },
    rounds: { type: 'string', default: '3' },
    only: { type: 'string' },
    slowest: { type: 'string' },
    profile: { type: 'string' },
    search: { type: 'boolean', default: false },
    warm: { type: 'boolean', default: false },
    before: { type: 'string', default: '50' },
    prime: { type: 'string', default: '0' },
    breakdown: { type: 'string' },
    'breakdown-round': { type: 'string', default: '0' },
    'alloc-round': { type: 'string' },
    retained: { type: 'boolean', default: false },
    tail: { type: 'string' },
    answers: { type: 'string' },
    'alloc-out': { type: 'string' },
    'idle-scavenge': { type: 'boolean', default: false },
    'breakdown-out': { type: 'string' },
  },
});

const n = Number(values.scale);
const corpus = scaleCorpus(values.squad, n, Number(values.questions));
const hash = `squad-${n}`;
let story: Story;
if (existsSync(values.snapshot)) {
  // Whatever version of the engine wrote it: the replay measures answering, on the same sentences each time.
  const read = await readSnapshot(values.snapshot, { hash, fingerprint: writtenBy(values.snapshot) });
  if ('miss' in read) throw new Error(`replay: snapshot ${values.snapshot} did not load (${read.miss}: ${read.reason})`);
  story = read.story;
} else {
  story = buildStory(corpus.articles, hash);
  await saveSnapshot(story, values.snapshot);
}
/** The engine version a snapshot's header names (its JSON follows the 16-byte lead). */
function writtenBy(path: string): string {
  const lead = readFileSync(path).subarray(0, 64 * 1024);
  const header = JSON.parse(lead.subarray(16, 16 + lead.readUInt32LE(12)).toString('utf8')) as { fingerprint: string };
  return header.fingerprint;
}

const questions = values.only ? readFileSync(values.only, 'utf8').split('\n').filter(Boolean) : corpus.questions;

/** What an answer is judged on, as one line. */
function answerLine(a: Answer): string {
  const ids = a.excerpts.map((e) => e.sentenceId).join(',');
  return `${a.answer?.text ?? ''}\t${a.answer?.type ?? ''}\t${a.confidence}\t${ids}\t${a.covered}\t${a.kind}`;
}

/** `--search`: only the BM25 search, as the bench times it beside the answers (the hash is then of the hits). */
const ask = values.search
  ? (q: string) => searchSentences(story.index, [...new Set(termsOf(q))], { limit: 40 })
  : (q: string) => answerQuestion(story, q, { command: 'ask', limit: 5 });
if (values.warm) {
  const t0 = performance.now();
  const r = await warmStory(story).done;
  console.log(
    `warm-up: ${r.workMs.toFixed(0)} ms of work in ${r.slices} slices (longest ${r.longestSliceMs.toFixed(1)} ms), ${(performance.now() - t0).toFixed(0)} ms wall`,
  );
}
// `--prime N`: N other questions of the same articles first (none of those timed): the code paths compiled and
// optimised, the timed questions' own words and sentences still new — what of the first pass is the engine's warm-up.
if (Number(values.prime) > 0) {
  const timed = new Set(questions);
  const others = scaleCorpus(values.squad, n, Number(values.questions) * 3).questions.filter((q) => !timed.has(q));
  for (const q of others.slice(0, Number(values.prime))) ask(q);
}
for (const q of questions.slice(0, Number(values.before))) ask(q);
const best = questions.map(() => Number.POSITIVE_INFINITY);
/** Each question's time in the first round: what a freshly loaded story pays, each term's first decoding included. */
const first = questions.map(() => 0);
const profiler = values.profile ? new Session() : undefined;
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
}
/** The rounds profiled question by question (`--breakdown-round 0,1`: each printed on its own). */
const breakdownRounds = new Set(values.breakdown ? values['breakdown-round'].split(',').map(Number) : []);
const breaker = breakdownRounds.size > 0 ? new Session() : undefined;
breaker?.connect();
/** Each question's start and end in the profiler's clock (µs), in the profiled round. */
const spans: [number, number][] = [];
const SAMPLE_MS = 0.1;
const allocRound = values['alloc-round'] === undefined ? -1 : Number(values['alloc-round']);
const allocator = allocRound >= 0 ? new Session() : undefined;
const micros = () => Number(process.hrtime.bigint() / 1000n);
/** Collections while the rounds ran (start in performance.now()'s clock, duration, kind), to say what each round paid. */
const collections: { start: number; ms: number; kind: number }[] = [];
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    collections.push({ start: e.startTime, ms: e.duration, kind: (e as unknown as { detail: { kind: number } }).detail.kind });
});
gcObserver.observe({ entryTypes: ['gc'] });
const roundSpans: [number, number][] = [];
/** `--tail N`: each question's start, time and main thread's CPU time in each round, to say what the first round's slowest were made of. */
const tailN = Number(values.tail ?? 0);
const times: [number, number, number, number][][] = Array.from({ length: Number(values.rounds) }, () => []);
/** The main thread's schedstat (Linux): its time on a core in ns, not its helper threads' nor its time waiting for a core. */
const schedstat = (() => {
  try {
    return openSync(`/proc/self/task/${process.pid}/schedstat`, 'r');
  } catch {
    return undefined;
  }
})();
const schedBuffer = Buffer.alloc(128);
/** The main thread's CPU time so far (ms): from its schedstat where there is one, else the process's (every thread's). */
function mainThreadMs(): number {
  if (schedstat === undefined) {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1000;
  }
  const n = readSync(schedstat, schedBuffer, 0, schedBuffer.length, 0);
  const text = schedBuffer.toString('latin1', 0, n);
  return Number(text.slice(0, text.indexOf(' '))) / 1e6;
}

const digest = createHash('sha256');
/** `--answers FILE`: each question and its answer line of the first round, to diff two runs answer by answer. */
const answerLines: string[] = [];
const cpu0 = process.cpuUsage();
/** `--idle-scavenge`: the collections run between questions, and their time. */
const idle = { count: 0, ms: 0 };
for (let round = 0; round < Number(values.rounds); round++) {
  const profiled = breakdownRounds.has(round);
  if (breaker && profiled) {
    spans.length = 0;
    await breaker.post('Profiler.enable');
    await breaker.post('Profiler.setSamplingInterval', { interval: SAMPLE_MS * 1000 });
    await breaker.post('Profiler.start');
  }
  if (allocator && round === allocRound) {
    allocator.connect();
    await allocator.post('HeapProfiler.startSampling', {
      samplingInterval: 4096,
      includeObjectsCollectedByMajorGC: !values.retained,
      includeObjectsCollectedByMinorGC: !values.retained,
    } as import('node:inspector').HeapProfiler.StartSamplingParameterType);
  }
  const roundStart = performance.now();
  questions.forEach((q, i) => {
    const s0 = profiled ? micros() : 0;
    const c0 = tailN > 0 ? mainThreadMs() : undefined;
    const p0 = tailN > 0 ? process.cpuUsage() : undefined;
    const t0 = performance.now();
    const a = ask(q);
    const took = performance.now() - t0;
    if (profiled) spans[i] = [s0, micros()];
    best[i] = Math.min(best[i]!, took);
    if (round === 0) first[i] = took;
    if (c0 !== undefined) {
      const p = process.cpuUsage(p0);
      times[round]![i] = [t0, took, mainThreadMs() - c0, (p.user + p.system) / 1000];
    }
    if (round === 0) {
      const line = Array.isArray(a) ? a.map((h) => `${h.id}:${h.score}`).join(',') : answerLine(a);
      digest.update(`${line}\n`);
      answerLines.push(`${q}\t${line}`);
    }
    if (values['idle-scavenge']) {
      const b0 = performance.now();
      if (tidyBetweenAnswers()) idle.count += 1;
      idle.ms += performance.now() - b0;
    }
  });
  roundSpans.push([roundStart, performance.now()]);
  if (allocator && round === allocRound) {
    const { profile } = await allocator.post('HeapProfiler.stopSampling');
    printAllocations(profile);
    if (values['alloc-out']) writeFileSync(values['alloc-out'], JSON.stringify(profile));
  }
  await new Promise((resolve) => setImmediate(resolve));
  if (breaker && profiled) {
    console.log(`breakdown of round ${round}:`);
    const { profile } = await breaker.post('Profiler.stop');
    printBreakdown(profile, Number(values.breakdown));
    if (values['breakdown-out']) writeFileSync(`${values['breakdown-out']}.${round}.json`, JSON.stringify({ profile, spans, questions }));
  }
}
const cpu = process.cpuUsage(cpu0);
await new Promise((resolve) => setTimeout(resolve, 10));
gcObserver.disconnect();
for (const [r, [a, b]] of roundSpans.entries()) {
  const inRound = collections.filter((c) => c.start >= a && c.start <= b);
  const sum = (kind: number) => inRound.filter((c) => c.kind === kind).reduce((t, c) => t + c.ms, 0);
  const slowest = Math.max(0, ...inRound.map((c) => c.ms));
  console.log(
    `round ${r}: ${((b - a) / 1000).toFixed(1)} s wall; collections ${inRound.length}: minor ${sum(1).toFixed(0)} ms, major ${sum(4).toFixed(0)} ms, incremental ${sum(8).toFixed(0)} ms, the longest ${slowest.toFixed(1)} ms`,
  );
}
if (profiler && values.profile) writeFileSync(values.profile, JSON.stringify((await profiler.post('Profiler.stop')).profile));
const sorted = [...best].sort((a, b) => a - b);
const firstSorted = [...first].sort((a, b) => a - b);
console.log(
  `replay: ${story.sentences.length} sentences, ${questions.length} questions × ${values.rounds}; ` +
    `best-of p50 ${percentile(sorted, 50).toFixed(2)} ms, p90 ${percentile(sorted, 90).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms; ` +
    `first round p50 ${percentile(firstSorted, 50).toFixed(2)} ms, p99 ${percentile(firstSorted, 99).toFixed(2)} ms; ` +
    `cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms; answers ${digest.digest('hex').slice(0, 16)}`,
);
if (values['idle-scavenge']) console.log(`between questions: ${idle.count} collections, ${idle.ms.toFixed(0)} ms (untimed)`);
if (values.answers) writeFileSync(values.answers, `${answerLines.join('\n')}\n`);
if (tailN > 0) printTail(tailN);
if (values.slowest) {
  const order = questions.map((q, i) => ({ q, t: best[i]! })).sort((a, b) => b.t - a.t);
  writeFileSync(
    values.slowest,
    `${order
      .slice(0, Math.ceil(questions.length / 10))
      .map((o) => o.q)
      .join('\n')}\n`,
  );
}

/**
 * `--tail N`: the first round's N slowest questions, each with its time in every round and the collections that
 * ran inside it in the first round (ms), and the sums: whether the first pass's tail is work each question does
 * every time it is asked, a first-time cost, or a collection that landed in it.
 */
function printTail(k: number): void {
  const gcIn = (start: number, ms: number) =>
    collections.filter((c) => c.start >= start && c.start <= start + ms).reduce((t, c) => t + c.ms, 0);
  const cpu = (r: number, i: number) => times[r]![i]![2];
  const order = questions.map((_, i) => i).sort((a, b) => cpu(0, b) - cpu(0, a));
  let sumFirst = 0;
  let sumGc = 0;
  let sumLater = 0;
  console.log(
    `the first round's ${k} slowest by the main thread's CPU (ms in each round; wall and collections' wall in the first; the question):`,
  );
  for (const i of order.slice(0, k)) {
    const gc = gcIn(times[0]![i]![0], times[0]![i]![1]);
    const later = Math.min(...times.slice(1).map((_, r) => cpu(r + 1, i)));
    sumFirst += cpu(0, i);
    sumGc += gc;
    sumLater += later;
    const cols = times.map((_, r) => cpu(r, i).toFixed(1).padStart(6)).join(' ');
    console.log(`  ${cols}  wall ${times[0]![i]![1].toFixed(1).padStart(6)}  gc ${gc.toFixed(1).padStart(5)}  #${i} ${questions[i]}`);
  }
  const sortedCpu = (r: number) => questions.map((_, i) => cpu(r, i)).sort((a, b) => a - b);
  const sortedProcess = (r: number) => questions.map((_, i) => times[r]![i]![3]).sort((a, b) => a - b);
  console.log(
    `  together: first ${sumFirst.toFixed(0)} ms of CPU, collections' wall inside them ${sumGc.toFixed(0)} ms; the best later round ${sumLater.toFixed(0)} ms`,
  );
  for (const r of times.keys())
    console.log(
      `  CPU per question, round ${r}: p50 ${percentile(sortedCpu(r), 50).toFixed(2)}, p90 ${percentile(sortedCpu(r), 90).toFixed(2)}, p99 ${percentile(sortedCpu(r), 99).toFixed(2)} ms, total ${(sortedCpu(r).reduce((a, b) => a + b, 0) / 1000).toFixed(2)} s`,
    );
  if (times.length > 1) printExcess(cpu, order);
  // The schedstat read above can move in steps of a scheduler tick (4 ms on some kernels); the process's CPU time
  // (every thread's: collections' helpers and the compiler included) is read to the microsecond.
  for (const r of times.keys()) {
    const sorted = sortedProcess(r);
    console.log(
      `  process CPU per question, round ${r}: p50 ${percentile(sorted, 50).toFixed(2)}, p90 ${percentile(sorted, 90).toFixed(2)}, p99 ${percentile(sorted, 99).toFixed(2)} ms, total ${(sorted.reduce((a, b) => a + b, 0) / 1000).toFixed(2)} s`,
    );
  }
}

/**
 * `--tail N` with two rounds or more: each question's own cost (its main-thread CPU in its cheapest round) against what
 * the first round paid over it, and whether the first round's slowest 2% are the questions that cost most every time
 * (work a faster answer path would cut) or others, each slow once (a stall that lands on whichever question runs).
 */
function printExcess(cpu: (r: number, i: number) => number, firstOrder: readonly number[]): void {
  const best = questions.map((_, i) => Math.min(...times.map((_, r) => cpu(r, i))));
  const sortedBest = [...best].sort((a, b) => a - b);
  const over = questions.map((_, i) => cpu(0, i) - best[i]!).sort((a, b) => a - b);
  const slow = Math.max(1, Math.round(questions.length / 50));
  const slowest = new Set(
    questions
      .map((_, i) => i)
      .sort((a, b) => best[b]! - best[a]!)
      .slice(0, slow),
  );
  const kept = firstOrder.slice(0, slow).filter((i) => slowest.has(i)).length;
  const doubled = questions.filter((_, i) => cpu(0, i) > 2 * best[i]!).length;
  console.log(
    `  CPU per question, best round: p50 ${percentile(sortedBest, 50).toFixed(2)}, p90 ${percentile(sortedBest, 90).toFixed(2)}, p99 ${percentile(sortedBest, 99).toFixed(2)} ms`,
  );
  console.log(
    `  the first round over the best: mean ${(over.reduce((a, b) => a + b, 0) / over.length).toFixed(2)}, p99 ${percentile(over, 99).toFixed(2)} ms; ${doubled} questions over twice their best; of its slowest ${slow}, ${kept} among the best round's slowest ${slow}`,
  );
}

/** `--breakdown`: the slowest questions of the profiled round and where their time went (self time per function). */
function printBreakdown(profile: import('node:inspector').Profiler.Profile, n: number): void {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const inclusive = new Map<string, number>();
  const label = (id: number) => {
    const f = nodes.get(id)!.callFrame;
    return `${f.functionName || '(anon)'} ${f.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of deltas) times.push((t += d));
  // Samples (not the clock) measure a question: on a loaded machine a sample waits while the process is not running.
  const count = spans.map(() => 0);
  let q = 0;
  for (let j = 0; j < samples.length && q < spans.length; j += 1) {
    while (q < spans.length && times[j]! > spans[q]![1]) q += 1;
    if (q < spans.length && times[j]! >= spans[q]![0]) count[q]! += 1;
  }
  const order = spans
    .map((s, i) => ({ i, ms: count[i]! * SAMPLE_MS, wall: (s[1] - s[0]) / 1000 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n);
  const sortedCounts = count.map((c) => c * SAMPLE_MS).sort((a, b) => a - b);
  console.log(
    `profiled round, in samples of ${SAMPLE_MS} ms: p50 ${percentile(sortedCounts, 50).toFixed(2)} ms, p90 ${percentile(sortedCounts, 90).toFixed(2)} ms, p99 ${percentile(sortedCounts, 99).toFixed(2)} ms, total ${(sortedCounts.reduce((a, b) => a + b, 0) / 1000).toFixed(1)} s`,
  );
  const together = new Map<string, number>();
  let at = 0;
  const sorted = [...order].sort((a, b) => spans[a.i]![0] - spans[b.i]![0]);
  const own = new Map<number, Map<string, number>>();
  const all = new Map<string, number>();
  const allInclusive = new Map<string, number>();
  for (let j = 0; j < samples.length; j += 1) {
    if (times[j]! < spans[0]![0] || times[j]! > spans.at(-1)![1]) continue;
    const dt = SAMPLE_MS;
    all.set(label(samples[j]!), (all.get(label(samples[j]!)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = samples[j]; id !== undefined; id = parent.get(id)) {
      const name = label(id);
      if (!seen.has(name)) allInclusive.set(name, (allInclusive.get(name) ?? 0) + dt);
      seen.add(name);
    }
  }
  for (const o of sorted) {
    const [s0, s1] = spans[o.i]!;
    while (at < times.length && times[at]! < s0) at += 1;
    const by = new Map<string, number>();
    for (let j = at; j < times.length && times[j]! <= s1; j += 1) {
      const dt = SAMPLE_MS;
      const key = label(samples[j]!);
      by.set(key, (by.get(key) ?? 0) + dt);
      together.set(key, (together.get(key) ?? 0) + dt);
      const seen = new Set<string>();
      for (let id: number | undefined = samples[j]; id !== undefined; id = parent.get(id)) {
        const name = label(id);
        if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
        seen.add(name);
      }
    }
    own.set(o.i, by);
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([f, ms]) => `      ${ms.toFixed(1).padStart(7)} ms  ${f}`)
      .join('\n');
  for (const o of order)
    console.log(`${o.ms.toFixed(1).padStart(7)} ms (${o.wall.toFixed(1)} wall)  #${o.i} ${questions[o.i]}\n${top(own.get(o.i)!, 8)}`);
  console.log(`the ${order.length} slowest together (self):\n${top(together, 40)}`);
  console.log(`the ${order.length} slowest together (inclusive):\n${top(inclusive, 60)}`);
  console.log(`the whole round (self):\n${top(all, 50)}`);
  console.log(`the whole round (inclusive):\n${top(allInclusive, 80)}`);
  console.log(`(profile from ${profile.startTime} µs, first question from ${spans[0]?.[0]} µs)`);
}

/** `--alloc-round`: the bytes each function allocated in the round (self, and with what it called). */
function printAllocations(profile: import('node:inspector').HeapProfiler.SamplingHeapProfile): void {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const walk = (node: import('node:inspector').HeapProfiler.SamplingHeapProfileNode, stack: string[]): number => {
    const f = node.callFrame;
    const own = `${f.functionName || '(anon)'} ${f.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
    // A built-in (no script) is named with its caller: "add ← bestCandidate …".
    const name = f.url === '' && stack.length > 0 ? `${own} ← ${stack.at(-1)}` : own;
    self.set(name, (self.get(name) ?? 0) + node.selfSize);
    let total = node.selfSize;
    for (const c of node.children) total += walk(c, [...stack, name]);
    if (!stack.includes(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + total);
    return total;
  };
  const all = walk(profile.head, []);
  const top = (m: Map<string, number>, k: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([f, b]) => `  ${(b / 1e6).toFixed(1).padStart(8)} MB  ${f}`)
      .join('\n');
  console.log(`allocated in the round: ${(all / 1e6).toFixed(0)} MB\nself:\n${top(self, 40)}\ninclusive:\n${top(inclusive, 50)}`);
}
