import type { Token } from '../nlp/entities.js';
import { termOf } from '../search/terms.js';
import { isOpeningQuote } from '../text/quotes.js';
import { isCapitalised } from '../text/words.js';

/**
 * Where a which/what question's focus noun stands beside a candidate in its sentence, read from the tokens: a
 * "which/what NOUN" question wants the name written with that noun ("the Varnholt **bank**", "the **bank**
 * Varnholt", "Varnholt, a small **bank**"). Two features of the candidate model (candidateModel.ts), whose weights
 * the fit learns from SQuAD rather than a hand rule: a hand rule here won storyE but lost SQuAD reading F1 to
 * adjectives and other names before the noun ("a Nordic chemist"). Fitted alone (fitCandidates.ts, round 25): after
 * +1.18, before +1.10; eval:squad reading F1 0.5190 → 0.5192, held-out storyF answer 0.722 → 0.750.
 */
export interface FocusBeside {
  /** The focus noun right after the candidate ("Varnholt **bank**"). */
  after: boolean;
  /** The focus noun right before it ("the **bank** Varnholt"), or in an apposition after it ("Varnholt, a **bank**"). */
  before: boolean;
}

const NONE: FocusBeside = { after: false, before: false };

/** Words that open an apposition's noun phrase after a comma. */
const APPOSITION_OPENER = /^(?:a|an|the)$/i;

/** Describing words an apposition's noun phrase may hold before its noun ("a small regional bank"). */
const DESCRIBING = new Set(['ADJ', 'NOUN', 'ADV', 'PROPN']);

/** Those of an apposition with no article, an owner's mark too ("Tam **'s** older half-sister"). */
const BARE_DESCRIBING = new Set(['ADJ', 'NOUN', 'ADV', 'PROPN', 'PART']);

/** How many describing words may stand between an apposition's article and the focus noun. */
const APPOSITION_SPAN = 3;

/** How many words an apposition with no article may hold before the focus noun ("Tam 's older half - sister"). */
const BARE_APPOSITION_SPAN = 6;

/** Words that may close an apposition with no article after its noun: a comma, "of", a stop or a bracket. */
const BARE_APPOSITION_END = /^(?:,|of|\.|;|\(|\))$/i;

/**
 * Whether a token is the focus noun written in lower case (term `focus`), not part of a name: a common noun, or an
 * adjective the tagger made of it ("the **rival** Orsk guild" for "Which rival …"), or the last part of a compound
 * joined by a hyphen ("a **co-founder**", "her half-**sister**").
 */
function isFocusNoun(t: Token | undefined, focus: string): boolean {
  if (t === undefined || !/^\p{Ll}/u.test(t.text)) return false;
  if ((t.pos === 'NOUN' || t.pos === 'ADJ') && termOf(t.text) === focus) return true;
  const part = t.text.lastIndexOf('-');
  return part > 0 && (t.pos === 'NOUN' || t.pos === 'PROPN') && termOf(t.text.slice(part + 1)) === focus;
}

/**
 * Whether tokens from `k` are ", a/an/the [describing words] NOUN" with the focus noun as NOUN, or the same with no
 * article after a name where the noun ends the apposition ("Ivo Brandt, **co-founder** of the guild,", "Ada, Tam's
 * older half-**sister**,"). Not after a name a common noun introduces: that comma parts the members of a list of people
 * each named with a role ("the mason Ivo Brandt, chief **warden** of the guild Ada Vell, …"). SQuAD dev: with no
 * article after any phrase, the comma after an opening phrase read as one ("For most uses, rope **bridges** …").
 */
function appositionOf(tokens: readonly Token[], startAt: number, k: number, focus: string): boolean {
  if (tokens[k]?.text !== ',') return false;
  if (APPOSITION_OPENER.test(tokens[k + 1]?.text ?? '')) return nounWithin(tokens, k + 2, APPOSITION_SPAN, DESCRIBING, focus, false);
  const before = tokens[startAt - 1]?.pos;
  return (
    isCapitalised(tokens[startAt]!.text) &&
    before !== 'NOUN' &&
    before !== 'PROPN' &&
    nounWithin(tokens, k + 1, BARE_APPOSITION_SPAN, BARE_DESCRIBING, focus, true)
  );
}

