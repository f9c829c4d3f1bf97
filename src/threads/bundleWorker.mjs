// Bundles a worker thread's or an entry point's TypeScript module and every source of ours it imports into one plain-JavaScript ES
// module, with the esbuild tsx itself runs on (no package of our own to keep). Packages stay imports, resolved from
// the bundle's folder as from the sources' (both under the project's node_modules); `import.meta.url` in each source
// is replaced by that source's own URL, so files read beside a module (lexicon data, the gazetteer) are found where
// they are. Names are not kept (`keepNames` off): a function or class keeps the name the bundle gives it, its source's
// unless two sources' top-level names clash (then one is suffixed, "wordsOf2"), which only a stack trace or a profile
// shows; nothing of ours reads a function's name (errors set theirs). Kept, each named function made inside another
// cost an `Object.defineProperty` every time it was made: ~10 MB of the 766 a first pass of 2,000 questions allocated at
// 100,000 sentences (scripts/answerReplay.ts --warm --alloc-round 0), and a warm pass 527 → 515 MB (__name 7.2 MB of it).
// Run by `bundleOf` (src/threads/bundleCache.mjs) in a child process: esbuild's plugins need its asynchronous API.
//
//   node src/threads/bundleWorker.mjs ENTRY.ts   → stdout: {"code": "…", "inputs": [["/abs/source.ts", "sha256 hex"], …]}
//
// Each input comes with the SHA-256 of the bytes bundled (not of the file as it is after): a source saved while
// the bundle is made leaves it stale, to be made again, never stamped fresh.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx'));
const esbuild = await import(pathToFileURL(fromTsx.resolve('esbuild')).href);

const entry = resolve(process.argv[2]);
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
/** The hash of each source as it was read for the bundle. */
const bundled = new Map();
/**
 * Each source of ours (TypeScript, and the plain-JavaScript modules beside it such as bundleCache.mjs, whose paths
 * are reckoned from its own URL) with `import.meta.url` as its own file URL. Packages are external: never loaded here.
 */
const ownUrls = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mjs)$/ }, async ({ path }) => {
      const bytes = await readFile(path);
      bundled.set(resolve(path), sha256(bytes));
      return {
        loader: path.endsWith('.ts') ? 'ts' : 'js',
        contents: bytes.toString('utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
      };
    });
  },
};
/** One line for the caller's warning: esbuild's first error with its place, or what else failed. */
const oneLine = (error) => {
  const first = error?.errors?.[0];
  return first ? `${first.location ? `${first.location.file}:${first.location.line}: ` : ''}${first.text}` : String(error);
};
const result = await esbuild
  .build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node.split('.')[0]}`,
    packages: 'external',
    // esbuild (0.28) reckons no Node release reads \p{…} in a regex, and writes each such literal as a `new RegExp`
    // made again every time the expression is evaluated (about 250 ns against a literal's reuse): Node 18 and later
    // read it, so the literal is kept.
    supported: { 'regexp-unicode-property-escapes': true },
    write: false,
    outfile: `${entry}.mjs`,
    metafile: true,
    logLevel: 'silent',
    plugins: [ownUrls],
  })
  .catch((error) => {
    process.stderr.write(`${oneLine(error)}\n`);
    process.exit(1);
  });
const inputs = Object.keys(result.metafile.inputs).map((input) => {
  const path = resolve(input);
  return [path, bundled.get(path) ?? sha256(readFileSync(path))];
});
process.stdout.write(JSON.stringify({ code: result.outputFiles[0].text, inputs }));
