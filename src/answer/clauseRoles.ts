import type { Token } from '../nlp/entities.js';
import { verbsReadAsNouns } from './verbReadAsNoun.js';
import { joinedByHyphen } from './participleAdjective.js';
import { CONNECTORS, connectorsAt } from '../nlp/nameRunWords.js';
import { isCapitalised, isPossessiveMark } from '../text/words.js';
import { RELATIVE_PRONOUNS, SUBJECT_RELATIVES } from '../text/functionWords.js';
import { personInTopSenses } from './personPhrases.js';
import { senseClasses, singularNoun } from '../lexicon/index.js';

/**
 * A cheap stand-in for a parser's subject and object of a verb: who does the question's verb in a
 * sentence, and what it is done to, read from wink's part-of-speech tags alone. "Who won the cup?" asks
 * for the subject of "win"; in "A staged a rally to beat B and win the cup", A is that subject (verbs
 * chained by "to" or coordinated by "and" share their clause's subject), while B, the nearest name left
 * of "win", is the object of "beat". But a name right before "to" after a verb of asking, hiring or choosing does the
 * chained verb itself: in "A commissioned B to write the play", B is the subject of "write".
 */

/** Helpers, adverbs and particles between a subject and its verb ("has also", "did not", "to"). */
const VERB_HELPERS = new Set(['AUX', 'ADV', 'PART']);

/** What a noun phrase is made of, read leftwards from its head. */
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);

/** Heads a subject noun phrase may end in. */
const HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** Forms of "be" that make a following participle passive ("was beaten by"). */
export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/**
 * Verbs whose object does what the infinitive after it says ("commissioned **B** to write", "asked **B** to lead"), as
 * the subject of a verb chained by "to" does not ("A beat B to win the cup"). General English.
 */
const OBJECT_CONTROL =
  /^(?:ask|tell|told|order|command|commission|hire|invite|persuade|convince|urge|force|compel|allow|permit|enable|encourage|instruct|authori[sz]e|appoint|elect|choose|chose|chosen|select|send|sent|require|advise|recruit|assign|employ|engage|pick|name|nominate|contract|inspire|help|challenge|pressure|lead|led|get|got)(?:s|es|ed|d|ing)?$/;

/** The forms of "take" ("It took a stranger to notice …"). */
const TAKE = /^(?:take|takes|took|taken|taking)$/i;

/** Whether the verb at token `v` has "it" for its subject, helpers and adverbs between them ("it *just* took"). */
function itBefore(tokens: readonly Token[], v: number): boolean {
  let k = v - 1;
  while (k >= 0 && VERB_HELPERS.has(tokens[k]!.pos)) k -= 1;
  return tokens[k]?.text.toLowerCase() === 'it';
}

/** At most this many tokens in a bracketed aside between a subject and its verb. */
const MAX_BRACKET = 25;

/**
 * The token before the bracket that the ")" at token `close` closes ("Ada Vell *(then the warden)*"), or -1 where none
 * opens within MAX_BRACKET tokens or another closes first.
 */
function beforeBracket(tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= MAX_BRACKET; k -= 1) {
    const text = tokens[k]!.text;
    if (text === '(') return k - 1;
    if (text === ')') return -1;
  }
  return -1;
}

/** A participle's ending: the doer of "Ada Vell-designed" wrote it, not of "Velden-bound" nor "Orsk-born". */
const JOINED_PARTICIPLE = /\p{L}{2}ed$/u;

/**
 * The name joined close up by a hyphen to the participle at token `v` ("the **Ada Vell**-designed weir", "an **Orsk
 * Guild**-funded school"): the one who did it. Null where no name is so joined or the word is no -ed participle.
 */
function nameJoinedTo(tokens: readonly Token[], v: number): Span | null {
  if (v < 2 || !joinedByHyphen(tokens, v - 1) || !JOINED_PARTICIPLE.test(tokens[v]!.text)) return null;
  let first = v - 2;
  if (tokens[first]!.pos !== 'PROPN') return null;
  while (first > 0 && tokens[first - 1]!.pos === 'PROPN') first -= 1;
  return [first, v - 2];
}

/** At most this many tokens are crossed between two chained verbs (the first one's object and its prepositions). */
const MAX_OBJECT_TOKENS = 10;

/** Token index ranges [first, last] of a subject or object noun phrase. */
export type Span = readonly [number, number];

/** The subjects and objects a sentence gives its question verbs. */
export interface ClauseRoles {
  /** Active clauses' subjects of a question verb (through "to"/"and" chains and "X, who …"). */
  subjects: Span[];
  /** Noun phrases right after a question verb (past articles, adjectives, adverbs): what it is done to. */
  objects: Span[];
  /** Subjects of a question verb in the passive ("X was beaten"): the one it was done to. */
  passiveSubjects: Span[];
  /** Subjects (active, or passive) whose verb's complement holds a question word: "**A** won *the cup*", "**B** was beaten *by A*". */
  subjectFrames: Span[];
  passiveFrames: Span[];
  /** Objects of a question verb whose subject holds a question word: "*A* beat **B**" for "Who did A beat?". */
  objectFrames: Span[];
}

/**
 * Whether a token may be the question's verb: tagged a verb, or a participle the tagger took for a noun
 * or an adjective (", hovering at …") whose term the question uses.
 */
