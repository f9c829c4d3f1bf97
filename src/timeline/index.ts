export { filterTimeline, searchEvents, dateWords } from './query.js';
export type { TimelineFilter } from './query.js';
export { buildTimeline, compareEvents, dateSpan, MERGE_OVERLAP } from './timeline.js';
export type { TimelineEvent } from './timeline.js';
export {
  chartFontFamily,
  DEFAULT_EVENTS_PER_PAGE,
  eventLabel,
  MAX_EVENTS_PER_PICTURE,
  pickEvents,
  renderTimelinePng,
  renderTimelinePngAsync,
  timelineChartWorker,
  writeTimelinePng,
} from './chart/index.js';
export type { TimelineChartOptions } from './chart/index.js';
export { timelineJson } from './timelineJson.js';
export type { TimelineEventJson } from './timelineJson.js';
