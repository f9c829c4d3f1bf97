import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLE_DIR } from '../../src/threads/bundleCache.mjs';

const LAUNCHER = fileURLToPath(new URL('../../src/threads/runBundled.mjs', import.meta.url));

/** Invented entry points in a folder of their own; their bundles land in BUNDLE_DIR under names holding the folder's. */
const folder = mkdtempSync(join(tmpdir(), 'run-bundled-'));
writeFileSync(join(folder, 'package.json'), '{ "type": "module" }\n'); // ES modules, as the project's sources
// A plain-JavaScript module of ours (as bundleCache.mjs is), which reckons paths from its own URL.
const beside = join(folder, 'beside.mjs');
writeFileSync(beside, 'export const here = import.meta.url;\n');
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  for (const name of readdirSync(BUNDLE_DIR)) if (name.includes(basename(folder))) rmSync(join(BUNDLE_DIR, name), { force: true });
});

/**
 * An entry that reports what it was started with (argv, its stdin's text) and whether its regex literal reading
 * Unicode properties is still a literal (it is in a bundle, tsx makes it a RegExp), then exits 3.
 */
const REPORTER = `import { readFileSync } from 'node:fs';
import { here } from './beside.mjs';
const capital = (w: string) => /^\\p{Lu}/u.test(w);
const typed: string = readFileSync(0, 'utf8');
process.stdout.write(JSON.stringify({ script: process.argv[1], args: process.argv.slice(2), typed, literal: String(capital).includes('/^\\\\p{Lu}/u'), capitals: ['Fern', 'moss'].filter(capital), here }));
process.exitCode = 3;
`;

/** Runs `entry` through the launcher with `args` and a line on stdin: its exit code, stderr and report. */
function run(entry: string, args: string[]) {
  const ran = spawnSync(process.execPath, [LAUNCHER, entry, ...args], { input: 'lantern\n', encoding: 'utf8', timeout: 60_000 });
  return { status: ran.status, stderr: ran.stderr, report: JSON.parse(ran.stdout) as Record<string, unknown> };
}

/** The report of `entry` run with `args`: the same under tsx and from a bundle, but for whether the literal is kept. */
const reportOf = (entry: string, args: string[], literal: boolean) => ({
  script: entry,
  args,
  typed: 'lantern\n',
  literal,
  capitals: ['Fern'],
  here: pathToFileURL(beside).href,
});

describe('runBundled', () => {
  it('runs the entry from its bundle with the argv, stdin and exit code it would have under tsx', () => {
    const entry = join(folder, 'reporter.ts');
    writeFileSync(entry, REPORTER);
    const { status, stderr, report } = run(entry, ['--tide', 'low']);
    expect(stderr).toBe('');
    expect(status).toBe(3);
    expect(report).toEqual(reportOf(entry, ['--tide', 'low'], true));
  }, 60_000);

  it('runs the sources through tsx, saying so in one line, when the entry cannot be bundled', () => {
    // An import esbuild cannot resolve, on a path never taken: the bundle fails, the sources run.
    const entry = join(folder, 'unbundlable.ts');
    writeFileSync(entry, `${REPORTER}if (process.argv.length < 2) await import('./nowhere.js');\n`);
    const { status, stderr, report } = run(entry, ['--tide', 'high']);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^runBundled: no bundle of .*unbundlable\.ts \(.*\); running it through tsx\n$/);
    expect(status).toBe(3);
    expect(report).toEqual(reportOf(entry, ['--tide', 'high'], false));
  }, 60_000);
});
