import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

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
/** Starts a worker on a TypeScript module's sources through tsx: `workerData.module` names the module. */
const BOOTSTRAP = new URL('./workerBootstrap.mjs', import.meta.url);
/** Node's flags that load code before a module (tsx's loader comes in by them), each followed by what it loads. */
const PRELOAD_FLAGS = new Set(['--require', '-r', '--import', '--loader', '--experimental-loader']);
/** First line of a bundle: this prefix, then JSON of `BundleStamp`. */
const STAMP = '// worker bundle ';

/**
 * Starts a worker thread on the TypeScript module `source`: on its bundle (`workerBundle`), with this process's
 * flags but those that preload code (`plainExecArgv`), else on its sources through tsx (`workerBootstrap.mjs`,
 * `workerData.module` set to `source`).
 *
 * Measured on the read stage's worker (2,000 sentences, CPU from new Worker to the worker done, no chunk to read, the
 * loaded 2-core machine, 3 starts each): through tsx 920–1,250 ms; on the bundle with tsx's flags inherited
 * 470–725 ms; on the bundle without them 290–420 ms. The chart worker's (new Worker → its 'ready'): 400–610 ms
 * through tsx, 63–84 ms on its bundle. A bundle to make first blocks the caller for the making (0.5–0.8 s, once).
 */
export function startTsWorker(source: URL, options: WorkerOptions & { workerData: object }, bundleDir = BUNDLE_DIR): Worker {
  const bundle = workerBundle(source, bundleDir);
  if (bundle) return new Worker(bundle, { ...options, execArgv: plainExecArgv(options.execArgv ?? process.execArgv) });
  return new Worker(BOOTSTRAP, { ...options, workerData: { ...options.workerData, module: source.href } });
}

/**
 * `execArgv` without the flags that preload code and what each loads: a worker inherits its process's flags, and
 * under tsx those register tsx's loader in the worker too, which plain JavaScript does not need (a third of the
 * read worker's start). Other flags (a profiler's, source maps) are kept.
 *
 * @example plainExecArgv(['--import', 'file:///…/tsx/dist/loader.mjs', '--cpu-prof']) // → ['--cpu-prof']
 */
export function plainExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i += 1) {
    const flag = execArgv[i]!;
    if (PRELOAD_FLAGS.has(flag)) i += 1;
    else if (!PRELOAD_FLAGS.has(flag.split('=')[0]!)) kept.push(flag);
  }
  return kept;
}

/** What a bundle was made from, on its first line. */
interface BundleStamp {
  /** Every source file of ours in the bundle (absolute paths). */
  inputs: string[];
  /** `sourcesHash` of the inputs as they were bundled. */
  hash: string;
}

/** A source file and the SHA-256 (hex) of its bytes. */
type HashedFile = [path: string, sha256: string];

/**
 * The worker thread module `source` (a TypeScript file URL) as one plain-JavaScript file, so that a worker starts
 * without tsx's loader (`startTsWorker`): made on first use into `dir` (BUNDLE_DIR), and used again while every source of ours in it,
 * this module and the bundler are as they were (a hash of their bytes, checked at each start: a few milliseconds);
 * a stale bundle is made anew, never run. Undefined when no bundle can be made (esbuild missing, a failing build):
 * the worker is then started on its sources through tsx.
 *
 * Making the read stage's worker's bundle (src/story/readWorker.ts, 53 sources): 0.5–0.8 s once on the loaded
 * 2-core machine (a node child running esbuild).
 */
export function workerBundle(source: URL, dir = BUNDLE_DIR): URL | undefined {
  const entry = fileURLToPath(source);
  const file = `${dir}${relative(ROOT, entry).replaceAll(/[\\/]/g, '_').replace(/\.ts$/, '')}.mjs`;
  if (isFresh(file)) return pathToFileURL(file);
  try {
    const made = spawnSync(process.execPath, [BUNDLER, entry], { encoding: 'utf8', maxBuffer: 256 << 20, windowsHide: true });
    if (made.status !== 0) throw new Error(made.error?.message ?? made.stderr.trim().split('\n')[0]);
    const { code, inputs } = JSON.parse(made.stdout) as { code: string; inputs: HashedFile[] };
    const stamp: BundleStamp = { inputs: inputs.map(([path]) => path), hash: sourcesHash(inputs) };
    // Written whole under another name, then renamed: a worker started by another process meanwhile reads the old
    // bundle or the new one, never half of one.
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, `${STAMP}${JSON.stringify(stamp)}\n${code}`);
    renameSync(temporary, file);
    return pathToFileURL(file);
  } catch (error) {
    // No esbuild, a failing build, a folder not writable: the worker starts through tsx, as before bundles.
    process.emitWarning(`workerBundle: no bundle of ${basename(entry)} (${error instanceof Error ? error.message : String(error)})`, {
      code: 'STORYBOT_WORKER_BUNDLE',
    });
    return undefined;
  }
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
    return sourcesHash(stamp.inputs.map((path): HashedFile => [path, sha256(readFileSync(path))])) === stamp.hash;
  } catch {
    return false; // a source gone, or a stamp not ours
  }
}

const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** One hash of the sources (paths and bytes' hashes), of this module's and the bundler's bytes, and of node's version. */
function sourcesHash(inputs: readonly HashedFile[]): string {
  const hash = createHash('sha256').update(process.version);
  for (const path of OWN_FILES) hash.update(path).update('\0').update(readFileSync(path)).update('\0');
  for (const [path, digest] of inputs) hash.update(path).update('\0').update(digest).update('\0');
  return hash.digest('hex');
}
