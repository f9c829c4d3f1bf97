/**
 * Saving an extracted article into the corpus folder in the format the loader reads (Markdown with YAML front
 * matter: title, source, published, author, url), atomically, under a safe file name, never over another file.
 */
import { createHash, randomBytes } from 'node:crypto';
import { link, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Article } from '../corpus/article.js';
import { idFromFileName, isCorpusFileName, isSkipped, loadCorpus, MAX_FILE_BYTES, parseArticleFile } from '../corpus/loadCorpus.js';
import type { ExtractedArticle } from './extractArticle.js';
import { IngestError } from './ingestError.js';

/** Where an article was saved. */
export interface SavedArticle {
  /** The article id (the file name without `.md`). */
  id: string;
  /** The file name inside the corpus folder. */
  file: string;
  /** The full path. */
  path: string;
  /** The article as the corpus loader reads it back from the file. */
  article: Article;
}

/** Options of {@link saveArticle}. */
export interface SaveOptions {
  /** Save even when the corpus already holds an article with the same body or URL (default false). */
  allowDuplicate?: boolean;
}

/** Longest slug taken from the title, in characters. */
const MAX_SLUG = 60;

/**
 * Saves `article` into `corpusDir` as `<slug of the title>-<8 hex of the body's sha256>.md`, e.g.
 * `ferry-strike-ends-after-six-hours-3f9a1c2e.md`: lower-case ASCII letters, digits and dashes only, so no path,
 * dot file, reserved name or odd character can come from a page. The file is written beside its final name as a
 * dot file (which the loader ignores), flushed, then linked into place — which fails rather than replace an
 * existing file, so another article is never overwritten: a taken name gets `-2`, `-3`…
 *
 * The saved file is read back with the loader's own parser; the result is what the corpus will load.
 *
 * @throws IngestError `duplicate` when the corpus already has this article (same body, or same URL) unless
 * `allowDuplicate`; `bad-file` when the article would be over the loader's size limit or has an empty body.
 */
export async function saveArticle(corpusDir: string, article: ExtractedArticle, options: SaveOptions = {}): Promise<SavedArticle> {
  const body = article.body.replace(/\r\n?/g, '\n').trim();
  if (body === '') throw new IngestError('bad-file', 'the article has no text to save');
  const text = articleFileText({ ...article, body });
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.byteLength > MAX_FILE_BYTES)
    throw new IngestError('bad-file', `the article is larger than the corpus limit of ${MAX_FILE_BYTES / (1024 * 1024)} MB`);

  const info = await stat(corpusDir).catch(() => undefined);
  if (!info?.isDirectory()) throw new IngestError('bad-file', `the corpus folder ${corpusDir} does not exist`);
  if (!options.allowDuplicate) await refuseDuplicate(corpusDir, body, article.url);

  const base = `${slug(article.title ?? body)}-${createHash('sha256').update(body).digest('hex').slice(0, 8)}`;
  const temp = path.join(corpusDir, `.${base}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    const taken = new Set((await readdir(corpusDir)).filter(isCorpusFileName).map((n) => idFromFileName(n).toLowerCase()));
    for (let n = 1; n < 1000; n += 1) {
      const id = n === 1 ? base : `${base}-${n}`;
      if (taken.has(id.toLowerCase())) continue;
      const file = `${id}.md`;
      const target = path.join(corpusDir, file);
      if (!(await placeWithoutReplacing(temp, target))) continue;
      const parsed = parseArticleFile(file, bytes);
      if (isSkipped(parsed)) throw new IngestError('bad-file', `the saved file ${file} would be skipped by the loader: ${parsed.reason}`);
      return { id, file, path: target, article: parsed };
    }
    throw new IngestError('bad-file', `no free file name for ${base}.md`);
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/**
 * Puts `temp` at `target` unless something is already there: a hard link is atomic and fails on an existing
 * name. Where links are not supported, an exclusive create of the name claims it before the rename.
 */
async function placeWithoutReplacing(temp: string, target: string): Promise<boolean> {
  try {
    await link(temp, target);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw err;
  }
  try {
    const claim = await open(target, 'wx');
    await claim.close();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  await rename(temp, target);
  return true;
}

/** The file text: YAML front matter with the fields the article states, a blank line, the body. */
export function articleFileText(article: ExtractedArticle): string {
  const front: Record<string, string> = {};
  for (const key of ['title', 'source', 'published', 'author', 'url'] as const) {
    const value = article[key]?.replace(/\s+/g, ' ').trim();
    if (value) front[key] = value;
  }
  const yaml =
    Object.keys(front).length === 0 ? '' : stringify(front, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
  return `---\n${yaml}---\n\n${article.body.replace(/\r\n?/g, '\n').trim()}\n`;
}

/** A file-name slug: ASCII letters and digits of the text, lower case, joined by dashes, at most {@link MAX_SLUG} characters. */
export function slug(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let cut = ascii.slice(0, MAX_SLUG);
  if (ascii.length > MAX_SLUG && cut.includes('-')) cut = cut.slice(0, cut.lastIndexOf('-'));
  return cut.replace(/-+$/g, '') || 'article';
}

async function refuseDuplicate(corpusDir: string, body: string, url: string | undefined): Promise<void> {
  const { articles } = await loadCorpus(corpusDir);
  const same = articles.find((a) => a.body.trim() === body || (url !== undefined && a.url !== undefined && sameUrl(a.url, url)));
  if (same) throw new IngestError('duplicate', `the corpus already has this article, as ${same.id} (${same.file})`);
}

function sameUrl(a: string, b: string): boolean {
  const norm = (u: string) => {
    try {
      const x = new URL(u);
      x.hash = '';
      return x.href.replace(/\/$/, '');
    } catch {
      return u;
    }
  };
  return norm(a) === norm(b);
}