export function mayBeQuestionVerb(t: Token): boolean {
  return t.pos === 'VERB' || ((t.pos === 'NOUN' || t.pos === 'ADJ') && PARTICIPLE_ENDING.test(t.text));
}

/** A participle's ending after three letters (a module constant: a regular expression written in a function is a new object each run). */
const PARTICIPLE_ENDING = /\p{L}{3}(?:ing|ed)$/u;

/**
 * Whether a token is a verb that the question uses: tagged a verb, or (with `participles`, the default) a
 * participle tagged otherwise.
 */
export function isVerbOfQuestion(t: Token | undefined, isQuestionTerm: (t: Token) => boolean, participles = true): boolean {
  return t !== undefined && (participles ? mayBeQuestionVerb(t) : t.pos === 'VERB') && isQuestionTerm(t);
}

/** The noun phrase ending at token `head` (leftwards over articles, adjectives, nouns, "of", "'s"). */
export function phraseEndingAt(tokens: readonly Token[], head: number): Span {
  let i = head;
  while (i > 0) {
    const prev = tokens[i - 1]!;
    const word = prev.text.toLowerCase();
    if (NP_POS.has(prev.pos) && !(prev.pos === 'PRON' && SUBJECT_RELATIVES.has(word))) i -= 1;
    else if ((word === 'of' || word === "'s" || word === '’s') && i > 1 && NP_POS.has(tokens[i - 2]!.pos)) i -= 1;
    else break;
  }
  return [i, head];
}

/**
 * The subject noun phrase whose last word is token `head`: a phrase inside a prepositional phrase that follows
 * another noun is that noun's modifier, not the subject ("heavy rains *in the hills* flooded …": "rains"), so the
 * phrase before the preposition is taken, as often as prepositional phrases are stacked.
 */
function subjectPhraseEndingAt(tokens: readonly Token[], head: number): Span {
  let span = phraseEndingAt(tokens, head);
  while (
    span[0] >= 2 &&
    tokens[span[0] - 1]!.pos === 'ADP' &&
    !SUBORDINATORS.has(tokens[span[0] - 1]!.text.toLowerCase()) &&
    tokens[span[0]]!.text.toLowerCase() !== 'that' &&
    !joinsTwoPhrases(tokens, span) &&
    NOUN_HEAD_POS.has(tokens[span[0] - 2]!.pos)
  ) {
    span = phraseEndingAt(tokens, span[0] - 2);
  }
  return span;
}

/**
 * Whether a span read leftwards from a head runs over an article after a noun ("in the statocyst a groove runs"): two
 * phrases side by side, the later one the subject, so the preposition before the first says nothing of it.
 */
function joinsTwoPhrases(tokens: readonly Token[], [first, last]: Span): boolean {
  for (let k = first + 1; k <= last; k += 1) if (tokens[k]!.pos === 'DET' && NOUN_HEAD_POS.has(tokens[k - 1]!.pos)) return true;
  return false;
}

/**
 * Words tagged as prepositions that may open a clause instead ("after *the team* won"). General English. A phrase
 * opening with "that" may be such a clause too ("in that the winner takes …", "in that bakers …"), though the tagger
 * calls "that" an article.
 */
const SUBORDINATORS = new Set(
  'that as than because since while if until till after before once though although whether unless whereas like'.split(' '),
);

/** Heads of the noun a prepositional phrase may modify. */
const NOUN_HEAD_POS = new Set(['NOUN', 'PROPN', 'NUM']);

/** Modal helpers: "X could win" does not say X won. */
const MODAL = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', "'ll", 'wo', 'ca']);

/**
 * Verbs and nouns of wanting, trying and planning: the verb chained after them by "to" is not said to have
 * happened ("hoping to win", "his bid to win"). General English.
 */
const IRREALIS =
  /^(?:hop(?:e|es|ed|ing)|want(?:s|ed|ing)?|wish(?:es|ed|ing)?|tr(?:y|ies|ied|ying)|attempt(?:s|ed|ing)?|seek(?:s|ing)?|sought|aim(?:s|ed|ing)?|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|expect(?:s|ed|ing)?|vow(?:s|ed|ing)?|promis(?:e|es|ed|ing)|threaten(?:s|ed|ing)?|need(?:s|ed|ing)?|bids?|bidding|chances?|dreams?|efforts?|quest|hopes?|likely|set|poised|going|able|ready|eager)$/;

/** A question about what may or is meant to happen ("Who will win …?", "Who hopes to …?"): an unasserted clause may answer it. */
export const IRREALIS_QUESTION =
  /\b(?:will|would|could|can|may|might|should|must|shall|hopes?|hoping|hoped|wants?|wanted|tr(?:y|ies|ied|ying)|plans?|planned|planning|expects?|expected|aims?|aimed|likely)\b/i;

/** A verb's subject: its noun phrase, whether the verb is passive, and whether the clause says it happened. */
export interface Subject {
  span: Span;
  passive: boolean;
  /** False under a modal ("could win") or after a verb or noun of wanting or trying ("hoping to win"). */
  asserted: boolean;
}

