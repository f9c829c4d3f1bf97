import type { Token } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import type { ShortAnswer } from './extractAnswer.js';
import { PREDICATE_END } from './subjectPredicate.js';
import { BE } from './clauseRoles.js';
import { isRelativePronoun } from '../text/functionWords.js';

/** "How do critics view the plan?", "How did the court regard the claim?": a how-question on how one thing is seen. */
const VIEW_QUESTION = /^\W*how\s+(?:do|does|did)\b.*\b(?:view|see|regard|perceive|consider)\b/i;

/** Verbs that see a thing as something ("see it as …", "regarded the pact as …"). */
const VIEW_VERBS = new Set(['view', 'see', 'regard', 'perceive', 'consider']);

/**
 * "How did the mayor describe the flood?", "How was the levy portrayed?": a how-question on how one thing is described,
 * active or passive; a sentence answers by the same kind of verb ("described it as …", "was portrayed as …").
 */
const DESCRIBE_QUESTION = /^\W*how\s+(?:do|does|did|is|are|was|were|has|have|had)\b.*\b(?:describ|depict|portray|characteri[sz])\w*\b/i;

/** Verbs that describe a thing as something ("described the year as …", "is portrayed as …"). */
const DESCRIBE_VERBS = new Set(['describe', 'depict', 'portray', 'characterise', 'characterize']);

/** Words before "as" that make it no "as" of seeing or describing ("such as", "as well as"). */
const NOT_SEEN_AS = new Set(['such', 'well']);

/** A quotation mark opening the "as"-phrase, and one closing a quotation inside it. */
const OPENING_QUOTE = /^["“]\s*/;
const CLOSING_QUOTE = /.["”]/;

const GERUND = /ing$/i;

/** The most words the "as"-phrase shows. */
const MAX_WORDS = 8;

/** Where the clause holding token `at` begins: after the last mark ending a phrase before it, or at the sentence's start. */
function clauseStart(tokens: readonly Token[], at: number): number {
  let k = at;
  while (k > 0 && !PREDICATE_END.has(tokens[k - 1]!.text)) k -= 1;
  return k;
}

/**
 * What the best excerpt says a thing is seen as, for "How do X view Y?": the phrase after "as" of "see / view / regard
 * Y as Z" (**Z**), not the verb phrase. Where the sentence writes several "as" (a second object joined by "and": "see
 * the levy as fair, and the tolls as harsh"), the one whose object holds the most nouns of the question answers. Null where the
 * question asks no such thing or no such "as" follows a verb of seeing. With `objectNamed`, only an "as" whose object
 * (a passive verb's subject) writes a noun of the question answers: an excerpt below the best one may tell how another
 * thing is seen.
 *
 * @example viewedAs(sentence('Critics see the Orsk levy as a burden.'), 'How do critics view the Orsk levy?', ['critic', 'view', 'orsk', 'levy'])
 * // → 'a burden'
 */
export function viewedAs(
  sentence: StorySentence,
  question: string,
  questionTerms: readonly string[],
  objectNamed = false,
): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  const verbs = VIEW_QUESTION.test(question) ? VIEW_VERBS : DESCRIBE_QUESTION.test(question) ? DESCRIBE_VERBS : undefined;
  if (!verbs) return null;
  const wanted = new Set(questionTerms);
  const tokens = sentence.tokens;
  const verb = tokens.findIndex((t) => t.pos === 'VERB' && verbs.has((t.lemma ?? t.text).toLowerCase()));
  if (verb < 0) return null;
  // "The flood was described as …": a form of "be" before the verb makes it passive, and its "as" follows it at once
  // (its object is its subject).
  // (Adverbs between are passed over: "is often described simply as …".)
  let be = verb - 1;
  while (be > 0 && tokens[be]!.pos === 'ADV') be -= 1;
  const passive = verbs === DESCRIBE_VERBS && BE.has(tokens[be]?.text.toLowerCase() ?? '');
  let passiveAs = verb + 1;
  while (passiveAs < tokens.length && tokens[passiveAs]!.pos === 'ADV' && tokens[passiveAs]!.text.toLowerCase() !== 'as') passiveAs += 1;
  const given = (t: Token) => (t.pos === 'NOUN' || t.pos === 'PROPN') && wanted.has(termOf(t.text) ?? '');
  let objectFrom = verb + 1;
  const found: { from: number; to: number; named: number }[] = [];
  for (let k = verb + 1; k < tokens.length && tokens[k]!.text !== '.' && tokens[k]!.text !== ';'; k += 1) {
    if (tokens[k]!.text.toLowerCase() !== 'as' || NOT_SEEN_AS.has(tokens[k - 1]!.text.toLowerCase())) continue;
    // A passive describing verb's "as" follows it at once; an active verb's follows its object.
    if (passive ? k !== passiveAs : k === objectFrom) continue;
    // A relative pronoun ends the "as"-phrase, and so does a verb after its noun: "a burden **that** …", "a curse
    // **laid** on …" describe the noun further. Not an -ing form, which the tagger reads as a verb inside a noun ("a day
    // of rote **learning**").
    let to = k + 1;
    let noun = false;
    while (
      to < tokens.length &&
      !PREDICATE_END.has(tokens[to]!.text) &&
      tokens[to]!.text !== 'and' &&
      !isRelativePronoun(tokens[to]!.text) &&
      !(noun && tokens[to]!.pos === 'VERB' && !GERUND.test(tokens[to]!.text)) &&
      to - k <= MAX_WORDS
    ) {
      noun ||= tokens[to]!.pos === 'NOUN' || tokens[to]!.pos === 'PROPN';
      to += 1;
    }
    if (to === k + 1) continue;
    // (A passive verb's object is its subject, written before "be" back to the clause's start.)
    const object = passive ? tokens.slice(clauseStart(tokens, be), be) : tokens.slice(objectFrom, k);
    found.push({ from: k + 1, to, named: object.filter(given).length });
    objectFrom = to;
  }
  // The "as" whose object writes the most nouns of the question; a lone one answers even where its object is a pronoun.
  const most = Math.max(0, ...found.map((f) => f.named));
  const chosen = found.length === 1 && !objectNamed ? found[0] : most > 0 ? found.find((f) => f.named === most) : undefined;
  if (!chosen) return null;
  const written = sentence.text.slice(tokens[chosen.from]!.start, tokens[chosen.to - 1]!.end);
  // A quotation opened in the phrase and closed past its end: the phrase is shown without the opening mark.
  const text = OPENING_QUOTE.test(written) && !CLOSING_QUOTE.test(written) ? written.replace(OPENING_QUOTE, '') : written;
  return { text, type: 'PHRASE', sentenceId: sentence.id, written: text };
}