/**
 * Whether the focus noun stands within `span` words from `from`, after describing words (tags `describing`, or a hyphen)
 * only; with `closing`, the apposition must end there (a comma, "of", a stop or a bracket after it).
 */
function nounWithin(
  tokens: readonly Token[],
  from: number,
  span: number,
  describing: ReadonlySet<string>,
  focus: string,
  closing: boolean,
): boolean {
  for (let i = from; i <= from + span && i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (isFocusNoun(t, focus) && (!closing || BARE_APPOSITION_END.test(tokens[i + 1]?.text ?? '.'))) return true;
    if (!describing.has(t.pos) && t.text !== '-') return false;
  }
  return false;
}

/** A title's own capitalised article, left out of the mention ("the story **The** Grey Gull"). */
const TITLE_ARTICLE = /^(?:The|A|An)$/;

/** What may open a mention before the focus noun of a close apposition: an article, a possessive, a demonstrative. */
const NOUN_OPENER = new Set(['DET', 'PRON']);

/**
 * Whether the candidate of tokens [startAt, endAt] is a name in close apposition to the focus noun, written beside it
 * in lower case: inside the mention ("the **planet** Orsk" trimmed to "Orsk", "her **novel** Grey Harbour"), or before an
 * opening quotation mark ("the **word** "velmic"", "the **term** 'drift'") or a title's capitalised article ("the radio
 * **story** The Grey Gull"). The noun says what kind of thing the name is, so a "what/which NOUN" question wants the
 * name: read into the candidate model's `focusNounBefore` beside `focusBeside`'s `before`, which sees only a noun right
 * before the mention. SQuAD reading (round 54): 9 won / 3 lost (held back 2 / 0).
 *
 * @example focusNamesNext(tokens of "They sailed from the planet Orsk.", 3, 5, 'planet') // → true
 */
export function focusNamesNext(tokens: readonly Token[], startAt: number, endAt: number, focus: string | null): boolean {
  if (focus === null || startAt < 0 || endAt < startAt) return false;
  const opener = tokens[startAt - 1];
  if (opener !== undefined && (isOpeningQuote(opener.text) || TITLE_ARTICLE.test(opener.text)) && isFocusNoun(tokens[startAt - 2], focus))
    return true;
  let j = startAt;
  while (j < endAt && NOUN_OPENER.has(tokens[j]!.pos) && !isFocusNoun(tokens[j], focus)) j += 1;
  if (j >= endAt || !isFocusNoun(tokens[j], focus)) return false;
  const next = tokens[j + 1]!;
  if (isOpeningQuote(next.text)) return j + 2 <= endAt;
  return isCapitalised(next.text) && (next.pos === 'PROPN' || next.pos === 'NOUN' || next.pos === 'NUM');
}

/** Words that introduce what a noun names after it: "a crop **called** …", "two breeds, **including** …". */
const INTRODUCER = /^(?:called|named|include|includes|included|including)$/i;

/** Two-word introducers, by their second word: "such as", "known as", "among them". */
const INTRODUCER_PAIR: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['as', new Set(['such', 'known'])],
  ['them', new Set(['among'])],
]);

/** What may close an apposition set off by a comma: a comma, a bracket, a semicolon or the sentence's stop. */
const APPOSITION_CLOSE = /^(?:,|\)|;|\.)$/;

/**
 * Whether the focus noun introduces the candidate of tokens [startAt, endAt], written before it in lower case: in an
 * apposition set off by a comma that closes after it ("a hardy **grass**, millet, grew there"), as a capitalised name
 * in a bracket ("the **comet** (Vessa)"), or after "called", "named", "include(s)", "including", "such as", "known as"
 * or "among them" ("rival **guilds** such as the dyers", "the **boats**, among them skiffs"). The noun the question
 * asks by says what kind of thing follows, so a "what/which NOUN" question wants what it introduces rather than the
 * noun's own phrase ("a hardy grass"), which only restates the question. An article opening the candidate is passed
 * over. Read into the candidate model's `focusNounBefore`, beside `focusBeside`'s `before`; SQuAD reading (round 59)
 * with `introducesAfter`: 14 won / 1 lost (held back 10 / 1).
 *
 * @example focusIntroduces(tokens of "It ate a hardy grass, millet, daily.", 6, 6, 'grass') // → true
 */