/** The subject of the verb at token `v` (null when none is found within the clause), its voice and whether it is asserted. */
export function subjectOf(tokens: readonly Token[], v: number): Subject | null {
  let i = v - 1;
  let verb = v;
  let passive = false;
  let asserted = true;
  // The question's verb, with no helper of its own, joined by "and" to a passive one before it and followed by its own
  // "by" ("was baked by A and *glazed* by B"): it shares that verb's voice.
  let sharesVoice = false;
  for (;;) {
    // Helpers between the subject and the verb; "to" chains the verb to the one before it.
    let chained = false;
    let toAt = -1;
    while (i >= 0 && VERB_HELPERS.has(tokens[i]!.pos)) {
      const word = tokens[i]!.text.toLowerCase();
      if (word === 'to') {
        chained = true;
        toAt = i;
      }
      if (MODAL.has(word)) asserted = false;
      // The voice is read off the question's verb itself: a verb chained to it may be passive or not.
      if ((verb === v || sharesVoice) && BE.has(word) && !/ing$/i.test(tokens[v]!.text)) passive = true;
      i -= 1;
    }
    sharesVoice = false;
    // A bracketed aside right before the verb ("Ada Vell (then the warden) signed …") stands between it and its subject;
    // right before a participle, the noun before it is as near the participle as one with no aside between them.
    // "the Ada Vell-designed weir": a name joined close up to the question's participle did what it says.
    if (verb === v && i === v - 1) {
      const joined = nameJoinedTo(tokens, v);
      if (joined) return { span: joined, passive: false, asserted };
    }
    const bracketed = tokens[i]?.text === ')';
    const besideVerb = bracketed && i === verb - 1;
    if (bracketed) i = beforeBracket(tokens, i);
    const t = tokens[i];
    if (!t) return null;
    const word = t.text.toLowerCase();
    if (!chained && t.pos === 'CCONJ' && (word === 'and' || word === 'or')) {
      chained = true;
      sharesVoice = verb === v && i === v - 1 && agentAfter(tokens, v) !== null;
      i -= 1;
      if (tokens[i]?.text === ',') i -= 1;
    }
    if (chained) {
      // Back over the verb before's object (and its prepositions) to that verb; its subject is this one's.
      let crossed = 0;
      while (i >= 0 && crossed < MAX_OBJECT_TOKENS && !mayBeQuestionVerb(tokens[i]!) && crossable(tokens[i]!)) {
        if (IRREALIS.test(tokens[i]!.text.toLowerCase())) asserted = false;
        i -= 1;
        crossed += 1;
      }
      if (i < 0 || !mayBeQuestionVerb(tokens[i]!)) return null;
      if (IRREALIS.test(tokens[i]!.text.toLowerCase())) asserted = false;
      // "A commissioned B to write …": the name hired, asked or chosen right before "to" does what the infinitive says.
      if (toAt > 0 && OBJECT_CONTROL.test(tokens[i]!.text.toLowerCase())) {
        const object = objectOf(tokens, i);
        if (object && object[1] === toAt - 1 && tokens[object[1]]!.pos === 'PROPN') return { span: object, passive: false, asserted };
      }
      // "It took a stranger to notice the crack": after "it" and "take", the one named before "to" does what it says.
      if (toAt > 0 && TAKE.test(tokens[i]!.text) && itBefore(tokens, i)) {
        const object = objectOf(tokens, i);
        if (object && object[1] === toAt - 1 && NOUN_HEAD_POS.has(tokens[object[1]]!.pos))
          return { span: object, passive: false, asserted };
      }
      verb = i;
      i -= 1;
      continue;
    }
    if (t.pos === 'PRON' && SUBJECT_RELATIVES.has(word)) {
      // "X, who …": the noun phrase before the relative pronoun (past a comma), the nearest one even after a
      // preposition ("the pumps inside a mill that runs": "mill"), and past a bracket after it ("the Tolly Charter
      // (1822), which …").
      let k = i - 1;
      if (tokens[k]?.text === ',') k -= 1;
      if (tokens[k]?.text === ')') k = beforeBracket(tokens, k);
      return tokens[k] && HEAD_POS.has(tokens[k]!.pos) ? { span: phraseEndingAt(tokens, k), passive, asserted } : null;
    }
    if (!HEAD_POS.has(t.pos)) return null;
    // A participle right after a noun with "by" after it ("land donated by X") is a reduced relative: its noun is the
    // nearest one, and what the verb was done to. Not where that noun phrase opens its clause: "Ivo stood by the gate".
    if ((verb === i + 1 || besideVerb) && tokens[verb + 1]?.text.toLowerCase() === 'by') {
      const span = phraseEndingAt(tokens, i);
      if (!opensClause(tokens, span[0]) || setOffBeforeVerb(tokens, span[0], verb)) return { span, passive: true, asserted };
    }
    return { span: subjectPhraseEndingAt(tokens, i), passive, asserted };
  }
}

/** At most this many tokens between a verb or noun and the preposition that opens a party after it ("beaten *in the final* by"). */
const MAX_TO_PREPOSITION = 6;

/** Heads a party's noun phrase after a preposition may end in. */
const PARTY_HEAD_POS = new Set(['NOUN', 'PROPN', 'PRON']);

/** Words a party's noun phrase may be made of after the preposition. */
const PARTY_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The noun phrase after the first of `prepositions` within a few tokens after token `v` (not past a clause break or
 * another verb), or null: "A" of "was beaten in the final by A".
 */
