import { tagSentence } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';
import { QUESTION_WORDS } from './questionWord.js';

const ASKING = new Set<string>(QUESTION_WORDS);

/**
 * The index terms of the phrase a question asks by: the words after its first question word up to its first verb, a
 * preposition other than "of" or a mark ("kind of engine" of "What kind of engine did the mill use?", "old" of "How old
 * was Ada …?"). An answer may end in one of these words ("the steam **engine**", "40 years **old**"); an answer ending in
 * another of the question's words names what the question is about rather than what it asks ("the mill's new
 * **engine**" for "What drove the mill's engine?"). Empty where the question writes no question word.
 */
export function askedPhraseTerms(question: string): ReadonlySet<string> {
  const tokens = tagSentence(question).tokens;
  const terms = new Set<string>();
  const at = tokens.findIndex((t) => ASKING.has(t.text.toLowerCase()));
  if (at < 0) return terms;
  for (let i = at + 1; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || (t.pos === 'ADP' && t.text.toLowerCase() !== 'of')) break;
    const term = termOf(t.text.toLowerCase());
    if (term !== null) terms.add(term);
  }
  return terms;
}
