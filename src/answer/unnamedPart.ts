import { isGivenName } from '../text/places.js';
import { namedInQuestion } from './rankSentences.js';
import { sentenceMemo } from './sentenceMemo.js';

/** A span of a sentence: its text and character offsets. */
export interface NamedSpan {
  text: string;
  start: number;
  end: number;
}

/** Small words that join the parts of a name ("Bank of X", "the X"): stripped with the named words beside them. */
const JOINER = /^(?:of|the|and|de|la|von|van|&)$/i;

/** Whether a word of a name is one the question uses (a word of three letters or more, as `namedInQuestion` reads it). */
function named(word: string, question: string): boolean {
  return THREE_CHARACTERS.test(word) && namedInQuestion(word, word, question);
}

/** Three letters or figures in a row. */
const THREE_CHARACTERS = /[\p{L}\p{N}]{3}/u;
const POSSESSIVE_END = /[’']s$/;
const NAME_OPENING = /^[\p{Lu}\p{N}]/u;
const NAME_WORD = /\S+/g;

/** A span's words with their offsets in it, kept for recent spans (the same names are asked of question after question). */
const spanWords = sentenceMemo<string, readonly NamedSpan[]>(8_192);

function wordsOfSpan(text: string): readonly NamedSpan[] {
  return spanWords.get(text, () => {
    const out: NamedSpan[] = [];
    for (const m of text.matchAll(NAME_WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    return out;
  });
}

/**
 * The part of a name the question does not name, where the question names the words at one edge of it: the
 * title before a person ("*Harbour Commissioner* **Ada Vell**" for "Who is the harbour commissioner?"), the
 * series before its number ("*Grand Prix* **XIV**" for "Which Grand Prix …"), or the noun a what/which question
 * names its answer by after the name ("**Ostwick** *Forest*" for "What forest …"). The whole name is no answer
 * there, since the question names it; its rest is.
 *
 * Null when the question names no edge word, names a word in the middle, or what is left is no name (no capital
 * or figure first, no word of three characters). A person's name keeps its surname ("Who did *Vell* meet?" says
 * nothing of "Ada"), and a given name stripped from the front means the question named the person.
 *
 * @example unnamedPart({ text: 'Harbour Commissioner Ada Vell', start: 0, end: 29 }, 'who is the harbour commissioner?', true)
 *   // → { text: 'Ada Vell', start: 21, end: 29 }
 */
export function unnamedPart(span: NamedSpan, question: string, person: boolean): NamedSpan | null {
  const words = wordsOfSpan(span.text);
  if (words.length < 2) return null;
  const isNamed = words.map((w) => named(w.text.replace(POSSESSIVE_END, ''), question));
  let from = 0;
  while (from < words.length && (isNamed[from] || (JOINER.test(words[from]!.text) && isNamed[from + 1]))) from += 1;
  let to = words.length;
  while (to > from && (isNamed[to - 1] || (JOINER.test(words[to - 1]!.text) && isNamed[to - 2]))) to -= 1;
  if ((from === 0 && to === words.length) || to <= from) return null;
  // A person's rest is a full name: "Vance" left of "Orla Vance" is the person the question named.
  if (person && (to < words.length || to - from < 2)) return null;
  for (let k = 0; k < from; k += 1) if (isGivenName(words[k]!.text)) return null;
  while (from < to && JOINER.test(words[from]!.text)) from += 1;
  while (to > from && JOINER.test(words[to - 1]!.text)) to -= 1;
  if (to <= from) return null;
  let long = false;
  for (let k = from; k < to; k += 1) {
    if (isNamed[k]) return null;
    long ||= THREE_CHARACTERS.test(words[k]!.text);
  }
  const first = words[from]!;
  const last = words[to - 1]!;
  if (!NAME_OPENING.test(first.text) || !long) return null;
  return { text: span.text.slice(first.start, last.end), start: span.start + first.start, end: span.start + last.end };
}
