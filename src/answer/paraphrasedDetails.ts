import { tagSentence } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';
import type { Story, StorySentence } from '../story/story.js';
import { subjectTerms } from './subjectEvidence.js';
import { relatedWordTerms, termSetOf } from './termMemo.js';

/**
 * The base forms a common noun of the question may be looked up by in the lexicon's related words: the word, and
 * its singular when it ends in a plural's "s" ("estates" → estate, "cities" → city).
 */
export function nounForms(word: string): string[] {
  const w = word.toLowerCase();
  const out = [w];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  else if (w.endsWith('es')) out.push(w.slice(0, -2), w.slice(0, -1));
  else if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  return out;
}

/** Whether a sentence's terms hold one of a word's WordNet relatives (relatedWordTerms: synonyms, derivations). */
export function holdsRelative(word: string, held: ReadonlySet<string>): boolean {
  return nounForms(word).some((form) => relatedWordTerms(form).terms.some((t) => t !== null && held.has(t)));
}

/**
 * Whether a sentence holds every name of the question and every common noun but the one it names its answer by
 * (`focus`), a common noun counting as held when the sentence holds one of its WordNet relatives instead (the same
 * relation the ranker scores a paraphrase by: "Where was the property sent?" ← "The belongings were shipped to …"). A
 * name has no paraphrase: each must be written.
 *
 * @example holdsParaphrasedDetails(story, sentenceOf('The belongings were shipped to Orvel.'), 'Where was the property sent?', undefined) // → true
 */
export function holdsParaphrasedDetails(story: Story, sentence: StorySentence, question: string, focus: string | undefined): boolean {
  const skip = focus === undefined ? null : termOf(focus);
  const held = termSetOf(sentence.text);
  for (const t of subjectTerms(story, question)) if (t !== skip && !held.has(t)) return false;
  for (const token of tagSentence(question).tokens) {
    if (token.pos !== 'NOUN') continue;
    const t = termOf(token.text);
    if (!t || t === skip || held.has(t)) continue;
    if (!holdsRelative(token.text, held)) return false;
  }
  return true;
}