export function phraseAfter(tokens: readonly Token[], v: number, prepositions: ReadonlySet<string>): Span | null {
  const at = prepositionAfter(tokens, v, prepositions);
  return at < 0 ? null : partyAt(tokens, at + 1);
}

/** The index of the first of `prepositions` within a few tokens after token `v` (not past a clause break or another verb), or -1. */
function prepositionAfter(tokens: readonly Token[], v: number, prepositions: ReadonlySet<string>): number {
  for (let i = v + 1; i < tokens.length && i <= v + MAX_TO_PREPOSITION; i += 1) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT' && t.text !== '-' && t.text !== '–') return -1;
    if (t.pos === 'VERB' || t.pos === 'SCONJ' || t.pos === 'CCONJ') return -1;
    if (t.pos === 'ADP' && prepositions.has(t.text.toLowerCase())) return i;
  }
  return -1;
}

/** The party's noun phrase opening at token `from` (articles, describing words, nouns, names, joining hyphens), or null. */
export function partyAt(tokens: readonly Token[], from: number): Span | null {
  let k = from;
  while (k < tokens.length && (PARTY_PHRASE_POS.has(tokens[k]!.pos) || (k > from && joiningHyphen(tokens, k)))) k += 1;
  let head = k - 1;
  while (head >= from && !PARTY_HEAD_POS.has(tokens[head]!.pos)) head -= 1;
  return head >= from ? [from, head] : null;
}

/**
 * Whether token `k` is a hyphen joining the word before it to a word of a noun phrase after it, no space between
 * ("by Velden-born author Ada Vell"): the phrase goes on past it.
 */
function joiningHyphen(tokens: readonly Token[], k: number): boolean {
  return joinedByHyphen(tokens, k) && PARTY_PHRASE_POS.has(tokens[k + 1]?.pos ?? '');
}

/** At most this many tokens in an aside between a subject and its verb. */
const MAX_ASIDE = 25;

/**
 * The noun phrase before an aside set off by commas right before the verb at token `v` ("**Ada Vell**, the first woman to
 * reach the final, has lost to …", "**A late frost**, with hail in places, ruined the crop"), as a subject: a name's run, or
 * a common noun's phrase read as a subject is (past the prepositional phrases after its noun: "**heavy rains** in the
 * hills, swollen by the thaw, flooded …"); null when there is none.
 */
