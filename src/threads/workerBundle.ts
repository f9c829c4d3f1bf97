import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { BUNDLE_DIR, bundleOf } from './bundleCache.mjs';
import { NATIVE_REGEXP_FLAG } from './nativeRegExps.js';

export { BUNDLE_DIR };
/** Starts a worker on a TypeScript module's sources through tsx: `workerData.module` names the module. */
const BOOTSTRAP = new URL('./workerBootstrap.mjs', import.meta.url);
/** Node's flags that load code before a module (tsx's loader comes in by them), each followed by what it loads. */
const PRELOAD_FLAGS = new Set(['--require', '-r', '--import', '--loader', '--experimental-loader']);
/**
 * V8's flags the answering processes are started with: they hold for the whole process, its workers' isolates too, and
 * a Worker given one in its execArgv refuses to start (ERR_WORKER_INVALID_EXEC_ARGV).
 */
const PROCESS_FLAGS = new Set([NATIVE_REGEXP_FLAG]);

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
 * read worker's start). Nor V8's process-wide flags (PROCESS_FLAGS), which a worker holds without being given them and
 * refuses when given. Other flags (a profiler's, source maps) are kept.
 *
 * @example plainExecArgv(['--import', 'file:///…/tsx/dist/loader.mjs', '--cpu-prof']) // → ['--cpu-prof']
 * @example plainExecArgv(['--no-regexp-tier-up', '--enable-source-maps']) // → ['--enable-source-maps']
 */
export function plainExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i += 1) {
    const flag = execArgv[i]!;
    if (PRELOAD_FLAGS.has(flag)) i += 1;
    else if (!PRELOAD_FLAGS.has(flag.split('=')[0]!) && !PROCESS_FLAGS.has(flag)) kept.push(flag);
  }
  return kept;
}

/**
 * The worker thread module `source` (a TypeScript file URL) as one plain-JavaScript file (`bundleOf`, in
 * bundleCache.mjs), so that a worker starts without tsx's loader (`startTsWorker`). Undefined, with a warning, when
 * no bundle can be made (esbuild missing, a failing build): the worker is then started on its sources through tsx.
 */
export function workerBundle(source: URL, dir = BUNDLE_DIR): URL | undefined {
  try {
    return bundleOf(source, dir);
  } catch (error) {
    // No esbuild, a failing build, a folder not writable: the worker starts through tsx, as before bundles.
    process.emitWarning(
      `workerBundle: no bundle of ${basename(fileURLToPath(source))} (${error instanceof Error ? error.message : String(error)})`,
      {
        code: 'STORYBOT_WORKER_BUNDLE',
      },
    );
    return undefined;
  }
}
