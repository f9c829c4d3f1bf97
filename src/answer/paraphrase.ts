import { relatedWords } from '../lexicon/index.js';
import { STOP_WORDS, termOf, words } from '../search/terms.js';
import type { Story } from '../story/story.js';

/** Related words taken per question word, and in all. */
const PER_WORD = 4;
const TOTAL = 16;

/**
 * Paraphrases of a question's words that the story uses: WordNet synonyms and derivationally related
 * forms ("resign" → "resignation", "hired" → "employed") of each question word, as index terms, kept
 * only when the story holds them and the question does not. Keyed by the question term they stand for.
 *
 * @example paraphraseTerms(story, 'Why did the minister resign?', ['minist', 'resign']) // → Map { 'resign' => ['resign'] … }
 */
export function paraphraseTerms(story: Story, question: string, terms: readonly string[]): Map<string, string[]> {
  const own = new Set(terms);
  const out = new Map<string, string[]>();
  let total = 0;
  for (const word of words(question)) {
    const term = termOf(word);
    if (term === null || !own.has(term) || out.has(term)) continue;
    const related: string[] = [];
    for (const lemma of lemmaGuesses(word.toLowerCase())) {
      for (const r of relatedWords(lemma)) {
        if (r.includes(' ') || STOP_WORDS.has(r)) continue;
        const t = termOf(r);
        if (t === null || own.has(t) || related.includes(t) || !story.documentFrequency.has(t)) continue;
        related.push(t);
        if (related.length >= PER_WORD) break;
      }
      if (related.length >= PER_WORD) break;
    }
    if (related.length === 0) continue;
    out.set(term, related.slice(0, Math.max(0, TOTAL - total)));
    total += related.length;
    if (total >= TOTAL) break;
  }
  return out;
}

/** The word and the base forms it may have: "injured" → injured, injure; "cities" → cities, city. */
function lemmaGuesses(w: string): string[] {
  const out = [w];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) out.push(w.slice(0, -2), w.slice(0, -1));
  if (w.endsWith('ing')) out.push(w.slice(0, -3), `${w.slice(0, -3)}e`);
  return out;
}
