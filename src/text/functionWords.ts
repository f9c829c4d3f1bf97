/**
 * Closed classes of English function words that several readers test a word against, in lower case: one list per
 * class, which a reader extends with the words its own context adds (a module of word lists only, importing nothing,
 * so that any module may import it without an import cycle).
 */

/** The relative pronouns: after a noun one opens a clause about it ("the barge **that** sank", "a clerk **whose** desk …"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom', 'whose']);

/** Whether a word, in any case, is a relative pronoun ("Which", "that"). */
export function isRelativePronoun(word: string): boolean {
  return RELATIVE_PRONOUNS.has(word.toLowerCase());
}

/**
 * The relative pronouns that may be their clause's subject ("the barges, **which** lack cabins", "X, **who** won …"): the
 * noun phrase before one is the subject of the verb after it. Not "whom" (an object) nor "whose" (its noun after it is
 * the subject).
 */
export const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who']);

/**
 * Quantifiers: words that say how many or how much of a noun is meant, not what kind ("**several** barges", "**most** of
 * which"). Each reader adds the words that do the same in its own context (demonstratives before a kind, "new" or "same"
 * between a question and a sentence, "each" or "half" opening a clause about members).
 */
export const QUANTIFIERS: ReadonlySet<string> = new Set(['many', 'several', 'some', 'few', 'most', 'all']);

/**
 * Words that open a noun phrase a year may describe: the articles, demonstratives and possessive determiners, and a
 * possessive's "'s" ("his 1642 survey", "an 1866 ballot", "Orla Tellin's 1604 ledger").
 */
export const YEAR_DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  "'s",
  '’s',
]);
