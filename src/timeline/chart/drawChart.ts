/** The last stage of drawing: paints a {@link ChartLayout} on a canvas and encodes it as PNG. */
import { createCanvas } from '@napi-rs/canvas';
import type { SKRSContext2D } from '@napi-rs/canvas';
import { drawMarker } from './drawMarker.js';
import { cssFont } from './fonts.js';
import type { ChartLayout, TextItem } from './layout.js';
import { BACKGROUND, INK, markerColor } from './palette.js';
import type { MeasureText } from './wrapText.js';

/** Paints the layout with the given font family and returns the PNG bytes. */
export function drawChart(layout: ChartLayout, family: string): Buffer {
  const width = Math.round(layout.width);
  const height = Math.round(layout.height);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, width, height);
  for (const r of layout.rules) {
    ctx.strokeStyle = INK[r.ink];
    ctx.lineWidth = r.width;
    ctx.setLineDash(r.dash);
    ctx.beginPath();
    ctx.moveTo(r.x1, r.y1);
    ctx.lineTo(r.x2, r.y2);
    ctx.stroke();
  }
  ctx.setLineDash([]);
  for (const m of layout.markers) drawMarker(ctx, m);
  ctx.textBaseline = 'alphabetic';
  for (const t of layout.texts) drawText(ctx, t, family);
  return canvas.toBuffer('image/png');
}

function drawText(ctx: SKRSContext2D, t: TextItem, family: string): void {
  ctx.font = cssFont(t.font.size, t.font.bold, family);
  ctx.fillStyle = typeof t.ink === 'string' ? INK[t.ink] : markerColor(t.ink.marker);
  ctx.textAlign = t.align;
  ctx.fillText(t.text, t.x, t.y);
}

/** Measures text as the canvas will draw it in `family`. */
export function canvasMeasure(family: string): MeasureText {
  const ctx = createCanvas(1, 1).getContext('2d');
  let current = '';
  const widths = new Map<string, number>();
  return (text, font) => {
    const css = cssFont(font.size, font.bold, family);
    const key = `${css}\u0000${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      // Setting the font parses it: only when it changes.
      if (css !== current) ctx.font = current = css;
      width = ctx.measureText(text).width;
      widths.set(key, width);
    }
    return width;
  };
}
