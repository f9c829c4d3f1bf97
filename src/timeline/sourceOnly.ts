/**
 * Whether a person a sentence names is only its source: the one who said it, not one who takes part in what it tells
 * ("The plant closed on Monday, union leader Ray Holt said." tells nothing Holt did). A timeline entry lists the people
 * who take part in its event, not those it quotes.
 */
import { isSpeechVerb } from '../actors/quotes.js';

/** What may stand between a clause's end and the source's name: a comma or closing quote, then lower-case role words. */
const BEFORE_NAME = /(?:[,"”’]|^)\s*(?:\p{Ll}[\p{L}'’-]*\s+){0,4}$/u;
/** A speech verb then its source, closing the sentence ("…, said union leader Ray Holt."). */
const VERB_BEFORE_NAME = /[,"”’]\s*(\p{Ll}+)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,4}$/u;
/** "according to" a source ("…, according to union leader Ray Holt."). */
const ACCORDING_TO = /\baccording\s+to\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,4}$/iu;
/**
 * An apposition after the name, then the speech verb, whom it was said to and when or where, to the sentence's end
 * ("…, a spokesman, told reporters on Friday."): no clause of its own ("said the plant would close").
 */
const VERB_AFTER_NAME =
  /^\s*(?:,[^,.;]{1,60},\s*)?(\p{Ll}+)(?:\s+(?:reporters|journalists|him|her|them|us|me))?(?:,?\s+(?:in|on|at|to|during|after|before|late|earlier|later|this|last|yesterday|today|tonight)\b(?:\s+[\p{L}\d'’-]+){0,3})?\s*[.!?"”’]*\s*$/u;
/** An apposition, or nothing, to the sentence's end ("…, said Ray Holt, a union leader."). */
const TAIL = /^\s*(?:,[^,.;]{1,60})?\s*[.!?"”’]*\s*$/u;

/**
 * Whether the name at `start … end` of `text` is only the source of the sentence: the subject of a speech verb that
 * closes it ("…, Holt said."), what follows a closing "said" ("…, said Holt.") or "according to" ("…, according to
 * Holt."), with an apposition or role words about it at most.
 */
export function isSourceOnly(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (start > 0 && BEFORE_NAME.test(before)) {
    const m = VERB_AFTER_NAME.exec(after);
    if (m && isSpeechVerb(m[1]!)) return true;
  }
  if (!TAIL.test(after)) return false;
  if (ACCORDING_TO.test(before)) return true;
  const verb = VERB_BEFORE_NAME.exec(before);
  return verb !== null && isSpeechVerb(verb[1]!);
}
