import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStory } from '../../src/story/openStory.js';
import { StoryHolder } from '../../src/story/storyHolder.js';

/** A front matter whose aliases expand to 9^6 strings. */
const BOMB = [
  '---',
  'a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]',
  ...'bcdef'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcde'[i]}`).join(', ')}]`),
  '---',
  '',
  'Body.',
  '',
].join('\n');

let dir: string;
let corpusDir: string;
let cacheDir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storybot-holder-'));
  corpusDir = join(dir, 'corpus');
  cacheDir = join(dir, 'cache');
  await mkdir(corpusDir);
  await writeFile(join(corpusDir, 'ferry.md'), '---\ntitle: Ferry times\n---\n\nThe ferry to Harrow Point now leaves at dawn.\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a YAML alias bomb in the corpus', () => {
  it('at start: that file is skipped by name and the rest is served', async () => {
    await writeFile(join(corpusDir, 'bomb.md'), BOMB);
    const opened = await openStory({ corpusDir, cacheDir });
    expect(opened.skipped.map((s) => s.file)).toEqual(['bomb.md']);
    expect(opened.skipped[0]!.reason).toMatch(/aliases/);
    expect(opened.story.articles.map((a) => a.id)).toEqual(['ferry']);
  });

  it('added live: /reindex skips it by name and still loads a good new article', async () => {
    const holder = new StoryHolder((await openStory({ corpusDir, cacheDir })).story, { corpusDir, cacheDir });
    await writeFile(join(corpusDir, 'bomb.md'), BOMB);
    await writeFile(join(corpusDir, 'pier.md'), '---\ntitle: Pier repairs\n---\n\nRepairs to the Keld Bay pier begin on Monday.\n');
    const report = await holder.reindex();
    expect(report.added).toEqual(['pier']);
    expect(report.skipped.map((s) => s.file)).toEqual(['bomb.md']);
    expect(holder.story.articles.map((a) => a.id)).toEqual(['ferry', 'pier']);
  });
});
