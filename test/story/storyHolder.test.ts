import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStory } from '../../src/story/openStory.js';
import type { Story } from '../../src/story/story.js';
import { StoryHolder } from '../../src/story/storyHolder.js';
import { slicedPerStory } from '../../src/story/warmUp.js';

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

describe('the live story’s warm-up', () => {
  it('starts when a story goes live, and a story adopted stops the warm-up of the one before and is warmed instead', async () => {
    const warmed: Story[] = [];
    const derived = slicedPerStory(function* (story: Story) {
      yield;
      warmed.push(story);
      return story.sentences.length;
    });
    const first = (await openStory({ corpusDir, cacheDir })).story;
    const second = (await openStory({ corpusDir, cacheDir })).story;
    const holder = new StoryHolder(first, { corpusDir, cacheDir });
    const firstWarmUp = holder.warmUp;
    holder.adopt(second);
    expect((await firstWarmUp.done).finished).toBe(false);
    expect((await holder.warmUp.done).finished).toBe(true);
    expect(warmed).toEqual([second]);
    expect(derived(second)).toBe(second.sentences.length);
    expect(warmed).toEqual([second]);
  });
});
