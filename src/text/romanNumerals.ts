/**
 * A well-formed Roman numeral from I to CCCXCIX, in capitals: a sovereign's regnal number ("Aldo IV"), a thing's
 * number ("Harbor Bowl XL") or a series number inside a name; a run of the same capitals that is no number ("Orsk
 * Holdings LLC") is not read as one.
 */
export const ROMAN_NUMERAL = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