export function subjectBeforeAside(tokens: readonly Token[], v: number): Subject | null {
  let k = v - 1;
  while (k >= 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k -= 1;
  if (tokens[k]?.text !== ',') return null;
  let open = k - 1;
  while (open >= 0 && k - open <= MAX_ASIDE && tokens[open]!.text !== ',') open -= 1;
  const head = tokens[open - 1];
  if (
    open < 1 ||
    tokens[open]!.text !== ',' ||
    (head!.pos !== 'PROPN' && (head!.pos !== 'NOUN' || !commonSubjectAside(tokens, open, k, v)))
  )
    return null;
  let first = open - 1;
  while (first > 0 && tokens[first - 1]!.pos === 'PROPN') first -= 1;
  // (A name alone, unless it ends a prepositional phrase after the subject's noun: "the guild's failures in **Orsk**".)
  const phrase = subjectPhraseEndingAt(tokens, open - 1);
  const climbed = phrase[0] < first && tokens.slice(phrase[0], first).some((t) => t.pos === 'ADP');
  const helpers = tokens.slice(k + 1, v).map((t) => t.text.toLowerCase());
  return {
    span: head!.pos === 'NOUN' || climbed ? phrase : [first, open - 1],
    passive: helpers.some((w) => BE.has(w)),
    asserted: !helpers.some((w) => MODAL.has(w)),
  };
}

/** The personal pronouns a clause's subject may be. */
const SUBJECT_PRONOUN = /^(?:he|she|it|they)$/i;

/**
 * What a subject pronoun at token `p` stands for, where a linking word joins its clause to the one before in the same
 * sentence ("**The frost** came early, because it ruined …", "**Ada Vell** ran the mill until she sold it"): the subject of
 * the nearest verb before that word, read as `subjectOf` reads it, where that clause is active and its subject no pronoun
 * itself; null elsewhere.
 */
export function pronounAntecedent(tokens: readonly Token[], p: number): Span | null {
  const link = tokens[p - 1];
  if (!SUBJECT_PRONOUN.test(tokens[p]!.text) || link === undefined) return null;
  const word = link.text.toLowerCase();
  if (!(link.pos === 'SCONJ' || (link.pos === 'CCONJ' && word === 'and') || (link.pos === 'ADP' && SUBORDINATORS.has(word)))) return null;
  for (let j = p - 2; j >= 0; j -= 1) {
    const t = tokens[j]!;
    if (CLAUSE_BOUND.has(t.text)) return null;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const subject = subjectOf(tokens, j);
    if (!subject || subject.passive || subject.span[0] > j) return null;
    const [first, last] = subject.span;
    return first === last && tokens[first]!.pos === 'PRON' ? null : subject.span;
  }
  return null;
}

/** A participle's ending, on a word the tagger took for an adjective ("burnt", "broken", "flooded"). */
const PASSIVE_ADJECTIVE = /\p{L}{2}(?:ed|en|wn|nt)$/u;

/** Marks that end the clause an -ing adjunct's verb is read back into. */
const CLAUSE_BOUND = new Set([';', ':', '(', ')', '—', '–']);

/**
 * The subject of an -ing form set off by a comma after its clause ("Ada Vell won the race, *beating* Ivo Brandt", "The
 * frost came early, thus *ruining* the crop"): a free adjunct says what the clause's own subject did, so it is the subject of
 * the nearest verb before the comma (read as `subjectOf` reads it), where that clause is active; null elsewhere.
 */
export function adjunctSubject(tokens: readonly Token[], v: number): Subject | null {
  if (!/\p{L}{3}ing$/u.test(tokens[v]!.text)) return null;
  let k = v - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k -= 1;
  if (tokens[k]?.text !== ',') return null;
  for (let j = k - 1; j >= 0; j -= 1) {
    const t = tokens[j]!;
    if (CLAUSE_BOUND.has(t.text) || (t.pos === 'PRON' && SUBJECT_RELATIVES.has(t.text.toLowerCase()))) return null;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    // (A form of "be" before a participle the tagger took for an adjective is a passive's helper: "was *burnt* by".)
    if (BE.has(t.text.toLowerCase())) {
      let n = j + 1;
      while (tokens[n]?.pos === 'ADV') n += 1;
      if (tokens[n]?.pos === 'ADJ' && PASSIVE_ADJECTIVE.test(tokens[n]!.text)) return null;
    }
    const subject = subjectOf(tokens, j);
    return subject && !subject.passive ? subject : null;
  }
  return null;
}

/**
 * Words opening an aside that tells of the noun before it with a verb of its own ("…, which grew …", "…, who had …"):
 * the relative pronouns but "that", which opens no clause set off by commas (after a comma it is a demonstrative,
 * "…, that is, …").
 */
const RELATIVE_OPENER: ReadonlySet<string> = new Set([...RELATIVE_PRONOUNS].filter((w) => w !== 'that'));

/**
 * Whether the aside between the commas at tokens `open` and `close` may set a common noun's phrase off from the verb at
 * token `v`, its subject: an active verb with a helper or in no -ing form ("…, thus *ending* …" is a participle's clause, no
 * finite verb; "…, *is* composed of" a passive whose subject the model reads as the one acted on), and an aside telling of
 * the noun with no verb of its own (a phrase, "with hail in places"), or opening with a participle or a relative word
 * ("swollen by the thaw", "which grew …"): a verb elsewhere in it makes it a clause of the sentence ("In the end,
 * the millers could grind oats, sell …").
 */
function commonSubjectAside(tokens: readonly Token[], open: number, close: number, v: number): boolean {
  const helpers = tokens.slice(close + 1, v);
  if (helpers.some((t) => BE.has(t.text.toLowerCase())) || (!helpers.some((t) => t.pos === 'AUX') && /ing$/i.test(tokens[v]!.text)))
    return false;
  const opener = tokens[open + 1];
  if (opener === undefined || RELATIVE_OPENER.has(opener.text.toLowerCase()) || mayBeQuestionVerb(opener)) return true;
  for (let j = open + 1; j < close; j += 1) if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return false;
  return true;
}

const BY: ReadonlySet<string> = new Set(['by']);

/**
 * The doer a passive question verb at token `v` names after "by" ("was led *in May* by **A**", "a team led by **A**"):
 * where the verb's subject is passive, or it has none it can be read with (a reduced relative after a comma). A verb's
 * -ing form has none ("standing by the gate").
 */
function agentOf(tokens: readonly Token[], v: number, subject: Subject | null): Span | null {
  if ((subject && !subject.passive) || /ing$/i.test(tokens[v]!.text)) return null;
  return agentAfter(tokens, v);
}

/** The doer's noun phrase after "by" within a few tokens after the verb at token `v` (agentAt), or null. */
function agentAfter(tokens: readonly Token[], v: number): Span | null {
  const by = prepositionAfter(tokens, v, BY);
  return by < 0 ? null : agentAt(tokens, by + 1);
}

/**
 * Where the party of a preposition opening at token `from` begins: past "and", an adverb, another participle and its
 * one or two prepositions where two participles share the party ("led by *and mainly made up of* **Orsk weavers**");
 * `from` itself otherwise.
 */
function sharedParty(tokens: readonly Token[], from: number): number {
  const joiner = tokens[from]?.text.toLowerCase();
  if (tokens[from]?.pos !== 'CCONJ' || (joiner !== 'and' && joiner !== 'or')) return from;
  let k = from + 1;
  while (tokens[k]?.pos === 'ADV') k += 1;
  if (tokens[k] === undefined || !mayBeQuestionVerb(tokens[k]!)) return from;
  let party = k + 1;
  while (party <= k + 2 && tokens[party]?.pos === 'ADP') party += 1;
  return party > k + 1 ? party : from;
}

/**
 * The doer's noun phrase opening at token `after` after "by", read to the name that holds the role where the phrase
 * describes it first: past an adverb ("by *then* warden of the board") and a possessive ("by *his brother's* old partners"),
 * past what a role is in to a name the role titles ("by Velden Guild of Weavers warden **Ivo Brandt**": the name,
 * not "Velden Guild"), and from a phrase naming a person by a role to the name in apposition after its comma ("by the Velden
 * ferryman, **Jan de Moor**", "by the warden of the Orsk board, **Ada Vell**": the name alone), and past a participle
 * sharing the "by" ("led by and made up of **Orsk weavers**": sharedParty). Null where no phrase opens there.
 */
export function agentAt(tokens: readonly Token[], after: number): Span | null {
  const from = sharedParty(tokens, after);
  let opening = tokens[from]?.pos === 'ADV' ? from + 1 : from;
  if (POSSESSIVE.has(tokens[opening]?.text.toLowerCase() ?? '')) opening += 1;
  let party = partyAt(tokens, opening);
  if (!party) return null;
  // The owner, then what it owns ("his brother's old partners").
  while (isPossessiveMark(tokens[party[1] + 1]?.text ?? '')) {
    const owned = partyAt(tokens, party[1] + 2);
    if (!owned) break;
    party = [party[0], owned[1]];
  }
  let end = party[1];
  if (tokens[end + 1]?.text.toLowerCase() === 'of') {
    const inner = partyAt(tokens, end + 2);
    if (inner && titledName(tokens, inner)) return [from, inner[1]];
    if (inner) end = inner[1];
  }
  const head = tokens[party[1]]!;
  if (head.pos === 'NOUN' && !isCapitalised(head.text) && namesPeople(head.text) && tokens[end + 1]?.text === ',') {
    const name = nameAt(tokens, end + 2);
    if (name) return name;
  }
  return [from, party[1]];
}

/** Whether WordNet files a noun as a person or, by its most frequent sense, a body of people ("ferryman", "crew"). */
function namesPeople(word: string): boolean {
  return personInTopSenses(word) || senseClasses(word)[0] === 'organization';
}

/** Whether a noun phrase ends in a lower-case noun and a name it titles ("Weavers **warden Ivo Brandt**"). */
function titledName(tokens: readonly Token[], [first, last]: Span): boolean {
  let k = last;
  while (k > first && tokens[k]!.pos === 'PROPN') k -= 1;
  return k < last && tokens[k]!.pos === 'NOUN' && !isCapitalised(tokens[k]!.text);
}

/**
 * The name a clause's phrase ends in at token `from` (past an article): capitalised words and the particles between
 * them ("Jan de Moor", "the Mekka'ud"), then the clause's end, a comma or "and"; null where something else follows.
 */
export function nameAt(tokens: readonly Token[], from: number): Span | null {
  let k = tokens[from]?.pos === 'DET' ? from + 1 : from;
  const first = k;
  for (;;) {
    const t = tokens[k];
    if (t && t.pos !== 'PUNCT' && isCapitalised(t.text)) k += 1;
    else if (t && k > first) {
      const particles = connectorsAt(tokens, k);
      if (particles > 0 && isCapitalised(tokens[k + particles]?.text ?? '')) k += particles;
      else break;
    } else break;
  }
  if (k === first) return null;
  const next = tokens[k];
  return next === undefined || next.pos === 'PUNCT' || next.pos === 'CCONJ' ? [from, k - 1] : null;
}

/**
 * Whether token `k` opens a clause: the sentence's first, or after a clause mark or a subordinator (not after "and": "A
 * and the troops led by B" joins two phrases as often as two clauses).
 */
function opensClause(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before === undefined || (before.pos === 'PUNCT' && !joinedByHyphen(tokens, k - 1)) || before.pos === 'SCONJ';
}

/**
 * Whether a noun phrase opening at token `first` after a comma, with the participle at token `v` and its by-phrase, is
 * set off by a comma before the clause's own verb ("After the flood, *millers guided by Ivo Brandt*, rebuilt the weir"): a
 * reduced relative, though its noun opens a clause ("Ivo stood by the gate" has no comma before it).
 */
function setOffBeforeVerb(tokens: readonly Token[], first: number, v: number): boolean {
  if (tokens[first - 1]?.text !== ',') return false;
  const agent = partyAt(tokens, v + 2);
  return agent !== null && tokens[agent[1] + 1]?.text === ',' && tokens[agent[1] + 2]?.pos === 'VERB';
}

/** Whether a token may stand in the object of a verb chained to the next one ("beat *the holder in the final* and win"). */
function crossable(t: Token): boolean {
  return NP_POS.has(t.pos) || t.pos === 'ADP' || VERB_HELPERS.has(t.pos);
}

/** Possessive pronouns, which open a noun phrase as an article does ("won *her* second title"). */
export const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);

