import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Folders of src/ whose code does not decide what a build produces (the Discord adapter and its shard
 * processes, the console and the presentation layer): changing them does not invalidate a snapshot. Every
 * other file under src/ does.
 */
const NOT_ENGINE = new Set(['bot', 'cli', 'present', 'shards', 'main.ts', 'config.ts', 'deployCommands.ts']);

const SRC = fileURLToPath(new URL('../', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../../package.json', import.meta.url));

let memo: Promise<string> | undefined;

/**
 * What decides a build's output besides the corpus: the package version, its dependencies' versions and a
 * hash of every engine source and data file under src/ (all but NOT_ENGINE). A snapshot made by other code
 * is rebuilt, with nothing for anyone to remember to bump. Computed once per process (a few milliseconds).
 *
 * @example await buildFingerprint() // → "0.1.0+3f9a1c…" (package version + 16 hex digits)
 */
export function buildFingerprint(): Promise<string> {
  memo ??= fingerprintOf(SRC, PACKAGE_JSON);
  return memo;
}

/** The fingerprint of the engine whose sources are in `srcDir`, with the package file `packageJson`. */
export async function fingerprintOf(srcDir: string, packageJson: string): Promise<string> {
  const pkg = JSON.parse(await readFile(packageJson, 'utf8')) as { version?: string; dependencies?: Record<string, string> };
  const hash = createHash('sha256');
  hash.update(JSON.stringify(pkg.dependencies ?? {}));
  for (const file of await engineFiles(srcDir)) {
    hash.update(relative(srcDir, file));
    hash.update('\0');
    hash.update(await readFile(file));
    hash.update('\0');
  }
  return `${pkg.version ?? '0'}+${hash.digest('hex').slice(0, 16)}`;
}

/** Every file under `dir` (recursively, sorted), skipping NOT_ENGINE at the top level. */
async function engineFiles(dir: string, top = true): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (top && NOT_ENGINE.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await engineFiles(path, false)));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}
