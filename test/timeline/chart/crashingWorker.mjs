// A chart worker that dies the way a crashed thread does (process.exit in the thread) when asked to draw a page
// titled "crash now", and draws every other page like the real one.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (request) => {
  if (request.page?.title === 'crash now') process.exit(7);
});
// The real worker's sources, through tsx (whose loader does not reach worker threads by itself).
const { register } = await import('tsx/esm/api');
register();
await import('../../../src/timeline/chart/chartWorker.ts');