/** Words of a verb's complement read for the question's words: up to the next clause break, at most this many. */
const MAX_COMPLEMENT = 8;

/** Whether the verb at token `v` has a question word in its complement (the words after it up to a clause break). */
function complementAsked(tokens: readonly Token[], v: number, isQuestionTerm: (t: Token) => boolean): boolean {
  for (let i = v + 1; i < tokens.length && i <= v + MAX_COMPLEMENT; i += 1) {
    const t = tokens[i]!;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ' || mayBeQuestionVerb(t)) return false;
    if (isQuestionTerm(t)) return true;
  }
  return false;
}

/** Whether the span [first, last] holds a question word. */
export function spanAsked(tokens: readonly Token[], [first, last]: Span, isQuestionTerm: (t: Token) => boolean): boolean {
  for (let i = first; i <= last; i += 1) if (isQuestionTerm(tokens[i]!)) return true;
  return false;
}

/** The noun phrase right after the verb at token `v` (past helpers, articles and adjectives), or null. */
export function objectOf(tokens: readonly Token[], v: number): Span | null {
  let i = v + 1;
  while (
    i < tokens.length &&
    (tokens[i]!.pos === 'ADV' || tokens[i]!.pos === 'PART' || tokens[i]!.pos === 'DET' || POSSESSIVE.has(tokens[i]!.text.toLowerCase()))
  )
    i += 1;
  const start = i;
  while (i < tokens.length && (tokens[i]!.pos === 'ADJ' || tokens[i]!.pos === 'NUM')) i += 1;
  // The head: the last noun of the run after the modifiers (a figure may end it too: "won 2-6 6-3").
  while (i < tokens.length && HEAD_POS.has(tokens[i]!.pos)) i += 1;
  return i > start ? [start, i - 1] : null;
}

