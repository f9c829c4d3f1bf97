import type { Entity, NameRun, TaggedSentence, Token } from '../nlp/entities.js';
import type { ResolvedDate } from '../nlp/resolveDate.js';
import type { Sentence } from '../nlp/splitSentences.js';
import { type DatedRead, NO_DATES } from './datedRead.js';

/**
 * Read articles as a worker thread posts them to the main thread. Structured clone makes every token object
 * again on the other side, field by field (about 2 µs a token, a third of what reading it cost); here tokens
 * travel as one Int32Array of numbers and stay packed on arrival (`unpackRead`): the read stage writes them
 * from there into its token columns (`TokenStore.givePacked`), no token object made. Sentences travel as
 * numbers too, their texts made again on arrival as slices of the article bodies the main thread holds (a
 * copy of each text would double the read text's memory). Entities, name runs and dates are few and go as
 * they are (dates only for the sentences that give one).
 */
export interface ReadBatch {
  /** How many sentences each article has. */
  sentenceCounts: Int32Array;
  /**
   * SENTENCE_FIELDS numbers a sentence: index, start, end, paragraph, text (-1: the article body from start to
   * end, as every sentence's is; else a number into `strings`).
   */
  sentences: Int32Array;
  entities: Entity[][];
  names: NameRun[][];
  /** Tokens of each sentence, in order. */
  tokenCounts: Int32Array;
  /**
   * TOKEN_FIELDS numbers a token: start, end, tag, lemma (-1: none), text (-1: the sentence's own text from
   * start to end, as nearly every token's is). Tags, lemmas and other texts go through `strings`, each string once.
   */
  tokens: Int32Array;
  /** The tags, lemmas and texts the numbers point at. */
  strings: string[];
  /** The sentences (numbered through the batch) that give a date, and their dates (others: none). */
  dated: number[];
  dates: (readonly ResolvedDate[])[];
}

/** A chunk of articles the worker has read, with its number among the corpus's chunks. */
export interface ReadChunk {
  chunk: number;
  batch: ReadBatch;
}

/** One sentence's tokens as they arrived: `count` tokens from number `at` of `tokens` (TOKEN_FIELDS numbers each). */
export interface PackedTokens {
  tokens: Int32Array;
  strings: readonly string[];
  at: number;
  count: number;
}

/** A read article as it arrives from the worker: as `DatedRead`, but each sentence's tokens still packed (`packed[i]`). */
export interface ArrivedRead extends Omit<DatedRead, 'tagged'> {
  tagged: Omit<TaggedSentence, 'tokens'>[];
  packed: PackedTokens[];
}

export const TOKEN_FIELDS = 5;
const SENTENCE_FIELDS = 5;

/** An article as `packRead` and `unpackRead` need it. */
export interface PackedArticle {
  id: string;
  body: string;
}

/** The buffers of a batch to transfer with it. */
export function transferred(batch: ReadBatch): ArrayBuffer[] {
  return [batch.tokens.buffer, batch.tokenCounts.buffer, batch.sentences.buffer, batch.sentenceCounts.buffer] as ArrayBuffer[];
}

