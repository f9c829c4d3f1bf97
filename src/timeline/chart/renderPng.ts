/** Drawing a timeline picture in the calling thread: choose the events, lay them out, paint. */
import type { TimelineEvent } from '../timeline.js';
import { chartPage } from './chartPage.js';
import type { TimelineChartOptions } from './options.js';
import { drawOptionsOf, renderChartPage } from './renderChartPage.js';

/**
 * Renders the events as a PNG timeline in the calling thread (about 20–60 ms; in a bot prefer
 * `renderTimelinePngAsync`). One page of the list when `page` or `perPage` is set, else an overview of the most
 * reported; at most {@link MAX_EVENTS_PER_PICTURE} events either way.
 *
 * @returns the PNG bytes; an empty timeline gives a small picture saying so
 * @example renderTimelinePng(events, { title: 'Timeline', page: 0, perPage: 10 })
 */
export function renderTimelinePng(events: readonly TimelineEvent[], options: TimelineChartOptions = {}): Buffer {
  return renderChartPage(chartPage(events, options), drawOptionsOf(options));
}
