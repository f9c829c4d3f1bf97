import type { Entity, Token } from '../nlp/entities.js';
import { isPersonNoun } from '../nlp/cueWords.js';
import { nounClass, nounClasses, singularNoun } from '../lexicon/index.js';
import { termOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import type { ShortAnswer } from './extractAnswer.js';
import { MANNER_QUESTION } from './mannerAdverb.js';
import { RELATIVE_PRONOUNS } from '../text/functionWords.js';

/** Prepositions that open the means a thing was done with, after the verb and its object ("fought the tolls **with** pickets"). */
const MEANS_OPENERS = new Set(['with', 'using', 'in', 'by', 'through', 'via']);

/** The most words read between the question's verb and the means (its object, particles, place and time phrases). */
const MAX_GAP_WORDS = 12;

/** The most words a means shows. */
const MAX_MEANS_WORDS = 10;

/** Words of the object and the phrases between it and the means: none of them ends the verb's phrase. */
const BETWEEN_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADV', 'PART', 'ADP', 'SYM']);

/**
 * Words that open another clause after a noun ("the tolls | that …"): the verb's phrase ends there. The relative
 * pronouns, and the words of place, time, reason and contrast that open one as well.
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS, 'where', 'when', 'while', 'as', 'because', 'not']);

/** Nouns read as a place or a time, not a means ("**in** the square", "**by** dawn", "**through** the pass"). */
const SETTING_CLASSES = new Set(['place', 'time']);

/** Nouns of an amount: with a number, a measure, not a means ("in three **hours**"; after "by" any count: "by 20 points"). */
const AMOUNT_CLASSES = new Set(['quantity', 'time']);

/**
 * "How did X VERB Y?": the means the best excerpt writes after the question's verb (any form of it) and its object —
 * "the drovers fought the tolls **with pickets**", "the salt was carried out **in barrels**", "the mail went across the
 * pass **by sledge**" — past the place and time phrases between ("across the pass", "in March"). A phrase whose noun
 * is a place, a time or a number is such a setting and is passed over, as is one that names a companion ("with her
 * brother": a person, a name or a pronoun) or, after "by", the doer of a passive ("founded by Orla Tellin"). Null
 * where the question asks no manner, or no such means follows its verb (or, where the question's verb was not tagged, a
 * word of it). Where the sentence writes none of it, the thing a passive is done by that is no doer: "the tarn was
 * dammed **by a landslide**" for "How was the tarn formed?".
 *
 * @example meansAfterObject(sentence('The drovers fought the tolls with pickets.'), 'How did the drovers fight the tolls?', 'fight', ['drover', 'fight', 'toll'])
 * // → 'pickets'
 */
export function meansAfterObject(
  sentence: StorySentence,
  question: string,
  verb: string | undefined,
  questionTerms: readonly string[],
): Omit<ShortAnswer, 'from' | 'evidence'> | null {
  if (!MANNER_QUESTION.test(question)) return null;
  const wanted = new Set(questionTerms);
  // Where the tagger read the question's verb as a noun ("How did the drovers *fight* …"), a verb of the sentence
  // that is one of the question's words stands for it.
  const verbs: ReadonlySet<string> = verb === undefined ? wanted : new Set([verb]);
  const tokens = sentence.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isVerbOf(tokens[i]!, verbs)) continue;
    const found = meansAfter(sentence, i, wanted);
    if (found) {
      const text = sentence.text.slice(tokens[found.from]!.start, tokens[found.to - 1]!.end);
      return { text, type: 'PHRASE', sentenceId: sentence.id, written: text };
    }
  }
  // Where the sentence writes the event in other words ("a tarn that was **dammed by a landslide**" for "How was the
  // tarn formed?"), the thing a passive is done by, right after it, where no doer (meansAfter's settings and parties).
  if (tokens.some((t) => isVerbOf(t, verbs))) return null;
  for (let i = 1; i + 2 < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || !PASSIVE_PARTICIPLE.test(t.text) || !BE_BEFORE_PASSIVE.test(tokens[i - 1]!.text)) continue;
    // (An -ing form after "by" is a deed, read whole with what it governs by the means readers: "eased by **trading salt
    // along the river**".)
    if (tokens[i + 1]!.text.toLowerCase() !== 'by' || /\p{L}ing$/u.test(tokens[i + 2]!.text)) continue;
    const phrase = nounPhraseAt(tokens, i + 2);
    if (!phrase || settingOrCompanion(sentence, phrase, 'by')) continue;
    if (tokens.slice(phrase.from, phrase.to).every((w) => wanted.has(termOf(w.text) ?? ''))) continue;
    const text = sentence.text.slice(tokens[phrase.from]!.start, tokens[phrase.to - 1]!.end);
    return { text, type: 'PHRASE', sentenceId: sentence.id, written: text };
  }
  return null;
}

