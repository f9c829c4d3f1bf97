/** Fitting text into a width, given a way to measure it (a canvas in the drawing, a stub in tests). */

/** A font as the layout knows it: a size in pixels and a weight. */
export interface FontSpec {
  size: number;
  bold: boolean;
}

/** Width in pixels of `text` drawn in `font`. */
export type MeasureText = (text: string, font: FontSpec) => number;

/**
 * Breaks text into at most `lines` lines no wider than `maxWidth`, at word boundaries; when the text does not fit,
 * the last line ends in "…". A single word wider than a line is cut.
 *
 * @example wrapText('a b c d', 3, 2, font, measure) // ['a b', 'c…'] with one pixel per character
 */
export function wrapText(text: string, maxWidth: number, lines: number, font: FontSpec, measure: MeasureText): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  let i = 0;
  while (i < words.length && out.length < lines) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (measure(next, font) <= maxWidth) {
      line = next;
      i += 1;
      continue;
    }
    if (!line) {
      out.push(fitText(words[i]!, maxWidth, font, measure));
      i += 1;
      continue;
    }
    out.push(line);
    line = '';
  }
  if (line && out.length < lines) out.push(line);
  if (i < words.length && out.length > 0) out[out.length - 1] = withEllipsis(out[out.length - 1]!, maxWidth, font, measure);
  return out;
}

/** The text, cut with "…" when it is wider than `maxWidth` (at a word boundary when one is near). */
export function fitText(text: string, maxWidth: number, font: FontSpec, measure: MeasureText): string {
  if (measure(text, font) <= maxWidth) return text;
  let t = text;
  while (t.length > 1 && measure(`${t}…`, font) > maxWidth) t = t.slice(0, -1);
  const space = t.lastIndexOf(' ');
  if (space > t.length * 0.7) t = t.slice(0, space);
  return `${t.replace(/[\s,;:.—–-]+$/u, '')}…`;
}

/** A line marked as cut: "…" appended, words dropped until it fits. */
function withEllipsis(line: string, maxWidth: number, font: FontSpec, measure: MeasureText): string {
  let last = line;
  while (last.includes(' ') && measure(`${last}…`, font) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
  if (measure(`${last}…`, font) > maxWidth) return fitText(last, maxWidth, font, measure);
  return `${last.replace(/[\s,;:.—–-]+$/u, '')}…`;
}
