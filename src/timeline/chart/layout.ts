/**
 * The second stage of drawing: where everything goes. {@link layoutChart} turns a {@link ChartPage} into a list of
 * texts, markers and rules with pixel positions, measuring text through a function it is given, so it can be
 * tested without a canvas.
 *
 * The picture is landscape: one row per event (date column, a marker on a vertical axis, the label), a title and
 * a subtitle above, a legend below. Sizes follow the width — the label text is 1/32 of it — so when Discord
 * shows the picture about 360–400 px wide on a phone the labels read at 11–12 px. Every page of one list gets the
 * same height (room for {@link ChartPage.rowSlots} rows), so paging does not make the message jump; with many rows
 * the text shrinks rather than the picture turning portrait.
 */
import type { ChartPage, ChartRow, MarkerStyle } from './chartPage.js';
import { fitText, wrapText } from './wrapText.js';
import type { FontSpec, MeasureText } from './wrapText.js';

/** Colour roles; the drawing stage maps them to colours. */
export type Ink = 'title' | 'text' | 'muted' | 'rule' | 'axis';

/** A line of text; `y` is its baseline. */
export interface TextItem {
  text: string;
  x: number;
  y: number;
  font: FontSpec;
  /** A colour role, or `marker` for the colour of that marker style (date labels). */
  ink: Ink | { marker: MarkerStyle };
  align: 'left' | 'right';
}

/** A date marker centred at (x, y); `radius` is the dot's radius, other shapes scale with it. */
export interface MarkerItem {
  x: number;
  y: number;
  radius: number;
  style: MarkerStyle;
  /** A small dot for a further event on the date above. */
  small: boolean;
}

/** A straight line; `dash` empty for a solid one. */
export interface RuleItem {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  dash: number[];
  ink: Ink;
}

/** The picture as positioned items, in drawing order within each list. */
export interface ChartLayout {
  width: number;
  height: number;
  rules: RuleItem[];
  markers: MarkerItem[];
  texts: TextItem[];
  /** The box rows are drawn in (for tests: ink must land inside it). */
  plot: { x: number; y: number; width: number; height: number };
}

/** Label text size as a share of the width. */
const LABEL_SHARE = 1 / 32;
/** Height of a picture at most this share of its width: landscape, or close to square with many rows. */
const MAX_ASPECT = 0.85;
/** Rows of one line of label text; fewer rows get more lines each. */
const LINES_FOR_ROWS: [maxRows: number, lines: number][] = [
  [3, 3],
  [6, 2],
];

/** Row height and header/footer heights in units of the label size. */
const ROW = 2.0;
const LINE = 1.25;
const HEADER = 3.9;
const FOOTER = 2.3;

/**
 * Lays out one picture.
 *
 * @param width picture width in pixels (already clamped by the caller)
 * @param measure text widths in pixels, for wrapping and cutting
 */
