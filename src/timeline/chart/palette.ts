/** The picture's colours: ink roles for text and rules, and one colour per marker style. */
import type { MarkerStyle } from './chartPage.js';
import type { Ink } from './layout.js';

/** Background of the picture. */
export const BACKGROUND = '#ffffff';

/** Colour of each ink role. */
export const INK: Record<Ink, string> = {
  title: '#111827',
  text: '#1f2937',
  muted: '#4b5563',
  rule: '#d1d5db',
  axis: '#94a3b8',
};

/** A marker's colour: the relation wins ("before" red, "about" amber), else the precision. */
export function markerColor(style: MarkerStyle): string {
  if (style.relation === 'before' || style.relation === 'after') return '#dc2626';
  if (style.relation === 'about') return '#d97706';
  return style.shape === 'dot' ? '#2563eb' : style.shape === 'bar' ? '#059669' : '#7c3aed';
}
