/**
 * Regular English plural endings and what each stands for in the singular, the longest first: the lexicon's
 * `singularNoun` reads a plural by them, and `scripts/buildLexicon.ts` finds by them the nouns that are also another
 * noun's plural (`rare-plural-nouns.json`).
 */
export const PLURAL_ENDINGS = [
  ['ies', 'y'],
  ['ves', 'f'],
  ['ches', 'ch'],
  ['shes', 'sh'],
  ['xes', 'x'],
  ['ses', 's'],
  ['men', 'man'],
  ['s', ''],
] as const;
