/**
 * The context of one date mention: its sentence's words on either side (read through a small window), the published
 * day, the tense around it, and what has been read so far; with the text helpers that find the mention and its words.
 */
import type { EventTime } from '../dateTense.js';
import type { Relation } from './dateLexicon.js';
import { RELATION_PHRASES } from './dateLexicon.js';
import { allMatches } from '../allMatches.js';

/** Characters read on either side of a mention for its context words. */
export const CONTEXT_WINDOW = 160;

/** A position in the sentence that a context word occupies. */
export interface ContextWord {
  lower: string;
  start: number;
  end: number;
  punct: boolean;
}

/** What the resolvers have read of the words around a mention so far: the one part of a context they change. */
export interface Reading {
  /** How many of `left` / `right` were read as part of the mention. */
  usedLeft: number;
  usedRight: number;
  /** Relation read from the words before the mention (or in it). */
  relation: Relation | undefined;
  /** The mention started with "in" ("in two days"). */
  leadIn: boolean;
  /** The mention started with "within" (a duration). */
  leadWithin: boolean;
}

/**
 * A mention's context: the published day, the words on either side, the tense of the event around it (read on first
 * use) — fixed once made — and `reading`, the record of what the resolvers took in, which they update as they read.
 */
export interface Ctx {
  readonly anchor: number | undefined;
  /** Words before the mention, nearest first (stops at punctuation). */
  readonly left: readonly ContextWord[];
  /** Words after the mention, nearest first (stops at punctuation). */
  readonly right: readonly ContextWord[];
  /** Tense of the event around the mention (computed on first use). */
  readonly tense: () => EventTime | undefined;
  /** The mention is followed by a possessive "'s" ("Sunday's meeting"). */
  readonly possessive: boolean;
  readonly reading: Reading;
}

/** Replace typographic quotes/dashes/spaces with ASCII ones, one code unit for one, so offsets are kept. */
export function normalize(s: string): string {
  return s
    .replace(/[\u2018\u2019\u201B\u0060\u00B4\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, '-')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ');
}

/** A character outside ASCII, which `toLowerCase` may change or lengthen ("İ"). */
const NON_ASCII = /[\u0080-\uFFFF]/;

/**
 * Lower-case ASCII letters only, so that offsets into the lowered text match the original; an all-ASCII text (most)
 * by `toLowerCase`, which there lowers exactly A–Z.
 */
export function asciiLower(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** Start offsets of whole-word occurrences of `needle` in `hay` (both already lower-cased), at most `max`. */
export function occurrences(hay: string, needle: string, max: number): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  let from = 0;
  while (found.length < max) {
    const at = hay.indexOf(needle, from);
    if (at < 0) break;
    const before = at > 0 ? hay[at - 1] : undefined;
    const after = hay[at + needle.length];
    const okLeft = !isWordChar(needle[0]) || !isWordChar(before);
    const okRight = !isWordChar(needle[needle.length - 1]) || !isWordChar(after);
    if (okLeft && okRight) found.push(at);
    from = at + 1;
  }
  return found;
}

/** A word (with a clitic: "Varn's") or a punctuation mark. */
const WORD_OR_MARK = /[\p{L}\p{N}]+(?:'[\p{L}]+)?|[^\s\p{L}\p{N}]/gu;

/** Words and punctuation marks of `text`, offsets shifted by `offset`. */
export function contextWordsOf(text: string, offset: number): ContextWord[] {
  const out: ContextWord[] = [];
  for (const m of allMatches(WORD_OR_MARK, text)) {
    const start = (m.index ?? 0) + offset;
    out.push({ lower: m[0].toLowerCase(), start, end: start + m[0].length, punct: !isWordChar(m[0][0]) });
  }
  return out;
}

/** Context words on one side, nearest first, up to the first punctuation mark (hyphens and apostrophes pass). */
export function contextWords(ws: ContextWord[], max: number): ContextWord[] {
  return readContext(ws, max).words;
}

/** {@link contextWords}, and whether it read every word it was given (so a wider window might give more). */
function readContext(ws: ContextWord[], max: number): { words: ContextWord[]; exhausted: boolean } {
  const out: ContextWord[] = [];
  for (const w of ws) {
    if (out.length >= max) return { words: out, exhausted: false };
    if (w.punct) {
      if (w.lower === '-' || w.lower === "'") continue;
      return { words: out, exhausted: false };
    }
    out.push(w);
  }
  return { words: out, exhausted: true };
}

/** Characters read first on either side of a mention: most context is a few short words, found in this. */
const NEAR_WINDOW = 48;

/**
 * The {@link contextWords} of `text` (already normalised) before offset `at`, nearest first, within
 * {@link CONTEXT_WINDOW} characters: read from a short window first (cut at a space, so no word is cut), and from the
 * whole window only when the short one runs out before `max` words or a punctuation mark. The same words, for less
 * tokenising per mention.
 */
export function contextWordsBefore(text: string, at: number, max: number): ContextWord[] {
  const widest = Math.max(0, at - CONTEXT_WINDOW);
  let from = Math.max(widest, at - NEAR_WINDOW);
  while (from > widest && from < at && !/\s/.test(text[from]!)) from += 1;
  if (from > widest && from < at) {
    const read = readContext(contextWordsOf(text.slice(from, at), from).reverse(), max);
    if (!read.exhausted) return read.words;
  }
  return contextWords(contextWordsOf(text.slice(widest, at), widest).reverse(), max);
}

/** See {@link contextWordsBefore}: the context words at the start of `text` (the window after a mention), offsets shifted by `offset`. */
export function contextWordsAfter(text: string, offset: number, max: number): ContextWord[] {
  let to = Math.min(text.length, NEAR_WINDOW);
  while (to > 0 && to < text.length && !/\s/.test(text[to]!)) to -= 1;
  if (to > 0 && to < text.length) {
    const read = readContext(contextWordsOf(text.slice(0, to), offset), max);
    if (!read.exhausted) return read.words;
  }
  return contextWords(contextWordsOf(text, offset), max);
}

/** Lower-cased mention, quotes and trailing punctuation and possessives removed, whitespace collapsed. */
export function cleanCore(s: string): string {
  let c = normalize(s).toLowerCase().replace(/\s+/g, ' ').trim();
  c = c.replace(/^["'([]+|["')\],;:!?]+$/g, '').trim();
  c = c.replace(/(?:'s|s')$/, (m) => (m === "s'" ? 's' : '')).trim();
  c = c.replace(/\.$/, '').trim();
  return c;
}

/** Relation phrase at the start of `words` (in reading order), if any: [relation, number of words]. */
export function relationAt(words: string[]): [Relation, number] | undefined {
  for (let n = Math.min(3, words.length); n >= 1; n -= 1) {
    const rel = RELATION_PHRASES.get(words.slice(0, n).join(' '));
    if (rel) return [rel, n];
  }
  return undefined;
}
