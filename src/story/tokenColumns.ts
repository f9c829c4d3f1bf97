import type { Token } from '../nlp/entities.js';
import { ByteReader, ByteWriter } from './byteStreams.js';
import type { StringTable } from './columns.js';
import { type PackedTokens, TOKEN_FIELDS } from './readTransfer.js';

/**
 * Every sentence's tokens in the snapshot, sentence by sentence, so that one sentence's tokens can be read
 * without the others: a story loaded from its snapshot makes a sentence's token objects only when an answer
 * first reads them (millions of them at 100,000 sentences). A token is five varints: the gap from the end
 * of the token before, its length, its tag (a number into the section's own list of tags), its lemma and
 * its text (0: none / the sentence's text from start to end; else a number into the string table, plus 1).
 *
 * ```
 * sentences · tags (count, string numbers) · per sentence its token count and byte length · the token bytes
 * ```
 */

/**
 * Whether a token's field is one this section knows (text, start, end, pos, lemma); a token with any other is written by
 * the generic columns instead. Compared, not looked up in a set: the read stage asks it of every field of every token
 * its own thread read (600k tokens' fields, best of four: 437 → 182 ms in a microbenchmark).
 */
function isTokenKey(key: string): boolean {
  return key === 'text' || key === 'start' || key === 'end' || key === 'pos' || key === 'lemma';
}

/**
 * Each sentence's tokens: a list of lists, or sentence i's tokens made on request (so that a built story's
 * tokens, kept in columns, are never all made at once).
 */
export type TokenLists = readonly (readonly Token[])[] | { count: number; at: (i: number) => readonly Token[] };

function listCount(lists: TokenLists): number {
  return 'count' in lists ? lists.count : lists.length;
}

function listAt(lists: TokenLists, i: number): readonly Token[] {
  return 'count' in lists ? lists.at(i) : lists[i]!;
}

/** Whether these tokens have only the fields this section writes. */
export function tokenFits(tokens: readonly Token[]): boolean {
  for (const t of tokens) for (const key in t) if (!isTokenKey(key)) return false;
  return true;
}

/** Whether every token has only the fields this section writes (else the caller writes them as plain records). */
export function tokensFit(lists: TokenLists): boolean {
  const n = listCount(lists);
  for (let i = 0; i < n; i += 1) if (!tokenFits(listAt(lists, i))) return false;
  return true;
}

/**
 * Appends one sentence's tokens to `data` as five varints each (see the section's comment), with `tags` and
 * `stringId` numbering the tags and the strings written.
 */
export function writeSentenceTokens(
  tokens: readonly Token[],
  text: string,
  data: ByteWriter,
  tags: Map<string, number>,
  stringId: (s: string) => number,
): void {
  let last = 0;
  for (const t of tokens) {
    let tag = tags.get(t.pos);
    if (tag === undefined) {
      tag = tags.size;
      tags.set(t.pos, tag);
    }
    data.int(t.start - last);
    data.uint(t.end - t.start);
    data.uint(tag);
    data.uint(t.lemma === undefined ? 0 : stringId(t.lemma) + 1);
    data.uint(t.end - t.start === t.text.length && text.startsWith(t.text, t.start) ? 0 : stringId(t.text) + 1);
    last = t.end;
  }
}

/**
 * Appends one sentence's tokens as the worker packed them (`readTransfer.ts`) to `data`, the same bytes
 * `writeSentenceTokens` writes for them as objects (tags and strings numbered in the same order). `tagIds` and
 * `stringIds` map the batch's string numbers to tag and string numbers (-1: not yet asked), for the batch's
 * sentences written one after another.
 */
export function writePackedTokens(
  packed: PackedTokens,
  data: ByteWriter,
  tags: Map<string, number>,
  stringId: (s: string) => number,
  tagIds: Int32Array,
  stringIds: Int32Array,
): void {
  const { tokens, strings, at, count } = packed;
  let last = 0;
  for (let i = 0, k = at; i < count; i += 1, k += TOKEN_FIELDS) {
    const start = tokens[k]!;
    const end = tokens[k + 1]!;
    const pos = tokens[k + 2]!;
    let tag = tagIds[pos]!;
    if (tag < 0) {
      const name = strings[pos]!;
      tag = tags.get(name) ?? tags.size;
      tags.set(name, tag);
      tagIds[pos] = tag;
    }
    data.int(start - last);
    data.uint(end - start);
    data.uint(tag);
    const lemma = tokens[k + 3]!;
    data.uint(lemma < 0 ? 0 : idOf(lemma, strings, stringId, stringIds) + 1);
    const own = tokens[k + 4]!;
    data.uint(own < 0 ? 0 : idOf(own, strings, stringId, stringIds) + 1);
    last = end;
  }
}

