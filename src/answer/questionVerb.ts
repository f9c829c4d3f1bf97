import { tagSentence } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';

/**
 * The index term of a question's first verb as wink tags it (its auxiliaries and modals are AUX, not VERB): "Who did the
 * Harbour Lions *beat* in …?" → "beat"; null when it tags none ("What is X?").
 *
 * @example questionVerbTerm('Who sailed the ferry to Brisk?') // → 'sail'
 */
export function questionVerbTerm(question: string): string | null {
  const verb = tagSentence(question).tokens.find((t) => t.pos === 'VERB');
  return verb ? termOf(verb.text) : null;
}

/**
 * Whether a sentence's first verb (wink's VERB) is the question's (`questionVerbTerm`): the sentence tells the asked
 * event in its first clause, not in one beside another event ("The mill *moved* to Brisk in 1881." for "When did the
 * mill move?", against "Ada *sold* the mill in 1890, and it moved to Brisk.").
 */
export function leadsWithVerb(sentence: StorySentence, verb: string): boolean {
  for (const t of sentence.tokens) if (t.pos === 'VERB') return termOf(t.text) === verb;
  return false;
}
