import { extractArticle } from './extractArticle.js';
import type { ContentKind, ExtractedArticle } from './extractArticle.js';
import { fetchPage } from './fetchPage.js';
import type { FetchedPage, FetchOptions } from './fetchPage.js';
import { IngestError } from './ingestError.js';

/** Media types read as articles, and how. */
const KINDS: Record<string, ContentKind> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'md',
  'text/x-markdown': 'md',
  'text/plain': 'txt',
};

/**
 * Fetches an article page (see `fetchPage` for the network rules: http(s) only, timeout, size cap, three checked
 * redirects, no loopback/private/link-local/metadata addresses) and extracts it (`extractArticle`).
 *
 * @example const article = await fetchArticle('https://news.example/2031/05/ferry-strike'); await saveArticle('corpus', article);
 * @throws IngestError — the fetch's failures, `not-text` for images, PDFs, binary data and other media types,
 * `not-article` for a page with no article text.
 */
export async function fetchArticle(url: string, options: FetchOptions = {}): Promise<ExtractedArticle> {
  const page = await fetchPage(url, options);
  const kind = kindOf(page);
  return extractArticle(decodePage(page, kind), { kind, url: page.url });
}

/** How a fetched page is read: by its media type; a page without one by its address and first bytes. */
export function kindOf(page: FetchedPage): ContentKind {
  if (looksBinary(page.body)) throw new IngestError('not-text', `refused ${page.url}: it is binary data, not an article page`);
  const kind = KINDS[page.mediaType];
  if (kind === 'txt' && /\.(?:md|markdown)$/i.test(new URL(page.url).pathname)) return 'md';
  if (kind) return kind;
  if (page.mediaType === '') {
    const head = page.body.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
    if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  }
  throw new IngestError(
    'not-text',
    `refused ${page.url}: it is ${page.mediaType || 'of no stated type'}, not an article page (HTML, Markdown or plain text)`,
  );
}

/** NUL bytes or mostly control characters in the first 8 KB: not text. */
function looksBinary(body: Buffer): boolean {
  const head = body.subarray(0, 8192);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control += 1;
  }
  return head.length > 0 && control / head.length > 0.1;
}

/** The page as text, in the charset the server or the page declares (UTF-8 when none). */
function decodePage(page: FetchedPage, kind: ContentKind): string {
  let label = page.charset;
  if (!label && kind === 'html') {
    const head = page.body.subarray(0, 2048).toString('latin1');
    label = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  }
  try {
    return new TextDecoder(label ?? 'utf-8').decode(page.body);
  } catch {
    return new TextDecoder('utf-8').decode(page.body);
  }
}
