import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticle } from '../../src/ingest/fetchArticle.js';
import { IngestError } from '../../src/ingest/ingestError.js';
import { ARTICLE_PARAGRAPHS, articlePage, emptyPage } from './pages.js';

/** A loopback web server with one route per case; `hits` counts requests by path. */
let server: Server;
let other: Server;
let origin: string;
let otherOrigin: string;
const hits = new Map<string, number>();
const open = new Set<ServerResponse>();

const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0,
]);

function route(req: IncomingMessage, res: ServerResponse) {
  const path = new URL(req.url ?? '/', origin).pathname;
  hits.set(path, (hits.get(path) ?? 0) + 1);
  const html = (body: string, extra: Record<string, string> = {}) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...extra });
    res.end(body);
  };
  const redirect = (to: string) => {
    res.writeHead(302, { location: to });
    res.end();
  };
  switch (path) {
    case '/news/ferry-strike':
      return html(articlePage());
    case '/news/ferry-strike-gzip':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(gzipSync(articlePage()));
      return;
    case '/huge': {
      // 8 MB of article-like paragraphs, streamed without a length.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'The ferry line carried passengers between the islands every hour. '.repeat(100)}</p>`;
      let sent = 0;
      const pump = () => {
        while (sent < 8 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (sent = Infinity));
      return pump();
    }
    case '/huge-declared':
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      res.write('<html><body><p>');
      open.add(res);
      return;
    case '/slow':
      // Headers and a first byte, then nothing: only the deadline ends it.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>');
      open.add(res);
      return;
    case '/to-loopback':
      return redirect(`${otherOrigin}/news/ferry-strike`);
    case '/to-metadata':
      return redirect('http://169.254.169.254/latest/meta-data/iam/security-credentials/');
    case '/to-metadata-v6':
      return redirect('http://[::ffff:169.254.169.254]/latest/meta-data/');
    case '/to-file':
      return redirect('file:///etc/passwd');
    case '/hop1':
      return redirect('/hop2');
    case '/hop2':
      return redirect('/hop3');
    case '/hop3':
      return redirect('/news/ferry-strike');
    case '/hop0':
      return redirect('/hop1');
    case '/photo.png':
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(PNG);
      return;
    case '/disguised':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(Buffer.concat([Buffer.from('<html>'), PNG, Buffer.alloc(64)]));
      return;
    case '/latin1':
      res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      res.end(Buffer.from(articlePage().replace('Port Ellery', 'Café Ellery').replace('<meta charset="utf-8">', ''), 'latin1'));
      return;
    case '/notes.md':
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`---\ntitle: "Ferry strike ends"\nsource: "Island Notes"\n---\n\n${ARTICLE_PARAGRAPHS.join('\n\n')}\n`);
      return;
    case '/sections':
      return html(emptyPage());
    case '/gone':
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>Not found</h1>');
      return;
    default:
      res.writeHead(404);
      res.end();
      return;
  }
}

beforeAll(async () => {
  server = createServer(route);
  other = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of open) res.destroy();
  server.closeAllConnections();
  other.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => other.close(resolve));
});

/** Options that let the tests reach the loopback server (and only its exact origin). */
const testOnly = () => ({ allowPrivateOrigins: [origin], timeoutMs: 5_000 });

async function refusal(promise: Promise<unknown>): Promise<IngestError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof IngestError) return err;
    throw err;
  }
  throw new Error('expected an IngestError');
}

