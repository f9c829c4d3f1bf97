import type { Token } from '../nlp/entities.js';

/**
 * Folds text for matching names: no diacritics, lower case, straight apostrophes, no dots, single spaces.
 *
 * @example foldText('Zelenskyy’s') // → "zelenskyy's";  foldText('Olé  U.S.') // → 'ole us'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A word of a sentence: wink tokens, with hyphen-joined pieces ("son - in - law") put back together. */
export interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: string;
}

const DASHES = /^[-‐‑]$/;

/** Words of a tagged sentence: tokens glued back where wink split a hyphenated word ("son-in-law", "four-hour"). */
export function wordsOf(tokens: Token[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    // "son" "-" "in": a hyphen touching lower-case letters on both sides joins them (not "Witkoff-scheduled").
    if (prev && DASHES.test(t.text) && prev.end === t.start && next && next.start === t.end && /^\p{Ll}/u.test(next.text) && /(?:^|\s|-)[\p{Ll}\p{N}][\p{L}\p{N}]*$/u.test(prev.text)) {
      prev.text += t.text + next.text;
      prev.end = next.end;
      prev.lower = prev.text.toLowerCase();
      i += 1;
      continue;
    }
    out.push({ text: t.text, lower: t.text.toLowerCase(), start: t.start, end: t.end, pos: t.pos });
  }
  return out;
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

export function isPossessiveMark(word: string): boolean {
  return /^['’]s$/.test(word) || word === "'" || word === '’';
}

/** Cuts `text` to at most `max` characters at a word boundary, adding "…" when it was cut. */
export function cutAtWord(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const slice = clean.slice(0, Math.max(1, max - 1));
  const space = slice.lastIndexOf(' ');
  const cut = space > max * 0.5 ? slice.slice(0, space) : slice;
  return `${cut.replace(/[\s,;:.—–-]+$/u, '')}…`;
}
