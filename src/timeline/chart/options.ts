/** What {@link renderTimelinePng} and its asynchronous and file-writing forms accept. */
export interface TimelineChartOptions {
  /** Heading drawn at the top. */
  title?: string;
  /** Picture width in pixels, clamped to {@link MIN_CHART_WIDTH}–{@link MAX_CHART_WIDTH}; default {@link DEFAULT_CHART_WIDTH}. */
  width?: number;
  /**
   * Draw one page of the events, 0-based, in the order given — the same page a text reply shows when it pages
   * through the same list `perPage` at a time. A page past the end draws the last one. With neither `page` nor
   * `perPage` the picture is an overview (see `maxEvents`).
   *
   * @example renderTimelinePng(events, { page: 1, perPage: 10 }) // events 11–20
   */
  page?: number;
  /** Events per page, clamped to 1–{@link MAX_EVENTS_PER_PICTURE}; default {@link DEFAULT_EVENTS_PER_PAGE}. */
  perPage?: number;
  /**
   * Overview only (no `page`/`perPage`): at most this many events, the best reported of each date first, then the
   * best reported overall, drawn in chronological order; clamped to 1–{@link MAX_EVENTS_PER_PICTURE}, default
   * {@link DEFAULT_EVENTS_PER_PAGE}.
   */
  maxEvents?: number;
  /** A TrueType/OpenType font file to draw with, when the system has none. */
  fontFile?: string;
}

/** Events drawn by default on one picture (a text page of /timeline shows as many). */
export const DEFAULT_EVENTS_PER_PAGE = 10;
/** However many events are asked for, one picture draws at most this many, so drawing cost stays bounded. */
export const MAX_EVENTS_PER_PICTURE = 20;
/**
 * Default picture width. Discord shows an embed's picture about 360–400 px wide; what makes it readable there is
 * the text's share of the width (see layout.ts), not the pixel count, and PNG encoding costs grow with the pixels.
 */
export const DEFAULT_CHART_WIDTH = 1000;
/** Narrowest picture drawn. */
export const MIN_CHART_WIDTH = 600;
/** Widest picture drawn. */
export const MAX_CHART_WIDTH = 1600;

/** `n` rounded and held within `[min, max]`; `fallback` when it is not a finite number. */
export function clampInt(n: number | undefined, min: number, max: number, fallback: number): number {
  if (n === undefined || !Number.isFinite(n)) return fallback;
  return Math.min(max, Math.max(min, Math.round(n)));
}
