/**
 * Bad-input fuzzing (npm run fuzz): the property tests of test/hardening/properties.ts with many more
 * cases — the engine and the renderer on hostile questions over the real corpus story, the renderer on
 * hostile answers, truncate, escapeText and button ids. Exits 1 on the first property that fails,
 * printing the shrunk counterexample and the seed that replays it.
 *
 *   npm run fuzz [-- --runs 10000 --seed 42 --only truncate]
 */
import fc from 'fast-check';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { allProperties } from '../test/hardening/properties.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string' },
    only: { type: 'string' },
  },
});
const numRuns = Number(values.runs);
const seed = values.seed !== undefined ? Number(values.seed) : Date.now() ^ (Math.random() * 0x100000000);

process.stdout.write(`fuzz: ${numRuns} cases per property, seed ${seed}\n`);
const properties = await allProperties();
let failed = false;
for (const [name, property] of Object.entries(properties)) {
  if (values.only && !name.includes(values.only)) continue;
  const started = performance.now();
  const details = await fc.check(property as fc.IAsyncProperty<unknown[]>, { numRuns, seed });
  const ms = performance.now() - started;
  if (details.failed) {
    failed = true;
    process.stdout.write(
      `✗ ${name}: failed after ${details.numRuns} cases (${ms.toFixed(0)} ms)\n${fc.defaultReportMessage(details) ?? ''}\n`,
    );
    process.stdout.write(`  replay: npm run fuzz -- --seed ${seed} --only "${name}"\n`);
  } else {
    process.stdout.write(`✓ ${name}: ${details.numRuns} cases, ${details.numSkips} skipped (${(ms / 1000).toFixed(1)} s)\n`);
  }
}
process.exitCode = failed ? 1 : 0;
