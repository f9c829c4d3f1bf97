import { commonNounClasses } from '../lexicon/index.js';
import type { Token } from '../nlp/entities.js';
import { isComparative } from './comparedAnswer.js';

/** An article or a possessive, after which a word describes the noun its phrase ends in ("the **last** glacial age"). */
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|my|your)$/i;

/** What a describing word inside a noun phrase stands before: another describing word or the noun. */
const DESCRIBED_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN']);

/**
 * Whether token k is a describing word the tagger read as an adverb inside a noun phrase: a word WordNet knows as a
 * common noun too, right after an article or a possessive and before an adjective or a noun ("the **last** dry season", "a
 * **high** stone wall"). Between a determiner and what it determines no clause's adverb stands. A degree adverb there
 * ("the most …", "a very …", "an entirely …", "the more …") is no common noun and stays out: answers are written without it as often as
 * with it (SQuAD reading, every such adverb kept: 24 won / 25 lost with the compound nouns). Nor before a comparative,
 * which a degree word grades ("a **much** richer soil", "the **far** greater part"), not the noun. SQuAD reading 3 won /
 * 1 lost (held back 2 / 1); without the comparative guard 3 / 2.
 */
export function adverbInPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'ADV' || !DETERMINER.test(tokens[k - 1]?.text ?? '') || !DESCRIBED_POS.has(tokens[k + 1]?.pos ?? '')) return false;
  return !isComparative(tokens[k + 1]!) && commonNounClasses(t.text).length > 0;
}
