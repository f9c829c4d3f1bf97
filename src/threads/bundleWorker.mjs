// Bundles a worker thread's TypeScript module and every source of ours it imports into one plain-JavaScript ES
// module, with the esbuild tsx itself runs on (no package of our own to keep). Packages stay imports, resolved from
// the bundle's folder as from the sources' (both under the project's node_modules); `import.meta.url` in each source
// is replaced by that source's own URL, so files read beside a module (lexicon data, the gazetteer) are found where
// they are. `keepNames` keeps functions' and classes' names as in the sources (a bundle renames clashing ones).
// Run by `workerBundle` (src/threads/workerBundle.ts) in a child process: esbuild's plugins need its asynchronous API.
//
//   node src/threads/bundleWorker.mjs ENTRY.ts   → stdout: {"code": "…", "inputs": ["/abs/source.ts", …]}
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx'));
const esbuild = await import(pathToFileURL(fromTsx.resolve('esbuild')).href);

const entry = resolve(process.argv[2]);
/** Each TypeScript source with `import.meta.url` as its own file URL. */
const ownUrls = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
      loader: 'ts',
      contents: (await readFile(path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
    }));
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
    keepNames: true,
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
const inputs = Object.keys(result.metafile.inputs).map((input) => resolve(input));
process.stdout.write(JSON.stringify({ code: result.outputFiles[0].text, inputs }));
