import { isPersonNoun } from '../nlp/cueWords.js';
import type { Token } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';

/** A word opening with a small letter. */
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * Whether the candidate of tokens [startAt, endAt] describes the common noun right after it — a word taken out of its
 * noun phrase ("the **Norse** fleets", "**Supplementary** rules", "a **steam** engine") — where that noun is neither
 * the question's focus noun ("the **Orrin** dynasty" for "Which dynasty …": focusBeside.ts) nor another of its words.
 * Such a word names which one of the noun's kind, so it answers a which-NOUN question on that noun, seldom one asking for
 * a person, a place or a thing by another noun. A feature of the candidate model (candidateModel.ts) for a one-word
 * candidate, whose weight the fit learns (round 34, fitted alone: −0.54, and −0.55 more for a capitalised word, −0.75
 * more for a place; SQuAD reading F1 0.5323 → 0.5325, held back 0.5596 → 0.5601; see fitCandidates.ts). Counted on
 * SQuAD reading before it (scripts/loneModifierStudy.ts): 650 one-word answers stand right before a noun (148 of them
 * figures), 374 right, 202 wrong with the gold elsewhere, 41 where the gold is the word's whole noun phrase; of the 249
 * capitalised ones (demonyms 21), 98 right, 21 the whole phrase.
 *
 * @example describesNoun(tokens of "The Norse fleets sailed west.", 1, 1, 'empire', isAsked) // → true
 */
export function describesNoun(
  tokens: readonly Token[],
  startAt: number,
  endAt: number,
  focus: string | null,
  asked: (t: Token) => boolean,
): boolean {
  if (startAt < 0 || endAt < startAt) return false;
  const next = tokens[endAt + 1];
  if (next === undefined || !(next.pos === 'NOUN' || personHeadAdjective(tokens, endAt + 1)) || !LOWER_FIRST.test(next.text) || asked(next))
    return false;
  return focus === null || termOf(next.text) !== focus;
}

/** Tags of a word that ends the noun phrase before it: a verb, a preposition or a stop. */
const PHRASE_END = /^(?:AUX|VERB|ADP|PUNCT)$/;

/**
 * Whether the word at `at`, tagged an adjective, is a person noun heading its phrase ("the Velden **chief** resigned"):
 * the tagger files some person nouns as adjectives, and a verb, a preposition or a stop follows.
 */
function personHeadAdjective(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at]!;
  const after = tokens[at + 1];
  return t.pos === 'ADJ' && (after === undefined || PHRASE_END.test(after.pos)) && isPersonNoun(t.text.toLowerCase());
}
