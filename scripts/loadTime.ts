/**
 * Snapshot load time, in fresh-process-like conditions within one process: `--runs` loads of one snapshot file
 * (`readSnapshot`, what a restart pays), each timed in wall, process CPU and the main thread's CPU, with a collection between them;
 * `--profile FILE` writes a CPU profile of the loads. Measures the load path alone (no answers, no warm-up).
 *
 *   npx tsx scripts/loadTime.ts --snapshot /tmp/replay-100k.snapshot [--runs 5] [--profile FILE]
 */
import { openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import { readSnapshot } from '../src/story/snapshot.js';

const { values } = parseArgs({
  options: {
    snapshot: { type: 'string', default: '/tmp/replay-100k.snapshot' },
    runs: { type: 'string', default: '5' },
    profile: { type: 'string' },
  },
});
v8.setFlagsFromString('--expose_gc');
const gc = vm.runInNewContext('gc') as () => void;

/** The hash and engine version a snapshot's header names (its JSON follows the 16-byte lead). */
const lead = readFileSync(values.snapshot).subarray(0, 64 * 1024);
const header = JSON.parse(lead.subarray(16, 16 + lead.readUInt32LE(12)).toString('utf8')) as { fingerprint: string; hash: string };
const profiler = values.profile ? new Session() : undefined;
if (profiler) {
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.start');
}
/** The main thread's time on a core (ms, Linux schedstat), where there is one: not the pool's threads nor waits for a core. */
const schedstat = (() => {
  try {
    return openSync(`/proc/self/task/${process.pid}/schedstat`, 'r');
  } catch {
    return undefined;
  }
})();
function mainThreadMs(): number {
  if (schedstat === undefined) return Number.NaN;
  const b = Buffer.alloc(128);
  const text = b.toString('latin1', 0, readSync(schedstat, b, 0, b.length, 0));
  return Number(text.slice(0, text.indexOf(' '))) / 1e6;
}
const walls: number[] = [];
const cpus: number[] = [];
const mains: number[] = [];
for (let run = 0; run < Number(values.runs); run += 1) {
  gc();
  const c0 = process.cpuUsage();
  const m0 = mainThreadMs();
  const t0 = performance.now();
  const read = await readSnapshot(values.snapshot, { hash: header.hash, fingerprint: header.fingerprint });
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  mains.push(mainThreadMs() - m0);
  if ('miss' in read) throw new Error(`loadTime: ${read.miss}: ${read.reason}`);
  walls.push(wall);
  cpus.push((c.user + c.system) / 1000);
}
if (profiler) {
  const { profile } = await profiler.post('Profiler.stop');
  writeFileSync(values.profile!, JSON.stringify(profile));
}
const fmt = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(' ');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
  `load wall ms: ${fmt(walls)} (median ${median(walls).toFixed(0)}); CPU ms: ${fmt(cpus)} (median ${median(cpus).toFixed(0)}); main thread ms: ${fmt(mains)} (median ${median(mains).toFixed(0)})`,
);
