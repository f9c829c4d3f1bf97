import { availableParallelism } from 'node:os';
import { MessageChannel, type MessagePort, receiveMessageOnPort } from 'node:worker_threads';
import type { Article } from '../corpus/article.js';
import { startTsWorker } from '../threads/workerBundle.js';
import { type DatedRead, readDated } from './datedRead.js';
import { leanInlining } from './readInlining.js';
import type { ReadWorkerData } from './readWorker.js';
import { type ArrivedRead, type ReadBatch, type ReadChunk, unpackRead } from './readTransfer.js';

/**
 * Below this much article text (about 7,000 sentences) everything is read on the calling thread: a worker
 * needed about a second to start and load wink's model through tsx, longer than it would save. (Measured then; on
 * its plain-JavaScript bundle, `startTsWorker`, the start takes 0.3–0.4 s of CPU, and the bar was not measured again.)
 */
export const PARALLEL_FROM_CHARS = 1_000_000;
/** Articles go to the two threads in chunks of about this much text (about 1,400 sentences). */
export const CHUNK_CHARS = 200_000;
/**
 * The last chunks shrink to this share of the text not yet chunked (down to this share of a chunk): the two threads
 * then finish within a small chunk of each other, where with chunks all of one size one of them was idle for half a
 * chunk's reading on average while the other read its last.
 */
export const TAIL_SHARE = 8;
/** A worker that posts nothing for this long is given up, and the main thread reads the rest itself. */
const STALL_MS = 30_000;
/** How long the main thread blocks for a chunk before it reports progress (a build's yield point). */
const WAIT_MS = 50;

/** Progress of `readArticles`: articles read so far. */
export interface ReadProgress {
  done: number;
  total: number;
  /** In the last progress of a reading on two threads: how many chunks the worker thread read. */
  helped?: number;
}

export interface ReadOptions {
  /** Default PARALLEL_FROM_CHARS; 0 always starts a worker, Infinity never does. */
  parallelFrom?: number;
  /** Default CHUNK_CHARS. */
  chunkChars?: number;
}

/**
 * Reads the articles (`readDated`) and hands each one's sentences, tags and dates to `onRead`, in article order
 * (an article the worker thread read comes with its tokens still packed: `ArrivedRead`);
 * yields progress (articles read) every 20 articles and while waiting, each a point where a build may give
 * the event loop a turn. On a corpus of PARALLEL_FROM_CHARS or more, and with a second core, a worker
 * thread and this one each take the next chunk not yet taken (one shared counter), so that neither waits
 * while the other has work: this thread also hands every read on and the worker first loads wink's model,
 * so a fixed half each left one of them idle. What has been read is kept until the chunks before it
 * arrive; the chunks are fixed by the corpus, and an article reads the same on either thread, so the same
 * corpus is always read the same way. The worker is stopped when the reading ends, by success or error;
 * if it fails or stalls, this thread reads what it had taken too. Both threads optimise the reading code under a
 * smaller inlining budget meanwhile (`leanInlining`).
 */
