/** The messages between the main thread and the chart worker: plain data only. */
import type { ChartPage } from './chartPage.js';
import type { ChartDrawOptions } from './renderChartPage.js';

/** Main thread → worker: draw this page. */
export interface RenderRequest {
  id: number;
  page: ChartPage;
  draw: ChartDrawOptions;
}

/** Worker → main thread: the PNG of request `id`, or why it failed; `ready` once after start. */
export type WorkerReply = { kind: 'ready' } | { kind: 'done'; id: number; png: Uint8Array } | { kind: 'failed'; id: number; error: string };