/**
 * The subjects and objects of every question verb of a sentence; `isQuestionTerm` tells a token of the
 * question. A clause that does not say its verb happened ("hoping to win", "could win") gives no subject
 * unless `irrealisAsked` (the question asks what may or is meant to happen). With `isVerb`, the roles of the
 * verbs it tells instead of the question's (converseRoles: a converse of the question's verb), the frames still read
 * for the question's words.
 */
export function clauseRoles(
  tokens: readonly Token[],
  isQuestionTerm: (t: Token) => boolean,
  irrealisAsked = false,
  isVerb: (t: Token) => boolean = isQuestionTerm,
): ClauseRoles {
  const out: ClauseRoles = { subjects: [], objects: [], passiveSubjects: [], subjectFrames: [], passiveFrames: [], objectFrames: [] };
  // The verbs the tagger read as nouns ("Coastal ferries *lack* cabins"), worked out only where a question word is a noun.
  let readVerbs: Uint8Array | null | undefined;
  // Indexed, no entry pair per token (a question's candidate sentences each read once per question).
  for (let v = 0; v < tokens.length; v += 1) {
    const t = tokens[v]!;
    if (!mayBeQuestionVerb(t)) {
      if (t.pos !== 'NOUN' || !isVerb(t)) continue;
      if (readVerbs === undefined) readVerbs = verbsReadAsNouns(tokens) ?? null;
      if (readVerbs?.[v] !== 1) continue;
    } else if (!isVerb(t)) continue;
    const near = subjectOf(tokens, v);
    const agent = agentOf(tokens, v, near);
    // A subject set off by an aside ("A, head of the board, led …"), where the verb opens no reduced relative ("…, led by B"):
    // for the question's own verbs only. Turned round by converseRoles it would be an object the model was never fitted on
    // (storyD: the subject of "A, …, has lost to B" read as the one B beat cost a right answer).
    const found = near ?? (agent || isVerb !== isQuestionTerm ? null : (subjectBeforeAside(tokens, v) ?? adjunctSubject(tokens, v)));
    const subject = found && (found.asserted || irrealisAsked) ? found : null;
    if (subject) (subject.passive ? out.passiveSubjects : out.subjects).push(subject.span);
    // (And what a pronoun subject stands for: "the frost came, and it ruined the crop".)
    const antecedent =
      subject && !subject.passive && subject.span[0] === subject.span[1] ? pronounAntecedent(tokens, subject.span[0]) : null;
    if (antecedent) out.subjects.push(antecedent);
    if (subject && complementAsked(tokens, v, isQuestionTerm)) (subject.passive ? out.passiveFrames : out.subjectFrames).push(subject.span);
    // The agent of a passive verb did it, as an active subject does ("B was beaten by **A**" for "Who beat B?").
    if (agent && (!found || found.asserted || irrealisAsked)) {
      out.subjects.push(agent);
      if (subject && spanAsked(tokens, subject.span, isQuestionTerm)) out.subjectFrames.push(agent);
    }
    const object = objectOf(tokens, v);
    if (object) out.objects.push(object);
    if (object && subject && !subject.passive && spanAsked(tokens, subject.span, isQuestionTerm)) out.objectFrames.push(object);
  }
  return out;
}

/**
 * Whether the span of tokens [startAt, endAt] holds the head (last token) of one of `spans`. Indexed: asked six times
 * of every candidate, the destructuring closure it replaced was about 16 MB of a warm 2,000-question pass at 100k.
 */
export function holdsHead(spans: readonly Span[], startAt: number, endAt: number): boolean {
  for (let i = 0; i < spans.length; i += 1) {
    const head = spans[i]![1];
    if (head >= startAt && head <= endAt) return true;
  }
  return false;
}

/**
 * Whether the span of tokens [startAt, endAt] opens one of `spans` that is a name alone (capitalised words and figures, an
 * article before them): a name cut shorter than the phrase that holds the role ("Orsk Radio" of "Orsk Radio Four aired
 * the regatta"), not a word describing another name ("Velden" of "Velden engineer Ada Vell").
 */