describe('fetchArticle', () => {
  it('reads a real-looking article page: body paragraphs only, front matter from the page', async () => {
    const article = await fetchArticle(`${origin}/news/ferry-strike`, testOnly());
    expect(article).toEqual({
      title: 'Ferry strike ends after six-hour talks',
      source: 'The Island Herald',
      published: '2031-05-17',
      author: 'Maren Lutz',
      url: 'https://www.islandherald.example/news/2031/05/17/ferry-strike-ends',
      body: ARTICLE_PARAGRAPHS.join('\n\n'),
    });
  });

  it('reads a compressed page', async () => {
    const article = await fetchArticle(`${origin}/news/ferry-strike-gzip`, testOnly());
    expect(article.body).toBe(ARTICLE_PARAGRAPHS.join('\n\n'));
  });

  it('decodes the charset the server declares', async () => {
    const article = await fetchArticle(`${origin}/latin1`, testOnly());
    expect(article.body).toContain('Café Ellery');
  });

  it('reads a Markdown file served as text by the corpus rules, with its address as url', async () => {
    const article = await fetchArticle(`${origin}/notes.md`, testOnly());
    expect(article).toEqual({
      title: 'Ferry strike ends',
      source: 'Island Notes',
      url: `${origin}/notes.md`,
      body: ARTICLE_PARAGRAPHS.join('\n\n'),
    });
  });

  it('follows up to three redirects and refuses a fourth', async () => {
    expect((await fetchArticle(`${origin}/hop1`, testOnly())).title).toBe('Ferry strike ends after six-hour talks');
    const err = await refusal(fetchArticle(`${origin}/hop0`, testOnly()));
    expect(err.failure).toBe('too-many-redirects');
    expect(err.message).toMatch(/^ingest: refused .*more than 3 redirects/);
  });

  it('refuses a loopback server unless the test allows that exact origin', async () => {
    const err = await refusal(fetchArticle(`${origin}/news/ferry-strike`));
    expect(err.failure).toBe('blocked-address');
    expect(err.message).toContain('127.0.0.1 is loopback');
  });

  it('refuses a redirect to another loopback origin', async () => {
    const before = hits.get('/news/ferry-strike') ?? 0;
    const err = await refusal(fetchArticle(`${origin}/to-loopback`, testOnly()));
    expect(err.failure).toBe('blocked-address');
    expect(err.message).toContain('loopback');
    expect(hits.get('/news/ferry-strike') ?? 0).toBe(before);
  });

  it('refuses a redirect to the cloud metadata address, in IPv4 and inside IPv6', async () => {
    for (const path of ['/to-metadata', '/to-metadata-v6']) {
      const err = await refusal(fetchArticle(`${origin}${path}`, testOnly()));
      expect(err.failure).toBe('blocked-address');
      expect(err.message).toContain('link-local (cloud metadata)');
    }
  });

  it('checks the addresses a host name resolves to', async () => {
    const port = new URL(origin).port;
    const err = await refusal(fetchArticle(`http://localhost:${port}/news/ferry-strike`, testOnly()));
    expect(err.failure).toBe('blocked-address');
    expect(err.message).toMatch(/localhost resolves to .* which is loopback/);
  });

  it('refuses private addresses however the URL writes them', async () => {
    for (const url of [
      'http://[::1]:1/',
      'http://2130706433:1/',
      'http://0x7f.1:1/',
      'http://[::ffff:7f00:1]:1/',
      'http://10.0.0.1/',
      'http://169.254.169.254/latest/meta-data/',
    ]) {
      const err = await refusal(fetchArticle(url, { timeoutMs: 2_000 }));
      expect([url, err.failure]).toEqual([url, 'blocked-address']);
    }
  });

  it('never follows file: or other schemes, nor URLs with credentials', async () => {
    const err = await refusal(fetchArticle(`${origin}/to-file`, testOnly()));
    expect(err.failure).toBe('bad-url');
    expect(err.message).toContain('only http and https');
    expect((await refusal(fetchArticle('file:///etc/passwd'))).failure).toBe('bad-url');
    expect((await refusal(fetchArticle('ftp://files.example/article.txt'))).failure).toBe('bad-url');
    expect((await refusal(fetchArticle(`http://user:secret@127.0.0.1:1/`))).failure).toBe('bad-url');
    expect((await refusal(fetchArticle('not a url'))).failure).toBe('bad-url');
  });

  it('stops reading a huge page at the size cap', async () => {
    const err = await refusal(fetchArticle(`${origin}/huge`, { ...testOnly(), maxBytes: 256 * 1024 }));
    expect(err.failure).toBe('too-large');
    expect(err.message).toContain('larger than 256 KB');
    expect((await refusal(fetchArticle(`${origin}/huge-declared`, testOnly()))).failure).toBe('too-large');
  });

  it('gives up on a slow page at the deadline', async () => {
    const started = Date.now();
    const err = await refusal(fetchArticle(`${origin}/slow`, { ...testOnly(), timeoutMs: 300 }));
    expect(err.failure).toBe('timeout');
    expect(err.message).toContain('within 300 ms');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('refuses binary data, whatever its stated type', async () => {
    const png = await refusal(fetchArticle(`${origin}/photo.png`, testOnly()));
    expect(png.failure).toBe('not-text');
    const disguised = await refusal(fetchArticle(`${origin}/disguised`, testOnly()));
    expect(disguised.failure).toBe('not-text');
    expect(disguised.message).toContain('binary data');
  });

  it('refuses a page with no article text, clearly', async () => {
    const err = await refusal(fetchArticle(`${origin}/sections`, testOnly()));
    expect(err.failure).toBe('not-article');
    expect(err.message).toMatch(
      new RegExp(
        `^ingest: the page at ${origin}/sections does not look like an article: (no readable text|only \\d+ characters of readable text)$`,
      ),
    );
  });

  it('reports an error status', async () => {
    const err = await refusal(fetchArticle(`${origin}/gone`, testOnly()));
    expect(err.failure).toBe('http-status');
    expect(err.message).toContain('404');
  });
});
