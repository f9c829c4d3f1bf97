// Runs one of the app's own TypeScript entry points from its plain-JavaScript bundle (`bundleOf`, bundleCache.mjs:
// made on first use into .cache/workers/, made anew when a source changes), in this process: signals, stdin, exit
// codes and `process.argv` are the entry's as under `tsx ENTRY.ts args…` (argv[1] is the entry's absolute path).
// When no bundle can be made it says so in one line on stderr and runs the entry's sources through tsx.
//
//   node src/threads/runBundled.mjs ENTRY.ts [args…]
//
// Why: tsx compiles each module with esbuild for `node<version>`, and esbuild 0.28 writes every regex literal
// reading `\p{…}` as a `new RegExp(…)` made at each evaluation, and keeps names at the cost of a defineProperty per
// named inner function made; the bundler keeps such literals literals and no names (bundleWorker.mjs).
//
// Measured (the loaded 2-core machine, interleaved runs, answers hash identical): scripts/answerReplay.ts on a 100k
// snapshot, 2,000 questions × 3, when the machine was quiet enough to tell: best-of p50 1.88–1.91 ms bundled vs
// 2.05–2.08 under tsx, p99 4.10–4.43 vs 4.43–5.14, first round p50 3.90–4.00 vs 4.23–4.31 (main-thread CPU per question,
// first round p50 3.59–3.77 vs 3.86–4.35 ms); under heavier load the runs overlapped. `echo "who?" | npm start`:
// 2.1–2.7 s wall, 1.9–2.2 s CPU from a fresh bundle; 2.8–3.4 s wall, 2.4–3.0 s CPU with the bundle to make; 2.6–4.3 s
// wall, 2.7–4.2 s CPU under tsx. A 20k-sentence build's time was not measurably different (the read stage's workers
// already start from bundles; 6.7–22.7 s under tsx, 8.0–27.1 s bundled, load-dominated).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleOf } from './bundleCache.mjs';

const named = process.argv[2];
if (named === undefined) {
  process.stderr.write('usage: node src/threads/runBundled.mjs ENTRY.ts [args…]\n');
  process.exit(2);
}
const entry = pathToFileURL(resolve(named));
process.argv.splice(1, 2, resolve(named));

let bundle;
try {
  bundle = bundleOf(entry);
} catch (error) {
  process.stderr.write(
    `runBundled: no bundle of ${named} (${error instanceof Error ? error.message : String(error)}); running it through tsx\n`,
  );
}
if (bundle) {
  await import(bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(entry.href);
}