export function* readArticles(
  articles: readonly Article[],
  onRead: (read: DatedRead | ArrivedRead) => void,
  options: ReadOptions = {},
): Generator<ReadProgress, void, void> {
  const total = articles.length;
  let done = 0;
  /** Reads articles [from, to) here, giving each to `keep`. */
  const readHere = function* (from: number, to: number, keep: (read: DatedRead) => void): Generator<ReadProgress, void, void> {
    for (let i = from; i < to; i += 1) {
      const a = articles[i]!;
      keep(readDated(a));
      done += 1;
      if (done % 20 === 0 || done === total) yield { done, total };
    }
  };
  const chars = articles.reduce((sum, a) => sum + a.body.length, 0);
  const chunks = chunksOf(articles, options.chunkChars ?? CHUNK_CHARS);
  if (chunks.length < 2 || chars < (options.parallelFrom ?? PARALLEL_FROM_CHARS) || availableParallelism() < 2) {
    yield* readHere(0, total, onRead);
    return;
  }
  const helper = startHelper(chunks.map(([from, to]) => articles.slice(from, to)));
  const restoreInlining = leanInlining();
  /** Chunks read but not yet handed on, by chunk number. */
  const ready = new Map<number, DatedRead[] | ReadBatch>();
  let next = 0;
  const handOn = (): void => {
    for (let chunk = ready.get(next); chunk; chunk = ready.get(next)) {
      const [from, to] = chunks[next]!;
      for (const read of Array.isArray(chunk) ? chunk : unpackRead(chunk, articles.slice(from, to))) onRead(read);
      ready.delete(next);
      next += 1;
    }
  };
  /** Takes what the worker has posted; true when it posted anything. */
  const receive = (): boolean => {
    let any = false;
    for (let m = receiveMessageOnPort(helper.port); m; m = receiveMessageOnPort(helper.port)) {
      const message = m.message as ReadChunk | { error: string };
      if ('error' in message) helper.failed = message.error;
      else {
        const k = message.chunk;
        ready.set(k, message.batch);
        done += chunks[k]![1] - chunks[k]![0];
        helper.received += 1;
      }
      any = true;
    }
    return any;
  };
  try {
    for (let k = Atomics.add(helper.claimed, 0, 1); k < chunks.length; k = Atomics.add(helper.claimed, 0, 1)) {
      const reads: DatedRead[] = [];
      yield* readHere(chunks[k]![0], chunks[k]![1], (read) => reads.push(read));
      ready.set(k, reads);
      receive();
      handOn();
    }
    let waitedSince = performance.now();
    while (next < chunks.length) {
      if (helper.failed) {
        process.emitWarning(`readArticles: the reading worker failed (${helper.failed}); reading its articles here`, {
          code: 'STORYBOT_READ_WORKER',
        });
        for (let k = next; k < chunks.length; k += 1) {
          if (ready.has(k)) continue;
          const reads: DatedRead[] = [];
          yield* readHere(chunks[k]![0], chunks[k]![1], (read) => reads.push(read));
          ready.set(k, reads);
        }
      } else if (receive()) waitedSince = performance.now();
      else if (performance.now() - waitedSince > STALL_MS) helper.failed = `nothing posted in ${STALL_MS / 1000} s`;
      else {
        Atomics.wait(helper.posted, 0, helper.received, WAIT_MS);
        yield { done, total };
      }
      handOn();
    }
    yield { done, total, helped: helper.received };
  } finally {
    helper.stop();
    restoreInlining();
  }
}

/**
 * Consecutive articles grouped into chunks of about `chars` characters, as [from, to) ranges; towards the end smaller
 * ones, each about a TAIL_SHARE-th of the text left (at least a TAIL_SHARE-th of `chars`). Fixed by the corpus.
 */
export function chunksOf(articles: readonly Article[], chars: number): [number, number][] {
  const chunks: [number, number][] = [];
  let left = articles.reduce((sum, a) => sum + a.body.length, 0);
  const limit = () => Math.max(chars / TAIL_SHARE, Math.min(chars, left / TAIL_SHARE));
  let from = 0;
  let size = 0;
  let most = limit();
  articles.forEach((a, i) => {
    size += a.body.length;
    if (size >= most) {
      chunks.push([from, i + 1]);
      from = i + 1;
      left -= size;
      size = 0;
      most = limit();
    }
  });
  if (from < articles.length) chunks.push([from, articles.length]);
  return chunks;
}

interface Helper {
  port: MessagePort;
  /** posted[0]: chunks (or failures) the worker has posted. */
  posted: Int32Array;
  /** claimed[0]: the next chunk not yet taken by either thread. */
  claimed: Int32Array;
  received: number;
  /** Why the worker is given up, once it is. */
  failed?: string;
  stop(): void;
}

/** Starts the worker on the chunks; it takes the next one not yet taken, reads it and posts it on `port`, until none is left. */
function startHelper(chunks: Article[][]): Helper {
  const { port1, port2 } = new MessageChannel();
  const posted = new Int32Array(new SharedArrayBuffer(4));
  const claimed = new Int32Array(new SharedArrayBuffer(4));
  const data: ReadWorkerData = {
    chunks: chunks.map((chunk) => chunk.map(({ id, body, published }) => ({ id, body, published }))),
    port: port2,
    posted,
    claimed,
  };
  const worker = startTsWorker(new URL('./readWorker.ts', import.meta.url), { workerData: data, transferList: [port2] });
  worker.unref();
  const helper: Helper = {
    port: port1,
    posted,
    claimed,
    received: 0,
    stop() {
      port1.close();
      void worker.terminate();
    },
  };
  // Seen only when the build gives the event loop a turn (buildStoryYielding); a blocked build finds out by the stall.
  worker.on('error', (error) => {
    helper.failed ??= error.message;
  });
  return helper;
}
