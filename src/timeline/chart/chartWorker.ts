/**
 * The chart worker thread's entry: draws each page it is sent and posts the PNG back. Started by
 * {@link ChartRenderWorker} through chartWorkerBootstrap.mjs (which lets Node load TypeScript).
 */
import { parentPort } from 'node:worker_threads';
import type { RenderRequest, WorkerReply } from './chartWorkerProtocol.js';
import { renderChartPage } from './renderChartPage.js';

const port = parentPort;
if (!port) throw new Error('timeline chart worker: must run in a worker thread');

port.on('message', (request: RenderRequest) => {
  let reply: WorkerReply;
  try {
    reply = { kind: 'done', id: request.id, png: renderChartPage(request.page, request.draw) };
  } catch (error) {
    reply = { kind: 'failed', id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
port.postMessage({ kind: 'ready' } satisfies WorkerReply);
