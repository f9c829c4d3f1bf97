/**
 * The worker thread of `readArticles`: takes the next chunk no thread has taken (`claimed[0]`, shared with
 * the main thread), reads it and posts it packed (`packRead`) with its number on the port it was given,
 * until none is left; counts the chunks posted in `posted[0]` so a main thread blocked in `Atomics.wait`
 * wakes. A failure is posted as `{ error }` and counted the same way.
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import { type DatedArticle, readDated } from './datedRead.js';
import { packRead, type ReadChunk, transferred } from './readTransfer.js';

/** What the main thread gives the worker. */
export interface ReadWorkerData {
  /** Every chunk of the corpus; the worker reads those it takes. */
  chunks: DatedArticle[][];
  port: MessagePort;
  posted: Int32Array;
  claimed: Int32Array;
}

const { chunks, port, posted, claimed } = workerData as ReadWorkerData;
try {
  for (let k = Atomics.add(claimed, 0, 1); k < chunks.length; k = Atomics.add(claimed, 0, 1)) {
    const batch = packRead(chunks[k]!.map(readDated), chunks[k]!);
    const message: ReadChunk = { chunk: k, batch };
    port.postMessage(message, transferred(batch));
    Atomics.add(posted, 0, 1);
    Atomics.notify(posted, 0);
  }
} catch (error) {
  port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  Atomics.add(posted, 0, 1);
  Atomics.notify(posted, 0);
}
port.close();
