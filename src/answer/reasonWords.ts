/** Words that give a reason or a purpose without doubt ("after", "for", "since" also tell a time or a gain). General English. */
const REASON_WORDS =
  /\b(?:because|due to|owing to|as a result of|in order to|so as to|so that|in response to|in protest|in retaliation|in an effort to|in a bid to|for fear|on the grounds|thanks to|to avoid|to prevent|to ensure|to allow)\b/i;

/**
 * Whether a sentence gives a reason or a purpose in words that say so ("The ferry turned back because of the
 * storm", "… closed the road to avoid a second slide").
 *
 * @example givesReason('The mill closed because the river froze.') // → true
 */
export function givesReason(text: string): boolean {
  return REASON_WORDS.test(text);
}