/** A passive participle's ending ("created", "worn"), and the form of "be" right before it. */
const PASSIVE_PARTICIPLE = /\p{L}(?:ed|en)$/u;
const BE_BEFORE_PASSIVE = /^(?:is|are|was|were|be|been)$/i;

/** Whether a token is a form of one of the verbs ("hidden", "hiding" for "hide"). */
function isVerbOf(t: Token, verbs: ReadonlySet<string>): boolean {
  // A passive participle may be tagged a describing word ("to be **hidden** away").
  if (t.pos !== 'VERB' && !(t.pos === 'ADJ' && PASSIVE_PARTICIPLE.test(t.text))) return false;
  return verbs.has(termOf(t.text) ?? '') || (t.lemma !== undefined && verbs.has(termOf(t.lemma) ?? ''));
}

/**
 * The means phrase after the verb at token `at`: the noun phrase after the first means preposition that opens no
 * setting or companion, within the verb's phrase (up to a punctuation mark, another verb or a clause); undefined where none.
 */
function meansAfter(sentence: StorySentence, at: number, wanted: ReadonlySet<string>): { from: number; to: number } | undefined {
  const tokens = sentence.tokens;
  for (let k = at + 1; k < tokens.length && k - at <= MAX_GAP_WORDS; k += 1) {
    const t = tokens[k]!;
    const lower = t.text.toLowerCase();
    if (!BETWEEN_POS.has(t.pos) && !MEANS_OPENERS.has(lower)) return undefined;
    if (CLAUSE_OPENERS.has(lower)) return undefined;
    if (!MEANS_OPENERS.has(lower)) continue;
    const phrase = nounPhraseAt(tokens, k + 1);
    if (!phrase) continue;
    if (settingOrCompanion(sentence, phrase, lower)) {
      k = phrase.to - 1;
      continue;
    }
    const words = tokens.slice(phrase.from, phrase.to);
    if (words.every((w) => wanted.has(termOf(w.text) ?? ''))) return undefined;
    return phrase;
  }
  return undefined;
}

/** Prepositions that open a phrase belonging to the means' noun ("tolls **on** imports", "money **from** abroad"). */
const POST_MODIFIERS = new Set(['of', 'for', 'from', 'on', 'against', 'about', 'between']);

/**
 * Words of a noun phrase before or after its nouns: describing words, numbers, a possessive mark, a slash, a participle
 * before a noun ("**imported** cloth").
 */
