/**
 * Answer-time replay at scale, in one process: the bench's SQuAD story of about `--scale` sentences
 * (built once and kept as a snapshot at `--snapshot`, then loaded), `--questions` SQuAD questions answered
 * `--rounds` times, p50/p99 of each question's fastest round (and of the first round, which pays each term's
 * first decoding after the load, as `bench:100k`'s single pass does), and one hash over every answer (text, type,
 * confidence, excerpt ids, covered) so a speed change can be shown to leave the answers identical.
 *
 *   npx tsx scripts/answerReplay.ts [--scale 100000] [--snapshot /tmp/replay-100k.snapshot]
 *                                   [--questions 2000] [--rounds 3] [--slowest FILE] [--warm] [--before 50]
 *
 * `--warm` warms the loaded story first (`warmStory`, as the bot's StoryHolder does when a story goes live)
 * and says what that took; `--before N` answers the first N questions untimed before the rounds (50).
 * `--slowest FILE` writes the slowest tenth of the questions (one a line), `--only FILE` answers just those,
 * `--search` times the BM25 search alone, and `--profile FILE` writes a CPU profile of the timed rounds (after the warm-up and the story's one-off tables).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
const digest = createHash('sha256');
const cpu0 = process.cpuUsage();
for (let round = 0; round < Number(values.rounds); round++) {
  questions.forEach((q, i) => {
    const t0 = performance.now();
    const a = ask(q);
    const took = performance.now() - t0;
    best[i] = Math.min(best[i]!, took);
    if (round === 0) first[i] = took;
    if (round === 0) digest.update(`${Array.isArray(a) ? a.map((h) => `${h.id}:${h.score}`).join(',') : answerLine(a)}\n`);
  });
}
const cpu = process.cpuUsage(cpu0);
if (profiler && values.profile) writeFileSync(values.profile, JSON.stringify((await profiler.post('Profiler.stop')).profile));
const sorted = [...best].sort((a, b) => a - b);
const firstSorted = [...first].sort((a, b) => a - b);
console.log(
  `replay: ${story.sentences.length} sentences, ${questions.length} questions × ${values.rounds}; ` +
    `best-of p50 ${percentile(sorted, 50).toFixed(2)} ms, p90 ${percentile(sorted, 90).toFixed(2)} ms, p99 ${percentile(sorted, 99).toFixed(2)} ms; ` +
    `first round p50 ${percentile(firstSorted, 50).toFixed(2)} ms, p99 ${percentile(firstSorted, 99).toFixed(2)} ms; ` +
    `cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms; answers ${digest.digest('hex').slice(0, 16)}`,
);
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
