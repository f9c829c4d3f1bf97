import type { Document } from 'wink-nlp';
import { paragraphBlocks } from '../text/paragraphBlocks.js';
import { quoteOpen } from '../text/quotes.js';
import { its, nlp, readTokens, type TokenReading } from './wink.js';

export { quoteOpen } from '../text/quotes.js';

/** A sentence of an article, with where it stands. */
export interface Sentence {
  articleId: string;
  /** 1-based position in the article. */
  index: number;
  /** The sentence as it stands in the article body, a soft line break inside it read as a space (`paragraphBlocks`). */
  text: string;
  /** Character offsets into the article body: `body.slice(start, end)` is `text` but for those line breaks. */
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
 * Paragraphs (blank lines, or single line breaks but a hard-wrapped line's: `paragraphBlocks`) are hard boundaries;
 * inside a paragraph wink-nlp finds the sentences, then two repairs keep them whole:
 * - a sentence that leaves a quotation open is joined with the next ones until the quote closes
 *   (`"We had a useful day. We don't expect ...," Brisco said.` stays one excerpt);
 * - a sentence that ends in a title abbreviation (`Gen.`, `Mr.`) is joined with the next;
 * - a ticker that wink cut at its dot (`Texaco Inc <TX.` / `N> said …`, `(MOT.N)`) is put back together.
 *
 * @example splitSentences('a', 'Mr. Smith left. "Yes. No," he said.').map((s) => s.text)
 * // → ['Mr. Smith left.', '"Yes. No," he said.']
 */
export function splitSentences(articleId: string, body: string): Sentence[] {
  return readParagraphs(articleId, body).flatMap((p) => p.sentences);
}

/** A paragraph as wink-nlp read it: its sentences, and the wink tokens each holds. */
export interface ReadParagraph {
  doc: Document;
  /** wink's tokens of the paragraph (`readTokens`), read once: where its sentences lie is found from them. */
  reading: TokenReading;
  sentences: Sentence[];
  /** Per sentence: its tokens `[from, to)` in `doc` (the wink sentences it was made of). */
  tokens: [number, number][];
}

/**
 * The article's paragraphs, each read by wink-nlp once, with their sentences (see `splitSentences`): the
 * one reading gives both the boundaries and, through `tokens`, each sentence's tags (`readArticle`).
 */
export function readParagraphs(articleId: string, body: string): ReadParagraph[] {
  const out: ReadParagraph[] = [];
  let index = 0;
  let paragraph = 0;
  for (const { text: para, start: paraStart } of paragraphBlocks(body)) {
    paragraph += 1;
    const doc = nlp.readDoc(para);
    const reading = readTokens(doc);
    const read: ReadParagraph = { doc, reading, sentences: [], tokens: [] };
    for (const [start, end, from, to] of mergeSpans(para, splitAfterScales(para, reading.words, winkSpans(para, doc, reading.words)))) {
      index += 1;
      read.sentences.push({ articleId, index, text: para.slice(start, end), start: paraStart + start, end: paraStart + end, paragraph });
      read.tokens.push([from, to]);
    }
    out.push(read);
  }
  return out;
}

/** A span of a paragraph: [start, end) offsets into it, and the wink tokens [from, to) it holds. */
export type SentenceSpan = [start: number, end: number, from: number, to: number];

/** wink-nlp's sentence boundaries as spans of `para` (`words`: its tokens' texts, `readTokens`). */
function winkSpans(para: string, doc: Document, words: readonly string[]): SentenceSpan[] {
  const sentences = doc.sentences();
  const tokenSpans = sentences.out(its.span) as unknown as [number, number][];
  const spans = placedByTokens(para, words, tokenSpans) ?? placedByTexts(para, sentences.out(), tokenSpans);
  if (spans.length === 0) return [[0, para.length, 0, doc.tokens().length()]];
  // Make the spans tile the paragraph so no character is lost between them.
  spans[0]![0] = 0;
  for (let i = 1; i < spans.length; i += 1) spans[i]![0] = spans[i - 1]![1];
  spans[spans.length - 1]![1] = para.length;
  return spans.map(([s, e, from, to]): SentenceSpan => [...trimSpan(para, s, e), from, to]).filter(([s, e]) => e > s);
}

/**
 * Each wink sentence's place, found as wink's text of it (`texts`: its tokens joined with the spaces before them, trimmed)
 * searched for from where the sentence before it ended: a sentence wink wrote otherwise than the paragraph does (it
 * normalised something) is put at that end.
 */
function placedByTexts(para: string, texts: readonly string[], tokenSpans: readonly [number, number][]): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let cursor = 0;
  for (let k = 0; k < texts.length; k += 1) {
    const text = texts[k]!.trim();
    if (!text) continue;
    let at = para.indexOf(text, cursor);
    if (at < 0) at = cursor; // wink normalised something; fall back to the running cursor
    const end = Math.min(para.length, at + text.length);
    const [first, last] = tokenSpans[k]!;
    spans.push([at, end, first, last + 1]);
    cursor = end;
  }
  return spans;
}

/** Any white space but the plain space (a tab, a no-break space …): wink counts only plain spaces before a token. */
const OTHER_SPACE = /[^\S ]/;
/** wink counts at most this many spaces before a token: a paragraph this long could hold a longer run. */
const MOST_COUNTED_SPACES = 0xfffe;

/**
 * Each wink sentence's place read off its tokens, where `placedByTexts` would find the same without wink writing each
 * sentence out (3% of a reading thread): when the paragraph's white space is plain spaces and its tokens' texts, in
 * order with only spaces between them, make up the whole paragraph, wink's text of a sentence is the paragraph from its
 * first token's start to its last token's end, and nothing but spaces lies between the sentence before and that start,
 * so that is where the search finds it. Undefined for any other paragraph (or sentences that skip or share a token),
 * which `placedByTexts` places.
 *
 * @example placedByTokens('Ivo left. He won.', ['Ivo', 'left', '.', 'He', 'won', '.'], [[0, 2], [3, 5]])
 * // → [[0, 9, 0, 3], [10, 17, 3, 6]]
 */
export function placedByTokens(
  para: string,
  words: readonly string[],
  tokenSpans: readonly [number, number][],
): SentenceSpan[] | undefined {
  if (para.length >= MOST_COUNTED_SPACES || OTHER_SPACE.test(para)) return undefined;
  const spans: SentenceSpan[] = [];
  let at = 0;
  let next = 0;
  for (const [first, last] of tokenSpans) {
    if (first !== next || last < first) return undefined;
    let start = at;
    for (let i = first; i <= last; i += 1) {
      while (para.charCodeAt(at) === 32) at += 1;
      const word = words[i];
      if (word === undefined || word.length === 0 || !para.startsWith(word, at)) return undefined;
      if (i === first) start = at;
      at += word.length;
    }
    spans.push([start, at, first, last + 1]);
    next = last + 1;
  }
  return next === words.length && at === para.length ? spans : undefined;
}

/**
 * A figure with a one-letter scale or "pct" closing a sentence before a capital ("for $54m. Shares rose", "rose 5 pct.
 * Output fell"): wink reads "m." and "pct." as abbreviations.
 */
const SCALE_STOP = /\d(?:[mkb]|\s?pct)\.\s+["“‘']?\p{Lu}/u;
const SCALE_TOKEN = /^(?:[mkb]|pct)\.$/;
const FIGURE_TOKEN = /^\d[\d.,]*$/;
const QUOTE_TOKEN = /^["“‘']$/;
const CAPITAL_FIRST = /^\p{Lu}/u;

/**
 * Cuts a wink sentence after a one-letter scale or "pct" and its full stop when a capital follows ("It paid $54m.
 * Zentrix rose." is two sentences); most paragraphs hold none and are returned as they are.
 */
function splitAfterScales(para: string, words: readonly string[], spans: SentenceSpan[]): SentenceSpan[] {
  if (!SCALE_STOP.test(para)) return spans;
  const out: SentenceSpan[] = [];
  for (const span of spans) {
    let [start, end, from, to] = span;
    let cursor = start;
    for (let k = from; k < to; k += 1) {
      const at = para.indexOf(words[k]!, cursor);
      if (at < 0) break;
      cursor = at + words[k]!.length;
      const after = QUOTE_TOKEN.test(words[k + 1] ?? '') ? words[k + 2] : words[k + 1];
      const cut =
        k > from && k + 1 < to && SCALE_TOKEN.test(words[k]!) && FIGURE_TOKEN.test(words[k - 1]!) && CAPITAL_FIRST.test(after ?? '');
      if (!cut) continue;
      out.push([start, cursor, from, k + 1]);
      const next = para.indexOf(words[k + 1]!, cursor);
      start = next < 0 ? cursor : next;
      from = k + 1;
    }
    out.push([start, end, from, to]);
  }
  return out;
}

function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s += 1;
  while (e > s && /\s/.test(text[e - 1]!)) e -= 1;
  return [s, e];
}

function mergeSpans(para: string, spans: SentenceSpan[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let i = 0;
  while (i < spans.length) {
    let [start, end, from, to] = spans[i]!;
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
      to = next[3];
      parts += 1;
      i += 1;
    }
    out.push([start, end, from, to]);
  }
  return out;
}

/** Whether some later span (within the merge limit) closes the quote opened in [start, …). */
function quoteClosesWithin(para: string, start: number, spans: SentenceSpan[], from: number): boolean {
  for (let j = from; j < spans.length && j < from + MAX_MERGED_PARTS - 1; j += 1) {
    if (!quoteOpen(para.slice(start, spans[j]![1]))) return true;
  }
  return false;
}
