import type { StorySentence } from '../story/story.js';
import type { Mention } from './mentions.js';

/**
 * "How long ago …?" and "How long has X been …?" ask for a span of time that a date answers: "**300 years ago**",
 * "**since the 1950s**". The first wants a time told as so long ago, the second the date a state has held
 * since.
 */
export type DateSpanAsked = 'ago' | 'since';

/** Which date a how-long question asks for, if it asks for one. */
export function dateSpanAsked(question: string): DateSpanAsked | undefined {
  if (/^\W*how\s+long\s+ago\b/i.test(question)) return 'ago';
  if (/^\W*how\s+long\s+(?:has|have|had)\b/i.test(question)) return 'since';
  return undefined;
}

/** "since", with "at least", "about", "the", "mid-" … before the date. */
const SINCE_BEFORE =
  /\bsince\s+(?:(?:at\s+least|about|around|roughly|approximately|as\s+early\s+as)\s+)?(?:the\s+)?(?:(?:early|mid|late)(?:-|\s+))?$/i;

/** A count of time units told as so long ago, with any word that hedges it: "more than 300 years ago". */
const AGO_SPAN =
  /\b(?:(?:more\s+than|over|about|around|roughly|some|nearly|almost|up\s+to|at\s+least)\s+)?(?:an?|\d[\d.,–-]*|[\p{Ll}-]+)(?:\s+(?:hundred|thousand|million|billion))?\s+(?:years?|decades?|centuries|months?|weeks?|days?|millennia)\s+ago\b/giu;

/**
 * The dates of a sentence that answer a how-long question asking for one: for "ago", each span told as so long ago
 * ("more than **300 years ago**"), typed as the date it is; for "since", each date after "since", shown with it
 * ("**since the 1950s**"), typed as the duration the question asks for.
 */
export function dateSpans(sentence: StorySentence, asked: DateSpanAsked): Mention[] {
  const text = sentence.text;
  const out: Mention[] = [];
  if (asked === 'ago') {
    for (const m of text.matchAll(AGO_SPAN)) out.push({ type: 'DATE', text: m[0], start: m.index, end: m.index + m[0].length });
    return out;
  }
  for (const e of sentence.entities) {
    if (e.type !== 'DATE') continue;
    const before = text.slice(Math.max(0, e.start - 40), e.start);
    const since = SINCE_BEFORE.exec(before);
    if (!since) continue;
    const start = e.start - (before.length - since.index);
    out.push({ type: 'DURATION', text: text.slice(start, e.end), start, end: e.end });
  }
  return out;
}
