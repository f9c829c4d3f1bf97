import { isGivenName } from '../text/places.js';
import { namedInQuestion } from './rankSentences.js';

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
  return /[\p{L}\p{N}]{3}/u.test(word) && namedInQuestion(word, word, question);
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
  const words = [...span.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  if (words.length < 2) return null;
  const isNamed = words.map((w) => named(w.text.replace(/[’']s$/, ''), question));
  let from = 0;
  while (from < words.length && (isNamed[from] || (JOINER.test(words[from]!.text) && isNamed[from + 1]))) from += 1;
  let to = words.length;
  while (to > from && (isNamed[to - 1] || (JOINER.test(words[to - 1]!.text) && isNamed[to - 2]))) to -= 1;
  if ((from === 0 && to === words.length) || to <= from) return null;
  // A person's rest is a full name: "Vance" left of "Orla Vance" is the person the question named.
  if (person && (to < words.length || to - from < 2)) return null;
  if (words.slice(0, from).some((w) => isGivenName(w.text))) return null;
  while (from < to && JOINER.test(words[from]!.text)) from += 1;
  while (to > from && JOINER.test(words[to - 1]!.text)) to -= 1;
  const rest = words.slice(from, to);
  if (rest.length === 0 || isNamed.slice(from, to).some(Boolean)) return null;
  if (!/^[\p{Lu}\p{N}]/u.test(rest[0]!.text) || !rest.some((w) => /[\p{L}\p{N}]{3}/u.test(w.text))) return null;
  const start = span.start + rest[0]!.start;
  const end = span.start + rest.at(-1)!.end;
  return { text: span.text.slice(rest[0]!.start, rest.at(-1)!.end), start, end };
}
