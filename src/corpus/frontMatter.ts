/**
 * Small, pure helpers for reading corpus files: front matter splitting, field
 * normalisation and title derivation. No disk access here.
 */
import { parseDocument } from 'yaml';

/** Result of {@link splitFrontMatter}. */
export type FrontMatterSplit =
  | { kind: 'none'; body: string }
  | { kind: 'ok'; data: Record<string, unknown>; body: string }
  | { kind: 'error'; reason: string };

const OPEN_LINE = /^---[ \t]*$/;
const CLOSE_LINE = /^---[ \t]*$/;

/**
 * Splits `text` (already LF-normalised) into YAML front matter and body.
 *
 * Front matter is present when the very first line is `---`; it runs to the
 * next line that is exactly `---`. The YAML is parsed with the `yaml`
 * package's default (YAML 1.2 core) schema, so an unquoted `2025-11-30`
 * stays a string and is validated literally (the 1.1 timestamp type would
 * silently turn `2025-02-30` into March 2nd).
 *
 * Errors: an unterminated block, a YAML syntax error (with the line number
 * in the file), or YAML that is not a mapping. An empty block is an empty
 * mapping.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const lines = text.split('\n');
  if (lines.length === 0 || !OPEN_LINE.test(lines[0] ?? '')) {
    return { kind: 'none', body: text };
  }
  let close = -1;
  for (let i = 1; i < lines.length; i++) {
    if (CLOSE_LINE.test(lines[i] ?? '')) {
      close = i;
      break;
    }
  }
  if (close === -1) {
    return { kind: 'error', reason: 'front matter has no closing --- line' };
  }
  const yamlText = lines.slice(1, close).join('\n');
  const body = lines.slice(close + 1).join('\n');

  if (Buffer.byteLength(yamlText) > FRONT_MATTER_LIMITS.bytes) {
    return { kind: 'error', reason: `front matter is larger than ${FRONT_MATTER_LIMITS.bytes / 1024} KB` };
  }
  const doc = parseDocument(yamlText, { prettyErrors: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const yamlLine = firstError.linePos?.[0]?.line;
    // The YAML starts on line 2 of the file (after the opening ---).
    const where = yamlLine === undefined ? '' : ` (line ${yamlLine + 1})`;
    return { kind: 'error', reason: `front matter is not valid YAML${where}` };
  }
  let value: unknown;
  try {
    // An alias bomb (aliases of aliases, "billion laughs") expands exponentially: the yaml package stops it
    // when the aliases would be resolved more than maxAliasCount times, and throws.
    value = doc.toJS({ maxAliasCount: FRONT_MATTER_LIMITS.aliases });
  } catch {
    return { kind: 'error', reason: `front matter uses YAML aliases more than ${FRONT_MATTER_LIMITS.aliases} times` };
  }
  if (depthOf(value, FRONT_MATTER_LIMITS.depth + 1) > FRONT_MATTER_LIMITS.depth) {
    return { kind: 'error', reason: `front matter is nested deeper than ${FRONT_MATTER_LIMITS.depth} levels` };
  }
  if (value === null || value === undefined) {
    return { kind: 'ok', data: {}, body };
  }
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date || value instanceof Map) {
    return { kind: 'error', reason: 'front matter is not a YAML mapping' };
  }
  return { kind: 'ok', data: value as Record<string, unknown>, body };
}

/**
 * Limits on the YAML of one file's front matter, so a hostile file costs little and is skipped with its
 * reason instead of stopping the load: its size, how often aliases may be expanded, and nesting depth.
 * Real front matter is a flat mapping of a few short fields.
 */
export const FRONT_MATTER_LIMITS = { bytes: 64 * 1024, aliases: 50, depth: 8 } as const;

/** Nesting depth of a parsed YAML value (a scalar is 0), counted no further than `stop`. */
function depthOf(value: unknown, stop: number): number {
  if (stop <= 0 || value === null || typeof value !== 'object' || value instanceof Date) return 0;
  let deepest = 0;
  const children = value instanceof Map ? [...value.values()] : Array.isArray(value) ? value : Object.values(value);
  for (const child of children) {
    deepest = Math.max(deepest, depthOf(child, stop - 1));
    if (deepest >= stop - 1) break;
  }
  return 1 + deepest;
}

/** Thrown by the field normalisers; the message is a ready-made skip reason. */
export class FieldError extends Error {
  override name = 'FieldError';
}

/**
 * Normalises a free-text front-matter field (title, source, author).
 *
 * Strings are trimmed (empty → absent); numbers and booleans become their
 * text; a list of such values (e.g. several authors) is joined with ", ".
 * Anything else (a mapping, a date object) is a {@link FieldError}.
 */
