import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import { type DatedRead, readDated } from '../../src/story/datedRead.js';
import { chunksOf, readArticles, TAIL_SHARE } from '../../src/story/readArticles.js';
import { type ArrivedRead, packRead, unpackRead, unpackTokens } from '../../src/story/readTransfer.js';

/** Invented articles: titles, quotations, sums, dates, a ticker, names, and an empty one. */
const BODIES = [
  'Gen. Taras Melnar met Mr. Ivo Brandt on Sunday, March 3, 2024. They spoke for an hour. They meet again on Friday.',
  '"We had a useful day. We want a deal by May," Brandt told reporters.\n\nKestrel Corp <KES.N> said profit rose 12% to $54m.',
  'Shares closed at 1,100 crowns on Friday',
  '',
  'The harbour of Keld Bay reopened last week after 40 days. Harbour master Elin Varga said the ferry would run again.',
];
const ARTICLES: Article[] = Array.from({ length: 12 }, (_, i) => ({
  id: `a${i}`,
  title: `a${i}`,
  titleGiven: false,
  body: BODIES[i % BODIES.length]!,
  file: `a${i}.md`,
  ...(i % 2 === 0 ? { published: '2024-03-04' } : {}),
}));

/** A read as `readDated` gives it: an article the worker read has its tokens made from the packed ones. */
function whole(read: DatedRead | ArrivedRead): DatedRead {
  if (!('packed' in read)) return read;
  const { packed, tagged, ...rest } = read;
  return { ...rest, tagged: tagged.map((t, i) => ({ tokens: unpackTokens(packed[i]!, read.sentences[i]!.text), ...t })) };
}

function readAll(options: Parameters<typeof readArticles>[2]): { reads: DatedRead[]; progress: number[] } {
  const reads: DatedRead[] = [];
  const progress: number[] = [];
  for (const p of readArticles(ARTICLES, (r) => reads.push(whole(r)), options)) progress.push(p.done);
  return { reads, progress };
}

describe('readArticles', () => {
  it('gives on two threads exactly what readArticle gives on one, in article order', async () => {
    const alone = ARTICLES.map(readDated);
    expect(readAll({ parallelFrom: Number.POSITIVE_INFINITY }).reads).toEqual(alone);
    const warnings: string[] = [];
    const onWarning = (w: Error & { code?: string }) => warnings.push(w.code ?? w.message);
    process.on('warning', onWarning);
    const { reads, progress } = readAll({ parallelFrom: 0, chunkChars: 150 });
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
    process.off('warning', onWarning);
    expect(warnings).not.toContain('STORYBOT_READ_WORKER');
    expect(warnings).not.toContain('STORYBOT_WORKER_BUNDLE'); // the worker started on its bundle
    expect(reads).toEqual(alone);
    expect(progress.at(-1)).toBe(ARTICLES.length);
    expect(progress.every((d, i) => i === 0 || d >= progress[i - 1]!)).toBe(true);
  }, 30_000);

  it('shares the chunks between the threads as they come free: a busy main thread leaves more to the worker', async () => {
    const alone = ARTICLES.map(readDated);
    const reads: DatedRead[] = [];
    let helped = 0;
    // Handing the first read on takes 6 s here, so the worker, once started (a second or two), takes every
    // chunk the main thread has not: more than the half a fixed split would give it.
    const slow = (r: DatedRead | ArrivedRead) => {
      if (reads.length === 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 6_000);
      reads.push(whole(r));
    };
    // One chunk an article, an empty article with the next: 10 chunks.
    for (const p of readArticles(ARTICLES, slow, { parallelFrom: 0, chunkChars: 1 })) helped = p.helped ?? helped;
    expect(reads).toEqual(alone);
    expect(helped).toBeGreaterThan(5);
  }, 30_000);

  it('cuts the articles into chunks of the size asked, the last ones smaller as the text left shrinks', () => {
    // 400 invented articles of 100 characters: 40,000 in all, chunks of 2,000 asked.
    const many: Article[] = Array.from({ length: 400 }, (_, i) => ({ ...ARTICLES[0]!, id: `m${i}`, body: 'x'.repeat(100) }));
    const chunks = chunksOf(many, 2_000);
    expect(chunks.flat()).toEqual(chunks.flatMap(([, to], k) => [k === 0 ? 0 : chunks[k - 1]![1], to]));
    expect(chunks.at(-1)![1]).toBe(many.length);
    const sizes = chunks.map(([from, to]) => (to - from) * 100);
    // Full chunks while more than TAIL_SHARE of them is left, then each about a TAIL_SHARE-th of what is left.
    expect(sizes.slice(0, 12)).toEqual(Array(12).fill(2_000));
    expect(sizes.every((size, k) => k === 0 || size <= sizes[k - 1]!)).toBe(true);
    // None smaller than a TAIL_SHARE-th of a chunk but the last, what is left over.
    expect(sizes.slice(-3)).toEqual([300, 300, 100]);
    expect(Math.min(...sizes.slice(0, -1))).toBeGreaterThanOrEqual(2_000 / TAIL_SHARE);
    expect(chunks.length).toBeGreaterThan(40_000 / 2_000 + 5);
  });

  it('packs read articles for another thread and unpacks them equal, token objects of one shape', () => {
    const alone = ARTICLES.map(readDated);
    const batch = packRead(alone, ARTICLES);
    const back = unpackRead(structuredClone(batch), ARTICLES).map(whole);
    expect(back).toEqual(alone);
    expect(Object.keys(back[0]!.tagged[0]!.tokens[0]!)).toEqual(Object.keys(alone[0]!.tagged[0]!.tokens[0]!));
  });
});
