import { relatedWords } from '../lexicon/index.js';
import type { Entity, Token } from '../nlp/entities.js';
import { tokenLemma } from '../nlp/tokenLemma.js';

/**
 * The words that bound an amount strictly, lower case, a bound a line: "over 90 destinations" are not ninety, "fewer
 * than 10 staff" not ten. The bound excludes the figure itself, so the figure alone would state another amount, and the
 * bound is part of the answer. Bounds that include their figure stay out ("up to 2,500 seats", "at least three pads":
 * the figure is a limit the amount may reach, often the amount meant), as do approximations ("about", "nearly": the
 * tagger already reads those into the figure's entity).
 */
const BOUNDS: readonly (readonly string[])[] = [
  ['over'],
  ['more', 'than'],
  ['less', 'than'],
  ['fewer', 'than'],
  ['in', 'excess', 'of'],
  ['upwards', 'of'],
];

/** Words that sharpen a bound before it ("well over", "just over", "no more than"). */
const SHARPENERS = new Set(['well', 'just', 'no', 'not', 'far', 'slightly', 'much']);

/** A scale word written as a figure with "a" before it: "a hundred" is 100, "hundred" alone names none. */
const BARE_SCALE = /^(?:hundred|thousand|million|billion|trillion|dozen)s?$/i;

/**
 * An amount widened over the bound written before it ("**over 90** destinations", "**more than $2 million**", "**fewer
 * than 10**", "**well over a hundred**"), and a bare scale word over its "a" ("**a hundred**"). Not over a verb's
 * particle: "took over 40 shops" takes over the shops (WordNet's "take_over", written "takeover" as a noun), nor
 * where the question writes the bound's words itself ("How many jobs are there in excess of the quota?"). Offsets are into the
 * sentence whose tokens are given; the amount is returned unchanged when nothing widens it.
 *
 * @example boundedAmount(text, tokensOf(text), {type: 'CARDINAL', text: '90', start: 16, end: 18}).text // text 'It serves over 90 towns.' → 'over 90'
 */
export function boundedAmount(text: string, tokens: readonly Token[], amount: Entity, question = ''): Entity {
  let k = tokens.findIndex((t) => t.start >= amount.start) - 1;
  if (k < -1) k = tokens.length - 1;
  let start = amount.start;
  if (BARE_SCALE.test(amount.text) && k >= 0 && /^an?$/i.test(tokens[k]!.text)) {
    start = tokens[k]!.start;
    k -= 1;
  }
  for (const bound of BOUNDS) {
    const first = k - bound.length + 1;
    if (first < 0 || !bound.every((w, j) => tokens[first + j]!.text.toLowerCase() === w)) continue;
    const before = tokens[first - 1];
    if (before && particleOf(before, bound[0]!)) break;
    // "Over how many seasons …?": a bound the question writes itself is the question's, not the answer's.
    if (writesWords(question, bound)) break;
    start = tokens[first]!.start;
    if (before && SHARPENERS.has(before.text.toLowerCase())) start = before.start;
    break;
  }
  if (start === amount.start) return amount;
  return { ...amount, text: text.slice(start, amount.end), start };
}

/** Whether a text writes the words in a row, as whole words, whatever their case. */
function writesWords(text: string, words: readonly string[]): boolean {
  if (text === '') return false;
  return new RegExp(`\\b${words.join('\\s+')}\\b`, 'i').test(text);
}

/**
 * Whether a bound's first word is the particle of the verb before it: a phrasal verb close enough to be written as one
 * noun ("take over" → "takeover", "hand over" → "handover"). "won over a hundred awards" keeps its bound: "win over"
 * makes no noun, and a count after it is read as bounded.
 */
function particleOf(verb: Token, particle: string): boolean {
  if (verb.pos !== 'VERB') return false;
  const lemma = tokenLemma(verb);
  return relatedWords(`${lemma}_${particle}`).includes(`${lemma}${particle}`);
}
