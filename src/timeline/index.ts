export { filterTimeline, searchEvents, dateWords } from './query.js';
export type { TimelineFilter } from './query.js';
export { buildTimeline, compareEvents, dateSpan, MERGE_OVERLAP } from './timeline.js';
export type { TimelineEvent } from './timeline.js';
export { renderTimelinePng, eventLabel, pickEvents, chartFontFamily } from './timelineChart.js';
export type { TimelineChartOptions } from './timelineChart.js';
export { timelineJson } from './timelineJson.js';
export type { TimelineEventJson } from './timelineJson.js';
