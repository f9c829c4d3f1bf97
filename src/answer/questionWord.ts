import { eng as englishStopWords } from 'stopword';
import { isDictionaryWord } from '../lexicon/index.js';
import { boundedDistance } from './typos.js';

/** The words a question opens with, that decide what it asks for. */
const QUESTION_WORDS = ['who', 'whom', 'whose', 'what', 'when', 'where', 'which', 'why', 'how'] as const;
const STOP_WORDS = new Set(englishStopWords);

/**
 * A question whose first word is a misspelt question word, with that word mended: chat drops letters ("whn",
 * "wht", "hw many") and swaps them ("waht", "hwo"). A word missing letters of exactly one question word is
 * read as it; otherwise one question word one edit away (a swap counts one). A word of the dictionary
 * (WordNet, stop words: "then", "now", "were", "hoe") is never changed, nor a word two question words are
 * equally near, nor a capitalised word (a name: "Huw said what?"). A question word with "is" contracted onto it and
 * no apostrophe ("whats", "whos", "wheres") is written out.
 *
 * @example mendQuestionWord('whn did the ferry sail?') // → 'when did the ferry sail?'
 * @example mendQuestionWord('Now who is in charge?') // → 'Now who is in charge?'
 * @example mendQuestionWord('whos the skipper') // → 'who is the skipper'
 */
export function mendQuestionWord(question: string): string {
  // "whats", "Whos", "wheres": "is" contracted without its apostrophe.
  const contracted = /^(what|who|where|when|how|why)s(?=[\s?,]|$)/i.exec(question);
  if (contracted) return `${contracted[1]} is${question.slice(contracted[0].length)}`;
  // A capitalised first word may be a name ("Huw", "Wat Arun"); chat's typos are written in lower case.
  const m = /^\p{Ll}+(?=[\s?,]|$)/u.exec(question);
  if (!m) return question;
  const word = m[0].toLowerCase();
  if (word.length < 2 || STOP_WORDS.has(word) || (QUESTION_WORDS as readonly string[]).includes(word) || isDictionaryWord(word))
    return question;
  const shortened = QUESTION_WORDS.filter((q) => q.length - word.length <= 2 && isSubsequence(word, q));
  const near = shortened.length > 0 ? shortened : QUESTION_WORDS.filter((q) => boundedDistance(word, q, 1) === 1);
  if (near.length !== 1) return question;
  return near[0]! + question.slice(m[0].length);
}

/** Whether `short` is `long` with some letters left out ("whn" of "when"). */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i += 1;
  return i === short.length;
}

/** Auxiliaries that open a yes-or-no question ("Did the ferry sail?", "Is the bridge open?"). */
const YES_NO_OPENING = /^(?:is|are|was|were|am|do|does|did|will|would|can|could|has|have|had|should|shall|may|might|must)(?:n['’]t)?\s/i;

/**
 * Whether a question asks yes or no: it opens with an auxiliary and offers no alternatives ("Did X or Y …?"
 * asks which). Such a question gets the sentences that answer it, not a name taken from them.
 *
 * @example asksYesOrNo('Did the ferry sail on time?') // → true
 * @example asksYesOrNo('Was the ferry late or early?') // → false
 */
export function asksYesOrNo(question: string): boolean {
  return YES_NO_OPENING.test(question.trim()) && !/\bor\b/i.test(question);
}

/**
 * Whether a question asks what happened ("What happened in the port?", "What will happen to the fund?"): the
 * sentences that tell it are the answer, not a name or a date taken from them.
 *
 * @example asksWhatHappened('What happened at the pier on Sunday?') // → true
 */
export function asksWhatHappened(question: string): boolean {
  return /^what\s+(?:(?:has|had|will|would|could|might|may)\s+)?(?:happened|happens|happen|occurred|occurs|went\s+on|is\s+happening|was\s+happening)\b/i.test(
    question.trim(),
  );
}
