/**
 * The words that mark a reason or a purpose without doubt, as regular-expression sources: the one list the clause
 * reader (clauseAnswers.ts `reasonClause`) and the ranker's reason bonus (`givesReason`) are both built from. General
 * English ("after", "for", "since" also tell a time or a gain: the clause reader keeps those apart).
 */

/** Words that only announce a cause: the cause is what follows them ("because of **the storm**"). */
export const CAUSE_MARKERS = ['because of', 'because', 'due to', 'owing to', 'thanks to', 'as (?:a|the) result of'];

/**
 * A participle after a comma that gives the doer's own reason ("closed the pier, **citing** storm damage", "left the
 * guild, **arguing that** its fees were too high"): the reason is what follows it.
 */
export const DOER_REASON_WORDS = '(?:citing|(?:stating|arguing|explaining|reasoning) that)';

/** DOER_REASON_WORDS where they mark a reason: after a comma. */
export const DOER_REASON_MARKER = `(?<=,\\s*)${DOER_REASON_WORDS}`;

/** Words before a purpose's "to" that only announce it ("in order **to dry the nets**"). */
export const PURPOSE_MARKERS = ['in order', 'so as', 'in an effort', 'in an attempt', 'in a bid'];

/** Other words that open a reason or a purpose without doubt, with the word the reason follows. */
export const REASON_MARKERS = [
  'in protest (?:at|against|over)',
  'in response to',
  'in retaliation for',
  'for fear (?:of|that)',
  'in (?:the )?hopes? (?:of|that)',
  'on the grounds (?:of|that)',
  'so that',
];

/**
 * What the ranker also reads as a reason given in words: the shorter forms of REASON_MARKERS ("in protest", "for
 * fear") and a purpose "to" before a verb that names one ("to avoid a second slide").
 */
const RANKED_ONLY = ['in protest', 'in retaliation', 'for fear', 'on the grounds', 'to avoid', 'to prevent', 'to ensure', 'to allow'];

const REASON_WORDS = new RegExp(
  `\\b(?:${[...CAUSE_MARKERS, DOER_REASON_MARKER, ...PURPOSE_MARKERS.map((p) => `${p} to`), ...REASON_MARKERS, ...RANKED_ONLY].join('|')})\\b`,
  'i',
);

/**
 * Whether a sentence gives a reason or a purpose in words that say so ("The ferry turned back because of the
 * storm", "… closed the road to avoid a second slide").
 *
 * @example givesReason('The mill closed because the river froze.') // → true
 */
export function givesReason(text: string): boolean {
  return REASON_WORDS.test(text);
}
