/**
 * Turning a page or a file into a corpus article: the body verbatim as paragraphs, and front matter only from
 * what the page itself states (its title, site name, published time, author, canonical URL) — never guessed.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isSkipped, parseArticleFile } from '../corpus/loadCorpus.js';
import { normalisePublished, normaliseUrl } from '../corpus/frontMatter.js';
import { IngestError } from './ingestError.js';

/** An article ready to be saved into the corpus; optional fields are absent when the source does not state them. */
export interface ExtractedArticle {
  title?: string;
  /** The publisher (the page's site name). */
  source?: string;
  /** `YYYY-MM-DD`. */
  published?: string;
  author?: string;
  /** The canonical URL the page gives, else the URL it was fetched from. */
  url?: string;
  /** Paragraphs separated by blank lines. */
  body: string;
}

/** What the content is. */
export type ContentKind = 'html' | 'md' | 'txt';

/** Options of {@link extractArticle}. */
export interface ExtractOptions {
  kind: ContentKind;
  /** Where the content came from (resolves a relative canonical link; the `url` when the page gives none). */
  url?: string;
}

/** An article body shorter than this many characters is not an article (a login wall, an index page, an error page). */
export const MIN_ARTICLE_CHARS = 200;

/**
 * Extracts an article from HTML (Mozilla Readability over a linkedom DOM), Markdown with front matter, or plain
 * text (first line = title), by the corpus loader's own rules for the last two.
 *
 * For HTML the body is the paragraphs, list items and block quotes of the readable part, one paragraph each,
 * whitespace collapsed; headings, figures and captions, tables, scripts and navigation are left out. Front
 * matter comes from the page's metadata (`og:title`/`<title>`, `og:site_name`, `article:published_time` or
 * JSON-LD `datePublished`, `author`/byline, `<link rel=canonical>`/`og:url`), each only when the page gives it.
 *
 * @throws IngestError `not-article` when there is no readable text of at least {@link MIN_ARTICLE_CHARS}
 * characters; `bad-file` for a Markdown or text file the loader would skip (the loader's reason is given).
 */
export function extractArticle(content: string, options: ExtractOptions): ExtractedArticle {
  if (options.kind === 'html') return extractHtml(content, options.url);
  const name = options.kind === 'md' ? 'article.md' : 'article.txt';
  const parsed = parseArticleFile(name, new TextEncoder().encode(content));
  if (isSkipped(parsed))
    throw new IngestError('bad-file', `the ${options.kind === 'md' ? 'Markdown' : 'text'} file cannot be used: ${parsed.reason}`);
  const out: ExtractedArticle = { body: parsed.body };
  if (parsed.titleGiven) out.title = parsed.title;
  if (parsed.source !== undefined) out.source = parsed.source;
  if (parsed.published !== undefined) out.published = parsed.published;
  if (parsed.author !== undefined) out.author = parsed.author;
  const url = parsed.url ?? safeUrl(options.url);
  if (url !== undefined) out.url = url;
  if (out.body.length < MIN_ARTICLE_CHARS) throw notArticle(options.url, out.body.length);
  return out;
}

function notArticle(url: string | undefined, chars: number): IngestError {
  const where = url ? `the page at ${url}` : 'the content';
  return new IngestError(
    'not-article',
    `${where} does not look like an article: ${chars === 0 ? 'no readable text' : `only ${chars} characters of readable text`}`,
  );
}

function extractHtml(html: string, pageUrl: string | undefined): ExtractedArticle {
  if (!/<[a-z!]/i.test(html)) throw notArticle(pageUrl, 0);
  const { document } = parseHTML(html);
  const meta = pageMetadata(document, pageUrl);
  let parsed: ReturnType<Readability<unknown>['parse']>;
  try {
    parsed = new Readability(document, { serializer: (node: unknown) => node, charThreshold: MIN_ARTICLE_CHARS }).parse();
  } catch {
    // A document too broken for Readability has no article to offer.
    parsed = null;
  }
  let body = parsed?.content ? paragraphsOf(parsed.content as unknown as ParentNodeLike) : '';
  // Text set in bare <div>s or line breaks rather than paragraphs: Readability's own text, one line a paragraph.
  if (body.length < MIN_ARTICLE_CHARS && (parsed?.textContent ?? '').trim().length >= MIN_ARTICLE_CHARS) {
    body = (parsed?.textContent ?? '')
      .split(/\n\s*/)
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('\n\n');
  }
  if (body.length < MIN_ARTICLE_CHARS) throw notArticle(pageUrl, body.length);

  const out: ExtractedArticle = { body };
  const title = clean(meta.title ?? parsed?.title ?? meta.documentTitle);
  if (title) out.title = title;
  const source = clean(meta.siteName ?? parsed?.siteName ?? undefined);
  if (source) out.source = source;
  const published = isoDay(meta.published ?? parsed?.publishedTime ?? undefined);
  if (published) out.published = published;
  const author = clean(meta.author ?? byline(parsed?.byline ?? undefined));
  if (author) out.author = author;
  const url = safeUrl(meta.canonical) ?? safeUrl(pageUrl);
  if (url) out.url = url;
  return out;
}

/** The few DOM members used here (linkedom's nodes have them; the project compiles without the DOM lib). */
interface ElementLike {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): Iterable<ElementLike>;
  closest(selector: string): ElementLike | null;
}
interface ParentNodeLike {
  querySelectorAll(selector: string): Iterable<ElementLike>;
  querySelector(selector: string): ElementLike | null;
}

