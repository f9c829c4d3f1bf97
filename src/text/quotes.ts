/** A quotation inside a text: offsets of its inside (without the marks) and its trimmed text. */
export interface QuoteSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * The quotations of a text: “…” and "…" pairs (an unclosed one runs to the end); single quotes are not read,
 * since they mostly mark apostrophes and nested quotes.
 *
 * @example quoteSpans('He said "yes, " and left.') // → [{ start: 9, end: 14, text: 'yes' }]
 */
export function quoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch !== '“' && ch !== '"') {
      i += 1;
      continue;
    }
    const closer = ch === '“' ? '”' : '"';
    const close = text.indexOf(closer, i + 1);
    const end = close < 0 ? text.length : close;
    const inner = text.slice(i + 1, end);
    const clean = inner.replace(/^\s+/, '').replace(/[\s,]+$/, '');
    if (clean.length > 0) spans.push({ start: i + 1, end, text: clean });
    i = close < 0 ? text.length : close + 1;
  }
  return spans;
}

/**
 * True when the text opens a double quotation that it does not close (an odd number of straight quotes, or more
 * “ than ”).
 *
 * @example quoteOpen('"We will see. ') // → true
 */
export function quoteOpen(text: string): boolean {
  let straight = 0;
  let opening = 0;
  let closing = 0;
  for (const ch of text) {
    if (ch === '"') straight += 1;
    else if (ch === '\u201C') opening += 1;
    else if (ch === '\u201D') closing += 1;
  }
  return straight % 2 === 1 || opening > closing;
}