/** Packs read articles (`reads[i]` read from `articles[i]`) for `postMessage` (transfer the buffers `transferred` names). */
export function packRead(reads: readonly DatedRead[], articles: readonly PackedArticle[]): ReadBatch {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (s: string): number => {
    let n = ids.get(s);
    if (n === undefined) {
      n = strings.length;
      strings.push(s);
      ids.set(s, n);
    }
    return n;
  };
  let sentenceCount = 0;
  let tokenCount = 0;
  for (const a of reads) {
    sentenceCount += a.sentences.length;
    for (const t of a.tagged) tokenCount += t.tokens.length;
  }
  const tokenCounts = new Int32Array(sentenceCount);
  const tokens = new Int32Array(tokenCount * TOKEN_FIELDS);
  const sentences = new Int32Array(sentenceCount * SENTENCE_FIELDS);
  const sentenceCounts = new Int32Array(reads.length);
  const batch: ReadBatch = { sentenceCounts, sentences, entities: [], names: [], tokenCounts, tokens, strings, dated: [], dates: [] };
  let s = 0;
  let at = 0;
  reads.forEach((a, r) => {
    sentenceCounts[r] = a.sentences.length;
    const body = articles[r]!.body;
    a.tagged.forEach((t, i) => {
      const sentence = a.sentences[i]!;
      const text = sentence.text;
      const fields = s * SENTENCE_FIELDS;
      sentences[fields] = sentence.index;
      sentences[fields + 1] = sentence.start;
      sentences[fields + 2] = sentence.end;
      sentences[fields + 3] = sentence.paragraph;
      sentences[fields + 4] =
        body.length >= sentence.end && body.startsWith(text, sentence.start) && text.length === sentence.end - sentence.start
          ? -1
          : id(text);
      if (a.dates[i]!.length > 0) {
        batch.dated.push(s);
        batch.dates.push(a.dates[i]!);
      }
      tokenCounts[s++] = t.tokens.length;
      for (const token of t.tokens) {
        tokens[at++] = token.start;
        tokens[at++] = token.end;
        tokens[at++] = id(token.pos);
        tokens[at++] = token.lemma === undefined ? -1 : id(token.lemma);
        tokens[at++] = token.end - token.start === token.text.length && text.startsWith(token.text, token.start) ? -1 : id(token.text);
      }
      batch.entities.push(t.entities);
      batch.names.push(t.names);
    });
  });
  return batch;
}

/**
 * The read articles a `packRead` batch holds (of `articles`, the articles packed), equal to those packed but for
 * the tokens, left packed.
 */
export function unpackRead(batch: ReadBatch, articles: readonly PackedArticle[]): ArrivedRead[] {
  const { tokenCounts, tokens, strings } = batch;
  const fields = batch.sentences;
  const out: ArrivedRead[] = [];
  let s = 0;
  let at = 0;
  let d = 0;
  articles.forEach(({ id: articleId, body }, r) => {
    const sentences: Sentence[] = [];
    const tagged: Omit<TaggedSentence, 'tokens'>[] = [];
    const packed: PackedTokens[] = [];
    const dates: (readonly ResolvedDate[])[] = [];
    for (let k = 0; k < batch.sentenceCounts[r]!; k += 1) {
      const f = s * SENTENCE_FIELDS;
      const start = fields[f + 1]!;
      const end = fields[f + 2]!;
      const own = fields[f + 4]!;
      sentences.push({
        articleId,
        index: fields[f]!,
        text: own < 0 ? body.slice(start, end) : strings[own]!,
        start,
        end,
        paragraph: fields[f + 3]!,
      });
      dates.push(batch.dated[d] === s ? batch.dates[d++]! : NO_DATES);
      const count = tokenCounts[s]!;
      packed.push({ tokens, strings, at, count });
      at += count * TOKEN_FIELDS;
      tagged.push({ entities: batch.entities[s]!, names: batch.names[s]! });
      s += 1;
    }
    out.push({ sentences, tagged, packed, dates });
  });
  return out;
}

/** A sentence's packed tokens made into objects, equal to those packed (`text` is the sentence's text). */
export function unpackTokens({ tokens, strings, at, count }: PackedTokens, text: string): Token[] {
  const list: Token[] = new Array(count);
  for (let i = 0, k = at; i < count; i += 1, k += TOKEN_FIELDS) {
    const start = tokens[k]!;
    const end = tokens[k + 1]!;
    const own = tokens[k + 4]!;
    // The same fields in the same order as the reading makes them, so the objects share one shape.
    const token: Token = { text: own < 0 ? text.slice(start, end) : strings[own]!, start, end, pos: strings[tokens[k + 2]!]! };
    if (tokens[k + 3]! >= 0) token.lemma = strings[tokens[k + 3]!]!;
    list[i] = token;
  }
  return list;
}
