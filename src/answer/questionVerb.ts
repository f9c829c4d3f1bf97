import { tagSentence } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import { wordText } from '../story/tokenColumns.js';
import { glancedWords } from '../story/tokenWords.js';
import { sentenceSlots } from './sentenceMemo.js';

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
  return keptFirstVerbTerm(sentence) === verb;
}

/**
 * Sentences whose first verb's term is kept: as many as their one-number nouns (NOUNS_KEPT), which the ranker reads of
 * the same 40 sentences a question, so that a warm-up can make both for every sentence of a story that fits.
 */
export const FIRST_VERBS_KEPT = 131_072;

/**
 * Each sentence's first verb's index term (`firstVerbTerm`), kept per sentence: the ranker asks `leadsWithVerb` of each
 * of a question's 40 candidates, and finding the first verb and its term anew each time was 1.5% of a warm 100k pass's
 * CPU (answerReplay --profile, 2,000 questions × 2).
 */
const firstVerbTerms = sentenceSlots<StorySentence, string | null>(FIRST_VERBS_KEPT);

/**
 * A sentence's first verb's term as `leadsWithVerb` reads it, made and kept now (a warm-up makes it for each sentence,
 * so that a first question reading the sentence finds it kept).
 */
export function keptFirstVerbTerm(sentence: StorySentence): string | null {
  return firstVerbTerms.get(sentence, firstVerbTerm);
}

/**
 * The index term of a sentence's first verb (wink's VERB), or null when it has none: "The Tolly mill *moved* to Brisk."
 * → "move". Where the story does not keep the sentence's token list, its tags and texts are read from the story's
 * columns (glancedWords), no list made (at 500,000 sentences the lists made here were a fifth of what a first pass of
 * 2,000 questions allocated).
 */
export function firstVerbTerm(sentence: StorySentence): string | null {
  const words = glancedWords(sentence);
  if (words === undefined) {
    for (const t of sentence.tokens) if (t.pos === 'VERB') return termOf(t.text);
    return null;
  }
  for (let j = 0; j < words.count; j += 1) if (words.tags[j] === 'VERB') return termOf(wordText(words, j));
  return null;
}

/** Forms of "have": stop words, so they have no index term and a question asking by one never meets "X has" in the search. */
const HAVE_FORM = /^(?:has|have|had|having)$/i;

/** Tags after a form of "have" that make it a helper ("has sold", "had long been", "have to"): not the main verb. */
const HELPER_HAVE_NEXT = new Set(['VERB', 'ADV', 'AUX', 'PART']);

/** Words after a form of "have" that make it a helper whatever their tag ("has been", "had to"). */
const HELPER_HAVE_WORD = /^(?:been|to)$/i;

/** Whether `word` is a form of "have" standing as a main verb: nothing after it, or no verb, adverb or helper. */
export function mainHave(word: string, next: string | undefined, nextTag: string | undefined): boolean {
  return HAVE_FORM.test(word) && (next === undefined || (!HELPER_HAVE_NEXT.has(nextTag ?? '') && !HELPER_HAVE_WORD.test(next)));
}

/**
 * Whether the question asks by "have" as a main verb ("What does the Tolly mill have?", "Which guild had the most
 * boats?"), not as a helper ("How many boats have been sold?", "How many boats has the guild sold?", "What did the guild
 * have to pay?"). wink tags every form of "have" AUX, so `questionVerbTerm` never reads one; and as a stop word it has
 * no index term.
 *
 * @example asksByHave('What does the Tolly mill have?') // → true
 */
export function asksByHave(question: string): boolean {
  const tokens = tagSentence(question).tokens;
  let have = false;
  for (let j = 0; j < tokens.length; j += 1) {
    // A verb after it, however far, makes an inverted "have" a helper: "How many looms has the guild sold?".
    if (tokens[j]!.pos === 'VERB') have = false;
    else if (mainHave(tokens[j]!.text, tokens[j + 1]?.text, tokens[j + 1]?.pos)) have = true;
  }
  return have;
}

/**
 * Whether a sentence says "have" as a main verb somewhere ("The Tolly mill has three wheels.", not "The mill has been
 * sold."): read as `leadsWithVerb` reads, from the story's columns where it keeps no token list.
 */
export function saysHave(sentence: StorySentence): boolean {
  const words = glancedWords(sentence);
  if (words === undefined) {
    const tokens = sentence.tokens;
    for (let j = 0; j < tokens.length; j += 1) if (mainHave(tokens[j]!.text, tokens[j + 1]?.text, tokens[j + 1]?.pos)) return true;
    return false;
  }
  for (let j = 0; j < words.count; j += 1) {
    const last = j + 1 >= words.count;
    if (mainHave(wordText(words, j), last ? undefined : wordText(words, j + 1), last ? undefined : words.tags[j + 1])) return true;
  }
  return false;
}