/** Blocks of running text; nested ones (a <p> inside a <blockquote>) are taken once, innermost. */
const BLOCKS = 'p, li, blockquote, pre';
/** Containers whose text is not the article's: captions, figures, tables, navigation, asides, forms. */
const SKIP_INSIDE = 'figure, figcaption, table, nav, aside, form, footer, header, script, style, noscript, button';

function paragraphsOf(root: ParentNodeLike): string {
  const out: string[] = [];
  for (const el of root.querySelectorAll(BLOCKS)) {
    if (el.closest(SKIP_INSIDE)) continue;
    // A block holding other blocks yields through them.
    let nested = false;
    for (const _ of el.querySelectorAll(BLOCKS)) {
      nested = true;
      break;
    }
    if (nested) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  return out.join('\n\n');
}

interface PageMetadata {
  /** og:title, twitter:title or JSON-LD headline. */
  title?: string;
  /** <title>, often with the site's name after it: used only when Readability finds no title. */
  documentTitle?: string;
  siteName?: string;
  published?: string;
  author?: string;
  canonical?: string;
}

/** The metadata the page states in its head (and JSON-LD), before Readability changes the document. */
function pageMetadata(document: ParentNodeLike, pageUrl: string | undefined): PageMetadata {
  const metaContent = (...keys: string[]): string | undefined => {
    for (const key of keys) {
      for (const el of document.querySelectorAll('meta')) {
        const name = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
        const value = el.getAttribute('content');
        if (name === key && value && value.trim()) return value.trim();
      }
    }
    return undefined;
  };
  const ld = jsonLd(document);
  const out: PageMetadata = {};
  const title = metaContent('og:title', 'twitter:title') ?? ld.headline;
  if (title) out.title = title;
  const documentTitle = document.querySelector('title')?.textContent;
  if (documentTitle) out.documentTitle = documentTitle;
  const siteName = metaContent('og:site_name', 'application-name') ?? ld.publisher;
  if (siteName) out.siteName = siteName;
  const published =
    metaContent('article:published_time', 'datepublished', 'date', 'dc.date', 'dc.date.issued', 'pubdate') ?? ld.datePublished;
  if (published) out.published = published;
  const author = metaContent('author', 'article:author', 'dc.creator') ?? ld.author;
  if (author && !/^https?:\/\//i.test(author)) out.author = author;
  let canonical: string | undefined;
  for (const el of document.querySelectorAll('link')) {
    if ((el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical') && el.getAttribute('href')) {
      canonical = el.getAttribute('href') ?? undefined;
      break;
    }
  }
  canonical ??= metaContent('og:url');
  if (canonical) {
    try {
      out.canonical = new URL(canonical, pageUrl).href;
    } catch {
      // An unreadable canonical link is no canonical link.
    }
  }
  return out;
}

/** headline, publisher name, datePublished and author name from the page's JSON-LD (NewsArticle and kin). */
function jsonLd(document: ParentNodeLike): { headline?: string; publisher?: string; datePublished?: string; author?: string } {
  const out: { headline?: string; publisher?: string; datePublished?: string; author?: string } = {};
  for (const script of document.querySelectorAll('script')) {
    if ((script.getAttribute('type') ?? '').toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const nodes = (Array.isArray(data) ? data : [data]).flatMap((d) =>
      d && typeof d === 'object' && Array.isArray((d as { '@graph'?: unknown })['@graph']) ? (d as { '@graph': unknown[] })['@graph'] : [d],
    );
    for (const node of nodes) {
      if (!node || typeof node !== 'object') continue;
      const n = node as Record<string, unknown>;
      const type = [n['@type']].flat().map(String).join(' ');
      if (!/Article|Posting|Report|Blog/i.test(type)) continue;
      if (typeof n['headline'] === 'string') out.headline ??= n['headline'];
      if (typeof n['datePublished'] === 'string') out.datePublished ??= n['datePublished'];
      const name = (v: unknown): string | undefined =>
        typeof v === 'string'
          ? v
          : Array.isArray(v)
            ? v.map(name).filter(Boolean).join(', ') || undefined
            : v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string'
              ? (v as { name: string }).name
              : undefined;
      const author = out.author ?? name(n['author']);
      if (author !== undefined) out.author = author;
      const publisher = out.publisher ?? name(n['publisher']);
      if (publisher !== undefined) out.publisher = publisher;
    }
  }
  return out;
}

function clean(text: string | undefined): string | undefined {
  const t = text?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
}

/** "By Jane Roe" → "Jane Roe". */
function byline(text: string | undefined): string | undefined {
  return clean(text)?.replace(/^by\s+/i, '');
}

/** The day of an ISO date-time the page gives, when it is one ("2031-05-18T09:30:00Z" → "2031-05-18"). */
function isoDay(text: string | undefined): string | undefined {
  const m = /^\s*(\d{4}-\d{2}-\d{2})/.exec(text ?? '');
  if (!m) return undefined;
  try {
    return normalisePublished(m[1]);
  } catch {
    return undefined;
  }
}

function safeUrl(text: string | undefined): string | undefined {
  if (!text) return undefined;
  try {
    return normaliseUrl(text);
  } catch {
    return undefined;
  }
}