export function opensName(tokens: readonly Token[], spans: readonly Span[], startAt: number, endAt: number): boolean {
  for (let i = 0; i < spans.length; i += 1) {
    const [first, last] = spans[i]!;
    const opening = tokens[first]?.pos === 'DET' ? first + 1 : first;
    if (startAt !== opening || endAt >= last) continue;
    let name = true;
    for (let k = opening; k <= last && name; k += 1)
      name = NAME_POS.has(tokens[k]!.pos) && (tokens[k]!.pos === 'NUM' || isCapitalised(tokens[k]!.text));
    if (name) return true;
  }
  return false;
}

/**
 * Whether the span of tokens [startAt, endAt] is the first part of the name that ends one of `spans`, cut at a particle
 * ("**Ada de Vell** y Orrin" of "the young Ada de Vell y Orrin signed the charter"): a name's word opens it, and only
 * capitalised words and a name's connectors ("de", "y", "van der") make it up and stand between it and the phrase's head.
 */
export function opensHeadName(tokens: readonly Token[], spans: readonly Span[], startAt: number, endAt: number): boolean {
  if (tokens[startAt]?.pos !== 'PROPN' || !namedRun(tokens, startAt, endAt)) return false;
  for (let i = 0; i < spans.length; i += 1) {
    const [first, last] = spans[i]!;
    if (startAt >= first && endAt < last && isCapitalised(tokens[last]!.text) && namedRun(tokens, endAt + 1, last)) return true;
  }
  return false;
}

/** Whether the tokens [from, to] are all capitalised words or a name's connectors ("de", "y"). */
function namedRun(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) if (!isCapitalised(tokens[k]!.text) && !CONNECTORS.has(tokens[k]!.text.toLowerCase())) return false;
  return true;
}

/**
 * Whether the span of tokens [startAt, endAt] is the part before "of" of one of `spans` ("**friends** of Ada Vell" of
 * "friends of Ada Vell rebuilt the weir"): the phrase's head, which the reading from its last word leaves inside.
 */
export function beforeOf(tokens: readonly Token[], spans: readonly Span[], startAt: number, endAt: number): boolean {
  for (let i = 0; i < spans.length; i += 1) {
    const [first, last] = spans[i]!;
    if (startAt >= first && endAt < last && tokens[endAt + 1]?.text.toLowerCase() === 'of') return true;
  }
  return false;
}

/** At most this many lower-case nouns between a describing name and the head of its phrase ("Orsk **harbour pilots**"). */
const MAX_DESCRIBED_NOUNS = 2;

/**
 * The head of the one of `spans` that the span of tokens [startAt, endAt] describes: a name inside the phrase, right
 * before the lower-case nouns that end it, the last of which names people or a body of them ("**Orsk** harbour pilots"
 * of "Orsk harbour pilots rebuilt the weir", "by **Velden** settlers"); -1 where it describes none (a name heading its
 * phrase, "Velden engineer Ada Vell", holds the head itself).
 */
export function describedHead(tokens: readonly Token[], spans: readonly Span[], startAt: number, endAt: number): number {
  for (let i = 0; i < spans.length; i += 1) {
    const [first, last] = spans[i]!;
    if (startAt < first || endAt >= last || last - endAt > MAX_DESCRIBED_NOUNS || !isCapitalised(tokens[endAt]!.text)) continue;
    // (Not a name after the phrase's own head and its "of": "Ivo Brandt of the Orsk guild" — beforeOf.)
    let nouns = true;
    for (let k = first; k < startAt && nouns; k += 1) nouns = tokens[k]!.pos !== 'ADP' && !isPossessiveMark(tokens[k]!.text);
    for (let k = endAt + 1; k <= last && nouns; k += 1) nouns = tokens[k]!.pos === 'NOUN' && !isCapitalised(tokens[k]!.text);
    if (nouns && namesPeople(tokens[last]!.text.toLowerCase())) return last;
  }
  return -1;
}

/**
 * The head noun a name describes wherever its phrase stands, or -1: the name ending at token `endAt` right before
 * one or two lower-case nouns that end its noun phrase, the last a plural naming people or bodies of them ("the
 * **Orsk** harbour pilots", "**Velden** rebels held the pass"; `describedHead` reads the same inside a role's span).
 * Not where a name follows the nouns ("Orsk harbour pilot Ada Vell", whose name is the head), nor a noun that is none
 * of people ("Orsk harbour tolls"), nor a singular one ("the Vell family", "Ada Vell, guest"), which more often
 * stands beside a person's name than names a group the name describes.
 */
export function peopleHeadAfter(tokens: readonly Token[], endAt: number): number {
  if (!isCapitalised(tokens[endAt]!.text)) return -1;
  let last = endAt;
  while (last - endAt < MAX_DESCRIBED_NOUNS && tokens[last + 1]?.pos === 'NOUN' && !isCapitalised(tokens[last + 1]!.text)) last += 1;
  const next = tokens[last + 1];
  // (Nor a noun whose "of" phrase tells whose they are, "Orsk allies of Velden", which the nouns alone would cut off.)
  if (
    last === endAt ||
    (next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.text === 'of' || isPossessiveMark(next.text)))
  )
    return -1;
  const head = tokens[last]!.text.toLowerCase();
  return singularNoun(head) !== undefined && namesPeople(head) ? last : -1;
}

/** What a name's words are tagged. */
const NAME_POS = new Set(['PROPN', 'NUM']);
