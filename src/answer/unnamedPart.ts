import { PLACE_PARTICLES } from '../nlp/cueWords.js';
import { commonNounClasses } from '../lexicon/index.js';
import { isGivenName } from '../text/places.js';
import { asksWhereQuestion } from './answerKind.js';
import { namedInQuestion } from './rankSentences.js';
import { textMemo } from '../text/textMemo.js';
import { FIGURES } from '../text/words.js';
import { ROMAN_NUMERAL } from '../text/romanNumerals.js';

/** A span of a sentence: its text and character offsets. */
export interface NamedSpan {
  text: string;
  start: number;
  end: number;
}

/**
 * Small words that join the parts of a name ("Bank of X", "the X", "Velden am Tarn"): stripped with the named words
 * beside them.
 */
const JOINER = /^(?:of|the|and|de|la|von|van|&)$/i;
const isJoiner = (word: string) => JOINER.test(word) || PLACE_PARTICLES.has(word);

/** Whether a word of a name is one the question uses (a word of three letters or more, as `namedInQuestion` reads it). */
function named(word: string, question: string): boolean {
  return THREE_CHARACTERS.test(word) && namedInQuestion(word, word, question);
}

/** Three letters or figures in a row. */
const THREE_CHARACTERS = /[\p{L}\p{N}]{3}/u;
const POSSESSIVE_END = /[’']s$/;
const NAME_OPENING = /^[\p{Lu}\p{N}]/u;
const NAME_WORD = /\S+/g;
/** A number in a series: figures or a Roman numeral ("XIV"). */
const SERIES_NUMBER = /^(?:\d+|[IVXLC]+)$/;

/** A span's words with their offsets in it, kept for recent spans (the same names are asked of question after question). */
const spanWords = textMemo<readonly NamedSpan[]>(8_192);

function wordsOfSpan(text: string): readonly NamedSpan[] {
  return spanWords.get(text, spanWordsRead);
}

function spanWordsRead(text: string): readonly NamedSpan[] {
  const out: NamedSpan[] = [];
  for (const m of text.matchAll(NAME_WORD)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
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
 * nothing of "Ada"), and a given name stripped from the front means the question named the person. The words named
 * at the front of a thing's name (not a person's) are stripped only before a series number or a given name, or for a
 * where-question where the rest follows "of" or is one common noun (`placeAfterNamed`); else the thing keeps them ("**Harbour Arts Trust**" for "What harbour charity …", not "Arts
 * Trust": the question names a word of it, not the trust). SQuAD reading (round 30) F1 0.5248 → 0.5258, what 0.4607
 * → 0.4618, which 0.4308 → 0.4341, who 0.5930 → 0.5958, held back 0.5520 → 0.5528: 30 won / 6 lost (training 17 /
 * 4, held back 13 / 2); eval:kit identical. For where-questions too: where 0.5018 → 0.4994 (7 won / 3 lost, the
 * losses a whole region over the town); kept only where the rest is one word: F1 0.5255; not for any place
 * question: 0.5253 (which unchanged).
 *
 * @example unnamedPart({ text: 'Harbour Commissioner Ada Vell', start: 0, end: 29 }, 'who is the harbour commissioner?', true)
 *   // → { text: 'Ada Vell', start: 21, end: 29 }
 */
export function unnamedPart(span: NamedSpan, question: string, person: boolean): NamedSpan | null {
  const words = wordsOfSpan(span.text);
  if (words.length < 2) return null;
  const isNamed = words.map((w) => named(w.text.replace(POSSESSIVE_END, ''), question));
  // "What route runs to the ferry pier?" → "**Harbour Route 46**": the question names the kind of thing, the number after it
  // says which; the whole name answers, unless the question holds the number too.
  if (numberAfterNamed(words, isNamed, question)) return { text: span.text, start: span.start, end: span.end };
  let from = 0;
  while (from < words.length && (isNamed[from] || (isJoiner(words[from]!.text) && isNamed[from + 1]))) from += 1;
  let to = words.length;
  while (to > from && (isNamed[to - 1] || (isJoiner(words[to - 1]!.text) && isNamed[to - 2]))) to -= 1;
  if ((from === 0 && to === words.length) || to <= from) return null;
  // A person's rest is a full name: "Vance" left of "Orla Vance" is the person the question named. A sovereign's
  // name and number before "of" and the realm the question names is one ("**Aldo I** of Tarnby" for "Who ruled Tarnby?").
  if (person && ((to < words.length && !regnalBeforeOf(words, to)) || to - from < 2)) return null;
  for (let k = 0; k < from; k += 1) if (isGivenName(words[k]!.text)) return null;
  while (from < to && isJoiner(words[from]!.text)) from += 1;
  while (to > from && isJoiner(words[to - 1]!.text)) to -= 1;
  if (to <= from) return null;
  let long = false;
  for (let k = from; k < to; k += 1) {
    if (isNamed[k]) return null;
    long ||= THREE_CHARACTERS.test(words[k]!.text);
  }
  // Past words the question names at the front, only a series number or a person is a name of its own ("*Grand Prix*
  // **XIV**", "*Harbour Commissioner* **Ada Vell**"): the rest of a thing's name is no name ("*Harbour* Arts Trust",
  // "*Dunmore* Evening Post"), so the thing keeps its whole name, which the question names only in part.
  if (
    !person &&
    from > 0 &&
    !SERIES_NUMBER.test(words[from]!.text) &&
    !isGivenName(words[from]!.text) &&
    !placeAfterNamed(words, from, to, question)
  )
    from = 0;
  const first = words[from]!;
  const last = words[to - 1]!;
  if (!NAME_OPENING.test(first.text) || !long) return null;
  return { text: span.text.slice(first.start, last.end), start: span.start + first.start, end: span.start + last.end };
}

/** Whether a name ends in figures the question does not hold, right after a word the question names ("Route 46"). */
function numberAfterNamed(words: readonly NamedSpan[], isNamed: readonly boolean[], question: string): boolean {
  const last = words.length - 1;
  return last >= 1 && FIGURES.test(words[last]!.text) && isNamed[last - 1]! && !question.includes(words[last]!.text);
}

/** Whether the words up to `to` end in a regnal number and "of" (the realm after it stripped as named). */
function regnalBeforeOf(words: readonly NamedSpan[], to: number): boolean {
  return to >= 3 && words[to - 1]!.text === 'of' && ROMAN_NUMERAL.test(words[to - 2]!.text);
}

/**
 * For a where-question, whether the rest of a name past the words the question names at its front is the place asked:
 * what follows "of" ("*Harbour Board of* **Tarnby**" for "Where did the harbour board meet?"), or one common noun ("*Tolly* **Gorge**",
 * shown whole by mentions.ts `restShown`). Any other rest leaves the place its whole name ("**Fort Tolly**" for "Where was
 * the second fort built?", "**Velden Telephone Exchange**" for "Where did Ada work in Velden?"). SQuAD reading against
 * stripping every named front for a where-question: where 0.5896 → 0.5921 (5 won, 1 lost: a region's name
 * ending in a demonym kept whole, over a list of its towns; stripping none: 5 won / 3 lost).
 */
function placeAfterNamed(words: readonly NamedSpan[], from: number, to: number, question: string): boolean {
  if (!asksWhereQuestion(question)) return false;
  if (isJoiner(words[from - 1]!.text)) return true;
  return to - from === 1 && commonNounClasses(words[from]!.text.toLowerCase()).length > 0;
}
