/**
 * Where a function's time in a CPU profile comes from: its self time summed by the chain of callers above it (to
 * `--depth` frames), and the whole profile's self time by function, to say which caller of a shared helper pays.
 *
 *   npx tsx scripts/profileCallers.ts PROFILE.cpuprofile FUNCTION [--depth 2] [--top 20]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { depth: { type: 'string', default: '2' }, top: { type: 'string', default: '20' } },
});
const [file, target] = positionals;
if (!file || !target) throw new Error('profileCallers: give a profile file and a function name');
interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n: Node) =>
  `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/(src|scripts)\//, '$1/')}:${n.callFrame.lineNumber + 1}`;
const selfCount = new Map<number, number>();
for (const s of profile.samples) selfCount.set(s, (selfCount.get(s) ?? 0) + 1);
const interval = profile.timeDeltas.reduce((a, b) => a + b, 0) / profile.samples.length / 1000;
const chains = new Map<string, number>();
let total = 0;
for (const [id, count] of selfCount) {
  const node = byId.get(id)!;
  if (node.callFrame.functionName !== target) continue;
  total += count;
  const up: string[] = [];
  for (let p = parent.get(id); p !== undefined && up.length < Number(values.depth); p = parent.get(p)) up.push(name(byId.get(p)!));
  const key = up.join(' ← ');
  chains.set(key, (chains.get(key) ?? 0) + count);
}
console.log(`${target}: ${(total * interval).toFixed(1)} ms self (${total} samples of ${interval.toFixed(3)} ms)`);
for (const [k, c] of [...chains].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
  console.log(`  ${(c * interval).toFixed(1).padStart(8)} ms  ${k}`);
