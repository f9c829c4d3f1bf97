/**
 * The chart worker thread's entry: draws each page it is sent and posts the PNG back. Started by
 * {@link ChartRenderWorker} through `startTsWorker` (on its plain-JavaScript bundle, else through tsx).
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { RenderRequest, WorkerReply } from './chartWorkerProtocol.js';
import { renderChartPage } from './renderChartPage.js';

const port = parentPort;
if (!port) throw new Error('timeline chart worker: must run in a worker thread');

/** Niceness of this thread: on a busy machine pictures wait and the bot's event loop keeps its core. */
const WORKER_NICENESS = 10;

/**
 * Lowers this thread's scheduling priority where the system allows it per thread (Linux: a thread is a task with
 * its own id, found through /proc/thread-self). Elsewhere it does nothing.
 */
function lowerThreadPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0 && tid !== process.pid) setPriority(tid, WORKER_NICENESS);
  } catch {
    // Not Linux, or not allowed: the thread keeps the process's priority.
  }
}

lowerThreadPriority();

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
