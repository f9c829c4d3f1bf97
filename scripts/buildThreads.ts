/**
 * Where a build's wall time goes, thread by thread: builds the story of SQuAD dev paragraphs repeated to about N
 * sentences (as `bench --scale`) and reads, at every progress step, each thread's time on a core (Linux schedstat):
 * per stage its wall time and the CPU of the main thread, the reading worker and the rest (the collector's and
 * compiler's helpers), and the whole process's (with threads that ended meanwhile, which schedstat no longer lists);
 * for the read, how long before its end the worker last ran.
 *
 * At the end, hashes of the timeline, the people catalogue and the names, so two checkouts can be shown to build alike.
 * `AFTER_READ_V8=FLAGS` sets V8 flags once the read is over (e.g. `--trace-gc` for the stages after it).
 *
 *   node src/threads/runBundled.mjs scripts/buildThreads.ts 100000
 */
import { createHash } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { buildStory } from '../src/story/buildStory.js';
import { scaleCorpus } from './benchScale.js';
import { DEFAULT_SQUAD_PATH } from './squad.js';
import { threadMs } from './threadCpu.js';

const { articles } = scaleCorpus(DEFAULT_SQUAD_PATH, Number(process.argv[2] ?? 20000), 0);
const before = threadMs();
const last = new Map(before);
/** Per thread: the wall time its CPU last grew. */
const lastRan = new Map<number, number>();
const w0 = performance.now();
let stage = '';
let stageStart = w0;
let stageLast = new Map(before);
/** The process's CPU so far (ms): with the threads that ended, which schedstat no longer lists. */
const processMs = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e3;
};
let stageProcess = processMs();
const report = (name: string, now: number) => {
  let main = 0;
  let worker = 0;
  let rest = 0;
  for (const [tid, ms] of last) {
    const spent = ms - (stageLast.get(tid) ?? 0);
    if (tid === process.pid) main += spent;
    else if (!before.has(tid) && spent > worker) {
      rest += worker;
      worker = spent;
    } else rest += spent;
  }
  const s = (ms: number) => (ms / 1e3).toFixed(2);
  let tail = '';
  if (name === 'read') {
    const workerTid = [...lastRan.keys()].filter((t) => !before.has(t)).sort((a, b) => (last.get(b) ?? 0) - (last.get(a) ?? 0))[0];
    if (workerTid !== undefined) tail = `; the worker last ran ${s(now - lastRan.get(workerTid)!)} s before the stage's end`;
  }
  const all = processMs() - stageProcess;
  console.log(
    `${name.padEnd(9)} wall ${s(now - stageStart)} s, CPU main ${s(main)}, new thread ${s(worker)}, others ${s(rest)}, process ${s(all)}${tail}`,
  );
};
const story = buildStory(articles, 'build-threads', (p) => {
  const now = performance.now();
  for (const [tid, ms] of threadMs()) {
    if (ms - (last.get(tid) ?? 0) > 5) lastRan.set(tid, now);
    last.set(tid, ms);
  }
  if (p.stage !== stage) {
    stage = p.stage;
    if (stage === 'names' && process.env.AFTER_READ_V8) setFlagsFromString(process.env.AFTER_READ_V8);
  }
  if (p.done === p.total) {
    report(p.stage, now);
    stageStart = now;
    stageLast = new Map(last);
    stageProcess = processMs();
  }
});
const built = ((performance.now() - w0) / 1e3).toFixed(2);
const hashOf = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 16);
console.log(
  `build ${built} s; ${story.sentences.length} sentences, timeline ${hashOf(story.timeline)}, people ${hashOf(story.actors)}, names ${hashOf(story.people)}`,
);
