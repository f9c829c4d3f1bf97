// Entry of the timeline chart worker thread. The project runs TypeScript through tsx, whose loader does not
// reach worker threads (not under `tsx src/main.ts`, not under vitest), so tsx is registered here for this
// thread whenever chartWorker.ts has no compiled .js beside it.
import { existsSync } from 'node:fs';

const compiled = new URL('./chartWorker.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('./chartWorker.ts', import.meta.url).href);
}
