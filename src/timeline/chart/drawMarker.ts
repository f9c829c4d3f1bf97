/** Drawing one date marker: a dot for a day, a rounded bar for a week, a diamond for a month or year. */
import type { SKRSContext2D } from '@napi-rs/canvas';
import type { MarkerItem } from './layout.js';
import { BACKGROUND, markerColor } from './palette.js';

/** Draws a marker; "before"/"after" add an arrow onto it from above/below, "about" a dashed outline. */
export function drawMarker(ctx: SKRSContext2D, m: MarkerItem): void {
  const { x, y, radius: r, style } = m;
  const color = markerColor(style);
  ctx.fillStyle = color;
  ctx.strokeStyle = color;
  if (m.small) {
    ctx.beginPath();
    ctx.arc(x, y, Math.max(2, r * 0.45), 0, Math.PI * 2);
    ctx.fill();
    return;
  }
  ctx.lineWidth = Math.max(1.5, r * 0.375);
  if (style.relation === 'about') ctx.setLineDash([r * 0.4, r * 0.4]);
  ctx.beginPath();
  if (style.shape === 'dot') ctx.arc(x, y, r, 0, Math.PI * 2);
  else if (style.shape === 'bar') ctx.roundRect(x - r * 0.85, y - r * 1.5, r * 1.7, r * 3, r * 0.85);
  else {
    ctx.moveTo(x, y - r * 1.25);
    ctx.lineTo(x + r * 1.25, y);
    ctx.lineTo(x, y + r * 1.25);
    ctx.lineTo(x - r * 1.25, y);
    ctx.closePath();
  }
  if (style.shape === 'dot' && style.relation !== 'about') ctx.fill();
  else {
    ctx.fillStyle = BACKGROUND;
    ctx.fill();
    ctx.stroke();
  }
  ctx.setLineDash([]);
  if (style.relation === 'before' || style.relation === 'after') {
    const dir = style.relation === 'before' ? -1 : 1;
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.moveTo(x, y + dir * r * 1.6);
    ctx.lineTo(x - r * 0.9, y + dir * r * 3);
    ctx.lineTo(x + r * 0.9, y + dir * r * 3);
    ctx.closePath();
    ctx.fill();
  }
}
