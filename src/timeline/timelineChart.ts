/**
 * Draws a timeline as a PNG, in-process with @napi-rs/canvas (Skia; no browser, no download step).
 *
 * Layout, sized for Discord (images show ~400–520 px wide, so the picture is drawn 800–1000 px wide with text of
 * 16 px and more): a title, then a vertical axis with one marker per date and the events of that date stacked beside
 * it, each a short label cut at a word boundary. The marker tells the precision: a filled dot for a day, a hollow
 * rounded bar for a week or weekend, a hollow diamond for a month or year; "before X" gets an arrow pointing down
 * onto X and "about X" a dashed ring. Long gaps (over two months) break the axis with a dotted stretch. A legend
 * closes the picture.
 *
 * Fonts: Skia reads the system's fonts (fontconfig); the first of DejaVu Sans, Liberation Sans, Noto Sans, Arial,
 * Helvetica that is installed is used, else it is loaded from a usual path, else any non-monospace family. On a
 * machine with no fonts at all (a bare container) text cannot be drawn: install one (Debian: fonts-dejavu-core) or
 * pass `fontFile`.
 */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import type { SKRSContext2D } from '@napi-rs/canvas';
import { formatResolvedDate } from '../nlp/resolveDate.js';
import { compareEvents, dateSpan } from './timeline.js';
import type { TimelineEvent } from './timeline.js';

export interface TimelineChartOptions {
  /** Heading drawn at the top. */
  title?: string;
  /** Picture width in pixels (clamped to 600–1600); default 800. */
  width?: number;
  /** At most this many events are drawn (the most reported first, at least one per date); default 16. */
  maxEvents?: number;
  /** A TrueType/OpenType font file to draw with, when the system has none. */
  fontFile?: string;
}

const PREFERRED_FAMILIES = ['DejaVu Sans', 'Liberation Sans', 'Noto Sans', 'Arial', 'Helvetica', 'Roboto', 'Open Sans'];
const FONT_PATHS = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/TTF/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
  '/usr/share/fonts/noto/NotoSans-Regular.ttf',
  '/System/Library/Fonts/Supplemental/Arial.ttf',
  '/Library/Fonts/Arial.ttf',
  'C:\\Windows\\Fonts\\arial.ttf',
];

let chosenFamily: string | undefined;

/** The font family to draw with (see the module comment); registers `fontFile` first when given. */
export function chartFontFamily(fontFile?: string): string {
  if (fontFile) {
    const key = GlobalFonts.registerFromPath(fontFile, 'Timeline Chart Font');
    if (key) return 'Timeline Chart Font';
  }
  if (chosenFamily) return chosenFamily;
  const installed = () => GlobalFonts.families.map((f) => f.family);
  let family = PREFERRED_FAMILIES.find((f) => installed().includes(f));
  if (!family) {
    for (const path of FONT_PATHS) {
      try {
        if (GlobalFonts.registerFromPath(path, 'Timeline Chart Font')) {
          family = 'Timeline Chart Font';
          break;
        }
      } catch {
        // not there: try the next one
      }
    }
  }
  family ??= installed().find((f) => !/mono|math|emoji|symbol/i.test(f)) ?? 'sans-serif';
  chosenFamily = family;
  return family;
}

const COLORS = {
  background: '#ffffff',
  title: '#111827',
  text: '#1f2937',
  muted: '#6b7280',
  axis: '#cbd5e1',
  day: '#2563eb',
  span: '#059669',
  coarse: '#7c3aed',
  before: '#dc2626',
  about: '#d97706',
  cite: '#6b7280',
};

type Kind = 'day' | 'span' | 'coarse';

function kindOf(e: TimelineEvent): Kind {
  if (e.precision === 'day') return 'day';
  if (e.precision === 'week') return 'span';
  return 'coarse';
}

function colorOf(e: TimelineEvent): string {
  if (e.relation === 'before') return COLORS.before;
  if (e.relation === 'about') return COLORS.about;
  return e.precision === 'day' ? COLORS.day : e.precision === 'week' ? COLORS.span : COLORS.coarse;
}

