/**
 * Whole builds of two checkouts by turns, each in a process of its own (a build's first run is what a build costs: each
 * process starts cold, as the bot's does): SQuAD dev paragraphs repeated to about N sentences (as `bench --scale`),
 * built with `buildStory`; each build's wall time, process CPU (every thread's) and main-thread CPU (Linux's
 * /proc/thread-self: what a loaded machine cannot hide of the build's critical path, the other threads' work aside), per
 * stage and in all, with a hash of its catalogue and timeline.
 *
 *   npx tsx scripts/buildCompare.ts --base /tmp/base-checkout --scale 100000 --rounds 2
 *
 * (`--base`: a checkout of the other code, e.g. `git archive <commit> | tar -x -C DIR`, with a `node_modules` link.)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    scale: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '2' },
    /** Set in the child process: the checkout to build with. */
    tree: { type: 'string' },
  },
});

if (values.tree) {
  const tree = (path: string) => import(pathToFileURL(resolve(values.tree!, path)).href);
  const { buildStory } = await tree('src/story/buildStory.ts');
  const { scaleCorpus } = await tree('scripts/benchScale.ts');
  const { DEFAULT_SQUAD_PATH } = await tree('scripts/squad.ts');
  const { articles } = scaleCorpus(DEFAULT_SQUAD_PATH, Number(values.scale), 0);
  const cpu = () => {
    const c = process.cpuUsage();
    return (c.user + c.system) / 1e3;
  };
  const now = () => ({ wall: performance.now(), cpu: cpu(), main: mainThreadCpu() });
  const seconds = (from: ReturnType<typeof now>, to: ReturnType<typeof now>) =>
    [to.wall - from.wall, to.cpu - from.cpu, to.main - from.main].map((ms) => (ms / 1e3).toFixed(2)).join('/');
  const stages: string[] = [];
  let last = now();
  const start = last;
  const story = buildStory(articles, 'build-compare', (p: { stage: string; done: number; total: number }) => {
    if (p.done !== p.total) return;
    const at = now();
    stages.push(`${p.stage} ${seconds(last, at)}`);
    last = at;
  });
  const hash = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex').slice(0, 12);
  console.log(
    `build ${seconds(start, last)} s (wall/CPU/main-thread CPU; stages: ${stages.join(', ')}); actors ${hash(story.actors)} timeline ${hash(story.timeline)}`,
  );
  process.exit(0);
}

/** This thread's CPU time in ms (user and system: fields 14 and 15 of /proc/thread-self/stat, in clock ticks of 10 ms); NaN elsewhere. */
function mainThreadCpu(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

if (!values.base) throw new Error('buildCompare: --base DIR (a checkout of the code to compare with) is required');
const here = fileURLToPath(new URL('..', import.meta.url));
const trees: [string, string][] = [
  ['base', values.base],
  ['this', here],
];
for (let r = 0; r < Number(values.rounds); r += 1) {
  for (const [name, tree] of r % 2 === 0 ? trees : [...trees].reverse()) {
    const args = [...process.execArgv, fileURLToPath(import.meta.url), '--tree', tree, '--scale', values.scale!];
    const out = execFileSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    console.log(`${name.padEnd(4)} ${out.trim()}`);
  }
}
