import { describe, expect, it } from 'vitest';
import { chartPage } from '../../../src/timeline/chart/chartPage.js';
import { canvasMeasure } from '../../../src/timeline/chart/drawChart.js';
import { chartFontFamily } from '../../../src/timeline/chart/fonts.js';
import { layoutChart } from '../../../src/timeline/chart/layout.js';
import { DEFAULT_CHART_WIDTH, MAX_EVENTS_PER_PICTURE } from '../../../src/timeline/chart/options.js';
import type { TimelineChartOptions } from '../../../src/timeline/chart/options.js';
import { renderTimelinePng } from '../../../src/timeline/chart/renderPng.js';
import type { TimelineEvent } from '../../../src/timeline/timeline.js';
import { decodePng, inkBands, inkIn } from './png.js';
import { manyEvents } from './fixtures.js';

/** The layout the renderer drew, to know where to look for ink. */
function layoutOf(events: readonly TimelineEvent[], options: TimelineChartOptions) {
  return layoutChart(chartPage(events, options), options.width ?? DEFAULT_CHART_WIDTH, canvasMeasure(chartFontFamily()));
}

describe('renderTimelinePng', () => {
  const events = manyEvents(40);

  it('draws a landscape PNG of the requested width', async () => {
    const png = renderTimelinePng(events, { title: 'Timeline', page: 0, perPage: 10 });
    const pixels = await decodePng(png);
    expect(pixels.width).toBe(DEFAULT_CHART_WIDTH);
    expect(pixels.height).toBeLessThan(pixels.width);
    expect((await decodePng(renderTimelinePng(events, { width: 800, page: 0 }))).width).toBe(800);
  });

  it('puts ink in the plotted area: a date, a marker and a label line on every row', async () => {
    const options = { title: 'Timeline', page: 1, perPage: 10 };
    const pixels = await decodePng(renderTimelinePng(events, options));
    const layout = layoutOf(events, options);
    const axisX = layout.markers[0]!.x;
    const { plot } = layout;
    // Labels: dark text right of the axis, one band of ink per row (one line each on a page of ten).
    const labels = { x: axisX + 20, y: plot.y, width: plot.x + plot.width - axisX - 20, height: plot.height };
    expect(inkBands(pixels, labels, 120)).toBe(10);
    expect(inkIn(pixels, labels, 120)).toBeGreaterThan(10 * 1500);
    // Markers on the axis and coloured dates left of it.
    expect(inkIn(pixels, { x: axisX - 8, y: plot.y, width: 16, height: plot.height }, 200)).toBeGreaterThan(500);
    expect(inkIn(pixels, { x: plot.x, y: plot.y, width: axisX - plot.x - 20, height: plot.height }, 200)).toBeGreaterThan(2000);
    // And the title above.
    expect(inkIn(pixels, { x: 0, y: 0, width: pixels.width, height: plot.y }, 120)).toBeGreaterThan(1000);
  });

  it('draws different pictures for different pages of the same size', async () => {
    const [a, b] = await Promise.all([0, 1].map((page) => decodePng(renderTimelinePng(events, { page, perPage: 10 }))));
    expect([a!.width, a!.height]).toEqual([b!.width, b!.height]);
    let differing = 0;
    for (let i = 0; i < a!.data.length; i += 4) if (a!.data[i] !== b!.data[i]) differing += 1;
    expect(differing).toBeGreaterThan(5000);
  });

  it('draws a small picture saying so for an empty timeline', async () => {
    const pixels = await decodePng(renderTimelinePng([], { title: 'Nothing yet' }));
    expect(pixels.height).toBeLessThan(pixels.width / 2);
    expect(inkIn(pixels, { x: 0, y: pixels.height / 3, width: pixels.width, height: pixels.height / 2 }, 200)).toBeGreaterThan(300);
  });

  it('stays bounded for thousands of events: one page is drawn, at the size of the largest page', async () => {
    const huge = manyEvents(5000);
    const started = performance.now();
    const png = renderTimelinePng(huge, { page: 3, perPage: 5000 });
    const elapsed = performance.now() - started;
    const capped = await decodePng(renderTimelinePng(huge, { page: 3, perPage: MAX_EVENTS_PER_PICTURE }));
    const pixels = await decodePng(png);
    expect([pixels.width, pixels.height]).toEqual([capped.width, capped.height]);
    expect(elapsed).toBeLessThan(2_000);
    const overview = await decodePng(renderTimelinePng(huge, { maxEvents: 5000 }));
    expect(overview.height).toBe(capped.height);
  });
});