/** The events to draw: all when they fit, else the best reported of each date and then the best reported overall. */
export function pickEvents(events: readonly TimelineEvent[], max: number): TimelineEvent[] {
  const sorted = [...events].sort(compareEvents);
  if (sorted.length <= max) return sorted;
  // More reports weigh more; a sentence that is mostly quotation is comment rather than an event.
  const weight = (e: TimelineEvent) => (e.alsoIn.length + 1 + (e.actors.length > 0 ? 0.5 : 0)) * (quoted(e.text) ? 0.5 : 1);
  const byReports = [...sorted].sort((a, b) => weight(b) - weight(a) || compareEvents(a, b));
  const chosen = new Set<TimelineEvent>();
  const dates = new Set<string>();
  for (const e of byReports) {
    const key = groupKey(e);
    if (dates.has(key) || chosen.size >= max) continue;
    dates.add(key);
    chosen.add(e);
  }
  for (const e of byReports) {
    if (chosen.size >= max) break;
    chosen.add(e);
  }
  return sorted.filter((e) => chosen.has(e));
}

/** Whether more than half of a sentence is inside quotation marks. */
function quoted(text: string): boolean {
  let inside = 0;
  for (const m of text.matchAll(/["“]([^"”]*)["”]?/g)) inside += m[1]!.length;
  return inside > text.length / 2;
}

function groupKey(e: TimelineEvent): string {
  return `${e.date}|${e.precision}|${e.relation ?? ''}`;
}

/** Words that open a date phrase; with one, the phrase is dropped from a label ("on Friday", "before Thursday"). */
const DATE_PREPOSITIONS = 'on|in|during|over|at|since|until|by|before|after|early|late';

/**
 * A short label for an event: the clause of its sentence that holds the date mention (for long sentences),
 * without the date phrase when a preposition leads it ("On Friday, X did" → "X did"), quote marks and leading
 * conjunctions.
 */
export function eventLabel(e: TimelineEvent): string {
  const sentence = e.text.replace(/\s+/g, ' ').trim();
  const at = Math.max(0, sentence.toLowerCase().indexOf(e.dateText.toLowerCase()));
  let text = sentence;
  if (sentence.length > 120) {
    // Clauses: split at ; — – and at commas/colons followed by a space, and between sentences.
    const parts: { start: number; text: string }[] = [];
    const re = /\s*(?:[;—–]|[,:](?=\s)|(?<=[.!?]["”]?)\s+(?=["“]?\p{Lu}))\s*/gu;
    let from = 0;
    for (const m of sentence.matchAll(re)) {
      parts.push({ start: from, text: sentence.slice(from, m.index) });
      from = (m.index ?? 0) + m[0].length;
    }
    parts.push({ start: from, text: sentence.slice(from) });
    let i = parts.findIndex((p, k) => at >= p.start && (k === parts.length - 1 || at < parts[k + 1]!.start));
    if (i < 0) i = 0;
    let clause = parts[i]!.text;
    // Too short to say anything: take in the clauses around it.
    for (let k = i + 1; clause.length < 60 && k < parts.length; k += 1) clause += `, ${parts[k]!.text}`;
    // A relative clause or a short one needs what it hangs on: "The war, which began …".
    for (let k = i - 1; k >= 0 && (clause.length < 40 || /^(?:which|who|whose|when|where)\b/i.test(clause)); k -= 1) {
      clause = `${parts[k]!.text}, ${clause}`;
    }
    text = clause;
  }
  const escaped = e.dateText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const leadsWithPreposition = new RegExp(`^(?:${DATE_PREPOSITIONS})\\b`, 'i').test(e.dateText);
  text = text.replace(new RegExp(`^(?:(?:${DATE_PREPOSITIONS})\\s+)?${escaped}(?:['’]s)?\\s*,?\\s*`, 'i'), '');
  const mid = leadsWithPreposition ? `\\s*\\b${escaped}\\b` : `\\s+\\b(?:${DATE_PREPOSITIONS})\\s+${escaped}\\b`;
  text = text.replace(new RegExp(mid, 'i'), '');
  text = text.replace(/["“”]/g, '').replace(/^[\s'‘’]+/, '');
  text = text.replace(/^(?:and|but|or|that|which|while|as|so)\s+/i, '');
  text = text.replace(/\s+([,.;:!?])/g, '$1').replace(/,\s*,/g, ',').replace(/\s{2,}/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Breaks text into at most `lines` lines of `maxWidth` pixels, at word boundaries; the last line ends in "…" if cut. */
function wrap(ctx: SKRSContext2D, text: string, maxWidth: number, lines: number): string[] {
  const words = text.split(' ');
  const out: string[] = [];
  let line = '';
  let i = 0;
  while (i < words.length && out.length < lines) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (ctx.measureText(next).width <= maxWidth) {
      line = next;
      i += 1;
      continue;
    }
    if (!line) {
      // One word wider than the line: cut it.
      line = words[i]!;
      i += 1;
    }
    out.push(line);
    line = '';
  }
  if (line && out.length < lines) out.push(line);
  if (i < words.length && out.length > 0) {
    let last = out[out.length - 1]!;
    while (last.includes(' ') && ctx.measureText(`${last}…`).width > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
    out[out.length - 1] = `${last.replace(/[\s,;:.—–-]+$/u, '')}…`;
  }
  return out;
}

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Date label for the left column: "Sun 30 Nov", "24–30 Nov" (a week), "29–30 Nov" (a weekend), "Nov", "2014"; the
 * second line says what kind of span it is, the relation, and the year when it changes from the date above.
 */
function dateLines(e: TimelineEvent, showYear: boolean): { main: string; sub: string } {
  const year = e.date.slice(0, 4);
  const parts: string[] = [];
  let main: string;
  if (e.precision === 'year') main = year;
  else if (e.precision === 'month') main = MONTHS_SHORT[Number(e.date.slice(5, 7)) - 1] ?? e.date;
  else if (e.precision === 'week') {
    const [a, b] = dateSpan(e);
    const day = (iso: string) => String(Number(iso.slice(8, 10)));
    const mon = (iso: string) => MONTHS_SHORT[Number(iso.slice(5, 7)) - 1] ?? '';
    main = mon(a) === mon(b) ? `${day(a)}–${day(b)} ${mon(b)}` : `${day(a)} ${mon(a)}–${day(b)} ${mon(b)}`;
    parts.push(new Date(`${a}T00:00:00Z`).getUTCDay() === 6 ? 'weekend' : 'week');
  } else main = formatResolvedDate({ date: e.date, precision: 'day', text: e.dateText }).replace(/\s+\d{4}$/, '');
  if (e.relation) parts.unshift(e.relation);
  if (showYear && e.precision !== 'year') parts.push(year);
  return { main, sub: parts.join(' · ') };
}

/**
 * Renders the events as a PNG timeline (see the module comment for the layout).
 *
 * @returns the PNG bytes; an empty timeline gives a small picture saying so
 */
export function renderTimelinePng(events: readonly TimelineEvent[], options: TimelineChartOptions = {}): Buffer {
  const width = Math.round(Math.min(1600, Math.max(600, options.width ?? 800)));
  const scale = width / 800;
  const family = chartFontFamily(options.fontFile);
  const px = (n: number) => Math.round(n * scale);
  const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${px(size)}px "${family}"`;

  const shown = pickEvents(events, Math.max(1, options.maxEvents ?? 16));
  const hidden = events.length - shown.length;

  // Groups of events that share a date marker.
  const groups: { key: string; events: TimelineEvent[] }[] = [];
  for (const e of shown) {
    const key = groupKey(e);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.events.push(e);
    else groups.push({ key, events: [e] });
  }

  const margin = px(24);
  const axisX = px(200);
  const labelX = axisX + px(26);
  const labelWidth = width - labelX - margin;
  const lineHeight = px(26);
  const titleHeight = options.title ? px(64) : px(20);
  const groupGap = px(16);
  const breakGap = px(30);
  const legendHeight = px(hidden > 0 ? 86 : 60);

  // Measure first (wrapping needs a context), then draw on a canvas of the right height.
  const probe = createCanvas(width, 10).getContext('2d');
  probe.font = font(19);
  const labels = new Map<TimelineEvent, string[]>();
  for (const e of shown) labels.set(e, wrap(probe, eventLabel(e), labelWidth - px(4), 2));
  const rowsOf = (e: TimelineEvent) => labels.get(e)!.length;
  const eventGap = px(8);
  let height = titleHeight + px(10);
  groups.forEach((g, i) => {
    if (i > 0) height += groupGap + (gapIsLong(groups[i - 1]!.events[0]!, g.events[0]!) ? breakGap : 0);
    const rows = g.events.reduce((n, e) => n + rowsOf(e) * lineHeight + px(22), 0) + (g.events.length - 1) * eventGap;
    height += Math.max(rows, px(48));
  });
  if (groups.length === 0) height += px(60);
  height += legendHeight;

  const canvas = createCanvas(width, Math.round(height));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = COLORS.background;
  ctx.fillRect(0, 0, width, height);
  ctx.textBaseline = 'alphabetic';

  if (options.title) {
    ctx.fillStyle = COLORS.title;
    ctx.font = font(26, true);
    const [titleLine] = wrap(ctx, options.title, width - 2 * margin, 1);
    ctx.fillText(titleLine ?? '', margin, px(42));
    ctx.strokeStyle = COLORS.axis;
    ctx.lineWidth = px(1);
    ctx.beginPath();
    ctx.moveTo(margin, px(56));
    ctx.lineTo(width - margin, px(56));
    ctx.stroke();
  }

  if (groups.length === 0) {
    ctx.fillStyle = COLORS.muted;
    ctx.font = font(18);
    ctx.fillText('No dated events.', margin, titleHeight + px(40));
  }

  // Axis segments are drawn between consecutive markers, dotted across a long gap.
  let y = titleHeight + px(10);
  let prevMarkerY: number | undefined;
  groups.forEach((g, i) => {
    const first = g.events[0]!;
    const longGap = i > 0 && gapIsLong(groups[i - 1]!.events[0]!, first);
    if (i > 0) y += groupGap + (longGap ? breakGap : 0);
    const markerY = y + px(14);
    if (prevMarkerY !== undefined) {
      ctx.strokeStyle = COLORS.axis;
      ctx.lineWidth = px(3);
      ctx.setLineDash(longGap ? [px(3), px(7)] : []);
      ctx.beginPath();
      ctx.moveTo(axisX, prevMarkerY + px(10));
      ctx.lineTo(axisX, markerY - px(10));
      ctx.stroke();
      ctx.setLineDash([]);
    }
    prevMarkerY = markerY;

    // Date column, right-aligned against the axis.
    const previous = groups[i - 1]?.events[0];
    const { main, sub } = dateLines(first, !previous || previous.date.slice(0, 4) !== first.date.slice(0, 4) || previous.precision === 'year');
    ctx.textAlign = 'right';
    ctx.fillStyle = colorOf(first);
    ctx.font = font(20, true);
    ctx.fillText(fitText(ctx, main, axisX - margin - px(18)), axisX - px(18), markerY + px(6));
    if (sub) {
      ctx.fillStyle = COLORS.muted;
      ctx.font = font(16);
      ctx.fillText(sub, axisX - px(18), markerY + px(28));
    }
    ctx.textAlign = 'left';
    drawMarker(ctx, first, axisX, markerY, px);

    // Events of this date.
    let ey = y;
    for (const [k, e] of g.events.entries()) {
      if (k > 0) ey += eventGap;
      ctx.fillStyle = COLORS.text;
      ctx.font = font(19);
      const lines = labels.get(e)!;
      lines.forEach((line, n) => ctx.fillText(line, labelX, ey + px(20) + n * lineHeight));
      ey += lines.length * lineHeight;
      ctx.fillStyle = COLORS.cite;
      ctx.font = font(16);
      const reports = e.alsoIn.length + 1;
      const cite = `${e.dateText}${reports > 1 ? ` · ${reports} reports` : ''}`;
      ctx.fillText(fitText(ctx, cite, labelWidth), labelX, ey + px(16));
      ey += px(22);
    }
    y = Math.max(ey, y + px(48));
  });

  drawLegend(ctx, margin, height - legendHeight + px(18), width - 2 * margin, px, font, hidden);
  return canvas.toBuffer('image/png');
}

/** Whether two consecutive dates are more than about two months apart (the axis is not to scale). */
function gapIsLong(a: TimelineEvent, b: TimelineEvent): boolean {
  const end = Date.parse(`${dateSpan(a)[1]}T00:00:00Z`);
  const start = Date.parse(`${dateSpan(b)[0]}T00:00:00Z`);
  return start - end > 62 * 86_400_000;
}

function fitText(ctx: SKRSContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > maxWidth) t = t.slice(0, -1);
  return `${t.trimEnd()}…`;
}

function drawMarker(ctx: SKRSContext2D, e: TimelineEvent, x: number, y: number, px: (n: number) => number): void {
  const color = colorOf(e);
  ctx.lineWidth = px(3);
  ctx.strokeStyle = color;
  ctx.fillStyle = color;
  const kind = kindOf(e);
  if (e.relation === 'about') ctx.setLineDash([px(3), px(3)]);
  if (kind === 'day') {
    ctx.beginPath();
    ctx.arc(x, y, px(8), 0, Math.PI * 2);
    if (e.relation === 'about') {
      ctx.fillStyle = COLORS.background;
      ctx.fill();
      ctx.stroke();
    } else ctx.fill();
  } else if (kind === 'span') {
    ctx.fillStyle = COLORS.background;
    roundRect(ctx, x - px(7), y - px(12), px(14), px(24), px(7));
    ctx.fill();
    ctx.stroke();
  } else {
    ctx.fillStyle = COLORS.background;
    ctx.beginPath();
    ctx.moveTo(x, y - px(10));
    ctx.lineTo(x + px(10), y);
    ctx.lineTo(x, y + px(10));
    ctx.lineTo(x - px(10), y);
    ctx.closePath();
    ctx.fill();
    ctx.stroke();
  }
  ctx.setLineDash([]);
  if (e.relation === 'before' || e.relation === 'after') {
    // An arrow onto the marker: from above for "before", from below for "after".
    const dir = e.relation === 'before' ? -1 : 1;
    ctx.fillStyle = color;
    ctx.beginPath();
    ctx.moveTo(x, y + dir * px(13));
    ctx.lineTo(x - px(7), y + dir * px(24));
    ctx.lineTo(x + px(7), y + dir * px(24));
    ctx.closePath();
    ctx.fill();
  }
}

function roundRect(ctx: SKRSContext2D, x: number, y: number, w: number, h: number, r: number): void {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.lineTo(x + w - r, y);
  ctx.arcTo(x + w, y, x + w, y + r, r);
  ctx.lineTo(x + w, y + h - r);
  ctx.arcTo(x + w, y + h, x + w - r, y + h, r);
  ctx.lineTo(x + r, y + h);
  ctx.arcTo(x, y + h, x, y + h - r, r);
  ctx.lineTo(x, y + r);
  ctx.arcTo(x, y, x + r, y, r);
  ctx.closePath();
}

function drawLegend(
  ctx: SKRSContext2D,
  x: number,
  y: number,
  width: number,
  px: (n: number) => number,
  font: (size: number, bold?: boolean) => string,
  hidden: number,
): void {
  ctx.strokeStyle = COLORS.axis;
  ctx.lineWidth = px(1);
  ctx.beginPath();
  ctx.moveTo(x, y - px(8));
  ctx.lineTo(x + width, y - px(8));
  ctx.stroke();
  const sample = (date: string, precision: TimelineEvent['precision'], relation?: TimelineEvent['relation']): TimelineEvent => {
    const e: TimelineEvent = { date, precision, dateText: '', text: '', articleId: '', sentence: 0, alsoIn: [], actors: [] };
    if (relation) e.relation = relation;
    return e;
  };
  const items: [TimelineEvent, string][] = [
    [sample('2000-01-01', 'day'), 'day'],
    [sample('2000-01-03', 'week'), 'week / weekend'],
    [sample('2000', 'year'), 'month / year'],
    [sample('2000-01-01', 'day', 'before'), 'before'],
    [sample('2000-01-01', 'day', 'about'), 'about'],
  ];
  ctx.font = font(16);
  let cx = x + px(12);
  const cy = y + px(16);
  for (const [e, label] of items) {
    drawMarker(ctx, e, cx, cy, (n) => px(n * 0.8));
    ctx.fillStyle = COLORS.muted;
    ctx.fillText(label, cx + px(16), cy + px(5));
    cx += px(32) + ctx.measureText(label).width;
  }
  if (hidden > 0) {
    ctx.fillStyle = COLORS.muted;
    ctx.font = font(16);
    ctx.fillText(`+${hidden} more event${hidden === 1 ? '' : 's'} not shown`, x, y + px(46));
  }
}
