/**
 * "What is the name of the ferry?" asks for a name: where the best excerpt gives one ("the ferry **Morning Gull**"),
 * a lower-case phrase beside the question's words ("the old ferry", "a long voyage") is not what was asked. General
 * English: a name is written with capitals or figures.
 */
import { nounLemma } from '../lexicon/index.js';
import type { StorySentence } from '../story/story.js';

/**
 * A what / which question asking for something's name or title: "the name / title of X", "X's name", "what was X
 * named"; not "the (Latin / another) name for X" (a word for X, as often written in lower case), nor a term, nor a
 * kind ("what kind of name").
 */
const NAME_QUESTION =
  /\b(?:name|names|title|titles)\s+(?:of|given\s+to)\b|['’]s?\s+(?:name|title|names|titles)\b|\bwhat\s+(?:is|was|were|are)\s+\S+(?:\s+\S+){0,5}\s+named\s*\??$/i;

/**
 * The naming words a question asks a name by ("What is X called / known as …?"), read by extractAnswer.ts
 * NAMING_QUESTION and NAMED_BY_QUESTION and by questionFrame.ts `asksOfSubject`.
 */
export const QUESTION_NAMING_WORD = String.raw`called|known\s+as|named|termed|dubbed|nicknamed|referred\s+to\s+as`;

/** "what kind / type / sort of name …" asks for a kind, not a name. */
const KIND_OF_NAME = /\b(?:type|types|kind|kinds|sort|sorts|form|forms)\s+of\s+(?:name|title)s?\b/i;

/** Questions whose own word says what is wanted: a person, a time, a place, a reason, a manner. */
const OTHER_OPENING = /^\W*(?:who|whom|whose|when|where|why|how)\b/i;

/**
 * Whether a question asks for a name or a title.
 *
 * @example asksForName('What was the name of the ferry?') // → true
 * @example asksForName('What is the Welsh name for a ferry?') // → false
 */
export function asksForName(question: string): boolean {
  return !OTHER_OPENING.test(question) && NAME_QUESTION.test(question) && !KIND_OF_NAME.test(question);
}

/**
 * Whether the words of a sentence from `start` to `end` are written as a name: a word capitalised, or a figure, that
 * does not open the sentence (where every word is capitalised), the sentence's first word where the tagger found a
 * name there ("**Frontex**, the agency …"), or the words set between quotes.
 *
 * @example writtenAsName(sentence('They sailed on the Morning Gull.'), 15, 30) // → true ("Morning Gull")
 */
export function writtenAsName(sentence: StorySentence, start: number, end: number): boolean {
  const text = sentence.text;
  if (/["“‘]\s*$/.test(text.slice(Math.max(0, start - 2), start)) && /^\s*["”’]/.test(text.slice(end, end + 2))) return true;
  const opening = sentence.tokens[0]?.start ?? 0;
  for (const t of sentence.tokens) {
    if (t.start < start || t.end > end) continue;
    if (t.start === opening ? taggedName(sentence, t) : /^[\p{Lu}\p{N}]/u.test(t.text)) return true;
  }
  return false;
}

/** Whether the tagger put a token inside a name of a person, a place or an organisation (a sentence's first word too). */
function taggedName(sentence: StorySentence, t: { start: number; end: number }): boolean {
  return sentence.entities.some(
    (e) => (e.type === 'PERSON' || e.type === 'PLACE' || e.type === 'ORG') && e.start <= t.start && t.end <= e.end,
  );
}

/**
 * "name of" and what follows it: an article or an owner ("his", "Ivo Brandt's"), then the words of the noun phrase up to
 * a preposition, a relative word or the question's end.
 */
const NAMED_PHRASE =
  /\bnames?\s+of\s+(?:(?:the|a|an|his|her|its|their|this|that)\s+|(?:[\p{L}.&-]+\s+){0,3}?[\p{L}.&-]+['’]s?\s+)?([\p{L}\s-]+?)\s*(?:\b(?:of|for|at|in|on|to|with|by|from|who|whom|whose|that|which|where|when|during|after|before)\b|[,?.]|$)/iu;

/**
 * The noun a name-question names, lower case: the last lower-case noun of the phrase after "name of" ("warden" of
 * "What was the name of the Tolly warden honoured by the duke?", "nephew" of "What is the name of Ivo Brandt's
 * nephew?"); undefined where none stands there.
 *
 * @example namedNoun('What was the name of the Orsk harbour warden?') // → 'warden'
 */
export function namedNoun(question: string): string | undefined {
  const words = NAMED_PHRASE.exec(question)?.[1]?.split(/\s+/) ?? [];
  let head: string | undefined;
  for (const word of words) if (!/^\p{Lu}/u.test(word) && nounLemma(word) !== undefined) head = word.toLowerCase();
  return head;
}

/**
 * A phrase opening with one to three lower-case words and "of" before words holding a capital ("the **launch of** the
 * Evening Hour", "**use of** the Morrow effect", "**elements of** any Tarn ring R"): the opening noun is something done to,
 * with or within the name, which stands after "of" (past an article).
 */
const NOUN_OF_NAME = /^\p{Ll}[\p{L}'’-]*(?:\s+\p{Ll}[\p{L}'’-]*){0,2}\s+of\s+(?:(?:the|a|an)\s+)?(?=.*\p{Lu})/u;

/**
 * The name a phrase gives after a lower-case noun and "of", for a question asking a name: "Evening Hour" of "launch of
 * the Evening Hour"; the text unchanged where it opens with a capital or a figure, or nothing capitalised follows "of"
 * ("sums of the form 2k").
 *
 * @example nameAfterNoun('launch of the Evening Hour') // → 'Evening Hour'
 * @example nameAfterNoun('Sea of Tarn') // → 'Sea of Tarn'
 */
export function nameAfterNoun(text: string): string {
  const m = NOUN_OF_NAME.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** "last name / surname / family name of …" asks for a name's last word, "first / given / Christian name of …" for its first. */
const NAME_PART = /\b(?:(last|family|first|given|christian)\s+names?|(surnames?))\s+of\b/i;

/**
 * Which word of a person's name a question asks for: the last ("What is the last name of the warden?", "the surname
 * of …") or the first ("What was the first name of …?"); undefined for the whole name.
 *
 * @example askedNamePart('What is the last name of the new warden?') // → 'last'
 */
export function askedNamePart(question: string): 'first' | 'last' | undefined {
  const m = NAME_PART.exec(question);
  if (!m) return undefined;
  return m[2] !== undefined || /^(?:last|family)$/i.test(m[1]!) ? 'last' : 'first';
}

/**
 * The word of a name of two or more capitalised words a question asks for ("Vell" of "Ada Vell" for the last name); the
 * text unchanged when it is one word or not written as such a name ("the Vell family", "Ada and Ivo Vell").
 *
 * @example namePart('Ada Vell', 'last') // → 'Vell'
 */
export function namePart(text: string, part: 'first' | 'last'): string {
  const words = text.split(/\s+/);
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return text;
  return part === 'last' ? words.at(-1)! : words[0]!;
}
