import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { NATIVE_REGEXP_FLAG } from '../../src/threads/nativeRegExps.js';
import { plainExecArgv, startTsWorker, workerBundle } from '../../src/threads/workerBundle.js';

/** An invented worker module and the module it imports, in a folder of their own. */
const folder = mkdtempSync(join(tmpdir(), 'worker-bundle-'));
const bundles = `${folder}/bundles/`;
const entry = join(folder, 'greet.ts');
const leaf = join(folder, 'tree.ts');
const writeLeaf = (tree: string) =>
  writeFileSync(leaf, `export const tree: string = '${tree}';\nexport const here: string = import.meta.url;\n`);
writeFileSync(
  entry,
  "import { parentPort } from 'node:worker_threads';\nimport { here, tree } from './tree.js';\n\nparentPort!.postMessage({ tree, here });\n",
);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** What a worker started on `url` posts first. */
function firstMessage(url: URL): Promise<{ tree: string; here: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(url);
    worker.once('message', (message) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('workerBundle', () => {
  it('makes one plain-JavaScript file that runs the module, each source keeping its own import.meta.url', async () => {
    writeLeaf('alder');
    const url = workerBundle(pathToFileURL(entry), bundles)!;
    expect(url.href.endsWith('.mjs')).toBe(true);
    expect(await firstMessage(url)).toEqual({ tree: 'alder', here: pathToFileURL(leaf).href });
  }, 30_000);

  it('keeps a regex literal reading Unicode properties a literal (not a RegExp made at each evaluation)', async () => {
    const capitals = join(folder, 'capitals.ts');
    writeFileSync(
      capitals,
      "import { parentPort } from 'node:worker_threads';\n\nconst capital = (w: string) => /^\\p{Lu}/u.test(w);\nparentPort!.postMessage({ tree: ['Oak', 'elm'].filter(capital).join(), here: '' });\n",
    );
    const url = workerBundle(pathToFileURL(capitals), bundles)!;
    expect(readFileSync(url, 'utf8')).toContain('/^\\p{Lu}/u.test(w)');
    expect((await firstMessage(url)).tree).toBe('Oak');
  }, 30_000);

  it('uses a fresh bundle again as it is, and makes it anew when a module it imports has changed', async () => {
    writeLeaf('alder');
    const url = workerBundle(pathToFileURL(entry), bundles)!;
    const made = statSync(url).ino;
    expect(workerBundle(pathToFileURL(entry), bundles)!.href).toBe(url.href);
    expect(statSync(url).ino).toBe(made);
    // A stale bundle would still say 'alder'.
    writeLeaf('birch');
    expect((await firstMessage(workerBundle(pathToFileURL(entry), bundles)!)).tree).toBe('birch');
    expect(statSync(url).ino).not.toBe(made);
  }, 30_000);

  it('makes anew a bundle file whose stamp is missing', async () => {
    writeLeaf('cedar');
    const url = workerBundle(pathToFileURL(entry), bundles)!;
    writeFileSync(url, "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ tree: 'stale' });\n");
    expect((await firstMessage(workerBundle(pathToFileURL(entry), bundles)!)).tree).toBe('cedar');
  }, 30_000);

  it('gives no bundle, with a warning, when the sources cannot be bundled', async () => {
    const broken = join(folder, 'broken.ts');
    writeFileSync(broken, "import { nothing } from './missing.js';\nconsole.log(nothing);\n");
    const warnings: string[] = [];
    const onWarning = (w: Error & { code?: string }) => warnings.push(`${w.code} ${w.message}`);
    process.on('warning', onWarning);
    expect(workerBundle(pathToFileURL(broken), bundles)).toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
    process.off('warning', onWarning);
    expect(warnings).toEqual([expect.stringMatching(/^STORYBOT_WORKER_BUNDLE .*broken\.ts.*missing\.js/)]);
  }, 30_000);

  it('gives no bundle, with a warning, when its folder cannot be written', async () => {
    writeLeaf('elm');
    const notAFolder = join(folder, 'plain-file');
    writeFileSync(notAFolder, '');
    const warnings: string[] = [];
    const onWarning = (w: Error & { code?: string }) => warnings.push(w.code ?? w.message);
    process.on('warning', onWarning);
    expect(workerBundle(pathToFileURL(entry), `${notAFolder}/bundles/`)).toBeUndefined();
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', onWarning);
    expect(warnings).toEqual(['STORYBOT_WORKER_BUNDLE']);
  }, 30_000);
});

describe('plainExecArgv', () => {
  it('drops the flags that preload code, with what they load, and keeps the others', () => {
    const tsx = ['--require', '/x/tsx/dist/preflight.cjs', '--import', 'file:///x/tsx/dist/loader.mjs'];
    expect(plainExecArgv([...tsx, '--cpu-prof', '--loader=./hooks.mjs', '-r', 'agent', '--enable-source-maps'])).toEqual([
      '--cpu-prof',
      '--enable-source-maps',
    ]);
  });

  it('drops the V8 flag of the answering processes, which a worker holds already and refuses when given', () => {
    expect(plainExecArgv(['--no-regexp-tier-up', '--enable-source-maps'])).toEqual(['--enable-source-maps']);
  });
});

describe('startTsWorker', () => {
  it('starts the module on its bundle, without the preloading flags, its data as given', async () => {
    writeLeaf('hazel');
    const worker = startTsWorker(
      pathToFileURL(entry),
      { workerData: { n: 1 }, execArgv: ['--import', 'file:///nowhere/loader.mjs'] },
      bundles,
    );
    const message = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(message).toEqual({ tree: 'hazel', here: pathToFileURL(leaf).href });
  }, 30_000);

  it('starts when given the V8 flag the answering processes run with', async () => {
    writeLeaf('rowan');
    const worker = startTsWorker(pathToFileURL(entry), { workerData: { n: 2 }, execArgv: [NATIVE_REGEXP_FLAG] }, bundles);
    const message = await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(message).toEqual({ tree: 'rowan', here: pathToFileURL(leaf).href });
  }, 30_000);
});
