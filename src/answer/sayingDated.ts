import type { Token } from '../nlp/entities.js';
import { SAYING_LEMMAS } from '../nlp/cueWords.js';
import { tokenLemma } from '../nlp/tokenLemma.js';
import { termOf, termsOf } from '../search/terms.js';
import type { StorySentence } from '../story/story.js';
import { datingVerb } from './datedByVerb.js';
import { questionVerbs } from './placeAsked.js';
import { relatedWordTerms } from './termMemo.js';

/**
 * Verbs that report what someone said or wrote, beside nlp/cueWords' SAYING_LEMMAS; their object may also be a thing
 * written ("wrote a charter"), so here they count only before what was said (REPORTED_OPENS). General English.
 */
const REPORTING_LEMMAS = ['report', 'write', 'comment', 'remark', 'reply', 'confirm', 'predict', 'reveal', 'admit'];

/** Every lemma read as a verb of saying here. */
const SAYING = new Set([...SAYING_LEMMAS, ...REPORTING_LEMMAS]);

/** Their terms, and with those the terms of the words WordNet relates to them ("argument", "statement"), built on first use. */
let sayingVerbTerms: ReadonlySet<string> | undefined;
let sayingTerms: ReadonlySet<string> | undefined;

/** At most this many words after a verb of saying and its date are read for what opens what was said ("told **reporters** that"). */
const REPORTED_WITHIN = 4;

/** Words that open what was said: "that", a quotation mark, a colon. */
const REPORTED_OPENS = /^(?:that|["“”'‘:])$/i;

/** What may stand between a verb of saying and its date ("said **on** Friday", "reported **in early** 2031"). */
const BEFORE_DATE_POS = new Set(['ADP', 'DET', 'ADJ', 'ADV']);

/**
 * Whether a date answers a when-question by the day something was said: the date is the time of a verb of saying
 * (SAYING), written right before it ("the guild **today said** that …"), right after it or after a preposition of time
 * ("**said on Friday** it had …", "**reported in 2031** that …"), or opening the sentence before its clause ("**In 1901**,
 * Ada Vell **wrote** that …"), and what follows is what was said — "that", a quotation, a colon, or a clause of its own
 * ("said Friday **he would** …"); and the question writes no verb of saying nor a word WordNet relates to one ("When did
 * Ivo Brandt make his **statement**?"). The date tells when it was said, not when what was said happened: "When did the
 * Tolly mill close?" is not answered by "Friday" of "Ada Vell said on Friday that the Tolly mill had closed".
 *
 * @param written the date as its sentence writes it
 * @example sayingDated('When did the Tolly mill close?', sentence('Ada Vell said on Friday that the mill had closed.'), 'Friday') // → true
 */
export function sayingDated(question: string, sentence: StorySentence, written: string): boolean {
  const at = sentence.text.indexOf(written);
  if (at < 0) return false;
  const tokens = sentence.tokens;
  const from = tokens.findIndex((t) => t.start >= at);
  let last = tokens.findIndex((t) => t.start >= at + written.length) - 1;
  if (from < 0) return false;
  if (last < 0) last = tokens.length - 1;
  const verb = sayingVerbAt(tokens, from, last, { start: at, end: at + written.length });
  if (verb < 0 || !reportedAfter(tokens, Math.max(verb, last) + 1)) return false;
  return !asksSaying(question);
}

/** The index of the verb of saying a date at tokens `from`–`last` is the time of (see `sayingDated`), or -1. */
function sayingVerbAt(tokens: readonly Token[], from: number, last: number, span: { start: number; end: number }): number {
  let after = last + 1;
  while (tokens[after]?.pos === 'ADV') after += 1;
  if (isSaying(tokens[after])) return after;
  let before = from - 1;
  while (before >= 0 && BEFORE_DATE_POS.has(tokens[before]!.pos)) before -= 1;
  if (isSaying(tokens[before])) return before;
  return datingVerb(tokens, span, sayingVerbTermSet());
}

/** Whether what follows at `k` is what was said: REPORTED_OPENS within REPORTED_WITHIN words, or a subject and its verb. */
function reportedAfter(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + REPORTED_WITHIN; j += 1) {
    const t = tokens[j]!;
    if (REPORTED_OPENS.test(t.text)) return true;
    const next = tokens[j + 1];
    if ((t.pos === 'PRON' || t.pos === 'PROPN' || t.pos === 'NOUN') && (next?.pos === 'AUX' || next?.pos === 'VERB')) return true;
    if (t.pos === 'PUNCT' || t.pos === 'ADP' || t.pos === 'VERB' || t.pos === 'CCONJ') return false;
  }
  return false;
}

function isSaying(t: Token | undefined): boolean {
  return t?.pos === 'VERB' && SAYING.has(tokenLemma(t));
}

/** Whether the question writes a verb of saying or a word WordNet relates to one ("statement", "report"). */
function asksSaying(question: string): boolean {
  const terms = sayingTermSet();
  return termsOf(question).some((t) => terms.has(t)) || [...questionVerbs(question)].some((t) => terms.has(t));
}

function sayingVerbTermSet(): ReadonlySet<string> {
  sayingVerbTerms ??= new Set([...SAYING].flatMap((lemma) => termOf(lemma) ?? []));
  return sayingVerbTerms;
}

function sayingTermSet(): ReadonlySet<string> {
  sayingTerms ??= new Set([
    ...sayingVerbTermSet(),
    ...[...SAYING].flatMap((lemma) => relatedWordTerms(lemma).terms.flatMap((t) => t ?? [])),
  ]);
  return sayingTerms;
}
