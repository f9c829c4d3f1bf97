import { termOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import { relatedWordTerms } from './termMemo.js';

/**
 * "When was X founded?", "In what year was X first built?", "When was X first held?": a question asking when something
 * came to be, with the participle that says how (group 1; "first held" for a recurring event). General English.
 */
const FOUNDING_ASKED =
  /^\s*(?:when|in\s+what\s+year|what\s+year)\s+(?:was|were)\s+.+?\s+(?:first\s+)?(founded|established|built|constructed|created|formed|launched|set\s+up|opened|incorporated|inaugurated|instituted|chartered|erected|first\s+held)\b/i;

/**
 * Words that tell a thing's coming to be or its age, whatever verb the question asks by: "founded in 1901", "the club
 * dates from 1901", "in its 90-year history", "its centenary's anniversary". Their lemmas; the index term of each is what
 * a sentence is read for ("since" and, for a question asking a first, "first" are read apart). General English.
 */
export const FOUNDING_LEMMAS = [
  'found',
  'establish',
  'build',
  'construct',
  'create',
  'form',
  'formation',
  'complete',
  'launch',
  'open',
  'start',
  'begin',
  'incorporate',
  'inaugurate',
  'institute',
  'charter',
  'erect',
  'organize',
  'organise',
  'introduce',
  'invent',
  'date',
  'origin',
  'history',
  'anniversary',
];

/** Their index terms, built on first use. */
let foundingTerms: ReadonlySet<string> | undefined;

/** "since" is a stop word with no index term; a thing that "has stood since 1901" is told its age by it. */
const SINCE = /\bsince\b/i;

/**
 * Whether a question asking when something was founded, built, opened or first held (FOUNDING_ASKED) is answered by a date
 * from a sentence that tells no coming to be: outside its names, it writes neither the question's verb, nor a word
 * WordNet relates to it ("launch" for "founded"), nor any word of FOUNDING_LEMMAS, nor "since", nor "first" where the
 * question asks a first. The date is another event's that the sentence
 * tells of the thing ("Sunday" of "The talks opened the week at the Tolly mill on Sunday" is no answer to "When was the
 * Tolly mill built?"): a sentence dating a founding says so, while a story that never tells it offers the dates of what
 * happened at the place since.
 *
 * @param written the date as its sentence writes it
 * @example foundingUntold('When was the Tolly mill built?', sentence('The Velden guild met at the Tolly mill on Sunday.'), 'Sunday') // → true
 * @example foundingUntold('When was the Tolly mill built?', sentence('The Tolly mill, which dates from 1790, shut on Sunday.'), 'Sunday') // → false
 */
export function foundingUntold(question: string, sentence: StorySentence, written: string): boolean {
  const verb = FOUNDING_ASKED.exec(question)?.[1]?.toLowerCase().replace(/\s+/g, ' ');
  if (verb === undefined) return false;
  if (SINCE.test(sentence.text) || namesByItsYear(question, sentence.text, written)) return false;
  // Names aside: "the Velden Open" tells no opening, "Harbour Works Ltd" no building.
  const terms = new Set(sentence.tokens.filter((t) => t.pos !== 'PROPN').map((t) => termOf(t.text)));
  const lemma = participleLemma(verb.replace(/^first /, '').split(' ')[0]!);
  const own = [termOf(lemma), ...relatedWordTerms(lemma).terms, ...(/\bfirst\b/i.test(question) ? [FIRST] : [])];
  if (own.some((t) => t !== null && terms.has(t))) return false;
  foundingTerms ??= new Set(FOUNDING_LEMMAS.flatMap((w) => termOf(w) ?? []));
  for (const t of terms) if (t !== null && foundingTerms.has(t)) return false;
  return true;
}

/** A capitalised word right before or right after a date ("the 1921 Harbour Act", "Harbour Act 1921"): group 1 or 2. */
const NAME_BESIDE = /(\p{Lu}[\p{L}-]*)\s+$|^\s+(\p{Lu}[\p{L}-]*)/u;

/**
 * Whether the sentence writes the date as part of a name the question writes, right before or after one of its
 * capitalised words ("the 1921 Harbour Act", "Harbour Act 1921" for "When was the Harbour Act created?"): a law, a treaty
 * or a directive is named by the year it was made, which dates it whatever the sentence tells of it.
 */
function namesByItsYear(question: string, sentence: string, written: string): boolean {
  const named = new Set(question.split(/[^\p{L}-]+/u).filter((w) => /^\p{Lu}/u.test(w)));
  for (let at = sentence.indexOf(written); at >= 0; at = sentence.indexOf(written, at + 1)) {
    const before = NAME_BESIDE.exec(sentence.slice(Math.max(0, at - 40), at));
    const after = NAME_BESIDE.exec(sentence.slice(at + written.length, at + written.length + 40));
    if ((before?.[1] !== undefined && named.has(before[1])) || (after?.[2] !== undefined && named.has(after[2]))) return true;
  }
  return false;
}

/** "first", which tells a first holding ("the first regatta was rowed in 1840") where the question asks one. */
const FIRST = 'first';

/**
 * The few irregular participles FOUNDING_ASKED and doerAsked.ts's DOER_ASKED take, by their lemma; a regular one is its
 * term's word already.
 */
const IRREGULAR: Readonly<Record<string, string>> = {
  built: 'build',
  held: 'hold',
  set: 'set',
  bought: 'buy',
  sold: 'sell',
  took: 'take',
  taken: 'take',
};

/** A participle's lemma, for WordNet's relatives: "built" → "build", "founded" → "found", "created" → "create". */
export function participleLemma(participle: string): string {
  const irregular = IRREGULAR[participle];
  if (irregular !== undefined) return irregular;
  const stem = participle.replace(/ed$/, '');
  return relatedWordTerms(stem).words.length > 0 ? stem : `${stem}e`;
}
