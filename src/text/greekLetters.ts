/**
 * The Greek letters by their English names, as science writes a name either way ("β-carotene", "beta carotene";
 * "α helix", "alpha helix"): each name and its lower-case letter.
 */
const GREEK_LETTERS: Readonly<Record<string, string>> = {
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  omicron: 'ο',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
};

/** The names of the Greek letters, each letter to its name ("β" → "beta"). */
const LETTER_NAMES: ReadonlyMap<string, string> = new Map(Object.entries(GREEK_LETTERS).map(([name, letter]) => [letter, name]));

/**
 * The other way a word may be written when it is a Greek letter's name or the letter itself, lower case: "beta" → "β",
 * "β" → "beta"; undefined for any other word.
 */
export function greekLetterTwin(word: string): string | undefined {
  const lower = word.toLowerCase();
  return Object.hasOwn(GREEK_LETTERS, lower) ? GREEK_LETTERS[lower] : LETTER_NAMES.get(lower);
}
