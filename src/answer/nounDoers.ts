/**
 * Who a sentence says does the question's verb where it writes the verb as a noun: the action's noun with its doer after
 * "by" or before "'s" ("the founding of the Tolly Guild by **Ada Vell**", "**Ada Vell**'s founding of the guild"), and
 * the doer's own noun beside a name ("its host, **Ivo Brandt**", "**Ivo Brandt**, the guild's founder", "founder **Ivo
 * Brandt**"). Read from the tags alone, as clauseRoles reads a verb's subject. General English.
 */
import type { Token } from '../nlp/entities.js';
import { relatedWords } from '../lexicon/index.js';
import { tokenLemma } from '../nlp/tokenLemma.js';
import { termOf, termsOf } from '../search/terms.js';
import { isCapitalised, isPossessiveMark } from '../text/words.js';
import { agentAt, nameAt, partyAt, phraseEndingAt, type Span } from './clauseRoles.js';
import { namesNationality } from './demonyms.js';
import { personInTopSenses } from './personPhrases.js';
import { ownVerbs } from './placeAsked.js';

/** The index terms a question's own verbs are written by as nouns. */
export interface VerbNouns {
  /** The verbs' own terms: the action's noun shares them ("founding", "construction", "host", "designer"). */
  actions: ReadonlySet<string>;
  /** The terms of the person nouns WordNet derives from the verbs ("founder", "builder", "inventor"). */
  agents: ReadonlySet<string>;
  /** The question's other terms: what a doer's noun must be of ("weir" of "Who designed the weir?"). */
  asked: ReadonlySet<string>;
}

/**
 * The noun forms of a question's own verb (the first of placeAsked `ownVerbs`): its terms, and the terms of the person
 * nouns among its WordNet relatives that open with the verb's first three letters ("found" → founder; not "lead" → guide).
 *
 * @example verbNounsOf('Who founded the Tolly Guild?').agents // → Set { 'founder' }
 */
export function verbNounsOf(question: string): VerbNouns {
  const actions = new Set<string>();
  const agents = new Set<string>();
  // The question's own verb only: "Who led the board set up by Ada?" asks nothing of a setting up.
  for (const t of ownVerbs(question).slice(0, 1)) {
    const lemma = tokenLemma(t);
    for (const term of [termOf(t.text), termOf(lemma)]) if (term !== null) actions.add(term);
    for (const word of relatedWords(lemma)) {
      const term = word.startsWith(lemma.slice(0, 3)) && personInTopSenses(word) ? termOf(word) : null;
      if (term !== null) agents.add(term);
    }
  }
  const asked = new Set(termsOf(question).filter((term) => !actions.has(term)));
  return { actions, agents, asked };
}

/** At most this many tokens between an action's noun and the "by" of its doer ("founding *of the Tolly Guild in 1820* by"). */
const MAX_TO_BY = 12;

/** What may stand between an action's noun and its "by": the noun phrases and prepositions of what was done. */
const BEFORE_BY_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP']);

/** Articles and owners that open the noun phrase of a doer's noun ("*its* host", "*the* designer"). */
const OPENS_ROLE = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

/**
 * The doers a sentence names by the question verbs' nouns (`verbNounsOf`): the phrase after "by" an action's noun
 * takes within a few words, and the owner before "'s" right before it; the name in apposition after or before a doer's
 * noun, or the name it titles.
 *
 * @example nounDoers(tagSentence('Velden saw the founding of the guild by Ada Vell.').tokens, verbNounsOf('Who founded the guild?')) // → [[8, 9]]
 */
export function nounDoers(tokens: readonly Token[], nouns: VerbNouns): Span[] {
  const out: Span[] = [];
  for (let n = 0; n < tokens.length; n += 1) {
    const t = tokens[n]!;
    if (t.pos !== 'NOUN' || isCapitalised(t.text)) continue;
    const term = termOf(t.text);
    if (term === null || !(nouns.actions.has(term) || nouns.agents.has(term))) continue;
    const doer = personInTopSenses(t.text.toLowerCase()) ? namedBeside(tokens, n, nouns) : (byAfter(tokens, n) ?? ownerBefore(tokens, n));
    if (doer) out.push(doer);
  }
  return out;
}

/** The doer after "by" within a few words after the action's noun at token `n` ("a painting *of the weir* by **Ada Vell**"), or null. */
function byAfter(tokens: readonly Token[], n: number): Span | null {
  for (let k = n + 1; k < tokens.length && k <= n + MAX_TO_BY; k += 1) {
    const t = tokens[k]!;
    if (t.pos === 'ADP' && t.text.toLowerCase() === 'by') return agentAt(tokens, k + 1);
    // A comma between two names is one place ("in Velden, Tarnmark"), not a clause's end.
    const placeComma = t.text === ',' && tokens[k - 1]?.pos === 'PROPN' && tokens[k + 1]?.pos === 'PROPN';
    if (!BEFORE_BY_POS.has(t.pos) && !placeComma) return null;
  }
  return null;
}

