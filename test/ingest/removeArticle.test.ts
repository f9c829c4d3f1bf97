import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { removeArticle } from '../../src/ingest/removeArticle.js';

let root: string;
let dir: string;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'remove-'));
  dir = path.join(root, 'corpus');
  await mkdir(dir);
  await writeFile(path.join(dir, 'ferry.md'), '---\ntitle: "Ferry"\n---\n\nThe ferry strike ended.\n');
  await writeFile(path.join(dir, 'bridge.txt'), 'Bridge\n\nThe bridge closed.\n');
  await writeFile(path.join(root, 'outside.md'), 'Not in the corpus.');
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('removeArticle', () => {
  it('removes the file of that id and nothing else', async () => {
    expect(await removeArticle(dir, 'ferry')).toEqual(['ferry.md']);
    expect((await loadCorpus(dir)).articles.map((a) => a.id)).toEqual(['bridge']);
  });

  it('removes only the link of a symlinked article, never its target', async () => {
    await symlink(path.join(root, 'outside.md'), path.join(dir, 'linked.md'));
    expect(await removeArticle(dir, 'linked')).toEqual(['linked.md']);
    expect(await readdir(root)).toContain('outside.md');
  });

  it('refuses paths, dot files and unknown ids', async () => {
    await expect(removeArticle(dir, '../outside')).rejects.toThrow('ingest: "../outside" is not an article id');
    await expect(removeArticle(dir, '.hidden')).rejects.toThrow(/is not an article id/);
    await expect(removeArticle(dir, 'missing')).rejects.toThrow('ingest: the corpus has no article "missing"');
    expect(await readdir(root)).toContain('outside.md');
  });
});
