import type { ItemSentence } from 'wink-nlp';
import { quoteOpen } from '../text/quotes.js';
import { nlp } from './wink.js';

export { quoteOpen } from '../text/quotes.js';

/** A sentence of an article, with where it stands. */
export interface Sentence {
  articleId: string;
  /** 1-based position in the article. */
  index: number;
  /** The sentence exactly as it stands in the article body. */
  text: string;
  /** Character offsets into the article body: `body.slice(start, end) === text`. */
  start: number;
  end: number;
  /** 1-based paragraph number. */
  paragraph: number;
}

/** Sentences longer than this are not extended further to close a quote. */
const MAX_MERGED_LENGTH = 1_200;
/** At most this many wink sentences are joined to close one open quote. */
const MAX_MERGED_PARTS = 4;

/** A ticker cut at its exchange suffix: "<TX." + "N> said", "(MOT." + "N) said". */
const TICKER_OPEN = /[<(][A-Z]{1,6}\.$/;
const TICKER_CLOSE = /^[A-Z]{1,3}[>)]/;

/** Title abbreviations that never end a sentence when a name follows. */
const TITLE_ABBREVIATIONS =
  /\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Gov|Sen|Rep|Rev|Prof|Sr|Jr|St|Mt|No|vs|Hon|Pres|Maj|Brig|Fr|Supt|Insp)\.$/;

/**
 * Splits an article body into sentences.
 *
 * Paragraphs (blank lines or single line breaks) are hard boundaries; inside a paragraph wink-nlp
 * finds the sentences, then two repairs keep them whole:
 * - a sentence that leaves a quotation open is joined with the next ones until the quote closes
 *   (`"We had a useful day. We don't expect ...," Brisco said.` stays one excerpt);
 * - a sentence that ends in a title abbreviation (`Gen.`, `Mr.`) is joined with the next;
 * - a ticker that wink cut at its dot (`Texaco Inc <TX.` / `N> said …`, `(MOT.N)`) is put back together.
 *
 * @example splitSentences('a', 'Mr. Smith left. "Yes. No," he said.').map((s) => s.text)
 * // → ['Mr. Smith left.', '"Yes. No," he said.']
 */
export function splitSentences(articleId: string, body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  for (const { text: para, start: paraStart } of paragraphs(body)) {
    paragraph += 1;
    const spans = mergeSpans(para, winkSpans(para));
    for (const [start, end] of spans) {
      sentences.push({
        articleId,
        index: sentences.length + 1,
        text: para.slice(start, end),
        start: paraStart + start,
        end: paraStart + end,
        paragraph,
      });
    }
  }
  return sentences;
}

/** Non-empty lines of the body with their offsets, trimmed. */
function paragraphs(body: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: m.index + lead });
  }
  return out;
}

/** wink-nlp's sentence boundaries as [start, end) offsets into `para`. */
function winkSpans(para: string): [number, number][] {
  const spans: [number, number][] = [];
  let cursor = 0;
  nlp
    .readDoc(para)
    .sentences()
    .each((s: ItemSentence) => {
      const text = s.out().trim();
      if (!text) return;
      let at = para.indexOf(text, cursor);
      if (at < 0) at = cursor; // wink normalised something; fall back to the running cursor
      const end = Math.min(para.length, at + text.length);
      spans.push([at, end]);
      cursor = end;
    });
  if (spans.length === 0) return [[0, para.length]];
  // Make the spans tile the paragraph so no character is lost between them.
  spans[0]![0] = 0;
  for (let i = 1; i < spans.length; i += 1) spans[i]![0] = spans[i - 1]![1];
  spans[spans.length - 1]![1] = para.length;
  return spans.map(([s, e]) => trimSpan(para, s, e)).filter(([s, e]) => e > s);
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s += 1;
  while (e > s && /\s/.test(text[e - 1]!)) e -= 1;
  return [s, e];
}

function mergeSpans(para: string, spans: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < spans.length) {
    let [start, end] = spans[i]!;
    let parts = 1;
    i += 1;
    while (i < spans.length && parts < MAX_MERGED_PARTS) {
      const text = para.slice(start, end);
      const next = spans[i]!;
      const ticker = TICKER_OPEN.test(text) && TICKER_CLOSE.test(para.slice(next[0], next[1]));
      const wantsMore =
        ticker ||
        TITLE_ABBREVIATIONS.test(text) ||
        (quoteOpen(text) && next[1] - start <= MAX_MERGED_LENGTH && quoteClosesWithin(para, start, spans, i));
      if (!wantsMore) break;
      end = next[1];
      parts += 1;
      i += 1;
    }
    out.push([start, end]);
  }
  return out;
}

/** Whether some later span (within the merge limit) closes the quote opened in [start, …). */
function quoteClosesWithin(para: string, start: number, spans: [number, number][], from: number): boolean {
  for (let j = from; j < spans.length && j < from + MAX_MERGED_PARTS - 1; j += 1) {
    if (!quoteOpen(para.slice(start, spans[j]![1]))) return true;
  }
  return false;
}
