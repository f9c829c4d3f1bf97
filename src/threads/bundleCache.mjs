// The plain-JavaScript bundles of our TypeScript modules, kept in `.cache/workers/` and made anew when a source
// changes: one module for the two things that run from them, worker threads (`workerBundle`, in workerBundle.ts) and
// the app's own entry points (`runBundled.mjs`, which runs before any TypeScript can be loaded: hence plain
// JavaScript here, its types in bundleCache.d.mts).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
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
/** First line of a bundle: this prefix, then JSON of the stamp (`inputs`: our sources in it; `hash`: `sourcesHash`). */
const STAMP = '// worker bundle ';

/**
 * The TypeScript module `source` (a file URL) as one plain-JavaScript file: made on first use into `dir`, and used
 * again while every source of ours in it, this module and the bundler are as they were (a hash of their bytes,
 * checked at each use: a few milliseconds); a stale bundle is made anew, never run.
 *
 * Making the read stage's worker's bundle (src/story/readWorker.ts, 53 sources): 0.5–0.8 s once on the loaded
 * 2-core machine (a node child running esbuild).
 *
 * @param {URL} source
 * @param {string} dir
 * @returns {URL}
 * @throws Error when no bundle can be made (esbuild missing, a failing build, a folder not writable)
 */
export function bundleOf(source, dir = BUNDLE_DIR) {
  const entry = fileURLToPath(source);
  const file = `${dir}${relative(ROOT, entry).replaceAll(/[\\/]/g, '_').replace(/\.ts$/, '')}.mjs`;
  if (isFresh(file)) return pathToFileURL(file);
  const made = spawnSync(process.execPath, [BUNDLER, entry], { encoding: 'utf8', maxBuffer: 256 << 20, windowsHide: true });
  if (made.status !== 0) throw new Error(made.error?.message ?? made.stderr.trim().split('\n')[0]);
  /** @type {{ code: string, inputs: [string, string][] }} */
  const { code, inputs } = JSON.parse(made.stdout);
  const stamp = { inputs: inputs.map(([path]) => path), hash: sourcesHash(inputs) };
  // Written whole under another name, then renamed: a process started meanwhile reads the old bundle or the new
  // one, never half of one.
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${STAMP}${JSON.stringify(stamp)}\n${code}`);
  renameSync(temporary, file);
  return pathToFileURL(file);
}

/**
 * True when the bundle `file` exists and every file it was made from is as it was then.
 *
 * @param {string} file
 */
function isFresh(file) {
  let first;
  try {
    const text = readFileSync(file, 'utf8');
    first = text.slice(0, text.indexOf('\n'));
  } catch {
    return false;
  }
  if (!first.startsWith(STAMP)) return false;
  try {
    /** @type {{ inputs: string[], hash: string }} */
    const stamp = JSON.parse(first.slice(STAMP.length));
    return sourcesHash(stamp.inputs.map((path) => [path, sha256(readFileSync(path))])) === stamp.hash;
  } catch {
    return false; // a source gone, or a stamp not ours
  }
}

/** @param {Uint8Array | string} bytes */
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

/**
 * One hash of the sources (paths and their bytes' SHA-256), of this module's and the bundler's bytes, and of node's
 * version.
 *
 * @param {readonly (readonly [string, string])[]} inputs
 */
function sourcesHash(inputs) {
  const hash = createHash('sha256').update(process.version);
  for (const path of OWN_FILES) hash.update(path).update('\0').update(readFileSync(path)).update('\0');
  for (const [path, digest] of inputs) hash.update(path).update('\0').update(digest).update('\0');
  return hash.digest('hex');
}
