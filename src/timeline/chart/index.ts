/**
 * The timeline picture, in stages: choose the events (chooseEvents, chartPage), lay them out (layout), paint
 * (drawChart); fonts apart. Draw in this thread with {@link renderTimelinePng}, off the event loop with
 * {@link renderTimelinePngAsync} (worker thread and cache), or to a file with {@link writeTimelinePng}.
 */
export { chartPage } from './chartPage.js';
export type { ChartPage, ChartRow, MarkerStyle } from './chartPage.js';
export { ChartRenderWorker } from './chartRenderWorker.js';
export { overviewOfEvents, pageOfEvents, pickEvents } from './chooseEvents.js';
export type { ChosenEvents } from './chooseEvents.js';
export { eventLabel } from './eventLabel.js';
export { chartFontFamily } from './fonts.js';
export { layoutChart } from './layout.js';
export type { ChartLayout } from './layout.js';
export { DEFAULT_CHART_WIDTH, DEFAULT_EVENTS_PER_PAGE, MAX_EVENTS_PER_PICTURE } from './options.js';
export type { TimelineChartOptions } from './options.js';
export { chartCacheStats, clearChartCache, renderTimelinePngAsync, timelineChartWorker } from './renderAsync.js';
export { renderTimelinePng } from './renderPng.js';
export { writeTimelinePng } from './writePng.js';
