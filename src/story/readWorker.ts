/**
 * The worker thread of `readArticles`: reads its share of the articles, chunk by chunk in order, and posts
 * each chunk packed (`packRead`) on the port it was given, counting the chunks posted in `posted[0]` so a
 * main thread blocked in `Atomics.wait` wakes. A failure is posted as `{ error }` and counted the same way.
 */
import { type MessagePort, workerData } from 'node:worker_threads';
import type { Article } from '../corpus/article.js';
import { readArticle } from '../nlp/readArticle.js';
import { packRead } from './readTransfer.js';

/** What the main thread gives the worker. */
export interface ReadWorkerData {
  chunks: Pick<Article, 'id' | 'body'>[][];
  port: MessagePort;
  posted: Int32Array;
}

const { chunks, port, posted } = workerData as ReadWorkerData;
try {
  for (const chunk of chunks) {
    const batch = packRead(chunk.map((a) => readArticle(a.id, a.body)));
    port.postMessage(batch, [batch.tokens.buffer as ArrayBuffer, batch.tokenCounts.buffer as ArrayBuffer]);
    Atomics.add(posted, 0, 1);
    Atomics.notify(posted, 0);
  }
} catch (error) {
  port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  Atomics.add(posted, 0, 1);
  Atomics.notify(posted, 0);
}
port.close();
