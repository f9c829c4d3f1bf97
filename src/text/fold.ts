/**
 * Folds text for matching names and words: no diacritics, lower case, straight apostrophes, no dots, other
 * punctuation (hyphens and apostrophes kept) as spaces, single spaces.
 *
 * @example foldText('Lutskyy’s') // → "lutskyy's"
 * @example foldText('Olé  U.S.') // → 'ole us'
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