function idOf(n: number, strings: readonly string[], stringId: (s: string) => number, stringIds: Int32Array): number {
  let id = stringIds[n]!;
  if (id < 0) {
    id = stringId(strings[n]!);
    stringIds[n] = id;
  }
  return id;
}

/** Writes each sentence's tokens (`texts[i]` is sentence i's text, which a token's text is usually a slice of). */
export function encodeTokens(lists: TokenLists, texts: readonly string[], w: ByteWriter, strings: StringTable): void {
  const tags = new Map<string, number>();
  const count = listCount(lists);
  const sizes = new ByteWriter(count * 3 + 16);
  const data = new ByteWriter(1 << 16);
  const stringId = (s: string): number => strings.id(s);
  for (let i = 0; i < count; i += 1) {
    const tokens = listAt(lists, i);
    // A sentence without a text string is written as it is, for the loader's shape check to refuse.
    const given = texts[i];
    const text = typeof given === 'string' ? given : '';
    const before = data.length;
    writeSentenceTokens(tokens, text, data, tags, stringId);
    sizes.uint(tokens.length);
    sizes.uint(data.length - before);
  }
  w.uint(count);
  w.uint(tags.size);
  for (const tag of tags.keys()) w.uint(strings.id(tag));
  w.bytes(sizes.view());
  w.bytes(data.view());
}

/** The decoded section: each sentence's tokens made on demand (`tokensOf`). */
export class TokenColumns {
  /** Columns over parts made elsewhere (`TokenStore`, which writes the same bytes as `encodeTokens`). */
  static of(
    count: number,
    tags: readonly string[],
    tokenCounts: Uint32Array,
    offsets: Float64Array,
    data: Uint8Array,
    strings: readonly string[],
  ): TokenColumns {
    return new TokenColumns(count, tags, tokenCounts, offsets, data, strings);
  }

  private constructor(
    readonly count: number,
    private readonly tags: readonly string[],
    private readonly tokenCounts: Uint32Array,
    /** Sentence i's tokens are bytes [offsets[i], offsets[i + 1]) of `data`. */
    private readonly offsets: Float64Array,
    private readonly data: Uint8Array,
    private readonly strings: readonly string[],
  ) {}

  /**
   * Reads what `encodeTokens` wrote (the token bytes are kept, not decoded).
   * @throws Error prefixed `tokenColumns:` (or `byteStreams:`) on data that does not decode
   */
  static decode(bytes: Uint8Array, strings: readonly string[]): TokenColumns {
    const r = new ByteReader(bytes);
    const count = r.uint();
    const tags = new Array<string>(r.uint());
    for (let i = 0; i < tags.length; i += 1) {
      const tag = strings[r.uint()];
      if (tag === undefined) throw new Error('tokenColumns: a tag is not in the string table');
      tags[i] = tag;
    }
    const tokenCounts = new Uint32Array(count);
    const offsets = new Float64Array(count + 1);
    for (let i = 0; i < count; i += 1) {
      tokenCounts[i] = r.uint();
      offsets[i + 1] = offsets[i]! + r.uint();
    }
    const data = r.bytes(offsets[count]!);
    if (!r.done) throw new Error('tokenColumns: bytes after the last token');
    return new TokenColumns(count, tags, tokenCounts, offsets, data, strings);
  }

  /**
   * Sentence i's tokens, `text` being the sentence's text. The varints are read in place from the section's
   * bytes (no reader or view per sentence: this runs for every sentence an answer first reads, tens of
   * thousands on the first questions after a start).
   * Tried twice and dropped (rounds 26, 27): one shared copy of each kept token's word text (a Map by the slice) cut the
   * 100k replay's peak RSS about 50 MB (798–823 → 733–766 MB) with first-round CPU p99 unchanged, but the smaller old
   * generation brought full collections into the first pass (71, 185 and 250 ms in three runs; 0–85 ms in the base's).
   * @throws Error prefixed `byteStreams:` when the sentence's bytes end inside a token
   */
  tokensOf(i: number, text: string): Token[] {
    const read = this.wordsOf(i, text, fields);
    const tokens = new Array<Token>(read.count);
    const { tags, starts, ends, lemmas } = read;
    for (let j = 0; j < read.count; j += 1) {
      // The fields in the order the build makes them, so that loaded and built tokens share one shape.
      const token: Token = { text: wordText(read, j), start: starts[j]!, end: ends[j]!, pos: tags[j]! };
      const lemma = lemmas[j];
      if (lemma !== undefined) token.lemma = lemma;
      tokens[j] = token;
    }
    return tokens;
  }

