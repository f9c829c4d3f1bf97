import { type Token, tagSentence } from '../nlp/entities.js';
import type { StorySentence } from '../story/story.js';
import { relatedWords } from '../lexicon/index.js';
import { HONORIFICS, REALM_TITLES, ROLE_WORDS } from '../nlp/cueWords.js';
import { termOf } from '../search/terms.js';
import { isCapitalised } from '../text/words.js';
import { QUANTIFIERS } from '../text/functionWords.js';
import { type Span, subjectOf } from './clauseRoles.js';
import { datingVerb } from './datedByVerb.js';
import { questionVerbs } from './placeAsked.js';

/** At most this many words after a verb are read as the noun phrase it acts on ("launched **its new cable service** on …"). */
const OBJECT_WORDS = 6;

/** What ends the noun phrase after a verb: a preposition, a clause break, another verb. */
const OBJECT_END_POS = new Set(['ADP', 'PUNCT', 'CCONJ', 'SCONJ', 'VERB', 'AUX', 'PART']);

/**
 * Words that describe a noun the way a question and a sentence may differ in without naming another thing: the
 * quantifiers, and words of amount, newness or identity ("more", "new", "same").
 */
const GENERAL_DESCRIBERS: ReadonlySet<string> = new Set([...QUANTIFIERS, 'other', 'more', 'new', 'own', 'such', 'same', 'various']);

/** A word before a noun that says which of its kind is meant ("its **cable** service", "the **new** charter"). */
const DESCRIBING_POS = new Set(['ADJ', 'NOUN', 'PROPN']);

/**
 * Whether a date answers a question's verb told of another thing: the date is the time of one of the question's verbs
 * (datedByVerb.ts `datingVerb`), and the noun phrase that verb acts on (past "of", up to a preposition or clause break)
 * names a name and no noun the question writes ("a council elected **Ada** as chair in 1201" for "When was Bo elected
 * chair?"), or a noun the question writes with another describing word before it than the question's, which the
 * sentence never writes ("launched its **cable** service on 2 May" for "When did Tolly launch its radio service?"): the
 * sentence dates the same verb done to something else. A word counts as written where WordNet relates it to one
 * ("worldwide" for "global"); a common noun alone is no other thing (often a paraphrase: "approved the deal"
 * for the sale asked about), and a verb in the passive acts on nothing after it.
 *
 * @param written the date as its sentence writes it
 * @example objectUnasked('When did Tolly open its river mill?', sentence('Tolly opened its wool mill in 1901.'), '1901') // → true
 */
export function objectUnasked(question: string, sentence: StorySentence, written: string): boolean {
  const at = sentence.text.indexOf(written);
  if (at < 0) return false;
  const tokens = sentence.tokens;
  const v = datingVerb(tokens, { start: at, end: at + written.length }, questionVerbs(question));
  // "was awarded two packages": a verb in the passive tells what was done to its subject, and acts on nothing after it.
  if (v < 0 || (tokens[v - 1]?.pos === 'AUX' && tokens[v - 1]!.lemma === 'be')) return false;
  const object: Token[] = [];
  for (let j = v + 1; j < tokens.length && j - v <= OBJECT_WORDS; j += 1) {
    const t = tokens[j]!;
    // "began a round **of** inquiries": the phrase goes on past "of".
    if (OBJECT_END_POS.has(t.pos) && t.text.toLowerCase() !== 'of') break;
    object.push(t);
  }
  const asked = tagSentence(question).tokens;
  const askedTerms = new Set(asked.map((t) => termOf(t.text)));
  const nouns = object.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (nouns.length === 0) return false;
  // Another name ("elected **Ada**"): a common noun the question does not write may be its paraphrase ("the transaction" for "the sale").
  if (!nouns.some((t) => writes(askedTerms, t))) return nouns.some((t) => t.pos === 'PROPN');
  const sentenceTerms = new Set(tokens.map((t) => termOf(t.text)));
  return object.some((t, i) => {
    const before = object[i - 1];
    if (t.pos !== 'NOUN' || before === undefined || !describes(before) || writes(askedTerms, before)) return false;
    const head = termOf(t.text);
    return asked.some(
      (q, n) => q.pos === 'NOUN' && termOf(q.text) === head && n > 0 && describes(asked[n - 1]!) && !writes(sentenceTerms, asked[n - 1]!),
    );
  });
}

/**
 * Whether a date answers a question's verb told of another doer: the date is the time of one of the question's verbs
 * (datedByVerb.ts `datingVerb`), and that verb's subject and the question's, in the same voice, are names each of which
 * writes a name word the other lacks ("When **Ada Vell** died in 1901, Bo Vell was called home" for "When did Bo Vell
 * die?"): the sentence dates the same verb done by someone else. A subject written as a pronoun or a common noun, or as
 * a shorter or longer form of the question's name ("Vell", "Bo Anton Vell" for "Bo Vell"), may be the one asked about;
 * titles and role words ("President", "Queen") are no name words. An abbreviation on either side ("the TGC" for "the Tarn
 * Guild Council") may stand for the other's name, so neither is judged then.
 *
 * @param written the date as its sentence writes it
 * @example subjectUnasked('When did Bo Vell die?', sentence('When Ada Vell died in 1901, Bo Vell was called home.'), '1901') // → true
 */
