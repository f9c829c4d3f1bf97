import type { Token } from '../nlp/entities.js';
import { nounClass } from '../lexicon/index.js';

/** Forms of "be" after which the tagger reads a noun opening a list as a verb ("are **fog**, ice and squalls"). */
const BE_FORM = /^(?:is|are|was|were|be|been)$/i;

/** A word in small letters only. */
const LOWER_WORD = /^\p{Ll}+$/u;

/** Endings of a participle, which may well be the verb it is tagged ("were **melted**, …"). */
const PARTICIPLE_ENDING = /(?:ing|ed)$/;

/** What may follow a list's member before the next: a comma, then "and" or "or", either or both. */
const COMMA = /^,$/;
const AND_OR = /^(?:and|or)$/i;

/**
 * Whether token k is a noun the tagger read as a verb because a form of "be" stands before it, opening a list of
 * nouns: "the dangers are **fog**, ice and squalls". It is one when it is a word in small letters WordNet knows as a
 * noun, no participle, and a comma, "and" or "or" joins it to a noun (an adjective may stand first: "sudden squalls").
 */
export function listNounReadAsVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'VERB' || !BE_FORM.test(tokens[k - 1]?.text ?? '')) return false;
  if (!LOWER_WORD.test(t.text) || PARTICIPLE_ENDING.test(t.text) || nounClass(t.text) === undefined) return false;
  let n = k + 1;
  if (COMMA.test(tokens[n]?.text ?? '')) n += 1;
  if (AND_OR.test(tokens[n]?.text ?? '')) n += 1;
  if (n === k + 1) return false;
  if (tokens[n]?.pos === 'ADJ') n += 1;
  const pos = tokens[n]?.pos;
  return pos === 'NOUN' || pos === 'PROPN';
}
