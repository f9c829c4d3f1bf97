// Runs one of the app's own TypeScript entry points from its plain-JavaScript bundle (`bundleOf`, bundleCache.mjs:
// made on first use into .cache/workers/, made anew when a source changes), in this process: signals, stdin, exit
// codes and `process.argv` are the entry's as under `tsx ENTRY.ts args…` (argv[1] is the entry's absolute path).
// When no bundle can be made it says so in one line on stderr and runs the entry's sources through tsx.
//
//   node src/threads/runBundled.mjs ENTRY.ts [args…]
//
// Why: tsx compiles each module with esbuild for `node<version>`, and esbuild 0.28 writes every regex literal
// reading `\p{…}` as a `new RegExp(…)` made at each evaluation, and keeps names at the cost of a defineProperty per
// named inner function made; the bundler keeps such literals literals (bundleWorker.mjs).
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
