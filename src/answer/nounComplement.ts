import type { Token } from '../nlp/entities.js';
import { happeningKinds, nounClass, nounLemma } from '../lexicon/index.js';
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

/**
 * Where the complement of a lone abstract noun ends, or -1: for a phrase of one lower-case noun of an act, an event, a
 * state, a quality or a message (WordNet's class; `foldClass` 'abstract') at token `at`, the prepositional phrase right
 * after it ("a **plea for calm**", "an **exemption from tolls**") whose words `inside` marks as a noun phrase's and none
 * of which the question writes (`asked`). A noun of a thing, a person or a place stands alone ("a **mill** for grain").
 * SQuAD reading F1 0.5505 → 0.5507, what 0.4857 → 0.4861, held back 0.5761 → 0.5762 (6 won, 1 lost). Measured before
 * it, on the best answers of one lower-case word: "in" and "to" as often lost as won, "at", "by", "into" and "over"
 * only lost; "from", "for", "with", "on" and "between" won 13 to 3. "In" after a noun of a change or a difference
 * (`namesChange`: "an **increase in harbour tolls**"): reading F1 0.5650 → 0.5652, what 0.4989 → 0.4993 (5 won, 0 lost).
 */
export function complementEnd(tokens: readonly Token[], inside: Uint8Array, at: number, asked: (k: number) => boolean): number {
  const noun = tokens[at]!;
  const preposition = tokens[at + 1];
  if (noun.pos !== 'NOUN' || !LOWER_WORD.test(noun.text) || !preposition) return -1;
  const changeIn = preposition.text === 'in' && namesChange(noun.text);
  if (!changeIn && (!COMPLEMENT_PREPOSITION.test(preposition.text) || foldClass(nounClass(noun.text)) !== 'abstract')) return -1;
  let k = at + 2;
  if (tokens[k]?.pos === 'DET') k += 1;
  const first = k;
  // What changes is a thing's amount, written in small letters ("a rise in rents"), not a place or a year ("a rise in 1881").
  if (changeIn && !LOWER_WORD.test(tokens[k]?.text ?? '')) return -1;
  while (k < tokens.length && inside[k] === 1 && k - first < MAX_COMPLEMENT_WORDS) {
    if (asked(k)) return -1;
    k += 1;
  }
  if (k === first || (k < tokens.length && inside[k] === 1)) return -1;
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
