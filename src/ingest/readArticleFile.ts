import path from 'node:path';
import { extractArticle } from './extractArticle.js';
import type { ContentKind, ExtractedArticle } from './extractArticle.js';
import { IngestError } from './ingestError.js';

/** File extensions an uploaded article may have, and how each is read. */
export const ARTICLE_FILE_KINDS: Readonly<Record<string, ContentKind>> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
};

/** Largest uploaded file read, in bytes (5 MB: a saved page carries its markup). */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * Reads an uploaded article file (an attachment to `/article add`): the kind from its extension (.html/.htm,
 * .md/.markdown, .txt), UTF-8 text (a BOM dropped), then {@link extractArticle}. `url` is where the file came
 * from, if anywhere (a saved HTML page's canonical link wins).
 *
 * @example readArticleFile('ferry-strike.html', bytes) // → { title: 'Ferry strike ends…', source: 'The Island Herald', body: '…' }
 * @throws IngestError `not-text` for another extension, binary or non-UTF-8 content; `too-large` over
 * {@link MAX_UPLOAD_BYTES}; and `extractArticle`'s `not-article` and `bad-file`.
 */
export function readArticleFile(fileName: string, bytes: Uint8Array, url?: string): ExtractedArticle {
  const ext = path.extname(fileName).toLowerCase();
  const kind = ARTICLE_FILE_KINDS[ext];
  if (!kind)
    throw new IngestError('not-text', `the file ${JSON.stringify(path.basename(fileName))} is not an article file: use .html, .md or .txt`);
  if (bytes.byteLength > MAX_UPLOAD_BYTES)
    throw new IngestError('too-large', `the file is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB`);
  if (bytes.includes(0)) throw new IngestError('not-text', `the file ${JSON.stringify(path.basename(fileName))} is binary data, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new IngestError('not-text', `the file ${JSON.stringify(path.basename(fileName))} is not UTF-8 text`);
  }
  return extractArticle(text, url === undefined ? { kind } : { kind, url });
}
