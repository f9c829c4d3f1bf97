/**
 * One worker thread that draws chart pages off the event loop. Started on the first render, unref'd while idle so
 * it never keeps a process alive (ref'd while a render is pending, so a one-shot CLI still gets its picture), and
 * started afresh on the next render after it dies. A render in flight when the thread dies is retried once on a
 * new thread; a render that takes longer than the timeout stops the thread.
 */
import { Worker } from 'node:worker_threads';
import { startTsWorker } from '../../threads/workerBundle.js';
import type { ChartPage } from './chartPage.js';
import type { RenderRequest, WorkerReply } from './chartWorkerProtocol.js';
import type { ChartDrawOptions } from './renderChartPage.js';

/** How long one render may take in the worker before the thread is stopped. */
export const DEFAULT_RENDER_TIMEOUT_MS = 15_000;

/** Options of a {@link ChartRenderWorker}. */
export interface ChartRenderWorkerOptions {
  /** Per render, from when it is sent; default {@link DEFAULT_RENDER_TIMEOUT_MS}. */
  timeoutMs?: number;
  /** The script the thread runs (tests pass a faulty one); default chartWorker.ts beside this module (`startTsWorker`). */
  workerUrl?: URL;
}

interface Job {
  request: RenderRequest;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
  /** Threads this job has been sent to. */
  attempts: number;
  timer?: NodeJS.Timeout;
}

/** Most threads one render is tried on before it fails. */
const MAX_ATTEMPTS = 2;

/**
 * Draws {@link ChartPage}s in a worker thread.
 *
 * @example const png = await new ChartRenderWorker().render(page, { width: 1200 })
 */
export class ChartRenderWorker {
  #worker: Worker | undefined;
  #ready: Promise<void> | undefined;
  readonly #jobs = new Map<number, Job>();
  #nextId = 1;
  #started = 0;
  readonly #timeoutMs: number;
  readonly #workerUrl: URL | undefined;

  constructor(options: ChartRenderWorkerOptions = {}) {
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS;
    this.#workerUrl = options.workerUrl;
  }

  /** Draws a page in the worker thread (starting one if none runs). */
  render(page: ChartPage, draw: ChartDrawOptions): Promise<Buffer> {
    return new Promise<Buffer>((resolve, reject) => {
      const job: Job = { request: { id: this.#nextId++, page, draw }, resolve, reject, attempts: 0 };
      this.#jobs.set(job.request.id, job);
      this.#send(job);
    });
  }

  /** Starts the thread now (a bot may call this at start so the first picture does not wait for it). */
  warmUp(): Promise<void> {
    const worker = this.#ensureWorker();
    // Whoever awaits this is waiting on the thread: keep the process alive until it is ready.
    worker.ref();
    return this.#ready!.finally(() => {
      if (this.#jobs.size === 0) worker.unref();
    });
  }

  /** Thread id of the running worker; undefined when none runs. */
  get threadId(): number | undefined {
    return this.#worker?.threadId;
  }

  /** Threads started so far (a restart after a crash counts). */
  get startedCount(): number {
    return this.#started;
  }

  /** Stops the thread; renders in flight fail. The next render starts a new thread. */
  async stop(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#ready = undefined;
    for (const job of this.#jobs.values()) this.#fail(job, new Error('timeline chart: the render worker was stopped'));
    if (worker) await worker.terminate();
  }

  #send(job: Job): void {
    const worker = this.#ensureWorker();
    job.attempts += 1;
    clearTimeout(job.timer);
    job.timer = setTimeout(() => {
      this.#fail(job, new Error(`timeline chart: render took longer than ${this.#timeoutMs} ms`));
      // The thread may be stuck: stop it (other jobs in it are retried on a new one).
      if (this.#worker === worker) void worker.terminate();
    }, this.#timeoutMs);
    job.timer.unref();
    worker.ref();
    // Posted once the thread says it listens (a message sent before may find no listener); if it dies first,
    // the exit handler resends the job.
    void this.#ready!.then(
      () => {
        if (this.#worker === worker && this.#jobs.get(job.request.id) === job) worker.postMessage(job.request);
      },
      () => undefined,
    );
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const worker = this.#workerUrl
      ? new Worker(this.#workerUrl)
      : startTsWorker(new URL('./chartWorker.ts', import.meta.url), { workerData: {} });
    this.#started += 1;
    worker.unref();
    this.#worker = worker;
    this.#ready = new Promise<void>((resolve, reject) => {
      worker.on('message', (reply: WorkerReply) => {
        if (reply.kind === 'ready') resolve();
      });
      worker.once('exit', (code) => reject(new Error(`timeline chart: the render worker exited with code ${code} before it was ready`)));
    });
    this.#ready.catch(() => undefined);
    worker.on('message', (reply: WorkerReply) => this.#onReply(reply));
    worker.on('error', () => {
      // An uncaught error in the thread: 'exit' follows and handles the jobs.
    });
    worker.on('exit', (code) => this.#onExit(worker, code));
    return worker;
  }

  #onReply(reply: WorkerReply): void {
    if (reply.kind === 'ready') return;
    const job = this.#jobs.get(reply.id);
    if (!job) return;
    this.#jobs.delete(reply.id);
    clearTimeout(job.timer);
    if (reply.kind === 'done') job.resolve(Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength));
    else job.reject(new Error(`timeline chart: ${reply.error}`));
    if (this.#jobs.size === 0) this.#worker?.unref();
  }

  #onExit(worker: Worker, code: number): void {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    this.#ready = undefined;
    // Jobs in flight on the dead thread: once more on a new one, else fail.
    for (const job of [...this.#jobs.values()]) {
      if (job.attempts < MAX_ATTEMPTS) this.#send(job);
      else this.#fail(job, new Error(`timeline chart: the render worker stopped (exit code ${code})`));
    }
  }

  #fail(job: Job, error: Error): void {
    if (!this.#jobs.delete(job.request.id)) return;
    clearTimeout(job.timer);
    job.reject(error);
    if (this.#jobs.size === 0) this.#worker?.unref();
  }
}
