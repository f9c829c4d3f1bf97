import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCaptions, tagAsides } from '../../src/differences/asides.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'captions-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadCaptions', () => {
  it('reads the caption of each loaded article from its front matter, and nothing else', async () => {
    await writeFile(
      path.join(dir, 'ferry.md'),
      '---\ntitle: "Ferry strike"\ncaption: "Strikers gather in Calloway on Saturday."\n---\n\nThe strike went on.\n',
    );
    await writeFile(path.join(dir, 'plain.md'), '---\ntitle: "No picture"\n---\n\nNothing to see.\n');
    await writeFile(path.join(dir, 'skipped.md'), '---\ncaption: "Not in the story"\n---\n\nText.\n');
    await writeFile(path.join(dir, 'notes.txt'), 'caption: not front matter\nbody\n');
    const captions = await loadCaptions(dir, new Set(['ferry', 'plain', 'notes']));
    expect(captions).toEqual([{ articleId: 'ferry', kind: 'caption', text: 'Strikers gather in Calloway on Saturday.' }]);
  });
});

describe('tagAsides', () => {
  it('tags a caption like a story sentence: places, dates', () => {
    const [tagged] = tagAsides([{ articleId: 'ferry', kind: 'caption', text: 'Strikers gather in Calloway on Saturday.' }]);
    const types = tagged!.sentences[0]!.entities.map((e) => `${e.type}:${e.text}`);
    expect(types).toContain('DATE:Saturday');
    expect(types.some((t) => t.endsWith(':Calloway'))).toBe(true);
  });
});