export function focusIntroduces(tokens: readonly Token[], startAt: number, endAt: number, focus: string | null): boolean {
  if (focus === null || startAt < 1 || endAt < startAt) return false;
  let j = startAt - 1;
  if (APPOSITION_OPENER.test(tokens[j]!.text)) j -= 1;
  const mark = tokens[j]?.text.toLowerCase() ?? '';
  if (mark === ',') return isFocusNoun(tokens[j - 1], focus) && APPOSITION_CLOSE.test(tokens[endAt + 1]?.text ?? '.');
  if (mark === '(') return isFocusNoun(tokens[j - 1], focus) && tokens[endAt + 1]?.text === ')' && bracketName(tokens[startAt]!.text);
  let k: number;
  if (introducerAt(tokens, j) === 1) k = j - 1;
  else if (introducerAt(tokens, j - 1) === 2) k = j - 2;
  else return false;
  if (tokens[k]?.text === ',') k -= 1;
  return isFocusNoun(tokens[k], focus);
}

/**
 * Whether a bracket's first word after a noun may open a name for it: capitalised and written with a small letter too.
 * A lower-case word or one of capitals only is mostly the noun's short form ("the kilogram-force (kgf)", "receptors (KR)").
 */
function bracketName(word: string): boolean {
  return isCapitalised(word) && /\p{Ll}/u.test(word);
}

/** Tags of the words of an apposition set off by a comma ("a hardy grass, **wild millet**,"). */
const APPOSED = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The most words an apposition read from its noun's side may hold past its article. */
const APPOSED_WORDS = 5;

/** How many words the introducer at `j` holds ("including" 1, "such as" 2), 0 where none stands there. */
function introducerAt(tokens: readonly Token[], j: number): number {
  const word = tokens[j]?.text.toLowerCase() ?? '';
  if (INTRODUCER.test(word)) return 1;
  return INTRODUCER_PAIR.get(tokens[j + 1]?.text.toLowerCase() ?? '')?.has(word) === true ? 2 : 0;
}

/**
 * Whether the noun at `k` introduces a phrase after it, read from the noun's side as `focusIntroduces` reads it from the
 * phrase's: a closed apposition after a comma ("a hardy **grass**, millet,"), a capitalised name in a bracket, or an
 * introducing word ("**orchards**, among them …"). The noun's own phrase then restates what the question asks by
 * (extractAnswer.ts `restatesFocus`).
 *
 * @example introducesAfter(tokens of "a hardy grass, millet, grew", 2) // → true
 */
export function introducesAfter(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  const mark = tokens[j]?.text ?? '';
  if (mark === '(') return bracketName(tokens[j + 1]?.text ?? '') && tokens.slice(j + 2, j + 2 + APPOSED_WORDS).some((t) => t.text === ')');
  if (mark === ',') j += 1;
  if (introducerAt(tokens, j) > 0) return true;
  if (mark !== ',') return false;
  if (APPOSITION_OPENER.test(tokens[j]?.text ?? '')) j += 1;
  let n = 0;
  while (n < APPOSED_WORDS && APPOSED.has(tokens[j + n]?.pos ?? '')) n += 1;
  return n > 0 && APPOSITION_CLOSE.test(tokens[j + n]?.text ?? '.');
}

/**
 * Where the focus noun (its index term, `focus`) stands beside the candidate of tokens [startAt, endAt].
 *
 * @example focusBeside(tokens of "The Varnholt bank closed.", 1, 1, 'bank') // → { after: true, before: false }
 */
export function focusBeside(tokens: readonly Token[], startAt: number, endAt: number, focus: string | null): FocusBeside {
  if (focus === null || startAt < 0 || endAt < startAt) return NONE;
  const after = isFocusNoun(tokens[endAt + 1], focus);
  const before = isFocusNoun(tokens[startAt - 1], focus) || appositionOf(tokens, startAt, endAt + 1, focus);
  return after || before ? { after, before } : NONE;
}
