import type { Token } from '../nlp/entities.js';
import { POSSESSIVE, phraseAfter, type Span, spanAsked, subjectBeforeAside, subjectOf } from './clauseRoles.js';

/**
 * The two sides of a contest a sentence tells: who won and who lost. "A beat B", "B lost to A", "B was beaten by A",
 * "A's win over B", "a defeat by A" all make A the winner and B the loser; a question asks for one side ("Who beat
 * B?", "Who did A beat?", "Who lost to A?", "Who did B lose to?"), and a name on the other side of the verb is the
 * wrong answer however near it stands to the question's words. General English verbs of winning and losing only.
 */
export type Side = 'winner' | 'loser';

/** Verbs whose subject wins and whose object loses ("A beat B"); passive, the other way ("B was beaten by A"). */
const WINNING =
  /^(?:beat|beats|beaten|beating|defeat|defeats|defeated|defeating|overcome|overcomes|overcame|overcoming|overpower(?:s|ed|ing)?|outscor(?:e|es|ed|ing)|outplay(?:s|ed|ing)?|rout(?:s|ed|ing)?|thrash(?:es|ed|ing)?|trounc(?:e|es|ed|ing)|vanquish(?:es|ed|ing)?|conquer(?:s|ed|ing)?|eliminat(?:e|es|ed|ing)|oust(?:s|ed|ing)?|edg(?:e|es|ed|ing)|dethron(?:e|es|ed|ing)|upset|upsets|upsetting|crush(?:es|ed|ing)?|whip(?:s|ped|ping)?)$/;

/** Verbs of winning whose object is the prize, not the loser ("won the cup"); the loser follows "over / against". */
const WINNING_PRIZE = /^(?:win|wins|won|winning|triumph(?:s|ed|ing)?|prevail(?:s|ed|ing)?)$/;

/** Verbs whose subject loses; the winner follows "to" ("B lost the final to A"). */
const LOSING = /^(?:lose|loses|lost|losing|fall|falls|fell|falling|succumb(?:s|ed|ing)?|bow(?:s|ed|ing)?)$/;

/** Nouns of a win whose loser follows "over / against" ("a win over B", "victory against B"). */
const WIN_NOUN = /^(?:win|wins|victory|victories|triumph|triumphs)$/;

/** Nouns of a loss whose winner follows "to / by / at the hands of" ("a defeat by A", "a loss to A"). */
const LOSS_NOUN = /^(?:defeat|defeats|loss|losses)$/;

/** One side of a contest a sentence tells: its noun phrase, and the other side's (or the prize's: "won *the cup*"). */
interface Entrant {
  side: Side;
  span: Span;
  counterpart: Span | null;
}

const SIDES = new WeakMap<readonly Token[], Entrant[]>();

const TO = new Set(['to']);
const BY = new Set(['by']);
const OVER = new Set(['over', 'against']);
const TO_OR_BY = new Set(['to', 'by']);

/** The entrants a sentence's verbs and nouns of winning and losing give (worked out once per sentence). */
function entrantsOf(tokens: readonly Token[]): Entrant[] {
  const kept = SIDES.get(tokens);
  if (kept) return kept;
  const out: Entrant[] = [];
  const add = (winner: Span | null, loser: Span | null, prize: Span | null = null) => {
    if (winner) out.push({ side: 'winner', span: winner, counterpart: loser ?? prize });
    if (loser) out.push({ side: 'loser', span: loser, counterpart: winner });
  };
  for (const [v, t] of tokens.entries()) {
    const word = t.text.toLowerCase();
    if (t.pos === 'NOUN') {
      if (WIN_NOUN.test(word)) add(null, phraseAfter(tokens, v, OVER));
      else if (LOSS_NOUN.test(word)) add(phraseAfter(tokens, v, TO_OR_BY), null);
      continue;
    }
    if (t.pos !== 'VERB') continue;
    const winning = WINNING.test(word);
    const prize = !winning && WINNING_PRIZE.test(word);
    const losing = !winning && !prize && LOSING.test(word);
    if (!winning && !prize && !losing) continue;
    const subject = subjectOf(tokens, v) ?? subjectBeforeAside(tokens, v);
    if (winning && subject?.passive) add(phraseAfter(tokens, v, BY), subject.span);
    else if (winning) add(subject?.span ?? null, objectAfter(tokens, v));
    else if (subject?.passive) continue;
    else if (prize) add(subject?.span ?? null, phraseAfter(tokens, v, OVER), objectAfter(tokens, v));
    else add(phraseAfter(tokens, v, TO), subject?.span ?? null);
  }
  SIDES.set(tokens, out);
  return out;
}

/** The noun phrase right after the verb at token `v`: past articles, possessives, adjectives and adverbs, its nouns and names (a score after it is no part of it: "beat Ada 6-4"). */
function objectAfter(tokens: readonly Token[], v: number): Span | null {
  let i = v + 1;
  while (
    i < tokens.length &&
    (tokens[i]!.pos === 'DET' || tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'ADJ' || tokens[i]!.pos === 'PRON')
  ) {
    if (tokens[i]!.pos === 'PRON' && !POSSESSIVE.has(tokens[i]!.text.toLowerCase())) break;
    i += 1;
  }
  const start = i;
  while (i < tokens.length && (tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'PROPN')) i += 1;
  if (i > start) return [start, i - 1];
  // A pronoun object ("beat her").
  return tokens[start]?.pos === 'PRON' ? [start, start] : null;
}

