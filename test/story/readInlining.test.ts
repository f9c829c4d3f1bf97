import { afterEach, describe, expect, it, vi } from 'vitest';

/** The V8 flags set, in order (the process's own flags are left alone). */
const set = vi.hoisted(() => [] as string[]);
vi.mock('node:v8', async (original) => ({
  ...(await original<typeof import('node:v8')>()),
  setFlagsFromString: (flags: string) => set.push(flags),
}));

const { leanInlining, READ_INLINING_BUDGET } = await import('../../src/story/readInlining.js');
const { readArticles } = await import('../../src/story/readArticles.js');

const LEAN = `--max-inlined-bytecode-size-cumulative=${READ_INLINING_BUDGET}`;
const OWN = '--max-inlined-bytecode-size-cumulative=920';

afterEach(() => {
  set.length = 0;
});

describe('leanInlining', () => {
  it('lowers the budget until the last overlapping read restores it, each restore counted once', () => {
    const first = leanInlining();
    const second = leanInlining();
    expect(set).toEqual([LEAN]);
    first();
    first();
    expect(set).toEqual([LEAN]);
    second();
    expect(set).toEqual([LEAN, OWN]);
  });

  it('restores the budget the process was started with, from NODE_OPTIONS too', () => {
    const before = process.env['NODE_OPTIONS'];
    process.env['NODE_OPTIONS'] = '--max-old-space-size=4096 --max_inlined_bytecode_size_cumulative=700';
    try {
      leanInlining()();
    } finally {
      if (before === undefined) delete process.env['NODE_OPTIONS'];
      else process.env['NODE_OPTIONS'] = before;
    }
    expect(set).toEqual([LEAN, '--max-inlined-bytecode-size-cumulative=700']);
  });

  it('is asked for by a read on two threads and restored when it ends, not by a read on one', () => {
    const articles = Array.from({ length: 4 }, (_, i) => ({
      id: `a${i}`,
      title: `a${i}`,
      titleGiven: false,
      body: 'The ferry left Keld Bay at dawn. It came back at noon.',
      file: `a${i}.md`,
    }));
    let during: string[] = [];
    for (const _ of readArticles(articles, () => {}, { parallelFrom: 0, chunkChars: 1 })) during = [...set];
    expect(during).toEqual([LEAN]);
    expect(set).toEqual([LEAN, OWN]);
    set.length = 0;
    for (const _ of readArticles(articles, () => {}, { parallelFrom: Number.POSITIVE_INFINITY }));
    expect(set).toEqual([]);
  }, 30_000);
});
