// A chart worker that dies the way a crashed thread does (process.exit in the thread) when asked to draw a page
// titled "crash now", and draws every other page like the real one.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (request) => {
  if (request.page?.title === 'crash now') process.exit(7);
});
await import('../../../src/timeline/chart/chartWorkerBootstrap.mjs');
