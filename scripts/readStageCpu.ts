/**
 * The read stage as a build runs it (`readStage` on a fresh draft: two reading threads, the main thread handing each
 * read on into the token store, the entities and the index's postings) on SQuAD dev paragraphs repeated to about N
 * sentences (as `bench --scale`): its wall time and the CPU of each thread (Linux schedstat, read at each of the
 * stage's progress steps, the last before the worker stops): the main thread's, the reading worker's (the new thread
 * that took most), and the rest (the collector's and compiler's helpers), with a hash of what it made (each sentence,
 * its tokens from the store, entities, name runs and dates), so a change to the read stage can be timed against a
 * base checkout by turns and shown to read the same.
 *
 * `--v8 FLAGS` sets V8 flags (`v8.setFlagsFromString`) before the read: they are the process's, so they reach the
 * worker's isolate as well (a worker's `execArgv` may not hold V8 flags), and the main isolate's for what it compiles or
 * collects from then on (not the heap's sizes, fixed at its start).
 *
 *   node src/threads/runBundled.mjs scripts/readStageCpu.ts 20000 [--v8 '--no-turbo-inlining']
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { newDraft, readStage } from '../src/story/stages.js';
import { scaleCorpus } from './benchScale.js';
import { DEFAULT_SQUAD_PATH } from './squad.js';
import { threadMs } from './threadCpu.js';

const { values, positionals } = parseArgs({ options: { v8: { type: 'string' } }, allowPositionals: true });
const { articles } = scaleCorpus(DEFAULT_SQUAD_PATH, Number(positionals[0] ?? 20000), 0);
if (values.v8) setFlagsFromString(values.v8);

const draft = newDraft(articles, 'read-stage-cpu');
const before = threadMs();
const last = new Map(before);
const w0 = performance.now();
for (const _ of readStage.run(draft)) for (const [tid, ms] of threadMs()) last.set(tid, ms);
for (const [tid, ms] of threadMs()) last.set(tid, ms);
const wall = performance.now() - w0;
let main = 0;
let worker = 0;
let rest = 0;
for (const [tid, ms] of last) {
  const spent = ms - (before.get(tid) ?? 0);
  if (tid === process.pid) main = spent;
  else if (!before.has(tid) && spent > worker) {
    rest += worker;
    worker = spent;
  } else rest += spent;
}

const hash = createHash('sha256');
draft.sentences.forEach((s, i) => {
  const { text, start, end, index, paragraph, articleId } = s;
  hash.update(JSON.stringify([articleId, index, paragraph, start, end, text, s.tokens, draft.tagged[i], draft.dates[i]]));
});
const s = (ms: number) => (ms / 1e3).toFixed(2);
console.log(
  `read ${draft.sentences.length} sentences: wall ${s(wall)} s, CPU ${s(main + worker + rest)} s (main thread ${s(main)}, worker ${s(worker)}, others ${s(rest)}), hash ${hash.digest('hex').slice(0, 16)}`,
);
