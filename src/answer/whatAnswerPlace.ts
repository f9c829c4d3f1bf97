/**
 * Where a what-question's answer stands in a sentence, read from the sentence's tags: the subject of "be" whose
 * complement holds the question's words ("**the fine** is the most common penalty" for "What is the most common
 * penalty?"), or the phrase after a question word and the preposition the question ends in ("proportional to **the
 * mass**" for "What is the pull proportional to?"). General English.
 */
import { tagSentence, type Token } from '../nlp/entities.js';
import { pastAside, spanLinks } from './spanContext.js';

/** A what-question whose verb is "be" ("What is a common penalty?", "what was the main cause of …"). */
export const WHAT_IS = /^\W*what\s+(?:is|was|are|were)\s/;

/** The first and last token of the character span [start, end) of a sentence. */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  return [tokens.findIndex((t) => t.end > start), tokens.findLastIndex((t) => t.start < end)];
}

/** A span of a sentence by its character offsets. */
export interface CharSpan {
  start: number;
  end: number;
}

/**
 * Whether a span of a sentence is the subject of "be" whose complement holds a question word. "Be" before a verb
 * ("was later found", "are called", "is being built") is a passive or progressive helper, not a copula: its subject is
 * what was acted on, no thing described by the question's words, and answers only a passive question (`passiveToo`,
 * asksPassive) whose verb is that participle ("What was found …?" → "**the ledger** was later found"). SQuAD reading
 * (round 30) F1 0.5243 → 0.5248, what 0.4597 → 0.4607, held back 0.5518 → 0.5520: 8 won / 4 lost (training half 7 / 3,
 * held back 1 / 1); the copula-subject filter had taken "the crew **was mending** the nets"'s subject
 * for the answer. Dropped: no passive subject even for a passive question (7 won / 4 lost on training, 1 / 2 held
 * back), or any passive subject for one (7 / 3, 0 / 0); a subject that holds a question word itself left out of the
 * filter (6 won / 6 lost, held back 0.5518 → 0.5517).
 *
 * @example "The fine is the most common penalty" for "What is the most common penalty?" → true for "The fine"
 */
export function subjectOfCopula(
  tokens: readonly Token[],
  span: CharSpan,
  isQuestionTerm: (t: Token) => boolean,
  passiveToo: boolean,
): boolean {
  const [startAt, endAt] = tokenRange(tokens, span.start, span.end);
  const participle = participleAt(tokens, pastAside(tokens, endAt + 1));
  if (participle !== undefined && !(passiveToo && isQuestionTerm(tokens[participle]!))) return false;
  return spanLinks(tokens, startAt, endAt, isQuestionTerm).copulaBeforeQuestion;
}

/**
 * Whether the words from token k are "be" and a verb, adverbs allowed before and between ("was later found", "are
 * called", "is being built"): a passive or progressive helper, whose subject is the thing acted on, not a thing that
 * "be" links to a description.
 */
function participleAt(tokens: readonly Token[], k: number): number | undefined {
  let n = k;
  while (tokens[n]?.pos === 'ADV') n += 1;
  if (tokens[n]?.pos !== 'AUX') return undefined;
  let v = n + 1;
  while (tokens[v]?.pos === 'ADV') v += 1;
  return tokens[v]?.pos === 'VERB' ? v : undefined;
}

/**
 * Whether a what-question asks with "be" and a participle ("What was later found?", "What was set aside for …"): its
 * answer is the subject of a passive, as a copula question's is of "be".
 *
 * @example asksPassive('What was built on the hill?') // → true
 * @example asksPassive('What was the main cause of the fire?') // → false
 */
export function asksPassive(question: string): boolean {
  const tokens = tagSentence(question).tokens;
  return tokens[0]?.text.toLowerCase() === 'what' && participleAt(tokens, 1) !== undefined;
}

/**
 * Whether a span of a sentence follows a question word and `preposition` (an article, and adverbs after the question
 * word, between).
 *
 * @example "a range of moods" for "What does the tide have a range of?" → true for "moods"
 */
export function afterWordAndPreposition(
  tokens: readonly Token[],
  span: CharSpan,
  preposition: string,
  isQuestionTerm: (t: Token) => boolean,
): boolean {
  let k = tokenRange(tokens, span.start, span.end)[0] - 1;
  while (k >= 0 && tokens[k]!.pos === 'DET') k -= 1;
  if (k < 1 || tokens[k]!.text.toLowerCase() !== preposition) return false;
  let v = k - 1;
  while (v > 0 && tokens[v]!.pos === 'ADV') v -= 1;
  return isQuestionTerm(tokens[v]!);
}

/**
 * The word a question writes right before the preposition it ends in ("groups" of "The nets catch groups of what?",
 * "proportional" of "What is the pull proportional to?"), lower case; undefined where none stands there.
 *
 * @example wordBeforeFinalPreposition('The nets catch groups of what?', 'of') // → 'groups'
 */
export function wordBeforeFinalPreposition(question: string, preposition: string): string | undefined {
  const words = question
    .toLowerCase()
    .replace(/[?.!\s]+$/, '')
    .split(/\s+/);
  if (words.at(-1) === 'what' || words.at(-1) === 'whom') words.pop();
  if (words.at(-1) !== preposition || words.length < 2) return undefined;
  const before = words.at(-2)!.replace(/[^\p{L}\p{N}'’-]/gu, '');
  return /^\p{L}/u.test(before) ? before : undefined;
}