function insideNounPhrase(t: Token, next: Token | undefined): boolean {
  if (t.pos === 'VERB') return next?.pos === 'NOUN' && PARTICIPLE.test(t.text);
  return t.pos === 'ADJ' || t.pos === 'NUM' || (t.pos === 'PART' && /^['’]s?$/.test(t.text)) || t.text === '/';
}

/** A participle's ending ("imported", "spinning"). */
const PARTICIPLE = /\p{L}(?:ed|ing)$/u;

/**
 * The noun phrase opening at token `from` (past its article), with the phrases that belong to its noun ("fines **on
 * river traders**", "rules for salt **and** timber"), to its last noun; `head` is the noun of its first part, which says
 * what kind of thing it is. Undefined where no noun comes first or it runs too long.
 */
function nounPhraseAt(tokens: readonly Token[], from: number): { from: number; to: number; head: number } | undefined {
  let a = from;
  while (a < tokens.length && tokens[a]!.pos === 'DET') a += 1;
  let head = -1;
  let last = -1;
  let joined = false;
  for (let b = a; b < tokens.length && b - a < MAX_MEANS_WORDS; b += 1) {
    const t = tokens[b]!;
    const next = tokens[b + 1];
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      last = b;
      if (!joined) head = b;
    } else if (insideNounPhrase(t, next)) {
      // a describing word, a number, a possessive, "DNA/RNA"
    } else if (
      last >= 0 &&
      POST_MODIFIERS.has(t.text.toLowerCase()) &&
      next &&
      (next.pos === 'DET' || CONTENT.has(next.pos) || insideNounPhrase(next, tokens[b + 2]))
    ) {
      joined = true;
      if (next.pos === 'DET') b += 1;
    } else if (last === b - 1 && t.pos === 'CCONJ' && next && CONTENT.has(next.pos)) {
      // "salt and timber" (not "… and the …": another phrase)
    } else break;
  }
  if (head < 0) return undefined;
  return { from: a, to: last + 1, head };
}

/** Words that carry a noun phrase's content. */
const CONTENT = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * Whether a phrase after `opener` sets the scene or names a companion, not a means: its noun a place or a time ("in
 * the square", "by dawn"), a counted amount ("by 20 points"), a name, a date or a sum the tagger found, a pronoun, a
 * person or a body of people ("with her brother", "with the guild"; after "by", a passive's doer); a name after
 * anything but "with" / "using"; after "in", anything but a thing made ("in barrels", not "in haste").
 */
function settingOrCompanion(sentence: StorySentence, phrase: { from: number; to: number; head: number }, opener: string): boolean {
  const tokens = sentence.tokens;
  const head = tokens[phrase.head]!;
  if (tokens.slice(phrase.from, phrase.head).some((t) => t.pos === 'PRON')) return true;
  if (insideEntity(sentence.entities, tokens[phrase.from]!.start, head.end)) return true;
  // A name is a tool only after "with" / "using" ("with Velcro straps"); after "in", "by", "through" a place or a doer.
  if (head.pos === 'PROPN') return opener !== 'with' && opener !== 'using';
  const lower = head.text.toLowerCase();
  const kind = nounClass(lower);
  if (kind !== undefined && SETTING_CLASSES.has(kind)) return true;
  const counted = tokens.slice(phrase.from, phrase.head).some((t) => t.pos === 'NUM');
  if (counted && (opener === 'by' || (kind !== undefined && AMOUNT_CLASSES.has(kind)))) return true;
  if (isPersonNoun(lower)) return true;
  // "with the guild", "by the council": a body of people named as such is a companion or a doer ("by department" is not).
  const named = tokens[phrase.from - 1]?.pos === 'DET';
  if (named && (kind === 'group' || kind === 'organization') && (opener === 'with' || opener === 'by')) return true;
  // "in" opens a state or a place more often than a means: only a thing held in ("in barrels", "in crates").
  return opener === 'in' && !madeThing(lower);
}

/** Whether a noun names a thing made ("crates"), in any sense of it or of its singular ("barrels": a measure, a cask). */
function madeThing(lower: string): boolean {
  if (nounClasses(lower).includes('artifact')) return true;
  const singular = singularNoun(lower);
  return singular !== undefined && nounClasses(singular).includes('artifact');
}

/** Entities that make a phrase a setting or a party ("in **March**", "with **Orla Tellin**", "by **9%**"); not a bare count ("with **four** petitions"). */
const SETTING_ENTITIES = new Set(['PERSON', 'PLACE', 'ORG', 'DATE', 'TIME', 'DURATION', 'MONEY', 'PERCENT']);

/** Whether a setting entity of the sentence (`SETTING_ENTITIES`) overlaps the span [start, end). */
export function insideEntity(entities: readonly Entity[], start: number, end: number): boolean {
  return entities.some((e) => SETTING_ENTITIES.has(e.type) && e.start < end && start < e.end);
}
