/**
 * Loads the story's articles from a corpus directory.
 *
 * Rules (see {@link loadCorpus} and {@link parseArticleFile}):
 * - Only `*.md` and `*.txt` files directly in the directory are read
 *   (extension matched case-insensitively); dotfiles, other extensions and
 *   sub-directories are ignored. A `README.md` is not special: it loads like
 *   any other article.
 * - A bad file is skipped with a short reason; the rest still load.
 */
import { createHash } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Article, LoadedCorpus, SkippedFile } from './article.js';
import { deriveTitle, FieldError, normalisePublished, normaliseUrl, splitFrontMatter, textField } from './frontMatter.js';

/** Largest corpus file that is read, in bytes (2 MB). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

const EXTENSIONS = new Set(['.md', '.txt']);

/** Whether a directory entry name is a corpus file candidate (`*.md`/`*.txt`, not a dotfile). */
export function isCorpusFileName(name: string): boolean {
  return !name.startsWith('.') && EXTENSIONS.has(path.extname(name).toLowerCase());
}

/** The article id for a file name: the name without its extension. */
export function idFromFileName(file: string): string {
  const base = path.basename(file);
  return base.slice(0, base.length - path.extname(base).length);
}

/** Type guard: whether a {@link parseArticleFile} result is a skipped file. */
export function isSkipped(result: Article | SkippedFile): result is SkippedFile {
  return 'reason' in result;
}

/**
 * Parses one corpus file from its bytes, without touching the disk.
 *
 * `file` is the name relative to the corpus directory; its extension picks
 * the format:
 * - `.md`: optional YAML front matter between `---` lines, with `title`,
 *   `source`, `published` (YYYY-MM-DD), `author`, `url` (http/https); other
 *   keys are ignored. Without a front-matter title, a first line `# Heading`
 *   becomes the title and is removed from the body.
 * - `.txt`: the first non-empty line is the title, the rest is the body.
 *
 * Text must be UTF-8 (a BOM is dropped); CRLF/CR become LF; the body is
 * trimmed but otherwise verbatim. When no title is given one is derived from
 * the body (see {@link deriveTitle}) and `titleGiven` is false.
 *
 * @returns the article, or a {@link SkippedFile} with a short lower-case
 * reason for an admin (invalid UTF-8, too large, broken front matter, bad
 * `published`/`url`, empty body).
 */
export function parseArticleFile(file: string, bytes: Uint8Array): Article | SkippedFile {
  const skip = (reason: string): SkippedFile => ({ file, reason });
  if (bytes.byteLength > MAX_FILE_BYTES) return skip(tooLargeReason());

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return skip('file is not valid UTF-8');
  }
  text = text.replace(/\r\n?/g, '\n');

  const id = idFromFileName(file);
  const ext = path.extname(file).toLowerCase();

  let title: string | undefined;
  let body: string;
  const meta: Pick<Article, 'source' | 'published' | 'author' | 'url'> = {};

  if (ext === '.txt') {
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.trim() !== '');
    if (first === -1) return skip('article body is empty');
    title = (lines[first] ?? '').replace(/\s+/g, ' ').trim();
    body = lines
      .slice(first + 1)
      .join('\n')
      .trim();
  } else {
    const split = splitFrontMatter(text);
    if (split.kind === 'error') return skip(split.reason);
    body = split.body;
    if (split.kind === 'ok') {
      const data = split.data;
      try {
        title = textField('title', data['title']);
        const source = textField('source', data['source']);
        const author = textField('author', data['author']);
        const published = normalisePublished(data['published']);
        const url = normaliseUrl(data['url']);
        if (source !== undefined) meta.source = source;
        if (author !== undefined) meta.author = author;
        if (published !== undefined) meta.published = published;
        if (url !== undefined) meta.url = url;
      } catch (err) {
        if (err instanceof FieldError) return skip(err.message);
        throw err;
      }
    }
    body = body.trim();
    if (title === undefined) {
      const heading = /^#[ \t]+(.*?)[ \t]*#*[ \t]*(?:\n|$)/.exec(body);
      const headingText = heading?.[1]?.trim();
      if (heading && headingText) {
        title = headingText;
        body = body.slice(heading[0].length).trim();
      }
    }
  }

  if (body === '') return skip('article body is empty');

  const titleGiven = title !== undefined && title !== '';
  return {
    id,
    title: titleGiven && title !== undefined ? title : deriveTitle(body),
    titleGiven,
    ...meta,
    body,
    file,
  };
}

