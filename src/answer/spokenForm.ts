import type { StorySentence } from '../story/story.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import type { ShortAnswer } from './extractAnswer.js';

/** "How do you pronounce X?", "How is X spelled / written in Y?": a how-question asking how a name is said or written. */
const SPOKEN_QUESTION = /^\W*how\b.*\b(?:pronounce[ds]?|pronunciation|spell(?:s|ed)?|spelt|written\s+in)\b/i;

/** The language or label a question asks the form in ("… spelled **in Velmian**?"; the question may come in lower case). */
const IN_LABEL = /\bin\s+(\p{L}{3,})\s*\??$/u;

/** The words of a question after "how", any of which may be the name it asks about ("orsk", "tellin"). */
function wordsAsked(question: string): string[] {
  return [...question.matchAll(/\p{L}[\p{L}\p{M}'’-]{2,}/gu)].slice(1).map((m) => m[0]);
}

/** Whether a match in the sentence opens with a capital letter: a name or a label as the story writes it. */
function capitalised(m: RegExpExecArray | null): m is RegExpExecArray {
  return m !== null && /^\p{Lu}/u.test(m[0]);
}

/**
 * The form the best excerpt gives a name a how-question asks how to say or spell: the value after the label the
 * question names ("Velmian: **Orsca**" for "How is Orsk spelled in Velmian?"), else the bracket written right after the
 * name (the "/ɔːrsk/ ORSK" of "Orsk (/ɔːrsk/ ORSK)" for "How do you pronounce Orsk?"). Null where the question asks no such form or the
 * sentence writes neither.
 *
 * @example spokenForm(sentence('Orsk (/ɔːrsk/ ORSK) is a river town.'), 'How do you pronounce Orsk?')
 * // → '/ɔːrsk/ ORSK'
 */
export function spokenForm(sentence: StorySentence, question: string): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  if (!SPOKEN_QUESTION.test(question)) return null;
  const text = sentence.text;
  const label = IN_LABEL.exec(question)?.[1];
  if (label) {
    // The label's first value after the name asked (a word the question capitalises), where the sentence gives several
    // names each their own forms ("Orsk … Velmian: Orsca; … Tellin … Velmian: Tella"); a label the story writes in lower
    // case ("romaji:") stands before a value it capitalises.
    const names = wordsAsked(question).filter((w) => /^\p{Lu}/u.test(w) && w.toLowerCase() !== label.toLowerCase());
    const from = firstMention(text, names);
    const at = new RegExp(`(?<!\\p{L})${escapeRegExp(label)}:\\s*([^,;()]+)`, 'iu').exec(text.slice(from));
    const value = at?.[1]?.trim().replace(/[.!?]+$/u, '');
    if (at && value && (capitalised(at) || /^\p{Lu}/u.test(value))) return answer(sentence, value);
  }
  for (const word of wordsAsked(question)) {
    const at = new RegExp(`(?<!\\p{L})${escapeRegExp(word)}\\s*\\(([^()]+)\\)`, 'iu').exec(text);
    if (capitalised(at) && at[1]!.trim()) return answer(sentence, at[1]!.trim());
  }
  return null;
}

/** Where the first of the names asked stands in a sentence, as a whole word (0 where it writes none). */
function firstMention(text: string, words: readonly string[]): number {
  let first = -1;
  for (const word of words) {
    const at = new RegExp(`(?<!\\p{L})${escapeRegExp(word)}(?!\\p{L})`, 'iu').exec(text)?.index ?? -1;
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return Math.max(first, 0);
}

/** A form as the answer shown. */
function answer(sentence: StorySentence, text: string): Omit<ShortAnswer, 'from' | 'evidence'> {
  return { text, type: 'PHRASE', sentenceId: sentence.id, written: text };
}
