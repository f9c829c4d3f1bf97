// Entry of a worker thread whose code is a TypeScript module, named by `workerData.module` (a file URL ending
// in .ts), when it has no plain-JavaScript bundle (`workerBundle`). The project runs TypeScript through tsx, whose
// loader does not reach worker threads (not under `tsx src/main.ts`, not under vitest), so tsx is registered here
// for this thread whenever the module has no compiled .js beside it.
import { existsSync } from 'node:fs';
import { workerData } from 'node:worker_threads';

const source = new URL(workerData.module);
const compiled = new URL(source.href.replace(/\.ts$/, '.js'));
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
}