export function layoutChart(page: ChartPage, width: number, measure: MeasureText): ChartLayout {
  const slots = Math.max(1, page.rowSlots, page.rows.length);
  const lines = LINES_FOR_ROWS.find(([max]) => slots <= max)?.[1] ?? 1;
  const rowUnits = Math.max(ROW, lines * LINE + 0.75);
  const f = Math.min(width * LABEL_SHARE, (width * MAX_ASPECT) / (HEADER + slots * rowUnits + FOOTER));
  const u = (n: number) => Math.round(n * f);
  const font = (size: number, bold = false): FontSpec => ({ size: Math.max(8, Math.round(size * f)), bold });

  const margin = u(0.7);
  const texts: TextItem[] = [];
  const markers: MarkerItem[] = [];
  const rules: RuleItem[] = [];

  // Header: title, subtitle, a rule.
  let y = margin;
  if (page.title) {
    const titleFont = font(1.15, true);
    y += u(1.1);
    texts.push({
      text: fitText(page.title, width - 2 * margin, titleFont, measure),
      x: margin,
      y,
      font: titleFont,
      ink: 'title',
      align: 'left',
    });
  }
  const subFont = font(0.75);
  if (page.subtitle) {
    y += page.title ? u(1.1) : u(0.9);
    texts.push({
      text: fitText(page.subtitle, width - 2 * margin, subFont, measure),
      x: margin,
      y,
      font: subFont,
      ink: 'muted',
      align: 'left',
    });
  }
  y += u(0.6);
  rules.push({ x1: margin, y1: y, x2: width - margin, y2: y, width: Math.max(1, u(0.04)), dash: [], ink: 'rule' });
  const rowsTop = y + u(0.5);
  const rowH = u(rowUnits);
  const rowsHeight = page.rows.length === 0 ? u(1.6) : slots * rowH;

  // Date column as wide as its widest label, within limits; the labels get the rest.
  const dateFont = font(0.9, true);
  const noteFont = font(0.75);
  const labelFont = font(1);
  const widest = Math.max(0, ...page.rows.map((r) => Math.max(measure(r.date, dateFont), measure(r.dateNote, noteFont))));
  const column = Math.min(u(8), Math.max(u(3.5), widest));
  const axisX = margin + column + u(0.65);
  const labelX = axisX + u(0.8);
  const labelWidth = width - margin - labelX;
  const radius = Math.max(3, u(0.3));

  if (page.rows.length === 0) {
    texts.push({ text: 'No dated events.', x: margin, y: rowsTop + u(1.1), font: labelFont, ink: 'muted', align: 'left' });
  }
  let previousMarkerY: number | undefined;
  page.rows.forEach((row, i) => {
    const top = rowsTop + i * rowH;
    const firstBaseline = top + u(0.95);
    const markerY = firstBaseline - u(0.33);
    const previous = page.rows[i - 1];
    if (previousMarkerY !== undefined && previous) {
      rules.push({
        x1: axisX,
        y1: previousMarkerY + clearance(previous, 'below', radius),
        x2: axisX,
        y2: markerY - clearance(row, 'above', radius),
        width: Math.max(2, u(0.09)),
        dash: row.gapBefore ? [u(0.1), u(0.25)] : [],
        ink: 'axis',
      });
    }
    previousMarkerY = markerY;
    markers.push({ x: axisX, y: markerY, radius, style: row.marker, small: row.sameDate });
    if (row.date) {
      texts.push({
        text: fitText(row.date, column, dateFont, measure),
        x: axisX - u(0.65),
        y: firstBaseline,
        font: dateFont,
        ink: { marker: row.marker },
        align: 'right',
      });
    }
    if (row.dateNote) {
      texts.push({
        text: fitText(row.dateNote, column, noteFont, measure),
        x: axisX - u(0.65),
        y: top + u(1.78),
        font: noteFont,
        ink: 'muted',
        align: 'right',
      });
    }
    const wrapped = wrapText(row.label, labelWidth, lines, labelFont, measure);
    if (row.reports > 1) {
      // "×3" after the last line, cutting that line when it must.
      const suffix = `×${row.reports}`;
      const room = labelWidth - measure(suffix, noteFont) - u(0.4);
      const last = wrapped.length - 1;
      if (last >= 0 && measure(wrapped[last]!, labelFont) > room) wrapped[last] = fitText(wrapped[last]!, room, labelFont, measure);
      const after = last >= 0 ? measure(wrapped[last]!, labelFont) + u(0.4) : 0;
      texts.push({
        text: suffix,
        x: labelX + after,
        y: firstBaseline + Math.max(0, last) * u(LINE),
        font: noteFont,
        ink: 'muted',
        align: 'left',
      });
    }
    wrapped.forEach((line, k) =>
      texts.push({ text: line, x: labelX, y: firstBaseline + k * u(LINE), font: labelFont, ink: 'text', align: 'left' }),
    );
  });

  // Footer: a legend of the marker styles this picture uses, when it says more than "a dot is a day".
  const footerTop = rowsTop + rowsHeight + u(0.3);
  const legend = legendOf(
    page.rows.map((r) => r.marker),
    page.rows.some((r) => r.gapBefore),
    page.rows.some((r) => r.reports > 1),
  );
  if (legend.length > 0) {
    rules.push({ x1: margin, y1: footerTop, x2: width - margin, y2: footerTop, width: Math.max(1, u(0.04)), dash: [], ink: 'rule' });
    const baseline = footerTop + u(1.25);
    let x = margin + radius;
    for (const item of legend) {
      // Entries that would run off the picture are left out (only when a page holds nearly every kind).
      if (x + radius * 1.8 + measure(item.label, noteFont) > width - margin) break;
      if (item.label.startsWith('×')) {
        // Text only.
      } else if (item.style) {
        markers.push({ x, y: baseline - u(0.25), radius: Math.round(radius * 0.75), style: item.style, small: false });
        x += radius * 1.8;
      } else {
        rules.push({
          x1: x - radius,
          y1: baseline - u(0.6),
          x2: x - radius,
          y2: baseline + u(0.15),
          width: Math.max(2, u(0.09)),
          dash: [u(0.1), u(0.25)],
          ink: 'axis',
        });
        x += radius * 0.4;
      }
      texts.push({ text: item.label, x, y: baseline, font: noteFont, ink: 'muted', align: 'left' });
      x += measure(item.label, noteFont) + u(1.1);
    }
  }
  const height = footerTop + u(FOOTER - 0.3);
  return { width, height, rules, markers, texts, plot: { x: margin, y: rowsTop, width: width - 2 * margin, height: rowsHeight } };
}

/** Room to leave between a marker and the axis above or below it (arrows and tall shapes need more). */
function clearance(row: ChartRow, side: 'above' | 'below', radius: number): number {
  if (row.sameDate) return radius * 0.9;
  if (row.marker.relation === (side === 'above' ? 'before' : 'after')) return radius * 3.3;
  return radius * (row.marker.shape === 'dot' ? 1.4 : 1.8);
}

/** Legend entries for the marker styles used, in a fixed order; none when every marker is a plain day. */
function legendOf(styles: readonly MarkerStyle[], gap: boolean, reports: boolean): { style?: MarkerStyle; label: string }[] {
  const items: { style?: MarkerStyle; label: string; used: boolean }[] = [
    { style: { shape: 'dot', relation: null }, label: 'day', used: styles.some((s) => s.shape === 'dot') },
    { style: { shape: 'bar', relation: null }, label: 'week', used: styles.some((s) => s.shape === 'bar') },
    { style: { shape: 'diamond', relation: null }, label: 'month / year', used: styles.some((s) => s.shape === 'diamond') },
    { style: { shape: 'dot', relation: 'before' }, label: 'before', used: styles.some((s) => s.relation === 'before') },
    { style: { shape: 'dot', relation: 'after' }, label: 'after', used: styles.some((s) => s.relation === 'after') },
    { style: { shape: 'dot', relation: 'about' }, label: 'about', used: styles.some((s) => s.relation === 'about') },
    { label: 'long gap', used: gap },
    { label: '×N: N reports', used: reports },
  ];
  const used = items.filter((i) => i.used);
  if (used.every((i) => i.style?.shape === 'dot' && i.style.relation === null)) return [];
  return used.map(({ style, label }) => (style ? { style, label } : { label }));
}
