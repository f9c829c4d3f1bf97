// Entry of the timeline chart worker thread. The project runs TypeScript through tsx; a worker started from
// `tsx src/main.ts` inherits tsx's loader, but one started elsewhere (vitest, plain node) does not, so tsx is
// registered here when chartWorker.ts has no compiled .js beside it and no loader is already active.
import { existsSync } from 'node:fs';

const compiled = new URL('./chartWorker.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const tsxActive = process.execArgv.some((arg) => /[\\/]tsx[\\/]/.test(arg));
  if (!tsxActive) {
    const { register } = await import('tsx/esm/api');
    register();
  }
  await import(new URL('./chartWorker.ts', import.meta.url).href);
}
