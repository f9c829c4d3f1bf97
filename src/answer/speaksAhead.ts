import type { StorySentence } from '../story/story.js';
import { tokenWordLists, wordText } from '../story/tokenColumns.js';
import { sentenceWords } from '../story/tokenWords.js';

/** Modals of what is yet to come or may come ("will sail", "could shut", "may not be"). "would" is left out: reported speech ("said he would resign") tells of what was done. */
const AHEAD_MODALS: ReadonlySet<string> = new Set(['will', "'ll", '’ll', 'could', 'might', 'may', 'shall']);

/** Any of AHEAD_MODALS in a text, as a cheap test before its tags are read. */
const MODAL_WORD = /\b(?:will|could|might|may|shall)\b|['’]ll\b/i;

/** Words between a modal and its verb ("will not face", "could even meet"). */
const BETWEEN: ReadonlySet<string> = new Set(['PART', 'ADV']);

/**
 * Whether the sentence speaks of something yet to come or only possible: a modal of the future or of possibility
 * (tagged AUX) before its verb. A preview ("The two crews will race for the Lantern Shield on Saturday") names the event a question asks
 * about in the past, but does not tell what happened in it.
 *
 * @example speaksAhead(sentenceOf('The ferry will sail at dawn.')) // → true
 * @example speaksAhead(sentenceOf('The ferry sailed in May.')) // → false
 */
export function speaksAhead(sentence: Pick<StorySentence, 'text' | 'tokens'>): boolean {
  // A loaded story makes a sentence's tokens when first read: most sentences hold no modal and are spared that.
  if (!MODAL_WORD.test(sentence.text)) return false;
  // Read as lists of the tokens' fields, by index: where the story does not keep the sentence's token list, from the
  // story's columns (sentenceWords), no list made. The ranker asks this of a past question's 40 candidates: iterating
  // the tokens' entries made a pair per token, 7.1 MB of a first pass of 2,000 SQuAD questions at 500,000 sentences.
  const words = sentenceWords(sentence, aheadWords);
  for (let j = 0; j < words.count; j += 1) {
    if (words.tags[j] !== 'AUX' || !AHEAD_MODALS.has(wordText(words, j).toLowerCase())) continue;
    let k = j + 1;
    while (k < words.count && BETWEEN.has(words.tags[k]!)) k += 1;
    if (k < words.count && (words.tags[k] === 'VERB' || words.tags[k] === 'AUX')) return true;
  }
  return false;
}

/** What `speaksAhead` reads a sentence's tokens into (written over by each call). */
const aheadWords = tokenWordLists();

/** "What was …", "Who did X beat …": a question opening (within its first four words) with a past auxiliary. */
const PAST_OPENING = /^\W*(?:[\p{L}'’-]+\s+){0,3}(?:was|were|did)\b/iu;

/**
 * Whether a question asks about what happened: a past auxiliary among its first words ("What was the score …",
 * "Who did Ada Vell beat …").
 *
 * @example asksPast('What was the score in the final?') // → true
 * @example asksPast('Who will chair the board?') // → false
 */
export function asksPast(question: string): boolean {
  return PAST_OPENING.test(question);
}