export function textField(key: string, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') {
    const t = value.replace(/\s+/g, ' ').trim();
    return t === '' ? undefined : t;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (Array.isArray(value)) {
    const parts: string[] = [];
    for (const item of value) {
      if (Array.isArray(item)) throw new FieldError(`front matter field "${key}" is not text`);
      const t = textField(key, item);
      if (t !== undefined) parts.push(t);
    }
    return parts.length === 0 ? undefined : parts.join(', ');
  }
  throw new FieldError(`front matter field "${key}" is not text`);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Normalises a `published` value to `YYYY-MM-DD`.
 *
 * Accepts a `YYYY-MM-DD` string (optionally followed by an ISO time, which is
 * dropped) naming a real calendar day, or a JS `Date` (as YAML 1.1 timestamp
 * parsing would produce; its UTC day is used). Absent/empty → `undefined`.
 * Anything else throws a {@link FieldError} whose message quotes the value.
 */
export function normalisePublished(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new FieldError('published is not a valid date');
    return value.toISOString().slice(0, 10);
  }
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
  if (text === '') return undefined;
  if (text !== undefined) {
    const m = ISO_DATE.exec(text);
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      const probe = new Date(Date.UTC(y, mo - 1, d));
      if (probe.getUTCFullYear() === y && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d) {
        return `${m[1]}-${m[2]}-${m[3]}`;
      }
    }
    throw new FieldError(`published is not a valid YYYY-MM-DD date: ${quote(text)}`);
  }
  throw new FieldError('published is not a valid YYYY-MM-DD date');
}

/**
 * Normalises a `url` value: must parse as an absolute `http:` or `https:`
 * URL. Returned as written (trimmed), not re-serialised. Absent/empty →
 * `undefined`; anything else throws a {@link FieldError}.
 */
export function normaliseUrl(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'string') throw new FieldError('url is not an http(s) URL');
  const text = value.trim();
  if (text === '') return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(text);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') {
    throw new FieldError(`url is not an http(s) URL: ${quote(text)}`);
  }
  return text;
}

/** JSON-quotes a value for a reason, shortened to keep reasons one short line. */
function quote(text: string): string {
  const chars = Array.from(text);
  return JSON.stringify(chars.length > 60 ? `${chars.slice(0, 59).join('')}…` : text);
}

/** Longest derived title, in characters (code points), ellipsis included. */
export const MAX_DERIVED_TITLE = 80;

// Words that end in a period without ending a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'cmdr',
  'sen',
  'rep',
  'gov',
  'pres',
  'amb',
  'rev',
  'st',
  'jr',
  'sr',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
]);

/**
 * The first sentence-ish span of `text` (whitespace already collapsed): up
 * to the first `.`, `!` or `?` (plus closing quotes/brackets) that is
 * followed by a space and an upper-case letter, digit or opening quote, and
 * that does not end an abbreviation (`Mr.`, `Gen.`) or initials (`U.S.`).
 */
export function firstSentence(text: string): string {
  const re = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].startsWith('.')) {
      const before = text.slice(0, m.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      if (/^(?:\p{L}\.)*\p{L}$/u.test(word)) continue; // initials: "U.S", "J"
    }
    return text.slice(0, m.index + m[0].length);
  }
  return text;
}

/**
 * Makes a title for an article that has none: the first sentence of the
 * first paragraph, whitespace collapsed, leading Markdown markers removed and
 * a single trailing period dropped. When longer than
 * {@link MAX_DERIVED_TITLE} characters it is cut at a word boundary and ends
 * with "…" (the result, ellipsis included, is at most that long).
 */
export function deriveTitle(body: string): string {
  const firstPara = body.trim().split(/\n[ \t]*\n/)[0] ?? '';
  const text = firstPara
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:(?:#{1,6}|>|[-*+]|\d+[.)])\s+)+/, '');
  let sentence = firstSentence(text);
  if (sentence.endsWith('.') && !sentence.endsWith('..')) sentence = sentence.slice(0, -1);
  return shorten(sentence, MAX_DERIVED_TITLE);
}

/** Cuts `text` at a word boundary to at most `max` code points, adding "…" when cut. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const room = chars.slice(0, max - 1).join('');
  const lastSpace = room.lastIndexOf(' ');
  // Cut at the last space unless that would throw away most of the room
  // (one giant word): then cut mid-word.
  let cut = lastSpace >= room.length / 2 ? room.slice(0, lastSpace) : room;
  cut = cut.replace(/[\s,;:–—-]+$/u, '');
  return `${cut}…`;
}
