import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { flatPostings } from '../../src/search/postingTable.js';
import { openStory, snapshotPath } from '../../src/story/openStory.js';
import { StoryHolder } from '../../src/story/storyHolder.js';

let dir: string;
let corpusDir: string;
let cacheDir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storybot-open-'));
  corpusDir = join(dir, 'corpus');
  cacheDir = join(dir, 'cache');
  await cp('corpus', corpusDir, { recursive: true });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('openStory', () => {
  it('builds and snapshots on first start, then loads the snapshot while the corpus is unchanged', async () => {
    const first = await openStory({ corpusDir, cacheDir });
    expect(first.from).toBe('missing');
    const second = await openStory({ corpusDir, cacheDir });
    expect(second.reason ?? second.from).toBe('snapshot');
    expect(second.story.sentences).toEqual(first.story.sentences);
    expect(second.story.index.documentCount).toBe(first.story.sentences.length);
    // The neighbours' postings, not stored, are made again on load exactly as the build made them.
    const [loaded, built] = [second, first].map((x) => x.story.index.postings());
    expect(loaded!.ids).toEqual(built!.ids);
    expect(loaded!.terms).toEqual(built!.terms);
    expect(loaded!.fields.map((f) => flatPostings(f, loaded!.terms.length))).toEqual(
      built!.fields.map((f) => flatPostings(f, built!.terms.length)),
    );
  });

  it('rebuilds when an article changes', async () => {
    await openStory({ corpusDir, cacheDir });
    await writeFile(join(corpusDir, 'extra.txt'), 'Extra headline\nA new sentence about the harbour.\n');
    const again = await openStory({ corpusDir, cacheDir });
    expect(again.from).toBe('stale');
    expect(again.story.articles.map((a) => a.id)).toContain('extra');
  });

  it('rebuilds a corrupt snapshot instead of failing', async () => {
    await openStory({ corpusDir, cacheDir });
    const path = snapshotPath(corpusDir, cacheDir);
    const text = await readFile(path, 'utf8');
    await writeFile(path, text.slice(0, text.length / 2));
    const again = await openStory({ corpusDir, cacheDir });
    expect(again.from).toBe('corrupt');
    expect(again.story.sentences.length).toBeGreaterThan(100);
    expect((await openStory({ corpusDir, cacheDir })).from).toBe('snapshot');
  });

  it('writes the snapshot atomically, leaving no temporary file behind', async () => {
    await openStory({ corpusDir, cacheDir });
    expect((await readdir(cacheDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('StoryHolder', () => {
  it('swaps in the rebuilt story and reports what changed', async () => {
    const opened = await openStory({ corpusDir, cacheDir });
    const holder = new StoryHolder(opened.story, { corpusDir, cacheDir });
    await rm(join(corpusDir, '004_4ef2145547f1a17f.md'));
    await writeFile(join(corpusDir, 'new.md'), '---\ntitle: "New"\n---\n\nSomething new happened in Oslo.\n');
    const report = await holder.reindex();
    expect(report).toMatchObject({
      added: ['new'],
      removed: ['004_4ef2145547f1a17f'],
      changed: [],
      before: { articles: 5 },
      after: { articles: 5 },
    });
    expect(holder.story.articles.map((a) => a.id)).toContain('new');
  });

  it('keeps the old story when the rebuild fails, and refuses a second reindex while one runs', async () => {
    const opened = await openStory({ corpusDir, cacheDir });
    const holder = new StoryHolder(opened.story, { corpusDir, cacheDir });
    const running = holder.reindex();
    await expect(holder.reindex()).rejects.toThrow('A reindex is already running');
    await running;
    await rm(corpusDir, { recursive: true });
    await expect(holder.reindex()).rejects.toThrow(/^corpus:/);
    expect(holder.story.articles).toHaveLength(5);
  });
});
