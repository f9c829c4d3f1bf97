/**
 * Laying out and painting a page already chosen: what the worker thread runs. It imports nothing of the story or
 * its NLP code, so a worker starts with only the canvas loaded.
 */
import type { ChartPage } from './chartPage.js';
import { canvasMeasure, drawChart } from './drawChart.js';
import { chartFontFamily } from './fonts.js';
import { layoutChart } from './layout.js';
import { clampInt, DEFAULT_CHART_WIDTH, MAX_CHART_WIDTH, MIN_CHART_WIDTH } from './options.js';
import type { TimelineChartOptions } from './options.js';

/** How a {@link ChartPage} is drawn: the parts of {@link TimelineChartOptions} that are not about choosing. */
export interface ChartDrawOptions {
  /** Picture width in pixels, already clamped. */
  width: number;
  fontFile?: string;
}

/** The drawing options of a set of chart options, clamped. */
export function drawOptionsOf(options: TimelineChartOptions): ChartDrawOptions {
  const width = clampInt(options.width, MIN_CHART_WIDTH, MAX_CHART_WIDTH, DEFAULT_CHART_WIDTH);
  return options.fontFile ? { width, fontFile: options.fontFile } : { width };
}

/** Lays out and paints a chosen page; returns the PNG bytes. */
export function renderChartPage(page: ChartPage, draw: ChartDrawOptions): Buffer {
  const family = chartFontFamily(draw.fontFile);
  return drawChart(layoutChart(page, draw.width, canvasMeasure(family)), family);
}