function tooLargeReason(): string {
  return `file is larger than the ${MAX_FILE_BYTES / (1024 * 1024)} MB limit`;
}

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown error';
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `child` (absolute, resolved) is inside directory `parent` (absolute, resolved). */
function isInside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** Reads one candidate entry safely; returns its bytes or a skip reason. */
async function readCandidate(realDir: string, name: string): Promise<Uint8Array | SkippedFile> {
  const skip = (reason: string): SkippedFile => ({ file: name, reason });
  let real: string;
  try {
    real = await realpath(path.join(realDir, name));
  } catch (err) {
    const code = errorCode(err);
    return skip(code === 'ENOENT' ? 'symlink target does not exist' : `file cannot be read (${code})`);
  }
  if (!isInside(realDir, real)) return skip('symlink points outside the corpus directory');

  let handle: FileHandle;
  try {
    // O_NONBLOCK: opening a FIFO (named pipe) for reading would otherwise wait for a writer forever,
    // hanging start-up or /reindex; non-blocking, it opens at once and is skipped as not a regular file.
    // For regular files the flag changes nothing.
    handle = await open(real, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch (err) {
    return skip(`file cannot be read (${errorCode(err)})`);
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return skip('not a regular file');
    if (info.size > MAX_FILE_BYTES) return skip(tooLargeReason());
    const bytes = await handle.readFile();
    if (bytes.byteLength > MAX_FILE_BYTES) return skip(tooLargeReason());
    return bytes;
  } catch (err) {
    const code = errorCode(err);
    return skip(code === 'EISDIR' ? 'not a regular file' : `file cannot be read (${code})`);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Loads every article in corpus directory `dir` (non-recursive; only
 * `*.md` / `*.txt`, dotfiles ignored).
 *
 * A file is skipped, with `{ file, reason }`, when it cannot be parsed (see
 * {@link parseArticleFile}), cannot be read (`file cannot be read (EACCES)`),
 * is over {@link MAX_FILE_BYTES}, is not a regular file, is a symlink whose
 * real path is outside `dir` (or dangling), or repeats the id of an article
 * already loaded (files are considered in sorted name order, so `a.md` wins
 * over `a.txt`; a file that was itself skipped does not claim its id).
 *
 * @returns articles sorted by id, skipped files sorted by file name.
 * @throws Error prefixed `corpus:` naming `dir` when the directory is
 * missing, not a directory or unreadable.
 */
export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  let realDir: string;
  let names: string[];
  try {
    realDir = await realpath(dir);
    const info = await stat(realDir);
    if (!info.isDirectory()) throw new Error(`corpus: "${dir}" is not a directory`);
    names = await readdir(realDir);
  } catch (err) {
    if (err instanceof Error && err.message.startsWith('corpus:')) throw err;
    throw new Error(`corpus: cannot read directory "${dir}" (${errorCode(err)})`, { cause: err });
  }

  const candidates = names.filter(isCorpusFileName).sort(compareStrings);
  const results = await Promise.all(
    candidates.map(async (name): Promise<Article | SkippedFile> => {
      const read = await readCandidate(realDir, name);
      return read instanceof Uint8Array ? parseArticleFile(name, read) : read;
    }),
  );

  const articles: Article[] = [];
  const skipped: SkippedFile[] = [];
  const byId = new Map<string, Article>();
  // `results` follows the sorted file names, so the first file for an id wins.
  for (const result of results) {
    if (isSkipped(result)) {
      skipped.push(result);
      continue;
    }
    const earlier = byId.get(result.id);
    if (earlier) {
      skipped.push({ file: result.file, reason: `duplicate id "${result.id}": already loaded from ${earlier.file}` });
      continue;
    }
    byId.set(result.id, result);
    articles.push(result);
  }

  articles.sort((a, b) => compareStrings(a.id, b.id));
  skipped.sort((a, b) => compareStrings(a.file, b.file));
  return { articles, skipped };
}

/**
 * A sha256 hex digest identifying the corpus content: every article's id,
 * title, titleGiven, source, published, author, url and body, serialised in
 * a fixed field order with articles sorted by id. The input order and the
 * `file` names (e.g. `a.md` renamed to `a.txt` with the same content) do not
 * change it; any change to text or metadata does.
 */
export function corpusHash(articles: readonly Article[]): string {
  const rows = [...articles]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((a) => [a.id, a.title, a.titleGiven, a.source ?? null, a.published ?? null, a.author ?? null, a.url ?? null, a.body]);
  return createHash('sha256')
    .update(JSON.stringify(['story-bot-corpus-v1', rows]))
    .digest('hex');
}
