/**
 * Cuts text to at most `max` characters (UTF-16 code units, as Discord counts), at a sentence end if
 * one falls in the last third, else at a word boundary, and adds "…". Never cuts inside a word or a
 * surrogate pair; text within the limit is returned as is.
 *
 * @example truncate('The talks ended. Both sides spoke.', 20) // → 'The talks ended.…'
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, Math.max(0, max));
  const room = max - 1;
  let cut = text.slice(0, room);
  const sentenceEnd = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '), cut.lastIndexOf('\n'));
  if (sentenceEnd >= room * 0.66) cut = cut.slice(0, sentenceEnd + 1);
  else {
    const space = cut.search(/\s\S*$/);
    if (space > 0) cut = cut.slice(0, space);
    else if (/[\uD800-\uDBFF]$/.test(cut) && /^[\uDC00-\uDFFF]/.test(text.slice(room))) cut = cut.slice(0, -1); // a lone word longer than max: at least keep pairs whole
  }
  return `${cut.trimEnd()}…`;
}
