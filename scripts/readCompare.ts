/**
 * The reading of articles (`readDated`: wink's reading, our tags, each sentence's dates, as one reading thread does
 * it) timed against another checkout's in one process: SQuAD dev paragraphs repeated to about N sentences (as `bench
 * --scale`) read by this tree's code and by the other's by turns, R rounds (the order swapped each round), each one's
 * CPU on this thread (its own, not the collector's helpers) and a hash of what it read. Each code has its wink
 * instance and its cache: the first round also fills the cache (every word out of wink's vocabulary added once), the
 * later ones read as the rest of a large story does. On a shared machine the two codes meet the same load, which
 * separate runs of `readProf` do not.
 *
 *   npx tsx scripts/readCompare.ts --base /tmp/base-checkout --scale 5000 --rounds 8
 *
 * (`--base`: a checkout of the other code, e.g. `git archive <commit> | tar -x -C DIR`, with a `node_modules` link.)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as thisRead from '../src/story/datedRead.js';
import { scaleCorpus } from './benchScale.js';
import { DEFAULT_SQUAD_PATH } from './squad.js';

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    scale: { type: 'string', default: '5000' },
    rounds: { type: 'string', default: '8' },
    squad: { type: 'string', default: DEFAULT_SQUAD_PATH },
  },
});
if (!values.base) throw new Error('readCompare: --base DIR (a checkout of the code to compare with) is required');
const baseRead = (await import(pathToFileURL(resolve(values.base, 'src', 'story', 'datedRead.ts')).href)) as typeof thisRead;
const versions = { base: baseRead.readDated, this: thisRead.readDated } as const;
const { articles } = scaleCorpus(values.squad!, Number(values.scale), 0);

/** This thread's time on a core so far (ms; Linux schedstat). */
const threadCpu = (): number => {
  const text = readFileSync('/proc/thread-self/schedstat', 'latin1');
  return Number(text.slice(0, text.indexOf(' '))) / 1e6;
};
const times = { base: [] as number[], this: [] as number[] };
const hashes = { base: new Set<string>(), this: new Set<string>() };
for (let r = 0; r < Number(values.rounds); r += 1) {
  for (const v of r % 2 === 0 ? (['base', 'this'] as const) : (['this', 'base'] as const)) {
    const c0 = threadCpu();
    const reads = articles.map((a) => versions[v](a));
    times[v].push(threadCpu() - c0);
    const hash = createHash('sha256');
    for (const read of reads) hash.update(JSON.stringify(read));
    hashes[v].add(hash.digest('hex').slice(0, 16));
  }
}
for (const v of ['base', 'this'] as const) {
  const list = times[v];
  const later = list.slice(1).sort((a, b) => a - b);
  console.log(
    `${v.padEnd(4)} CPU first ${list[0]!.toFixed(0)}, later best ${later[0]?.toFixed(0)}, median ${later[later.length >> 1]?.toFixed(0)} ms (${later.map((t) => t.toFixed(0)).join(' ')}); read ${[...hashes[v]].join(' ')}`,
  );
}
