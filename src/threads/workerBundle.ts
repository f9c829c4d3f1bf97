import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project's folder (the one holding package.json and node_modules). */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/**
 * Where bundles are kept: inside the project (git ignores .cache/), so the packages a bundle imports resolve from
 * the project's node_modules as they do from the sources.
 */
export const BUNDLE_DIR = fileURLToPath(new URL('../../.cache/workers/', import.meta.url));
/** The plain-JavaScript bundler, run in a child process. */
const BUNDLER = fileURLToPath(new URL('./bundleWorker.mjs', import.meta.url));
/** This module and the bundler: a change to how bundles are made makes every bundle stale. */
const OWN_FILES = [fileURLToPath(import.meta.url), BUNDLER];
/** First line of a bundle: this prefix, then JSON of `BundleStamp`. */
const STAMP = '// worker bundle ';

/** What a bundle was made from, on its first line. */
interface BundleStamp {
  /** Every source file of ours in the bundle (absolute paths). */
  inputs: string[];
  /** `sourcesHash` of the inputs when the bundle was made. */
  hash: string;
}

/**
 * The worker thread module `source` (a TypeScript file URL) as one plain-JavaScript file, so that a worker starts
 * without tsx's loader: made on first use into `dir` (BUNDLE_DIR), and used again while every source of ours in it,
 * this module and the bundler are as they were (a hash of their bytes, checked at each start: a few milliseconds);
 * a stale bundle is made anew, never run. Undefined when no bundle can be made (esbuild missing, a failing build):
 * the caller then starts the worker on its sources through tsx (`workerBootstrap.mjs`).
 *
 * Measured on the read stage's worker (src/story/readWorker.ts, 53 sources) on the loaded 2-core machine: making
 * the bundle 0.5–0.8 s once (a node child running esbuild); starting the worker on it (new Worker → the module
 * loaded, wink's model read) 470–725 ms of CPU where through tsx it took 920–1,250 ms.
 *
 * @example new Worker(workerBundle(new URL('./readWorker.ts', import.meta.url)) ?? bootstrap, …)
 */
export function workerBundle(source: URL, dir = BUNDLE_DIR): URL | undefined {
  const entry = fileURLToPath(source);
  const file = `${dir}${relative(ROOT, entry).replaceAll(/[\\/]/g, '_').replace(/\.ts$/, '')}.mjs`;
  if (isFresh(file)) return pathToFileURL(file);
  const made = spawnSync(process.execPath, [BUNDLER, entry], { encoding: 'utf8', maxBuffer: 256 << 20, windowsHide: true });
  if (made.status !== 0) {
    process.emitWarning(`workerBundle: no bundle of ${basename(entry)} (${made.error?.message ?? made.stderr.trim().split('\n')[0]})`, {
      code: 'STORYBOT_WORKER_BUNDLE',
    });
    return undefined;
  }
  const { code, inputs } = JSON.parse(made.stdout) as { code: string; inputs: string[] };
  const stamp: BundleStamp = { inputs, hash: sourcesHash(inputs) };
  // Written whole under another name, then renamed: a worker started by another process meanwhile reads the old
  // bundle or the new one, never half of one.
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${STAMP}${JSON.stringify(stamp)}\n${code}`);
  renameSync(temporary, file);
  return pathToFileURL(file);
}

/** True when the bundle `file` exists and every file it was made from is as it was then. */
function isFresh(file: string): boolean {
  let first: string;
  try {
    const text = readFileSync(file, 'utf8');
    first = text.slice(0, text.indexOf('\n'));
  } catch {
    return false;
  }
  if (!first.startsWith(STAMP)) return false;
  try {
    const stamp = JSON.parse(first.slice(STAMP.length)) as BundleStamp;
    return sourcesHash(stamp.inputs) === stamp.hash;
  } catch {
    return false; // a source gone, or a stamp not ours
  }
}

/** A hash of the files' paths and bytes, this module's and the bundler's included, and of node's version. */
function sourcesHash(inputs: readonly string[]): string {
  const hash = createHash('sha256').update(process.version);
  for (const path of [...OWN_FILES, ...inputs]) hash.update(path).update('\0').update(readFileSync(path)).update('\0');
  return hash.digest('hex');
}
