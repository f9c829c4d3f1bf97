/**
 * A well-formed Roman numeral from I to LXXXIX, in capitals: a sovereign's regnal number ("Aldo IV") or a thing's
 * number ("Harbor Bowl XX") after a name's word, where a run of the same capitals that is no number ("Orsk Holdings
 * LLC") is not read as one.
 */
export const ROMAN_NUMERAL = /^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * A word of the capitals Roman numerals are written in, well formed or not ("XIV", "XL", "C"): read where a word
 * already stands in a numeral's place (a series number inside a name, a regnal number before "of"), so that its form
 * need not be checked.
 */
export const ROMAN_LETTERS = /^[IVXLC]+$/;