/** The owner before "'s" right before the action's noun at token `n` ("**Ada Vell**'s founding", past describing words), or null. */
function ownerBefore(tokens: readonly Token[], n: number): Span | null {
  let k = n - 1;
  while (k > 0 && tokens[k]!.pos === 'ADJ') k -= 1;
  if (k < 1 || !isPossessiveMark(tokens[k]!.text) || tokens[k - 1]!.pos !== 'PROPN') return null;
  return phraseEndingAt(tokens, k - 1);
}

/**
 * The name a doer's noun at token `n` stands beside: in apposition after it and what it is of ("its host, **Ivo
 * Brandt**", "the founder of the guild, **Ivo Brandt**"), before it ("**Ivo Brandt**, the guild's founder"), or titled
 * by it ("founder **Ivo Brandt**"); null for none.
 */
function namedBeside(tokens: readonly Token[], n: number, nouns: VerbNouns): Span | null {
  const opening = openingOf(tokens, n);
  const of = tokens[n + 1]?.text.toLowerCase() === 'of';
  // A bare occupation ("a composer", "Danish composer Ivo Brandt") says nothing of what the name did: the noun must
  // be of something ("founder of the guild"), someone's ("its host", "the guild's founder") or after what it is of
  // ("Tolly Guild founder"; not a nationality: "Velden composer" is one, "Danish composer" is not).
  // What it is of must hold a word of the question ("the weir's designer" for "Who designed the weir?", not "the
  // lock's designer"); a pronoun's antecedent ("its host") is not read.
  const owned = (OWNED_BY.has(opening.pos) && !namesNationality(opening.text)) || isPossessiveMark(opening.text);
  if (!of && !owned && !(opening.text.toLowerCase() === 'the' && tokens[n + 1]?.text === ',')) return null;
  const party = of ? partyAt(tokens, n + 2) : null;
  const end = party?.[1] ?? n;
  const before = owned && opening.pos !== 'PRON' ? phraseBefore(tokens, n) : null;
  if ((party || before) && !holdsAsked(tokens, party, nouns) && !holdsAsked(tokens, before, nouns)) return null;
  if (tokens[end + 1]?.text === ',') {
    const after = nameAt(tokens, end + 2);
    if (after) return after;
  }
  if (tokens[n + 1]?.pos === 'PROPN' && (of || opening.text.toLowerCase() !== 'the')) {
    let last = n + 1;
    while (tokens[last + 1]?.pos === 'PROPN') last += 1;
    return [n + 1, last];
  }
  return nameBefore(tokens, n);
}

/**
 * The words before a doer's noun that say what it is of ("*the Tolly weir's* designer", "*Tolly Guild* founder"), past
 * the describing words right before it ("the mill's *first* owner": not what it is of), or null.
 */
function phraseBefore(tokens: readonly Token[], n: number): Span | null {
  let k = n - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADJ') k -= 1;
  const end = k;
  while (k >= 0 && (BEFORE_ROLE_POS.has(tokens[k]!.pos) || isPossessiveMark(tokens[k]!.text))) k -= 1;
  return k < end ? [k + 1, end] : null;
}

/** What the words before a doer's noun may be tagged. */
const BEFORE_ROLE_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'PART']);

/** Whether a span holds a word of the question other than its verb (`VerbNouns.asked`). */
function holdsAsked(tokens: readonly Token[], span: Span | null, nouns: VerbNouns): boolean {
  if (!span) return false;
  for (let k = span[0]; k <= span[1]; k += 1) {
    const term = termOf(tokens[k]!.text);
    if (term !== null && nouns.asked.has(term)) return true;
  }
  return false;
}

/** What stands before a doer's noun past describing words ("*its* new host", "*Tolly Guild* founder"). */
function openingOf(tokens: readonly Token[], n: number): Token {
  let k = n - 1;
  while (k > 0 && tokens[k]!.pos === 'ADJ') k -= 1;
  return tokens[k] ?? NO_TOKEN;
}

/** What tags a doer's noun is owned by or named after: a possessive pronoun ("its"), a noun or a name before it. */
const OWNED_BY = new Set(['PRON', 'NOUN', 'PROPN']);

/** A stand-in before the sentence's first token. */
const NO_TOKEN: Token = { text: '', start: 0, end: 0, pos: 'X' };

/** The name before a comma and the noun phrase that ends in the doer's noun at token `n` ("**Ivo Brandt**, the guild's founder"), or null. */
function nameBefore(tokens: readonly Token[], n: number): Span | null {
  let k = n - 1;
  while (
    k >= 0 &&
    (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PROPN' || isPossessiveMark(tokens[k]!.text))
  )
    k -= 1;
  if (k >= 0 && OPENS_ROLE.has(tokens[k]!.text.toLowerCase())) k -= 1;
  if (k < 1 || tokens[k]!.text !== ',' || tokens[k - 1]!.pos !== 'PROPN') return null;
  let first = k - 1;
  while (first > 0 && tokens[first - 1]!.pos === 'PROPN') first -= 1;
  return [first, k - 1];
}
