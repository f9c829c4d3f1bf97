/** A paragraph of an article body: its text and where it starts in the body (`text.length` characters from there). */
export interface ParagraphBlock {
  /** The body from the paragraph's first to its last non-blank character, each soft line break read as a space. */
  text: string;
  start: number;
}

/** A line that ends a sentence: a stop, then any closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/u;
/** A Markdown hard break: a line ending in two spaces or a backslash. */
const HARD_BREAK = /(?: {2}|\\)$/;
/** A line that opens a block of its own: a heading, block quote, table row, list item, fence or rule. */
const BLOCK_OPENER = /^(?:#{1,6}(?:\s|$)|>|\||[-*+•]\s|\d{1,3}[.)]\s|```|~~~|[-=_*](?:\s*[-=_*]){2,}\s*$)/u;
/**
 * A wrapped line with the next line's first word would pass this share of the body's longest line: wrapping by hand or
 * by a tool other than a greedy one leaves lines a little short of the width.
 */
const WRAPPED_SHARE = 0.75;
/**
 * A body whose longest line is longer than this is not hard-wrapped (editors and mail clients wrap at 72–80 columns, a
 * few at 100 or 120): its lone line breaks part paragraphs (a text of one paragraph a line) or sit inside a sentence
 * as a formula's subscript does, and are left as they are.
 */
const MAX_WRAP_WIDTH = 120;
/** A line that takes no continuation: a heading, table row or fence. */
const CLOSED_LINE = /^(?:#{1,6}(?:\s|$)|\||```|~~~)/;

/**
 * The paragraphs of an article body. Blank lines always part paragraphs; a single line break parts them too (text files
 * often write one paragraph a line), unless the body is hard-wrapped (no line longer than `MAX_WRAP_WIDTH`) and the
 * break is a soft wrap: the line before it ends without a sentence's stop (and without a Markdown hard break), the line
 * after opens no block of its own (list item, heading, quote, table), and the line before, with the next line's first
 * word, would reach near the body's longest line (`WRAPPED_SHARE`) — so the line was cut where an editor wraps it, not
 * ended early as a dateline, byline or heading of its own is. A soft wrap is read as a space, which keeps every offset:
 * `text[i]` is the body's `start + i` but for those line breaks.
 *
 * @example paragraphBlocks('Ivo Brandt met the\nengineers at dawn.\nThey left.').map((p) => p.text)
 * // → ['Ivo Brandt met the engineers at dawn.', 'They left.']
 */
export function paragraphBlocks(body: string): ParagraphBlock[] {
  const lines = bodyLines(body);
  const width = lines.reduce((most, l) => Math.max(most, l.text.trimEnd().length), 0);
  const wrapped = width <= MAX_WRAP_WIDTH;
  const out: ParagraphBlock[] = [];
  let open: { start: number; end: number } | undefined;
  let before: string | undefined;
  for (const { text, start } of lines) {
    const trimmed = text.trim();
    if (!trimmed) {
      if (open) out.push(block(body, open.start, open.end));
      open = undefined;
      before = undefined;
      continue;
    }
    const lead = text.length - text.trimStart().length;
    const end = start + text.trimEnd().length;
    if (open && wrapped && before !== undefined && softWrap(before, trimmed, width)) open.end = end;
    else {
      if (open) out.push(block(body, open.start, open.end));
      open = { start: start + lead, end };
    }
    before = text;
  }
  if (open) out.push(block(body, open.start, open.end));
  return out;
}

/** The body's lines (without their line breaks) with their offsets. */
function bodyLines(body: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (;;) {
    const nl = body.indexOf('\n', start);
    out.push({ text: body.slice(start, nl < 0 ? body.length : nl), start });
    if (nl < 0) return out;
    start = nl + 1;
  }
}

function block(body: string, start: number, end: number): ParagraphBlock {
  return { text: body.slice(start, end).replaceAll('\n', ' '), start };
}

/** Whether the line break between `line` (as written) and the non-blank line `next` (trimmed) is a soft wrap. */
function softWrap(line: string, next: string, width: number): boolean {
  const ended = line.trimEnd();
  if (SENTENCE_END.test(ended) || HARD_BREAK.test(line) || CLOSED_LINE.test(ended.trimStart())) return false;
  if (BLOCK_OPENER.test(next)) return false;
  const firstWord = /^\S+/.exec(next)?.[0] ?? '';
  return ended.length + 1 + firstWord.length > width * WRAPPED_SHARE;
}
