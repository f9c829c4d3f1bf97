import { tagSentence } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import { wordText } from '../story/tokenColumns.js';
import { glancedWords } from '../story/tokenWords.js';

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
  // The ranker asks this of each of a question's 40 candidates: where the story does not keep the sentence's token
  // list, its tags and texts are read from the story's columns (glancedWords), no list made (at 500,000 sentences the
  // lists made here were a fifth of what a first pass of 2,000 questions allocated).
  const words = glancedWords(sentence);
  if (words === undefined) {
    for (const t of sentence.tokens) if (t.pos === 'VERB') return termOf(t.text) === verb;
    return false;
  }
  for (let j = 0; j < words.count; j += 1) if (words.tags[j] === 'VERB') return termOf(wordText(words, j)) === verb;
  return false;
}
