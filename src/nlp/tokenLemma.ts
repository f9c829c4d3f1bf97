import type { Token } from './entities.js';

/**
 * A token's lemma as the engine reads it: wink's lemma where the token has one, else its lower-cased text (a noun, or a
 * verb written as its own lemma). `Token.lemma` is stored lower case, so this is lower case throughout. Its own module,
 * not entities.ts, so that modules which only read tokens do not load the wink model.
 * @example tokenLemma({ text: 'Moored', start: 0, end: 6, pos: 'VERB', lemma: 'moor' }) // → 'moor'
 * @example tokenLemma({ text: 'Harbour', start: 0, end: 7, pos: 'NOUN' }) // → 'harbour'
 */
export function tokenLemma(t: Token): string {
  return t.lemma ?? t.text.toLowerCase();
}
