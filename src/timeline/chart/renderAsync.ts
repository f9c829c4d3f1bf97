/**
 * Drawing timeline pictures off the event loop: the events are chosen here (a page is a slice, cheap), drawn in
 * the shared {@link ChartRenderWorker}, and the PNG kept in a small LRU cache keyed by what the picture shows, so
 * clicking back to a page costs nothing.
 */
import { createHash } from 'node:crypto';
import type { TimelineEvent } from '../timeline.js';
import { chartPage } from './chartPage.js';
import type { ChartPage } from './chartPage.js';
import { ChartRenderWorker } from './chartRenderWorker.js';
import { LruCache } from './lruCache.js';
import type { TimelineChartOptions } from './options.js';
import { drawOptionsOf } from './renderChartPage.js';
import type { ChartDrawOptions } from './renderChartPage.js';

/** Pictures kept: about 40–120 KB each. */
export const CHART_CACHE_LIMITS = { maxEntries: 64, maxSize: 16 * 1024 * 1024 };

let worker: ChartRenderWorker | undefined;

/** A cached picture: its render (maybe still in flight, so two clicks on one page draw it once) and its size. */
interface CachedPicture {
  png: Promise<Buffer>;
  /** 0 while in flight. */
  bytes: number;
}

const cache = new LruCache<CachedPicture>(CHART_CACHE_LIMITS, (c) => c.bytes);

/** The worker shared by every {@link renderTimelinePngAsync} of this process, started on first use. */
export function timelineChartWorker(): ChartRenderWorker {
  worker ??= new ChartRenderWorker();
  return worker;
}

/**
 * Renders the events as a PNG timeline in a worker thread; same picture and options as `renderTimelinePng`.
 * A picture drawn before for the same content and options comes from the cache: the very same Buffer, which
 * callers must not modify.
 *
 * @example const png = await renderTimelinePngAsync(events, { title: 'Timeline', page, perPage: 10 })
 */
export function renderTimelinePngAsync(events: readonly TimelineEvent[], options: TimelineChartOptions = {}): Promise<Buffer> {
  const page = chartPage(events, options);
  const draw = drawOptionsOf(options);
  const key = chartCacheKey(page, draw);
  const cached = cache.get(key);
  if (cached) return cached.png;
  const entry: CachedPicture = { png: timelineChartWorker().render(page, draw), bytes: 0 };
  cache.set(key, entry);
  entry.png.then(
    (png) => {
      // Record its size (which may push older pictures out), unless it was dropped meanwhile.
      if (cache.peek(key) === entry) cache.set(key, { png: entry.png, bytes: png.byteLength });
    },
    () => {
      if (cache.peek(key) === entry) cache.delete(key);
    },
  );
  return entry.png;
}

/** The cache key of a picture: a hash of everything that decides it (what it shows and how it is drawn). */
export function chartCacheKey(page: ChartPage, draw: ChartDrawOptions): string {
  return createHash('sha256')
    .update(JSON.stringify([page, draw.width, draw.fontFile ?? null]))
    .digest('base64url');
}

/** Pictures in the cache (renders in flight included) and their total bytes. */
export function chartCacheStats(): { count: number; bytes: number } {
  return { count: cache.count, bytes: cache.size };
}

/** Empties the picture cache. */
export function clearChartCache(): void {
  cache.clear();
}