export function subjectUnasked(question: string, sentence: StorySentence, written: string): boolean {
  const at = sentence.text.indexOf(written);
  if (at < 0) return false;
  const verbs = questionVerbs(question);
  const v = datingVerb(sentence.tokens, { start: at, end: at + written.length }, verbs);
  const told = v < 0 ? null : subjectOf(sentence.tokens, v);
  if (told === null) return false;
  const asked = tagSentence(question).tokens;
  // The question's word for the dated verb, however the tagger reads it there ("sign" of "When did Tarnby sign …?").
  const dated = termsOf(sentence.tokens[v]!);
  const q = asked.findIndex((t) => termsOf(t).some((term) => dated.includes(term)));
  const own = q < 0 ? null : subjectOf(asked, q);
  if (own === null || askedPassive(asked, q) !== told.passive) return false;
  const toldNames = nameWords(sentence.tokens, told.span);
  const askedNames = nameWords(asked, own.span);
  if (toldNames === null || askedNames === null) return false;
  return [...toldNames].some((w) => !askedNames.has(w)) && [...askedNames].some((w) => !toldNames.has(w));
}

/** The terms of a word and of its lemma. */
function termsOf(t: Token): string[] {
  return [termOf(t.text), t.lemma === undefined ? null : termOf(t.lemma)].filter((term) => term !== null);
}

/** Forms of "be" that, put before a question's subject, make its participle passive ("When **was** Bo elected?"). */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** A verb's -ing form, which "be" makes progressive, not passive ("When was Bo sailing?"). */
const PROGRESSIVE = /ing$/i;

/**
 * Whether a question's verb at token `q` is passive: a question puts its "be" before the subject, where clauseRoles'
 * `subjectOf` does not look for it.
 */
function askedPassive(asked: readonly Token[], q: number): boolean {
  return !PROGRESSIVE.test(asked[q]!.text) && asked.slice(0, q).some((t) => BE_FORMS.has(t.text.toLowerCase()));
}

/** What may stand between a preposition and the name after it ("of **the** Tolly Rovers"). */
const BEFORE_NAME_POS = new Set(['DET', 'ADJ']);

/** A word written as an abbreviation ("TGC", "V&A", "U.N."); a regnal number ("VIII") is a name word. */
const ABBREVIATION = /^\p{Lu}[\p{Lu}&.]+$/u;
const REGNAL = /^[IVXL]+$/;

/**
 * The terms of the words of the name a noun phrase ends in (its proper nouns but titles and role words: "Ada Rand" of
 * "the guild's captain Ada Rand"); null where the phrase ends in no name ("he" after "the Roll of Oarsmen"), where that
 * name stands after a preposition inside the phrase ("the Tolly Rovers" of "captain of the Tolly Rovers", as a relative
 * clause's subject is read back to the nearest phrase only), or where one of its words is an abbreviation, which may
 * stand for any name.
 */
function nameWords(tokens: readonly Token[], [first, last]: Span): Set<string> | null {
  let start = last + 1;
  for (;;) {
    while (start > first && tokens[start - 1]!.pos === 'PROPN') start -= 1;
    // "Ivo the Elder": an epithet after "the" is part of the name it follows.
    if (start - 2 >= first && start <= last && tokens[start - 1]!.text.toLowerCase() === 'the' && tokens[start - 2]!.pos === 'PROPN')
      start -= 1;
    else break;
  }
  if (start > last) return null;
  let k = start - 1;
  while (k >= first && BEFORE_NAME_POS.has(tokens[k]!.pos)) k -= 1;
  if (k >= first && tokens[k]!.pos === 'ADP') return null;
  const out = new Set<string>();
  for (const t of tokens.slice(start, last + 1)) {
    if (ABBREVIATION.test(t.text) && !REGNAL.test(t.text)) return null;
    const lower = t.text.toLowerCase();
    if (lower === 'the' || !isCapitalised(t.text) || HONORIFICS.has(lower) || REALM_TITLES.has(lower) || ROLE_WORDS.has(lower)) continue;
    out.add(termOf(t.text) ?? lower);
  }
  return out;
}

/** Whether a word or one WordNet relates to it (lexicon `relatedWords`: "worldwide" for "global") is among some terms. */
function writes(terms: ReadonlySet<string | null>, t: Token): boolean {
  return terms.has(termOf(t.text)) || relatedWords(t.text.toLowerCase()).some((w) => terms.has(termOf(w)));
}

/** Whether a word before a noun says which of its kind is meant, not how many or which in general ("several", "new"). */
function describes(t: Token): boolean {
  return DESCRIBING_POS.has(t.pos) && !GENERAL_DESCRIBERS.has(t.text.toLowerCase());
}
