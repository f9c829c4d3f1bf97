import { eng as englishStopWords } from 'stopword';
import { isDictionaryWord } from '../lexicon/index.js';
import { boundedDistance } from './typos.js';
import { opensWithAuxiliary, splitAtLastOr } from './yesNoQuestion.js';

/** The words a question opens with, that decide what it asks for. */
export const QUESTION_WORDS = ['who', 'whom', 'whose', 'what', 'when', 'where', 'which', 'why', 'how'] as const;
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
export function mendQuestionWord(typed: string): string {
  const question = withoutPreamble(typed);
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

/**
 * What people put before a question in a chat: a greeting or a filler ("hey,", "ok so"), "quick question:", or a
 * request to be told ("does anyone know", "can someone tell me", "do you know", "I wonder", "please tell me").
 * General English, read only when a question word follows.
 */
const PREAMBLE = new RegExp(
  [
    String.raw`^(?:(?:hey|hi|hello|yo|ok|okay|so|um|hmm|guys|folks)(?:\s+(?:all|everyone|guys|folks|team|there))?\b[\s,!.:-]*)*`,
    String.raw`(?:(?:quick|random|simple|dumb|stupid)\s+question\b[\s,!.:-]*|`,
    String.raw`(?:(?:does|do|can|could|would|will)\s+(?:any\s*one|any\s*body|some\s*one|some\s*body|you|u|ya|y['’]?all)\s+`,
    String.raw`(?:here\s+)?(?:know|remember|tell\s+me|say|explain|remind\s+me)|(?:please|pls|plz)(?:\s+(?:tell|remind)\s+me)?|`,
    String.raw`tell\s+me|remind\s+me|i\s+(?:wonder|was\s+wondering|want\s+to\s+know|wanna\s+know|(?:would|['’]d)\s+like\s+to\s+know))`,
    String.raw`[\s,:-]+)?`,
  ].join(''),
  'i',
);

/** Question words a preamble may stand before. */
const AFTER_PREAMBLE =
  /^(?:(?:at|in|on|for|from|by|to|with|of|since|until|during|after|before|about)\s+)?(?:who|whom|whose|what|when|where|which|why|how)s?\b/i;

/**
 * The question without a chat preamble before its question word ("does anyone know who won?" → "who won?",
 * "hey, quick question: when did it open?" → "when did it open?"); a request by an imperative verb, after a preamble
 * or none, read as the question it asks ({@link imperativeAsQuestion}); unchanged when no question word follows.
 *
 * @example withoutPreamble('can someone tell me when the ferry sailed?') // → 'when the ferry sailed?'
 */
export function withoutPreamble(question: string): string {
  const m = PREAMBLE.exec(question);
  const rest = m ? question.slice(m[0].length) : question;
  const asked = imperativeAsQuestion(rest);
  if (asked !== undefined) return asked;
  if (!m || m[0].length === 0) return question;
  return AFTER_PREAMBLE.test(rest) ? rest : question;
}

/**
 * A request for things by an imperative verb ("Name two rivers that …", "List the ports …", "Identify a cause of …",
 * "Give one reason …") read as the question it asks, "which" before its noun phrase ("Which two rivers that …",
 * "Which cause of …"): the verb is no word the story writes, so it should neither be searched for nor count in the
 * question's coverage, and the question word frames what it asks (its focus noun, how many things). An article before
 * the noun phrase goes ("Name a cause" asks which cause, not what a cause is). Only before a word that opens a noun
 * phrase (a determiner, a count), so "Name changes came when?" is left as asked.
 *
 * @example imperativeAsQuestion('Name two ferries that sank.') // → 'Which two ferries that sank.'
 * @example imperativeAsQuestion('Name changes came when?') // → undefined
 */
export function imperativeAsQuestion(question: string): string | undefined {
  const m = IMPERATIVE.exec(question);
  if (!m) return undefined;
  return `Which ${question.slice(m[0].length)}`;
}

/**
 * Whether the question is a request by an imperative verb, after a chat preamble or none ("Name two ferries that
 * sank", "please list the ports …"), which {@link withoutPreamble} reads as the which-question it asks.
 *
 * @example asksByRequest('please name a ferry that sank') // → true
 */
export function asksByRequest(question: string): boolean {
  const m = PREAMBLE.exec(question);
  return IMPERATIVE.test(m ? question.slice(m[0].length) : question);
}

/**
 * An imperative verb asking for things (grammar, a closed set) and the article after it, before the word that opens
 * its noun phrase.
 */
const IMPERATIVE =
  /^(?:name|list|identify|give)\s+(?:me\s+)?(?:(?:a|an|the)\s+(?=\S)|(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|both|some|any|all|several|each|every|this|that|these|those|his|her|its|their|[0-9]+)\s))/i;

/** Whether `short` is `long` with some letters left out ("whn" of "when"). */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i += 1;
  return i === short.length;
}

/**
 * Whether a question asks yes or no: it opens with an auxiliary and offers no alternatives ("Did X or Y …?"
 * asks which). Such a question gets the sentences that answer it, not a name taken from them.
 *
 * @example asksYesOrNo('Did the ferry sail on time?') // → true
 * @example asksYesOrNo('Was the ferry late or early?') // → false
 */
export function asksYesOrNo(question: string): boolean {
  return opensWithAuxiliary(question) && splitAtLastOr(question) === undefined;
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

/**
 * Whether a what-happened question asks the outcome of a condition ("What happens when the kiln cools?", "What occurs
 * if the valve sticks?", "What happened after the dam broke?"): the verb "happen" or "occur" right before "when", "if",
 * "after", "once" or "as" (past one adverb: "What happens next if …?"). Unlike "What happened in the port?", such a
 * question is often answered by a phrase naming the outcome ("**a pressure surge**"), which the extractor finds
 * (answerQuestion.ts `clauseOrEntity`): SQuAD reading 11 won / 0 lost (held back 9 / 0), eval:refusal near and other
 * refused not lower. Dropped: the extractor's answer for every deed, what-happened, yes-or-no and "what is X?" question
 * without a verb phrase or description (37 / 0, but near refused 0.746 → 0.744: "what is X?" answered 7 times more near,
 * "what did X do?" once, and a deed got a noun phrase, scoring above 0 in only 6 of 17 shown).
 *
 * @example asksOutcome('What happens when the kiln cools too fast?') // → true
 * @example asksOutcome('What happened to the kiln?') // → false
 */
export function asksOutcome(question: string): boolean {
  return /^what\s+(?:(?:has|had|will|would|could|might|may|does|did|can)\s+)?(?:happened|happens|happen|occurred|occurs|occur|is\s+happening|was\s+happening)\s+(?:(?:first|next|then|\w+ly)\s+)?(?:when|whenever|if|after|once|as)\b/i.test(
    question.trim(),
  );
}
