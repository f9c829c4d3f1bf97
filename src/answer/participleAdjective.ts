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
  const t = tokens[k]!;
  if (t.pos !== 'VERB' || !PAST_PARTICIPLE.test(t.text) || !BEFORE_DESCRIBING.test(tokens[k - 1]?.text ?? '')) return false;
  return tokens[k + 1]?.pos === 'NOUN';
}