/**
 * The side of a contest the tokens [startAt, endAt] of a sentence stand on: the head of a winner's or a loser's noun
 * phrase lies in them. With `isQuestionTerm`, only a contest whose other side (or prize) holds a question word counts:
 * "Nell Rand" of "Ada beat Nell Rand" for "Who did Ada beat?", not the loser of another match. Undefined when the
 * sentence tells no such contest there, or puts the tokens on both sides.
 *
 * @example contestSide(tokensOf('Ada Vell beat Nell Rand.'), 0, 1) // → 'winner'
 */
function contestSide(tokens: readonly Token[], startAt: number, endAt: number, isQuestionTerm?: (t: Token) => boolean): Side | undefined {
  let found: Side | undefined;
  for (const { side, span, counterpart } of entrantsOf(tokens)) {
    if (span[1] < startAt || span[1] > endAt) continue;
    if (isQuestionTerm && !(counterpart && spanAsked(tokens, counterpart, isQuestionTerm))) continue;
    if (found && found !== side) return undefined;
    found = side;
  }
  return found;
}

/** The side of a contest the text between character offsets `start` and `end` of a sentence stands on (see contestSide). */
export function contestSideAt(
  tokens: readonly Token[],
  start: number,
  end: number,
  isQuestionTerm?: (t: Token) => boolean,
): Side | undefined {
  const startAt = tokens.findIndex((t) => t.end > start);
  if (startAt < 0) return undefined;
  let endAt = startAt;
  while (endAt + 1 < tokens.length && tokens[endAt + 1]!.start < end) endAt += 1;
  return contestSide(tokens, startAt, endAt, isQuestionTerm);
}

/** Helpers that make the question's wh-word the verb's object ("Who *did* A beat?"). */
const DO_SUPPORT = new Set(['did', 'does', 'do', 'will', 'would', 'could', 'can', 'might', 'should']);

/** Helpers of the perfect ("Who *has* beaten B?"): the wh-word stays the subject when they follow it. */
const PERFECT = new Set(['has', 'have', 'had']);

/** Forms of "be" making the verb passive ("Who *was* beaten?"). */
const BE = new Set(['was', 'were', 'is', 'are', 'been', 'be']);

/** At most this many words between the question word and its verb ("which *tennis player did Ada Vell* beat"). */
const MAX_BEFORE_VERB = 6;

/** Words that open a clause or a phrase of their own before a verb. */
const CLAUSE_OPENERS = new Set('to after before when while since in of for by with that and or as plan plans planned'.split(' '));

/** Question words asking for a participant. */
const ASKING = new Set(['who', 'whom', 'which', 'what']);

/**
 * The side of a contest a question asks for, from its verb of winning or losing and where the asked one stands:
 * "Who beat B?", "Which team won?" and "Who did B lose to?" ask for the winner; "Who did A beat?", "Who lost to A?"
 * and "Who was beaten?" for the loser. Undefined for any other question. With `person` (a /who command's query), a
 * query without its question word reads as opening with "who".
 *
 * @example askedSide('who did ada vell beat in the final?') // → 'loser'
 * @example askedSide('did ada vell beat in the final', true) // → 'loser'
 */
export function askedSide(question: string, person = false): Side | undefined {
  const words: string[] = question.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const opening = words[0] === 'to' || words[0] === 'by' ? 1 : 0;
  if (!ASKING.has(words[opening] ?? '')) {
    // A /who command's query comes without its "who" ("did A beat …").
    if (!person || opening === 1) return undefined;
    words.unshift('who');
  }
  const v = words.findIndex((w, i) => i > opening && (WINNING.test(w) || WINNING_PRIZE.test(w) || LOSING.test(w)));
  if (v < 0) return undefined;
  const verb = words[v]!;
  const winning = WINNING.test(verb);
  const losing = !winning && LOSING.test(verb);
  const between = words.slice(opening + 1, v);
  // "To whom did B lose?", "By whom was B beaten?".
  if (opening === 1) return (words[0] === 'to' && losing) || (words[0] === 'by' && winning) ? 'winner' : undefined;
  // The verb of winning or losing must be the question's own, not one in a clause of it ("What did A mean to besiege
  // after conquering B?"): no word that opens a clause or a phrase stands between.
  if (between.length > MAX_BEFORE_VERB || between.some((w) => CLAUSE_OPENERS.has(w))) return undefined;
  const helper = between.findIndex((w) => DO_SUPPORT.has(w) || PERFECT.has(w) || BE.has(w));
  const aux = helper < 0 ? undefined : between[helper];
  if (aux !== undefined && BE.has(aux)) {
    if (!winning) return undefined;
    // "Who was B beaten by?" asks for the winner; "Who was beaten (by A)?" for the loser.
    return words[v + 1] === 'by' && v + 2 === words.length && helper < between.length - 1 ? 'winner' : 'loser';
  }
  // "Who did A beat?", "Who had A beaten?": a subject stands between the helper and the verb.
  // A typed fragment "who Ada beat" puts the subject right after "who" with no helper.
  const objectAsked =
    aux !== undefined
      ? DO_SUPPORT.has(aux) || helper < between.length - 1
      : words[opening] !== 'which' && words[opening] !== 'what' && between.length > 0;
  if (objectAsked) {
    if (winning) return 'loser';
    return losing && words[v + 1] === 'to' && v + 2 === words.length ? 'winner' : undefined;
  }
  if (losing) return 'loser';
  return 'winner';
}
