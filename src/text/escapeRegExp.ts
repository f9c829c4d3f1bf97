/** The marks a regular expression reads as syntax. */
const REGEXP_MARKS = /[.*+?^${}()|[\]\\]/g;

/**
 * A text written for a regular expression, each mark the expression would read as syntax escaped.
 * @example escapeRegExp('Orsk (harbour) board.') // → 'Orsk \\(harbour\\) board\\.'
 */
export function escapeRegExp(text: string): string {
  return text.replace(REGEXP_MARKS, '\\$&');
}
