import { describe, expect, it } from 'vitest';
import { chartPage } from '../../../src/timeline/chart/chartPage.js';
import { layoutChart } from '../../../src/timeline/chart/layout.js';
import type { ChartLayout } from '../../../src/timeline/chart/layout.js';
import type { MeasureText } from '../../../src/timeline/chart/wrapText.js';
import { event, manyEvents } from './fixtures.js';

/** About the width of a sans-serif font: 0.55 em a character, bold a little wider. */
const measure: MeasureText = (text, font) => text.length * font.size * (font.bold ? 0.62 : 0.55);

function width(t: ChartLayout['texts'][number]): number {
  return measure(t.text, t.font);
}

describe('layoutChart', () => {
  const events = manyEvents(40);

  it('is landscape for a page of ten, and the label text is a thirty-second of the width', () => {
    const layout = layoutChart(chartPage(events, { page: 0, perPage: 10 }), 1200, measure);
    expect(layout.height).toBeLessThan(layout.width);
    const labelSizes = layout.texts.filter((t) => t.ink === 'text').map((t) => t.font.size);
    expect(Math.min(...labelSizes)).toBeGreaterThanOrEqual(Math.floor(1200 / 32));
  });

  it('stays no taller than wide with the most rows a picture holds, by shrinking the text', () => {
    const layout = layoutChart(chartPage(manyEvents(100), { page: 0, perPage: 20 }), 1200, measure);
    expect(layout.height).toBeLessThanOrEqual(layout.width);
    expect(layout.markers.filter((m) => m.y < layout.plot.y + layout.plot.height)).toHaveLength(20);
  });

  it('gives every page of one list the same size', () => {
    const sizes = [0, 1, 3]
      .map((page) => layoutChart(chartPage(events, { page, perPage: 10 }), 1200, measure))
      .map((l) => [l.width, l.height]);
    expect(sizes[1]).toEqual(sizes[0]);
    expect(sizes[2]).toEqual(sizes[0]);
  });

  it('keeps every text inside the picture, labels right of the axis and dates left of it', () => {
    for (const perPage of [3, 5, 10]) {
      const layout = layoutChart(
        chartPage(events, { title: 'A title long enough to need cutting '.repeat(4), page: 1, perPage }),
        1200,
        measure,
      );
      const axisX = layout.markers[0]!.x;
      for (const t of layout.texts) {
        const left = t.align === 'left' ? t.x : t.x - width(t);
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left + width(t)).toBeLessThanOrEqual(layout.width + 0.5);
        expect(t.y).toBeLessThanOrEqual(layout.height);
        if (t.ink === 'text') expect(left).toBeGreaterThan(axisX);
        if (typeof t.ink === 'object') expect(left + width(t)).toBeLessThan(axisX);
      }
    }
  });

  it('gives labels more lines when a picture has fewer rows', () => {
    const long = events.map((e) => ({ ...e, text: `The harbour council ${'met again and talked at length about the pier '.repeat(4)}` }));
    const labelLines = (perPage: number) =>
      layoutChart(chartPage(long, { page: 0, perPage }), 1200, measure).texts.filter((t) => t.ink === 'text').length;
    expect(labelLines(10)).toBe(10);
    expect(labelLines(5)).toBe(10);
    expect(labelLines(3)).toBe(9);
  });

  it('draws one marker per row on one axis, dotted across a long gap', () => {
    const dated = ['2031-01-01', '2031-01-02', '2031-06-01', '2031-06-03', '2032-02-01'].map((date, i) =>
      event(date, `Event number ${i + 1}.`),
    );
    const layout = layoutChart(chartPage(dated, { page: 0 }), 1200, measure);
    const inPlot = (y: number) => y < layout.plot.y + layout.plot.height;
    const rowMarkers = layout.markers.filter((m) => inPlot(m.y));
    expect(rowMarkers).toHaveLength(5);
    expect(new Set(rowMarkers.map((m) => m.x)).size).toBe(1);
    const axis = layout.rules.filter((r) => r.ink === 'axis' && inPlot(r.y1));
    expect(axis.map((r) => r.dash.length > 0)).toEqual([false, true, false, true]);
    expect(layout.texts.map((t) => t.text)).toContain('long gap');
  });

  it('explains the marker kinds a picture uses, and says nothing when every marker is a plain day', () => {
    const mixed = layoutChart(chartPage(events, { page: 0, perPage: 10 }), 1200, measure);
    expect(mixed.texts.map((t) => t.text)).toEqual(expect.arrayContaining(['week', 'before']));
    const plain = manyEvents(40).filter((e) => e.precision === 'day' && !e.relation && e.alsoIn.length === 0);
    const onlyDays = layoutChart(
      chartPage(
        plain.slice(0, 3).map((e, i) => ({ ...e, date: `2031-01-0${i + 1}` })),
        { page: 0 },
      ),
      1200,
      measure,
    );
    expect(onlyDays.texts.map((t) => t.text)).not.toContain('day');
  });
});