  /**
   * Sentence i's tokens written into `out`'s lists (its `count` and `text` set; each list's entries past `count` left as
   * they were), no token object made: for a reader that needs a few of the tokens' fields of a sentence it does not keep.
   * A word's text is not cut from the sentence's here but when read (`wordText`): the ranker's first-verb test reads one
   * word of each of a question's 40 candidates, and cutting every word's was 39 of the 772 MB a first pass of 2,000
   * questions allocated at 500k sentences.
   * @throws Error prefixed `byteStreams:` when the sentence's bytes end inside a token
   */
  wordsOf(i: number, text: string, out: TokenWords): TokenWords {
    const { data, tags, strings } = this;
    let at = this.offsets[i]!;
    const end = this.offsets[i + 1]!;
    const n = this.tokenCounts[i]!;
    let last = 0;
    for (let j = 0; j < n; j += 1) {
      // Five varints, nearly all one byte: read in place, a longer one through `varintAt`.
      let b = at < end ? data[at]! : 0x80;
      const z = b < 0x80 ? b : varintAt(data, at, end);
      at = b < 0x80 ? at + 1 : nextAt;
      b = at < end ? data[at]! : 0x80;
      const length = b < 0x80 ? b : varintAt(data, at, end);
      at = b < 0x80 ? at + 1 : nextAt;
      b = at < end ? data[at]! : 0x80;
      const tag = b < 0x80 ? b : varintAt(data, at, end);
      at = b < 0x80 ? at + 1 : nextAt;
      b = at < end ? data[at]! : 0x80;
      const lemma = b < 0x80 ? b : varintAt(data, at, end);
      at = b < 0x80 ? at + 1 : nextAt;
      b = at < end ? data[at]! : 0x80;
      const own = b < 0x80 ? b : varintAt(data, at, end);
      at = b < 0x80 ? at + 1 : nextAt;
      const start = last + (z % 2 === 0 ? z / 2 : -(z + 1) / 2);
      const stop = start + length;
      out.owns[j] = own === 0 ? undefined : strings[own - 1]!;
      out.starts[j] = start;
      out.ends[j] = stop;
      out.tags[j] = tags[tag]!;
      out.lemmas[j] = lemma > 0 ? strings[lemma - 1]! : undefined;
      last = stop;
    }
    out.count = n;
    out.text = text;
    return out;
  }
}

/**
 * One sentence's tokens as lists of their fields (`TokenColumns.wordsOf`), the first `count` entries of each read:
 * reused from one read to the next by whoever holds it.
 */
export interface TokenWords {
  count: number;
  /** The sentence's text, which a word's text is cut from where it has no text of its own (`wordText`). */
  text: string;
  /** A word's own text, where it is not the sentence's text from its start to its end (else undefined). */
  readonly owns: (string | undefined)[];
  readonly starts: number[];
  readonly ends: number[];
  readonly tags: string[];
  readonly lemmas: (string | undefined)[];
}

/** Empty lists for `wordsOf` to write into. */
export function tokenWordLists(): TokenWords {
  return { count: 0, text: '', owns: [], starts: [], ends: [], tags: [], lemmas: [] };
}

/** Word `j`'s text: its own, or the sentence's text from its start to its end (cut on each call). */
export function wordText(words: TokenWords, j: number): string {
  return words.owns[j] ?? words.text.slice(words.starts[j], words.ends[j]);
}

/** What `tokensOf` reads a sentence into before making its tokens. */
const fields = tokenWordLists();

/** Where the varint `varintAt` read last ended (one module slot: no object per read). */
let nextAt = 0;

/**
 * The varint at `at` of `data` (which ends at `end`), setting `nextAt` past it.
 * @throws Error prefixed `byteStreams:` when the data ends inside it or it is too long
 */
function varintAt(data: Uint8Array, at: number, end: number): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    if (at >= end) throw new Error('byteStreams: data ends inside a number');
    const byte = data[at++]!;
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) {
      nextAt = at;
      return value;
    }
    scale *= 0x80;
    if (scale > 2 ** 56) throw new Error('byteStreams: number too long');
  }
}
