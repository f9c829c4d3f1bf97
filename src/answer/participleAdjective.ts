import type { Token } from '../nlp/entities.js';

/** A past participle's regular ending. */
const PAST_PARTICIPLE = /^\p{Ll}+ed$/u;

/** Words after which a participle before a noun describes it: a determiner's place, or a list's joiner. */
const BEFORE_DESCRIBING = /^(?:,|and|or|the|a|an)$/i;

/** A participle's regular ending, past or present ("flood**ed**", "address**ing**"). */
const PARTICIPLE = /^\p{Ll}+(?:ed|ing)$/u;

/** An article or a possessive, after which no clause's verb stands ("their **growing** debts"). */
const DETERMINER = /^(?:the|a|an|its|their|his|our|my|your)$/i;

/** What a describing word stands before: a noun, or another describing word ("complete **sailing** gear"). */
const DESCRIBED_POS: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

/**
 * Whether token k is a participle the tagger read as a verb that describes the noun after it, as an adjective does:
 * a past participle after a comma, "and", "or" or an article ("flour, salt and **dried** figs", "the **painted**
 * masts"); a past or present participle after an article or a possessive and before a noun ("their **growing** debts"),
 * or between an adjective and a noun or another adjective ("former **flooded** meadows", "complete **sailing**
 * gear"), where no clause's verb stands; or a word written close up after a hyphen before a noun or an adjective
 * ("a steam-**powered** winch", "the best-**looking** quay"): a compound's last part describes, it never acts.
 * SQuAD reading F1 0.5562 → 0.5570 (25 won / 8 lost; what 0.4907 → 0.4914, other 0.5553 → 0.5570, where 0.5948 →
 * 0.5971, held back 0.5812 → 0.5824).
 */
export function participleAsAdjective(tokens: readonly Token[], k: number): boolean {
  if (BEFORE_DESCRIBING.test(tokens[k - 1]?.text ?? '') && participleBeforeNoun(tokens, k)) return true;
  const t = tokens[k]!;
  if (t.pos !== 'VERB' || !DESCRIBED_POS.has(tokens[k + 1]?.pos ?? '')) return false;
  if (k > 1 && joinedByHyphen(tokens, k - 1)) return true;
  if (!PARTICIPLE.test(t.text)) return false;
  return tokens[k - 1]?.pos === 'ADJ' || (DETERMINER.test(tokens[k - 1]?.text ?? '') && tokens[k + 1]!.pos === 'NOUN');
}

/** Whether token k is a hyphen written close up between two words ("spring**-**loaded"). */
export function joinedByHyphen(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.text === '-' && writtenClose(tokens, k);
}

/** Whether token k is written close up between the tokens on either side of it. */
export function writtenClose(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return before !== undefined && after !== undefined && before.end === tokens[k]!.start && tokens[k]!.end === after.start;
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
