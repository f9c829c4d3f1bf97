/**
 * Fetching a web page for the corpus, with the care a server-side fetch needs: http(s) only, no credentials
 * in the URL, a deadline for the whole fetch, a size cap, at most three redirects each checked like the first
 * URL, and every address the host name resolves to checked before connecting (the connection goes to the
 * address that was checked, so a name cannot resolve to a public address for the check and a private one for
 * the connection).
 */
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { blockedReason } from './addressPolicy.js';
import { IngestError } from './ingestError.js';

/** Options of {@link fetchPage} and `fetchArticle`. */
export interface FetchOptions {
  /** Deadline for the whole fetch, redirects and body included (default {@link DEFAULT_TIMEOUT_MS}). */
  timeoutMs?: number;
  /** Largest body accepted, after decompression (default {@link DEFAULT_MAX_BYTES}). */
  maxBytes?: number;
  /** Redirects followed, at most {@link MAX_REDIRECTS} (default and ceiling). */
  maxRedirects?: number;
  /** The User-Agent header. */
  userAgent?: string;
  /**
   * FOR TESTS ONLY: origins (`http://127.0.0.1:8123`) that may be fetched although their address is loopback or
   * private, so a test can serve pages from a loopback server. Exact origin match (scheme, host and port); every
   * other origin, a redirect to another port included, is still checked. Never set from user input or config.
   */
  allowPrivateOrigins?: readonly string[];
  /** Cancels the fetch. */
  signal?: AbortSignal;
}

/** A fetched page. */
export interface FetchedPage {
  /** The URL the body came from, after redirects. */
  url: string;
  status: number;
  /** The media type, lower case, without parameters ("text/html"); '' when the server sent none. */
  mediaType: string;
  /** The charset the server declared, if any. */
  charset?: string;
  body: Buffer;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const MAX_REDIRECTS = 3;
const DEFAULT_USER_AGENT = 'StoryBot/0.1 (news article fetch)';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches `url` under the rules above.
 *
 * @throws IngestError with `failure` `bad-url` (not http(s), credentials, unparsable, a redirect to `file:`),
 * `blocked-address`, `too-many-redirects`, `timeout`, `too-large`, `http-status` or `network`.
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRedirects = Math.min(MAX_REDIRECTS, Math.max(0, options.maxRedirects ?? MAX_REDIRECTS));
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const onAbort = () => controller.abort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  if (options.signal?.aborted) controller.abort();
  try {
    let target = checkedUrl(url);
    for (let hop = 0; ; hop += 1) {
      const response = await requestOnce(target, options, controller.signal, timeoutMs);
      if (response.kind === 'redirect') {
        if (hop >= maxRedirects) throw new IngestError('too-many-redirects', `refused ${url}: more than ${maxRedirects} redirects`);
        let next: URL;
        try {
          next = new URL(response.location, target);
        } catch {
          throw new IngestError('bad-url', `refused ${target.href}: it redirects to an unreadable address`);
        }
        target = checkedUrl(next.href, `${target.href} redirects to`);
        continue;
      }
      return response.page;
    }
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/** Parses and checks a URL: http(s), a host, no credentials. */
function checkedUrl(text: string, what = 'refused'): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new IngestError('bad-url', `${what} ${JSON.stringify(text.slice(0, 200))}: not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IngestError(
      'bad-url',
      `${what} ${url.protocol}${url.protocol.endsWith(':') ? '' : ':'}… — only http and https pages can be fetched`,
    );
  }
  if (url.username || url.password)
    throw new IngestError('bad-url', `${what} ${url.origin}: URLs with a user name or password are not fetched`);
  if (!url.hostname) throw new IngestError('bad-url', `${what} ${url.href}: no host`);
  return url;
}

type Response = { kind: 'redirect'; location: string } | { kind: 'page'; page: FetchedPage };

function requestOnce(url: URL, options: FetchOptions, signal: AbortSignal, timeoutMs: number): Promise<Response> {
  const allowed = (options.allowPrivateOrigins ?? []).includes(url.origin);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) !== 0 && !allowed) {
    const reason = blockedReason(host);
    if (reason) return Promise.reject(new IngestError('blocked-address', `refused ${url.href}: the address ${host} is ${reason}`));
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;

  return new Promise<Response>((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      if (error instanceof IngestError) reject(error);
      else if (signal.aborted) reject(new IngestError('timeout', `gave up on ${url.href}: no complete answer within ${timeoutMs} ms`));
      else reject(new IngestError('network', `could not fetch ${url.href}: ${(error as Error).message}`, { cause: error }));
    };
    const lookup = checkedLookup(url, allowed);
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(
      url,
      {
        method: 'GET',
        agent: false,
        lookup,
        signal,
        headers: {
          'user-agent': options.userAgent ?? DEFAULT_USER_AGENT,
          accept: 'text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.8',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (REDIRECTS.has(status) && location) {
          res.resume();
          settled = true;
          resolve({ kind: 'redirect', location });
          return;
        }
        if (status < 200 || status > 299) {
          res.resume();
          fail(
            new IngestError(
              'http-status',
              `could not fetch ${url.href}: the server answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`,
            ),
          );
          return;
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) {
          fail(tooLarge(url, maxBytes));
          res.destroy();
          return;
        }
        const stream = decoded(res, res.headers['content-encoding']);
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            fail(tooLarge(url, maxBytes));
            res.destroy();
            if (stream !== res) stream.destroy();
            return;
          }
          chunks.push(chunk);
        });
        stream.on('error', fail);
        res.on('error', fail);
        res.on('aborted', () => fail(new Error('the connection was cut')));
        stream.on('end', () => {
          if (settled) return;
          settled = true;
          const [mediaType, charset] = mediaTypeOf(res.headers['content-type']);
          const page: FetchedPage = { url: url.href, status, mediaType, body: Buffer.concat(chunks) };
          if (charset) page.charset = charset;
          resolve({ kind: 'page', page });
        });
      },
    );
    request.on('error', fail);
    request.end();
  });
}

function tooLarge(url: URL, maxBytes: number): IngestError {
  return new IngestError('too-large', `refused ${url.href}: the page is larger than ${Math.round(maxBytes / 1024)} KB`);
}

/** A DNS lookup that refuses any name resolving to a blocked address (unless the origin is allowed for tests). */
function checkedLookup(url: URL, allowed: boolean) {
  return (
    hostname: string,
    opts: LookupOptions,
    callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ): void => {
    dnsLookup(hostname, { ...opts, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as LookupAddress[];
      if (list.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      if (!allowed) {
        for (const a of list) {
          const reason = blockedReason(a.address);
          if (reason)
            return callback(
              new IngestError(
                'blocked-address',
                `refused ${url.href}: ${hostname} resolves to ${a.address}, which is ${reason}`,
              ) as NodeJS.ErrnoException,
              '',
              0,
            );
        }
      }
      if (opts.all) return callback(null, list);
      return callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

function decoded(res: http.IncomingMessage, encoding: string | undefined): Readable {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(zlib.createGunzip());
    case 'deflate':
      return res.pipe(zlib.createInflate());
    case 'br':
      return res.pipe(zlib.createBrotliDecompress());
    default:
      return res;
  }
}

function mediaTypeOf(header: string | undefined): [string, string | undefined] {
  if (!header) return ['', undefined];
  const [type, ...params] = header.split(';');
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean);
  return [(type ?? '').trim().toLowerCase(), charset?.toLowerCase()];
}
