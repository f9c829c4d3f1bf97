import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { extractArticle } from '../../src/ingest/extractArticle.js';
import { IngestError } from '../../src/ingest/ingestError.js';
import { saveArticle, slug } from '../../src/ingest/saveArticle.js';
import { ARTICLE_PARAGRAPHS, articlePage } from './pages.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'corpus-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const BODY = ARTICLE_PARAGRAPHS.join('\n\n');

describe('saveArticle', () => {
  it('writes a file that loadCorpus reads back exactly', async () => {
    const extracted = extractArticle(articlePage(), { kind: 'html', url: 'https://www.islandherald.example/x' });
    const saved = await saveArticle(dir, extracted);
    expect(saved.file).toMatch(/^ferry-strike-ends-after-six-hour-talks-[0-9a-f]{8}\.md$/);
    const { articles, skipped } = await loadCorpus(dir);
    expect(skipped).toEqual([]);
    expect(articles).toHaveLength(1);
    expect(articles[0]).toEqual({
      id: saved.id,
      file: saved.file,
      title: 'Ferry strike ends after six-hour talks',
      titleGiven: true,
      source: 'The Island Herald',
      published: '2031-05-17',
      author: 'Maren Lutz',
      url: 'https://www.islandherald.example/news/2031/05/17/ferry-strike-ends',
      body: BODY,
    });
    expect(saved.article).toEqual(articles[0]);
  });

  it('writes only the fields the article has, quoted', async () => {
    const saved = await saveArticle(dir, { title: 'Yes: "no" # maybe', body: BODY });
    const text = await readFile(saved.path, 'utf8');
    expect(text.startsWith('---\ntitle: "Yes: \\"no\\" # maybe"\n---\n\n')).toBe(true);
    expect(text).not.toMatch(/source|published|author|url/);
    expect((await loadCorpus(dir)).articles[0]!.title).toBe('Yes: "no" # maybe');
  });

  it('makes a safe file name from any title', async () => {
    expect(slug('../../etc/passwd')).toBe('etc-passwd');
    expect(slug('Ünïcödé — Straße in Łódź!')).toBe('unicode-stra-e-in-odz');
    expect(slug('.hidden')).toBe('hidden');
    expect(slug('日本語')).toBe('article');
    expect(slug('a'.repeat(100)).length).toBeLessThanOrEqual(60);
    const saved = await saveArticle(dir, { title: '../../outside', body: BODY });
    expect(path.dirname(saved.path)).toBe(dir);
    expect(saved.file).toMatch(/^outside-[0-9a-f]{8}\.md$/);
  });

  it('never overwrites another file, and leaves no temporary file behind', async () => {
    const first = await saveArticle(dir, { title: 'Ferry strike', body: BODY });
    // Another file already holds the next name: a hand-made .txt with the same id.
    const clash = first.file.replace(/\.md$/, '-2.txt');
    await writeFile(path.join(dir, clash), 'Hand written\n\nDo not touch.');
    const second = await saveArticle(dir, { title: 'Ferry strike', body: BODY }, { allowDuplicate: true });
    expect(second.file).not.toBe(first.file);
    expect(second.id).not.toBe(clash.replace(/\.txt$/, ''));
    expect(await readFile(path.join(dir, clash), 'utf8')).toBe('Hand written\n\nDo not touch.');
    expect((await readdir(dir)).filter((f) => f.startsWith('.'))).toEqual([]);
    expect((await loadCorpus(dir)).skipped).toEqual([]);
  });

  it('refuses an article the corpus already has, by body or by URL', async () => {
    const first = await saveArticle(dir, { title: 'Ferry strike', url: 'https://news.example/ferry', body: BODY });
    const sameBody = await saveArticle(dir, { title: 'Other title', body: BODY }).catch((e: unknown) => e);
    expect(sameBody).toBeInstanceOf(IngestError);
    expect((sameBody as IngestError).failure).toBe('duplicate');
    expect((sameBody as IngestError).message).toBe(`ingest: the corpus already has this article, as ${first.id} (${first.file})`);
    const sameUrl = await saveArticle(dir, {
      title: 'Update',
      url: 'https://news.example/ferry#top',
      body: `${BODY}\n\nUpdate: boats sail.`,
    }).catch((e: unknown) => e);
    expect((sameUrl as IngestError).failure).toBe('duplicate');
  });

  it('refuses an empty article and a missing folder', async () => {
    await expect(saveArticle(dir, { title: 'Nothing', body: '  \n ' })).rejects.toThrow('ingest: the article has no text to save');
    await expect(saveArticle(path.join(dir, 'missing'), { body: BODY })).rejects.toThrow(/does not exist/);
  });
});
