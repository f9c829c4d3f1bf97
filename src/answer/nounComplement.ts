import type { Token } from '../nlp/entities.js';
import { happeningKinds, isVerbLemma, nounClass, nounLemma } from '../lexicon/index.js';
import { foldClass } from './spanContext.js';

/** Prepositions that open the complement a bare noun of an act, a state or a quality needs ("a **gift from** the guild"). */
const COMPLEMENT_PREPOSITION = /^(?:for|from|with|on|between)$/;

/**
 * WordNet's nouns of a change or a difference in amount or kind: a noun that is one, or one step below one ("a **rise
 * in rents**", "the **differences in yield**"), takes "in" before what changed or differs.
 */
const CHANGE_KINDS: ReadonlySet<string> = new Set(['change', 'alteration', 'increase', 'decrease', 'growth', 'variation', 'fluctuation']);

/** A word in small letters only. */
const LOWER_WORD = /^\p{Ll}+$/u;

/** Words of a complement's noun phrase, at most this many (past its article). */
const MAX_COMPLEMENT_WORDS = 4;

/** What a bare complement opens with: a noun, a name or a describing word, not an article, a possessive or a figure. */
const BARE_OPENING_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/** What a complement's phrase ends in: its noun ("for **more**" is no complement). */
const NOUN_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

/**
 * Where the complement of a phrase ending in a lower-case noun at token `at` ends, or -1: the prepositional phrase
 * right after it whose words `inside` marks as a noun phrase's and none of which the question writes (`asked`).
 *
 * A lone noun (`alone`) of an act, an event, a state, a quality or a message (WordNet's class; `foldClass` 'abstract')
 * takes one after for / from / with / on / between, article and all ("a **plea for the crews**", "an **exemption from
 * tolls**"); a noun of a thing, a person or a place stands alone ("a **mill** for the guild"). SQuAD reading F1 0.5505 →
 * 0.5507, what 0.4857 → 0.4861, held back 0.5761 → 0.5762 (6 won, 1 lost). Measured before it, on the best answers of
 * one lower-case word: "in" and "to" as often lost as won, "at", "by", "into" and "over" only lost; "from", "for",
 * "with", "on" and "between" won 13 to 3. "In" after a noun of a change or a difference (`namesChange`: "an **increase
 * in harbour tolls**"): reading F1 0.5650 → 0.5652, what 0.4989 → 0.4993 (5 won, 0 lost).
 *
 * Any such phrase, of one word or more and any class, takes a bare complement (`bareComplementEnd`: no article or
 * possessive before its words, "the **steady demand for oak planks**", "an **appeal to reason**").
 */
export function complementEnd(
  tokens: readonly Token[],
  inside: Uint8Array,
  at: number,
  asked: (k: number) => boolean,
  alone: boolean,
): number {
  const noun = tokens[at]!;
  const preposition = tokens[at + 1];
  if (noun.pos !== 'NOUN' || !LOWER_WORD.test(noun.text) || !preposition) return -1;
  const past = alone ? loneComplementEnd(tokens, inside, at, asked) : -1;
  return past >= 0 ? past : bareComplementEnd(tokens, inside, at, asked);
}

/** `complementEnd` of a lone abstract noun or a lone noun of a change. */
function loneComplementEnd(tokens: readonly Token[], inside: Uint8Array, at: number, asked: (k: number) => boolean): number {
  const noun = tokens[at]!;
  const preposition = tokens[at + 1]!;
  const changeIn = preposition.text === 'in' && namesChange(noun.text);
  if (!changeIn && (!COMPLEMENT_PREPOSITION.test(preposition.text) || foldClass(nounClass(noun.text)) !== 'abstract')) return -1;
  let k = at + 2;
  if (tokens[k]?.pos === 'DET') k += 1;
  const first = k;
  // What changes is a thing's amount, written in small letters ("a rise in rents"), not a place or a year ("a rise in 1881").
  if (changeIn && !LOWER_WORD.test(tokens[k]?.text ?? '')) return -1;
  return phraseEnd(inside, first, asked);
}

/**
 * `complementEnd` of a bare complement: after for / from / with / on / between or "to", words with no article, no
 * possessive and no figure first, ending in a noun or a name ("a **ban on night fishing**", "**relief from harbour
 * dues**"). A complement that opens with an article names one thing the sentence's verb may take apart from the phrase
 * ("moved the barges **from the quay**"); a bare one says what kind of thing the phrase is. "To" before a verb WordNet
 * knows only as a verb is an infinitive, no complement ("a crew **to** reclaim marsh"). SQuAD reading F1 0.5995 →
 * 0.6001, held back 0.6228 → 0.6235, what 0.5268 → 0.5280: 23 won / 7 lost (held back 14 / 5), EM +5. Simulated on the
 * shown answers first: with an article allowed 32 / 21; "in" 11 / 15, "by", "through", "like" only lost.
 */
function bareComplementEnd(tokens: readonly Token[], inside: Uint8Array, at: number, asked: (k: number) => boolean): number {
  const preposition = tokens[at + 1]!.text;
  if (!COMPLEMENT_PREPOSITION.test(preposition) && preposition !== 'to') return -1;
  const first = at + 2;
  const opening = tokens[first];
  if (opening === undefined || inside[first] !== 1 || !BARE_OPENING_POS.has(opening.pos)) return -1;
  if (preposition === 'to' && isVerbLemma(opening.text.toLowerCase()) && nounClass(opening.text) === undefined) return -1;
  const k = phraseEnd(inside, first, asked);
  return k > 0 && NOUN_POS.has(tokens[k - 1]!.pos) ? k : -1;
}

/**
 * Past the noun phrase opening at token `first` (the words `inside` marks, at most `MAX_COMPLEMENT_WORDS`), or -1 when
 * there is none, it runs on past that many, or the question writes one of its words (`asked`).
 */
function phraseEnd(inside: Uint8Array, first: number, asked: (k: number) => boolean): number {
  let k = first;
  while (k < inside.length && inside[k] === 1 && k - first < MAX_COMPLEMENT_WORDS) {
    if (asked(k)) return -1;
    k += 1;
  }
  if (k === first || (k < inside.length && inside[k] === 1)) return -1;
  return k;
}

/**
 * Whether a lower-case noun names a change or a difference (`CHANGE_KINDS`, the noun itself or a kind one step above
 * it in WordNet): "increase", "shift", "differences" do; "mill", "plea" do not.
 */
function namesChange(noun: string): boolean {
  const lemma = nounLemma(noun);
  return (lemma !== undefined && CHANGE_KINDS.has(lemma)) || happeningKinds(noun).some((kind) => CHANGE_KINDS.has(kind));
}
