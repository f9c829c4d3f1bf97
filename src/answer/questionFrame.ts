import type { EntityType, Token } from '../nlp/entities.js';
import {
  commonNounClasses,
  hasMinorPlaceSense,
  hasMixedSenses,
  rarePluralOf,
  namesCollection,
  namesTitledWork,
  nounClasses,
  nounLemma,
  senseClasses,
  type NounClass,
} from '../lexicon/index.js';
import { tagSentence } from '../nlp/entities.js';
import { ANSWER_TYPES, FALLBACK_TYPES, answerKind, mainClause, type AnswerKind, type Command } from './answerKind.js';
import { asksAction } from './actionPhrase.js';
import { STRANDED_PREPOSITION } from './askedPreposition.js';
import { asksRank } from './askedRank.js';
import { definedThing } from './defineThing.js';
import { FIGURE_NOUNS } from './figureNouns.js';
import { joinedByHyphen, participleBeforeNoun } from './participleAdjective.js';
import { personInTopSenses } from './personPhrases.js';
import { verbsReadAsNouns } from './verbReadAsNoun.js';
import { untaggedVerb } from './questionVerb.js';
import { QUESTION_NAMING_WORD } from './nameAsked.js';
import { asksWhatHappened, asksYesOrNo } from './questionWord.js';
import { isCapitalised } from '../text/words.js';

/**
 * What a question asks for, read from its wording in general English: the kind of answer, the entity
 * types that can give it, the noun it names the answer by ("Which *insurer* …"), and whether the answer
 * is the subject of the question's verb ("Who beat X?") or its object ("Who did X beat?").
 */
export interface QuestionFrame {
  kind: AnswerKind;
  /** Entity types that answer it, best first. */
  types: readonly EntityType[];
  /** Types that answer only when the top sentences hold none of `types`. */
  fallback: readonly EntityType[];
  /** The head noun of "which/what (ADJ) NOUN", lower case. */
  focus?: string;
  /**
   * The unit an amount answering it is written in, where the noun asks for one shape of value: 'score' for "What was the
   * score …" (amounts.ts reads "6-4 3-6 7-5" so), not a count nor an age.
   */
  unit?: string;
  /** 'subject': the answer does the question's verb; 'object': the verb is done to it; else unknown. */
  role: 'subject' | 'object' | 'any';
  /** For "who is X?" with X written as a name: X, whose description is wanted. */
  describe?: string;
  /** For "what did X say / tell / write …?": X, whose quotation is wanted. */
  speaker?: string;
  /** For "what is X?" with X a thing (`definedThing`): X, whose description is wanted. */
  define?: string;
  /**
   * What is wanted is a clause, not an entity: a reason ("why …?"), or what the excerpts say ('action': "what did X
   * do?", a yes-or-no question, "what happened …?"), which no name taken from them answers.
   */
  clause?: 'reason' | 'action';
  /** The focus noun names a thing known by a title or a call sign ("which episode", "what radio station": titleSpans.ts). */
  titled?: true;
}

/** "What did X say / tell reporters / write …". */
const SAID =
  /^what\s+(?:did|does|has|had|have)\s+(.+?)\s+(?:say|said|tell|told|write|wrote|post|posted|announce|claim|warn|tweet|add|state)\b/;

/**
 * Measure nouns: "what level / amount / price …" asks for a number, as "what rating / temperature …" does. The nouns that
 * name a figure (figureNouns.ts) and those that name a number as often as not: a level, a toll, a debt, a tally. Until
 * round 35 the figure nouns WordNet files under states, acts or attributes (rating, temperature, density, ratio, length,
 * diameter …) wanted a phrase: with them, SQuAD dev reading F1 0.5370 → 0.5378, held back 0.5639 → 0.5644 (17 won / 3
 * lost); refusal own F1 0.507 → 0.511 (train), near 0.706 → 0.703 / 0.726 → 0.725 (a figure of the near half given).
 */
const MEASURE_NOUNS: ReadonlySet<string> = new Set([
  ...FIGURE_NOUNS,
  'level',
  'figure',
  'toll',
  'size',
  'count',
  'debt',
  'loss',
  'profit',
  'fine',
  'reward',
  'bonus',
  'tally',
]);

/** Nouns of money: "what price / cost / fee …" asks for an amount of money first. */
const MONEY_NOUNS = new Set([
  'price',
  'cost',
  'value',
  'fee',
  'salary',
  'budget',
  'debt',
  'revenue',
  'profit',
  'fine',
  'reward',
  'bonus',
  'worth',
  'income',
  'wage',
  'fare',
  'bill',
  'tax',
  'damages',
  'bail',
  'ransom',
  'bid',
  'offer',
  'payment',
  'compensation',
  'loan',
  'investment',
  'funding',
  'sales',
  'earnings',
  'losses',
]);

/** Counts with a unit first: a match score ("6-4 6-3"), an age ("18-year-old"). */
const QUANTITY_FIRST: readonly EntityType[] = ['QUANTITY', 'CARDINAL'];

/** A rank ("ninth", "2nd"), and nothing else: the figures beside it count or measure what is ranked. */
const RANKS: readonly EntityType[] = ['ORDINAL'];

/** "What percentage / proportion …" asks for a percentage first. */
const PERCENT_NOUNS = new Set(['percentage', 'percent', 'proportion']);

/** Amount types with a percentage first. */
const PERCENT_FIRST: readonly EntityType[] = ['PERCENT', 'CARDINAL', 'QUANTITY'];

/** Amount types with money first. */
const MONEY_FIRST: readonly EntityType[] = ['MONEY', 'CARDINAL', 'PERCENT'];

/** "How much did it cost / was paid / …": money. */
const MONEY_QUESTION =
  /^how much\b(?!\s+(?:time|longer|older|more\s+time)\b).*\b(cost|costs|pay|paid|pays|spend|spent|spends|raise|raised|earn|earned|earns|worth|sell|sold|buy|bought|bid|offer|offered|owe|owed|charge|charged|fund|funded|price|priced|lose|lost|loses|make|made|gain|gained|invest|invested|value|valued|money|cash|dollars|pounds|euros)\b/;

/** Words that cannot head the noun phrase after which/what. */
const PHRASE_END =
  /^(is|are|was|were|be|been|do|does|did|has|have|had|will|would|can|could|should|may|might|must|shall|of|in|on|at|to|for|from|by|with|about|that|who|whom|whose|which|when|where|'s|’s|s)$/;

/**
 * Articles and possessives that open a noun phrase: a noun phrase does not run on into one, so a word the tagger
 * read as a noun right before one, after "which/what" and a noun, is the question's verb ("Which towns *host* the
 * …", "Which firms *make* the …"). Not the phrase's first noun: "which ferry the board bought" (a relative clause, as
 * `namedFocus` of extractAnswer.ts writes one) keeps "ferry". Not "that", which as often opens a clause after the head
 * ("What was the entity that …"). Of 10,570 SQuAD dev questions, 16 which- and about 60 what-questions had such a verb
 * for their focus noun (the first noun included). With the namesPeopleOfPlace fix (demonyms.ts) SQuAD reading F1 0.5226
 * → 0.5229 (6 won / 4 lost; which 0.4285 → 0.4308, what 0.4568 → 0.4570), held back 0.5501 → 0.5501; this rule's own
 * share 3 won / 3 lost (+1.0 F1 point). The first noun too lost the answer of a relative clause `namedFocus` writes.
 */
const OPENS_PHRASE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'these', 'those']);

/** Tags that may open a verb's object or clause after it: "What rule *states that* …", "What charter *grants millers* …". */
const OPENS_OBJECT: ReadonlySet<string> = new Set(['DET', 'SCONJ', 'PRON', 'PROPN', 'NUM', 'ADJ']);

/**
 * The question's tokens from an offset on, tagged in the whole question's context, with offsets from there; a verb the
 * tagger read as a noun (verbReadAsNoun.ts: "What *drives* the mill wheels?"; questionVerb.ts `untaggedVerb`: "What
 * does the Orsk council *fund*?") is tagged a verb.
 */
function tokensFrom(q: string, from: number): Token[] {
  const tokens = tagSentence(q).tokens;
  const verbs = verbsReadAsNouns(tokens, true);
  const untagged = untaggedVerb(tokens);
  const out: Token[] = [];
  for (const [k, t] of tokens.entries())
    if (t.start >= from)
      out.push({ ...t, pos: verbs?.[k] === 1 || t === untagged ? 'VERB' : t.pos, start: t.start - from, end: t.end - from });
  return out;
}

/**
 * How to read a which/what phrase's first word that the tagger, reading the whole question, took for a verb: a noun when
 * a verb or "of" follows it ("What *act* set out …", "Which *set* of …"), a modifier when it ends in "-ing" before a
 * noun or adjective ("What *working* fluid …"), else the question's own verb ("What *makes* the pond murky?"): no focus.
 */
function firstVerbReading(tokens: readonly Token[], k = 0): 'noun' | 'modifier' | 'verb' {
  const next = tokens[k + 1];
  if (!next || next.pos === 'PUNCT' || next.pos === 'VERB' || next.pos === 'AUX' || next.text.toLowerCase() === 'of') return 'noun';
  if (/ing$/i.test(tokens[k]!.text) && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) return 'modifier';
  return 'verb';
}

/** A superlative, which describes and never heads the phrase ("What professional **best** knows …"). */
const SUPERLATIVE = /^(?:best|worst|most|least|\p{L}+est)$/iu;

/**
 * Whether a token is a verb's participle, regular or not ("fund**ed**", "known", "built", "growing"): a form whose lemma
 * the tagger gives (it differs from the text) and no -s form ("links").
 */
function participleForm(t: Token): boolean {
  return t.pos === 'VERB' && t.lemma !== undefined && !/s$/i.test(t.text);
}

/**
 * Whether token k is an adverb that describes the describing word or noun after it, inside a which/what phrase: before
 * an adjective ("what **globally** popular race"), a noun unless it ends in -ly ("what **later** charter"), a word joined
 * by a close hyphen ("which **well**-liked ferryman") or a participle before a noun ("what **newly** built quay"). Not
 * before the question's verb ("What **often** causes …"). SQuAD dev: dropped, a noun the tagger read as a verb after the
 * adverb and before the question's auxiliary ("what earlier **charter** was …"; its one change lost a right answer).
 */
function adverbDescribes(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (tokens[k]!.pos !== 'ADV' || !next) return false;
  if (next.pos === 'ADJ' || (next.pos === 'NOUN' && !MANNER_ADVERB.test(tokens[k]!.text))) return true;
  if (joinedByHyphen(tokens, k + 1)) return true;
  return participleForm(next) && DESCRIBED.has(tokens[k + 2]?.pos ?? '');
}

/** An adverb of manner, which tells how a verb is done, never which thing a noun names ("What **directly** links …"). */
const MANNER_ADVERB = /ly$/i;

/** Tags of what a describing word stands before. */
const DESCRIBED: ReadonlySet<string> = new Set(['NOUN', 'ADJ']);

/**
 * Whether token k is a participle that an adverb describes, before a noun or adjective ("well **liked** ferrymen",
 * "well-**liked** ferryman"). SQuAD dev: any participle after a close hyphen too ("Velden-**built** barges") lost a right
 * answer and won none.
 */
function describingParticiple(tokens: readonly Token[], k: number): boolean {
  if (!participleForm(tokens[k]!) || !DESCRIBED.has(tokens[k + 1]?.pos ?? '')) return false;
  const before = k > 1 && joinedByHyphen(tokens, k - 1) ? k - 2 : k - 1;
  return tokens[before]?.pos === 'ADV';
}

/** Whether a token may follow a which/what phrase: the question's verb, a preposition, a possessive or the end. */
function endsPhrase(t: Token | undefined): boolean {
  return t === undefined || t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'PART' || t.pos === 'PUNCT';
}

/**
 * Whether a capitalised word is a name ("Halvard", "Ostwick") rather than a common noun written with a capital (the
 * question's mending gives a word the story's capitals: "beverage Company"): WordNet does not know it, or knows it first
 * as a person or a place (its instances: "Kennedy", "Fresno").
 */
function namesOne(word: string): boolean {
  if (!isCapitalised(word)) return false;
  const first = senseClasses(word)[0];
  return first === undefined || first === 'person' || first === 'place';
}

/** Whether a noun is written as a plural ("pharmacists", "states"): WordNet's lemma of it is another word. */
function pluralForm(word: string): boolean {
  const w = word.toLowerCase();
  const lemma = nounLemma(w);
  return lemma !== undefined && lemma !== w && w.endsWith('s');
}

/** "one of the two", "of these", "each of the": a choice among the things the noun after it names. */
const CHOSEN_AMONG =
  /^(?:(?:one|ones|each|any|either|neither|both|all|none)\s+)?of\s+(?:the|these|those)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?(?=\p{L})/iu;

/**
 * "of Ivo Brandt's", "one of his": a choice among the things someone has, named by the noun after it ("Which of Ivo
 * Brandt's sons …" asks for a son). Case-sensitive: the owner is a name or a possessive pronoun.
 */
const CHOSEN_AMONG_OWNED =
  /^(?:(?:one|One|each|Each)\s+)?of\s+(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s)\s+(?=\p{L})/u;

/** A relative word opening the clause after a noun phrase: "the insurer *whose* premiums rose", "the firm *that* bought it". */
const RELATIVE = /^(?:whose|that|which|who|whom|where)\b/;

/** "Did" after "who/what" puts the subject after it: "Who did X beat" asks for the object. */
const OBJECT_AUX = /^(?:did|does|do)\s+(?!not\b)/;

/**
 * A modal or perfect auxiliary after "who/what": the word after it tells "Who has X beaten?" (the object)
 * from "Who has beaten X?" (the subject) and "Who can be blamed?" (a passive: unknown).
 */
const MODAL_AUX = /^(?:will|would|can|could|should|has|have|had|might|must|may)\s+(?!not\b)/;

/** A copula or auxiliary after the wh-phrase: no verb the answer does ("Which players were beaten?"). */
const NOT_SUBJECT_VERB = /^(?:is|was|are|were|did|does|do)\b/;

/** "who is X", "who was X": a description of X is wanted when X is a name. */
const DESCRIBE = /^who\s+(?:is|was|are|were)\s+(.+?)\s*\??$/;

/**
 * Reads a question's frame. The command decides the kind when it is who/when/where; a free question
 * is read from its wording, and "which/what + NOUN" by the noun's WordNet class ("Which insurer …" → an
 * organisation, "Which teenager …" → a person, "What level …" → a number).
 *
 * @example questionFrame('ask', 'Which insurer declared bankruptcy?').types // → ['ORG']
 * @example questionFrame('ask', 'Who did the champion beat?').role // → 'object'
 */
export function questionFrame(command: Command, query: string): QuestionFrame {
  const q = query.trim().toLowerCase().replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  const frame: QuestionFrame = { kind: answerKind(command, query), types: [], fallback: [], role: 'any' };
  const opening = command === 'ask' ? q : `${command} ${q}`;
  // Tagged as written: "US" is a name, "us" a pronoun.
  const phrase = command === 'ask' ? focusPhrase(query.trim()) : undefined;
  const focus = phrase?.head;
  const relative = command === 'ask' ? undefined : relativeFocus(command, query.trim());
  if (relative) Object.assign(frame, relative);
  if (focus) {
    frame.focus = focus;
    // "How many years …" asks for a span of time ("10 years"), whatever the class of its noun.
    // "What was the old mill used as?" asks something of the mill, not for one of its kind: a phrase answers.
    const askedOf = phrase.askedOf === true;
    const typed = askedOf
      ? OF_NO_CLASS
      : measureNounNamesOne(phrase, q) || asksKindOf(phrase)
        ? POST_FOCUS
        : typesOfNoun(phrase.compound ?? focus, phrase.capitalised === true);
    // A noun of no class leaves the kind the opening read ("which person", "what location": WordNet files "person" and
    // "location" under its top nouns, of no class). SQuAD dev reading: 4 won / 5 lost, F1 and held back flat.
    if (frame.kind !== 'duration' && (typed !== OF_NO_CLASS || frame.kind === 'other'))
      Object.assign(frame, typed.kind === 'place' && ofNoPlace(phrase, query) ? OF_NO_CLASS : typed);
    const time = askedOf ? undefined : timeAsked(phrase);
    if (time) Object.assign(frame, time);
    if (!askedOf && asksTitle(phrase, frame.kind)) Object.assign(frame, TITLE_FRAME);
  }
  if (command === 'ask' && frame.types.length === 0 && MONEY_QUESTION.test(q)) frame.types = MONEY_FIRST;
  if (command === 'ask' && frame.types.length === 0 && /^how old\b/.test(q)) frame.types = QUANTITY_FIRST;
  // "Where does the port rank?": a rank ("the **ninth**"), not any figure of the sentence.
  if (command === 'ask' && frame.types.length === 0 && frame.kind === 'number' && asksRank(mainClause(query.trim()))) frame.types = RANKS;
  if (frame.types.length === 0 && (frame.kind !== 'other' || !focus)) {
    frame.types = ANSWER_TYPES[frame.kind];
    frame.fallback = FALLBACK_TYPES[frame.kind];
  }
  frame.role =
    relative?.role ?? roleOf(command === 'ask' ? mainClause(q) : opening, command === 'ask' ? mainClause(query.trim()) : undefined);
  if (command === 'ask' && /^why\b/.test(q)) frame.clause = 'reason';
  if (command === 'ask' && asksAction(q)) frame.clause = 'action';
  if (command === 'ask' && (asksYesOrNo(query) || asksWhatHappened(query))) frame.clause = 'action';
  const said = command === 'ask' ? SAID.exec(q)?.[1] : undefined;
  if (said && isNameLike(query, said)) frame.speaker = said;
  const described = DESCRIBE.exec(opening)?.[1];
  if (described && frame.kind === 'person' && isNameLike(query, described)) frame.describe = described;
  const thing = command === 'ask' && !frame.describe && !frame.speaker ? definedThing(query) : undefined;
  if (thing) frame.define = thing;
  return frame;
}

/** Whether X of "who is X" is written as a name (capitalised in the question), not a role ("the mayor"). */
function isNameLike(query: string, lower: string): boolean {
  const at = query.toLowerCase().indexOf(lower);
  const written = at < 0 ? '' : query.slice(at, at + lower.length);
  const words = written.split(/\s+/).filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 4 &&
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(of|de|van|von|al|bin)$/i.test(w)) &&
    !/['’]s\b/.test(written)
  );
}

/**
 * The head noun of "which/what [ADJ…] NOUN" (or "what is the NOUN"), read with wink-nlp's part-of-speech
 * tags: the last noun of the run of adjectives and nouns after the question word (a participle opening it too: "which
 * failed firm"; an adverb and the word it describes: "which newly built quay"), stopping at a possessive ("which French
 * minister's letter" asks for the minister). Right after the question word, a run of describing words before the verb
 * is headed by its last one that WordNet knows as a noun ("Which young **chief** did …", "What **individual** …").
 */
export function focusNoun(q: string): string | undefined {
  return focusPhrase(q)?.head;
}

/**
 * The head noun of the question's which/what phrase and what the question says after that phrase
 * ("which tennis players were beaten" → 'players', 'were beaten'): the word after it tells whether the
 * answer does the question's verb.
 */
function focusPhrase(q: string): FocusPhrase | undefined {
  const m =
    // "What was Norland's population …", "What is the Keltra Group's name …": the noun after a named possessor.
    /^(?:[Ww]hat|[Ww]hich)\s+(?:is|was|are|were)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s+/u.exec(q) ??
    /^(?:what|which)\s+(?:is|was|are|were)\s+(?:the|a|an)\s+/i.exec(q) ??
    // After a preposition, of time too: "During what period …", "… since which decade?", "… between what years?".
    /(?:^|\b(?:in|at|to|from|on|for|of|by|with|during|before|after|until|till|since|between|through|throughout|within)\s+)(?:which|what)\s+/i.exec(
      q,
    );
  if (!m) return undefined;
  // "Which NOUN …" itself, not "what is the NOUN …": after "is the", a noun before an article is the phrase's head
  // ("What was the rope bridge a famous sight of?").
  const direct = /\b(?:which|what)\s*$/i.test(m[0]);
  const after = q.slice(m.index + m[0].length);
  // "Which one of the two cities …", "which of these rivers …": the noun after "of" is the thing chosen among.
  const rest = after.slice((CHOSEN_AMONG.exec(after) ?? CHOSEN_AMONG_OWNED.exec(after))?.[0].length ?? 0);
  const tokens = tokensFrom(q, q.length - rest.length);
  const singularCopula = !direct && /^(?:what|which)\s+(?:is|was)\b/i.test(m[0]);
  let head: string | undefined;
  let headPos: string | undefined;
  let runFirst: string | undefined;
  let modifier: string | undefined;
  let before: string | undefined;
  let end = 0;
  let count = 0;
  // The phrase's first word past adverbs that describe the word after them ("what **later** invention").
  let opening = 0;
  let lastDescribing: string | undefined;
  for (const [i, t] of tokens.entries()) {
    if (count >= 5) break;
    count += 1;
    if (direct && head === undefined && adverbDescribes(tokens, i)) {
      if (i === opening) opening = i + 1;
      end = t.end;
      continue;
    }
    if (/^['’]s$/.test(t.text)) {
      if (!direct && head !== undefined) {
        head = undefined;
        modifier = undefined;
        runFirst = undefined;
        count = 0;
        end = t.end;
        continue;
      }
      break;
    }
    const inName = questionWordInName(tokens, i);
    if (PHRASE_END.test(t.text.toLowerCase()) && t.pos !== 'PROPN' && !inName) break;
    if (direct && head !== undefined && t.pos === 'NOUN' && OPENS_PHRASE.has(tokens[i + 1]?.text.toLowerCase() ?? '')) break;
    if (head !== undefined && headPos === 'NOUN' && /^\p{Ll}/u.test(head) && t.pos === 'PROPN' && namesOne(t.text)) break;
    if (t.pos === 'NOUN' && head !== undefined && headPos === 'NOUN' && pluralForm(t.text) && !pluralForm(head)) {
      if (singularCopula && tokens[i - 1]?.pos === 'NOUN') {
        head = runFirst;
        modifier = undefined;
        break;
      }
      if (direct && OPENS_OBJECT.has(tokens[i + 1]?.pos ?? '')) break;
    }
    const reading =
      direct && i === opening && t.pos === 'VERB' && !participleBeforeNoun(tokens, i) && !describingParticiple(tokens, i)
        ? firstVerbReading(tokens, i)
        : undefined;
    // After "which", a first word read as a verb is no question verb ("which" asks of the noun after it) but may describe
    // it: "Which **leading** Orsk tapestry workshop …".
    const firstVerb = /\bwhich\b/i.test(m[0]) && reading !== 'modifier' ? undefined : reading;
    if (firstVerb === 'verb') break;
    if (firstVerb === 'modifier') {
      end = t.end;
      continue;
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || firstVerb === 'noun' || inName) {
      modifier = head !== undefined && tokens[i - 1]?.pos === 'NOUN' ? head : undefined;
      before = i > 0 && end > 0 ? tokens[i - 1]!.text : undefined;
      if (tokens[i - 1]?.pos !== 'NOUN' && tokens[i - 1]?.pos !== 'PROPN') runFirst = t.text;
      head = t.text;
      headPos = t.pos;
    } else if (
      !(
        t.pos === 'ADJ' ||
        t.pos === 'NUM' ||
        (t.pos === 'PUNCT' && t.text === '-') ||
        (i === opening && participleBeforeNoun(tokens, i)) ||
        describingParticiple(tokens, i)
      )
    )
      break;
    else if (!SUPERLATIVE.test(t.text)) lastDescribing = t.pos === 'ADJ' && nounClasses(t.text).length > 0 ? t.text : undefined;
    end = t.end;
  }
  // A phrase of describing words only, ending before the question's verb or a preposition: the tagger read its head as
  // an adjective ("What **individual** did …", "Which young **chief** did …").
  if (direct && !head && lastDescribing && endsPhrase(tokens.find((t) => t.start >= end))) {
    head = lastDescribing;
    headPos = 'NOUN';
  }
  // wink tags a question's first word as a verb now and then ("which teenager" is fine, "which index fell" too).
  const first = tokens[0];
  if (
    !head &&
    (!direct || /\bwhich\b/i.test(m[0])) &&
    first?.pos === 'VERB' &&
    !PHRASE_END.test(first.text.toLowerCase()) &&
    nounClasses(first.text).length > 0
  ) {
    head = first.text;
    end = first.end;
  }
  if (!head) return undefined;
  const compound = compoundAfter(tokens, end);
  if (compound) {
    head = compound.word;
    end = compound.end;
  }
  const out: FocusPhrase = { head: head.toLowerCase(), after: rest.slice(end).trim().toLowerCase() };
  const next = tokens.findIndex((t) => t.start >= end);
  if (!direct && asksOfSubject(tokens, next, out.after, q)) out.askedOf = true;
  if (compound) out.compound = compound.noun;
  if (modifier) out.modifier = modifier.toLowerCase();
  if (before) out.before = before.toLowerCase();
  if (/^\p{Lu}\p{Ll}/u.test(head)) out.capitalised = true;
  return out;
}

/**
 * A WordNet noun of two words whose second word the tagger left out of the which/what phrase, read as the phrase's head:
 * "Which running **back** did the coach rest?" (the tagger reads "back" as an adverb; WordNet knows "running back", a
 * person) or "What are the guild's daytime talk **shows**?". The phrase read so far ends at offset `end`; its last word
 * and the word after it must be such a noun, and the question's verb, a preposition or the end must follow — so "Which
 * word meaning wide …" keeps "word".
 */
function compoundAfter(tokens: readonly Token[], end: number): { word: string; noun: string; end: number } | undefined {
  const at = tokens.findIndex((t) => t.end === end);
  const last = tokens[at];
  const next = tokens[at + 1];
  if (!last || !next || next.start !== last.end + 1 || !/^\p{Ll}+$/u.test(next.text) || !endsPhrase(tokens[at + 2])) return undefined;
  const noun = `${last.text.toLowerCase()} ${next.text}`;
  return nounLemma(noun)?.includes(' ') ? { word: next.text, noun, end: next.end } : undefined;
}

/**
 * Whether the token at `i` is a question word written with a capital after a capitalised word: part of a name or title
 * ("What Captain Who episode …"), not a question word.
 */
function questionWordInName(tokens: readonly Token[], i: number): boolean {
  return i > 0 && /^(?:Who|Whom|Whose|When|Where)$/.test(tokens[i]!.text) && isCapitalised(tokens[i - 1]!.text);
}

/**
 * Whether a place noun is asked of a thing no place ("What field of weaving …", "what fields of study …"): the
 * word after its "of" (and an article) is a lower-case noun whose most frequent sense is none of LAND_OR_AMONG, so the
 * noun names a division of that thing, not land.
 */
function ofNoPlace({ after }: FocusPhrase, query: string): boolean {
  const word = /^of\s+(?:(?:the|a|an)\s+)?([a-z][a-z-]*)\b/.exec(after)?.[1];
  if (!word || !new RegExp(`\\bof\\s+(?:(?:the|a|an)\\s+)?${word}\\b`).test(query)) return false;
  const first = commonNounClasses(word)[0];
  return first !== undefined && !LAND_OR_AMONG.has(first);
}

/**
 * The classes of a thing after "of" that leave a place noun a place: land, a body or people ("what area of the city",
 * "which district of the union"), or a number chosen among ("which city of the two").
 */
const LAND_OR_AMONG: ReadonlySet<NounClass> = new Set(['place', 'organization', 'group', 'person', 'quantity']);

/** The which/what phrase of a question: its head noun, the noun right before that head, and what follows the phrase. */
interface FocusPhrase {
  head: string;
  /** A noun modifying the head ("authority" of "which authority figure"). */
  modifier?: string;
  /** The word of the phrase right before its head, of any tag ("TV" of "what TV station"). */
  before?: string;
  /** The head is written with a capital ("which Count …"): a title, not a common noun. */
  capitalised?: true;
  /** The WordNet noun of two words the head ends ("running back" of "which running back"), whose class the phrase asks. */
  compound?: string;
  /**
   * The phrase, read after "what is / was", names the thing the question asks something of, not what it asks for
   * ("What was the old mill used as?": `asksOfSubject`).
   */
  askedOf?: true;
  after: string;
}

/** A naming word ending the question ("What is the long pool known **as**?"): the noun's own name is asked. */
const NAMING_END = new RegExp(String.raw`\b(?:${QUESTION_NAMING_WORD})\s*[?.!]*\s*$`);

/** Tags that may open a verb's subject: a clause after the noun with no relative word ("the town *the pilgrims walked* to"). */
const OPENS_SUBJECT: ReadonlySet<string> = new Set(['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ', 'NUM']);

/** Whether the tokens from `k` on open a clause of their own: a word that may be its subject first, a verb after it. */
function opensClause(tokens: readonly Token[], k: number): boolean {
  return OPENS_SUBJECT.has(tokens[k]?.pos ?? '') && tokens.slice(k + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}

/**
 * Whether the rest of a "what is / was the NOUN …" question (`question`), from its token `k` (`after`, lower case),
 * asks something of the noun's thing rather than for one of its kind: a verb in -ing follows the phrase, the question's
 * own, whose object the question word is ("What was the guild **trying** to stop?"), or the question ends in a
 * preposition whose object the question word is ("What was the old mill used **as**?", "What is the weir built
 * **of**?", "What is the ferry a replacement **for**?"). Not where a clause about the noun opens after it, with a
 * relative word ("What is the town *that* the pilgrims walk from?") or without one, a subject and its verb ("What is
 * the biggest town *the pilgrims walked* to?"): that asks for a town; nor where the question asks what the
 * noun is called ("What is the pool known as?").
 * SQuAD dev reading: 10 won / 2 lost (held back 5 / 2).
 */
function asksOfSubject(tokens: readonly Token[], k: number, after: string, question: string): boolean {
  const next = tokens[k];
  if (next === undefined) return false;
  if (next.pos === 'VERB' && PRESENT_PARTICIPLE.test(next.text) && !joinedByHyphen(tokens, k - 1)) return true;
  return !RELATIVE.test(after) && STRANDED_PREPOSITION.test(question) && !NAMING_END.test(after) && !opensClause(tokens, k);
}

/** "What is / was …": the phrase after it is the thing whose value is asked ("what was the casualty figure"). */
const VALUE_ASKED = /^(?:what|which)\s+(?:is|was|are|were)\b/;

/**
 * Whether a question's phrase names someone although its head is a measure noun: a singular head whose most frequent
 * WordNet sense is no quantity, after a person noun ("which *authority figure* …"), or a head written with a capital
 * that WordNet knows as a person by some sense (a title: "which *Count* …"). Such a question is answered by a phrase
 * (a post, or a name with its title), as "what position …" is. A plural ("visitor figures") or a value asked for
 * ("what was the casualty figure?") stays a number.
 */
function measureNounNamesOne({ head, modifier, capitalised }: FocusPhrase, q: string): boolean {
  // The list holds singular forms only.
  if (!MEASURE_NOUNS.has(head) || VALUE_ASKED.test(q)) return false;
  if (capitalised) return senseClasses(head).includes('person');
  return modifier !== undefined && senseClasses(head)[0] !== 'quantity' && personInTopSenses(modifier);
}

/** Nouns of "what kind of X": the answer is a kind of X, told by the words before X ("**administrative** law"). */
const KIND_NOUNS: ReadonlySet<string> = new Set('type types kind kinds sort sorts form forms variety varieties'.split(' '));

/**
 * Whether the which/what phrase asks for a kind of something ("Which type of tax …", "what variety of grape …"): a
 * phrase answers it, after "which" as after "what" (SQuAD dev: the six "which type of" questions all had F1 0 when read
 * as asking for a name).
 */
function asksKindOf({ head, after }: FocusPhrase): boolean {
  return KIND_NOUNS.has(head) && /^of\b/.test(after);
}

/** The frame of a question asking for a person by a post or a name: a phrase, as for "what position …". */
const POST_FOCUS: Partial<QuestionFrame> = { kind: 'other', types: [], fallback: [] };

/**
 * A command's query that opens with a noun phrase and a relative clause ("/who insurer whose premiums doubled", "/where
 * small company that built the ferry", "/who mayor whose speech …") is read as "which NOUN …": the noun is the
 * focus, and its WordNet class says what is wanted within the command's kind. Under /who an organisation noun wants
 * an organisation and a person noun a person; under /where an organisation noun wants an organisation or a place.
 * A noun of neither class leaves the command's own kind. The answer does the clause's verb when a verb follows the
 * relative word ("that built …"); after "whose" or a new subject ("that the court fined") the role is unknown.
 *
 * @example relativeFocus('who', 'insurer whose premiums doubled') // → { focus: 'insurer', kind: 'other', types: ['ORG'], … }
 */
export function relativeFocus(command: Exclude<Command, 'ask'>, query: string): Partial<QuestionFrame> | undefined {
  if (command === 'when') return undefined;
  const phrase = focusPhrase(`which ${query.replace(/^(?:the|a|an)\s+/i, '')}`);
  const clause = phrase && RELATIVE.exec(phrase.after);
  if (!phrase || !clause) return undefined;
  const next = tagSentence(phrase.after.slice(clause[0].length).trim()).tokens[0];
  const role: QuestionFrame['role'] = clause[0] !== 'whose' && (next?.pos === 'VERB' || next?.pos === 'AUX') ? 'subject' : 'any';
  const out: Partial<QuestionFrame> = { focus: phrase.head, role };
  const classes = classesAsWritten(phrase.head, phrase.capitalised === true).slice(0, 3);
  const organisation = classes.includes('organization');
  const typed = typesOfNoun(phrase.head, phrase.capitalised === true);
  if (command === 'who') {
    if (typed.kind === 'person') return { ...out, ...typed };
    if (organisation) return { ...out, kind: 'other', types: ['ORG'], fallback: ['PERSON', 'PLACE'] };
    return out;
  }
  if (organisation) return { ...out, kind: 'place', types: ['ORG', 'PLACE'], fallback: [] };
  return out;
}

/**
 * Whether the answer is the subject of the question's verb ("Who beat X?", "Which two players beat X?"),
 * its object ("Who did X beat?", "Which players did X beat?"), or unknown ("Which players were beaten?"
 * — a passive — or "What happened?"). The word right after the wh-phrase decides: the whole noun phrase
 * of "which …" is read first, so its nouns are not taken for the verb.
 */
function roleOf(opening: string, asked: string | undefined): QuestionFrame['role'] {
  let after: string | undefined;
  const wh = /^(?:who|whom|what)\s+/.exec(opening);
  if (wh) after = opening.slice(wh[0].length);
  else if (/^which\s/.test(opening)) {
    const phrase = focusPhrase(asked ?? opening);
    after = phrase?.after ?? opening.replace(/^which\s+\w+\s+/, '');
  }
  if (after === undefined) return 'any';
  if (OBJECT_AUX.test(after)) return 'object';
  const modal = MODAL_AUX.exec(after);
  if (modal) {
    // (Past an adverb: "Who would later lead the guild?" asks for the subject, as "Who would lead …" does.)
    const tokens = tagSentence(after.slice(modal[0].length)).tokens;
    let k = 0;
    while (tokens[k]?.pos === 'ADV' && tokens[k + 1] !== undefined) k += 1;
    const next = tokens[k];
    if (next?.pos === 'AUX') return 'any';
    if (next?.pos !== 'VERB') {
      // (Tagged as the question writes it: in lower case a name may read as a verb, "the tolly/ADV bridge/VERB".)
      const rest = after.slice(modal[0].length);
      const written = asked?.length === opening.length ? asked.slice(opening.length - rest.length) : rest;
      // (Read as unknown, not as the subject: the subject's preferences moved a kit answer to a sayer, "B added: 'A had …'".)
      return HAVE.test(modal[0].trim()) && haveIsMainVerb(tagSentence(written).tokens) ? 'any' : 'object';
    }
  }
  if (/^what\s/.test(opening)) return whatRole(asked ?? opening);
  return NOT_SUBJECT_VERB.test(after) || !/^\w/.test(after) ? 'any' : 'subject';
}

/**
 * Whether the form of "have" before the question's rest, `tokens`, is its main verb, its object the phrase after it
 * ("Who had *the most seats*?", "Which club has *a say in* the vote?", "Who had *to* leave?"): no participle follows
 * anywhere in the rest, as one does where "have" is the perfect's helper and the question's subject stands between
 * ("Who had the guild *hired*?", "What have the old mills of the valley *lost*?"; a last word the tagger read as an
 * adjective is taken for one: "Who had the baker *jailed*?"; so is "been": "What has the guild *been* blamed for?"). A
 * verb in -ing or after "to" is no participle ("Who has charge of *guarding* the bridge?").
 */
function haveIsMainVerb(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  if (words.length > 1 && words.at(-1)!.pos === 'ADJ') return false;
  return !words.some(
    (t, i) => (t.pos === 'VERB' || t.pos === 'AUX') && !PRESENT_PARTICIPLE.test(t.text) && words[i - 1]?.text.toLowerCase() !== 'to',
  );
}

/** A verb form in -ing: a gerund or a present participle, never a perfect's participle. */
const PRESENT_PARTICIPLE = /ing$/i;

/** What a "what NOUN" phrase is made of after "what" ("what **older dynasty**", "what **CBS website**"). */
const WHAT_PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Forms of "have" that are a main verb when no verb follows ("What guild has no charter?"). */
const HAVE = /^(?:has|have|had)$/i;

/** Modal helpers that may stand between the wh-phrase and its verb ("What can cause …"). */
const MODAL_WORD = /^(?:can|could|will|would|may|might|must|should|shall)$/i;

/** What may follow a form of "have" that is itself the main verb: not a verb, an adverb or another helper. */
const AFTER_HAVE_VERB = new Set(['VERB', 'ADV', 'AUX', 'PART']);

/**
 * Where "what …" puts its answer, read from the tags of the whole question: the subject when a verb follows "what" or
 * "what NOUN" ("What causes tides?", "What firm built the pier?", "What guild has no charter?"), the object after "what
 * NOUN did/does" ("What ferry did Ada board?"); else unknown ("What was the ferry called?").
 */
function whatRole(asked: string): QuestionFrame['role'] {
  const tokens = tagSentence(asked).tokens;
  let i = 1;
  if (tokens[0]?.pos === 'DET')
    while (i < tokens.length && (WHAT_PHRASE_POS.has(tokens[i]!.pos) || tokens[i]!.text === '-' || questionWordInName(tokens, i))) i += 1;
  while (tokens[i]?.pos === 'ADV' || (tokens[i]?.pos === 'AUX' && MODAL_WORD.test(tokens[i]!.text))) i += 1;
  const t = tokens[i];
  if (!t) return 'any';
  if (t.pos === 'VERB') return 'subject';
  if (HAVE.test(t.text) && !AFTER_HAVE_VERB.has(tokens[i + 1]?.pos ?? 'AUX')) return 'subject';
  return OBJECT_AUX.test(asked.slice(t.start).toLowerCase()) ? 'object' : 'any';
}

/** Nouns for the post someone holds or the part someone plays: answered by a common noun phrase. */
export const POST_NOUNS: ReadonlySet<string> = new Set('position positions post role roles job occupation profession'.split(' '));

/**
 * A focus noun's WordNet classes as the question writes it: a lower-case noun by the senses WordNet writes in lower case
 * ("which jersey" asks for a garment, not the island spelt so; "which fields" for fields, not the comedian), a
 * capitalised one by all its senses.
 */
function classesAsWritten(noun: string, capitalised: boolean): readonly NounClass[] {
  return capitalised ? nounClasses(noun) : commonNounClasses(noun);
}

/** Entity types for a head noun, from its WordNet classes as the question writes it. */
function typesOfNoun(noun: string, capitalised: boolean): Partial<QuestionFrame> {
  if (MONEY_NOUNS.has(noun)) return { kind: 'number', types: MONEY_FIRST, fallback: [] };
  if (PERCENT_NOUNS.has(noun)) return { kind: 'number', types: PERCENT_FIRST, fallback: [] };
  if (noun === 'score' || noun === 'scoreline') return { kind: 'number', types: QUANTITY_FIRST, fallback: [], unit: 'score' };
  if (noun === 'result' || noun === 'age') return { kind: 'number', types: QUANTITY_FIRST, fallback: [] };
  if (MEASURE_NOUNS.has(noun) || MEASURE_NOUNS.has(noun.replace(/s$/, '')))
    return { kind: 'number', types: ANSWER_TYPES.number, fallback: [] };
  // "What position does she play?", "what post did he hold?": a person's post, a phrase ("goalkeeper"), though
  // WordNet's first sense of "position" or "post" is a place.
  if (POST_NOUNS.has(noun)) return { kind: 'other', types: [], fallback: [] };
  // "Which leaders …" asks for people: a plural WordNet also lists as a noun of its own (the leadership, a body) is read
  // as the plural of its singular when annotators met it less often as itself (lexicon rarePluralOf).
  const read = (!capitalised && rarePluralOf(noun)) || noun;
  const classes = classesAsWritten(read, capitalised);
  const first = classes[0];
  if (!first) return {};
  // A noun whose senses name different kinds about as often ("which unit", "what stage") is read as one of no class.
  if (hasMixedSenses(read)) return OF_NO_CLASS;
  if (first === 'person' || (first !== 'time' && first !== 'quantity' && classes.slice(0, 3).includes('person') && noun.length <= 3))
    return { kind: 'person', types: ['PERSON'], fallback: ['ORG'] };
  // "Which bank / court / school …": a place by its first sense, an organisation by another: either answers.
  if (first === 'place')
    return classes.slice(0, 3).includes('organization')
      ? { kind: 'place', types: ['PLACE', 'ORG'], fallback: [] }
      : { kind: 'place', types: ['PLACE'], fallback: ['ORG'] };
  // "Which court / church …": an organisation by its first sense, a place by another: either answers, unless the place
  // senses are rarely meant ("which network" asks for a broadcaster, not a system of lines).
  // "Which set / pair / yard line …": a collection of things, no body of people, is answered by a phrase.
  if (first === 'group' && namesCollection(read) && !hasMinorPlaceSense(read)) return OF_NO_CLASS;
  if (first === 'organization' || first === 'group') {
    return classes.includes('place') && !hasMinorPlaceSense(read)
      ? { kind: 'place', types: ['PLACE', 'ORG'], fallback: [] }
      : { kind: 'other', types: ['ORG'], fallback: ['PLACE', 'PERSON'] };
  }
  if (first === 'time') return { kind: 'date', types: ANSWER_TYPES.date, fallback: [] };
  if (first === 'quantity') return { kind: 'number', types: ANSWER_TYPES.number, fallback: [] };
  // A noun of no person, place, body, time or amount — an act, a state, a thing, a text, a concept ("which disease",
  // "which theorem", "which part") — is answered by a phrase, after "which" as after "what": the phrase candidates
  // hold the names too ("which ferry" → "the Aurora"), and the candidate model weighs them. Until round 34 "which"
  // wanted an organisation or a name here (SQuAD dev reading alone: which F1 0.4553 → 0.4889, all 0.5323 → 0.5341, held
  // back 0.5596 → 0.5623, training 20 won / 16 lost, held back 31 / 8 — the lost mostly titles and case names; kit and
  // typed identical; refusal train near 0.695 → 0.691, own F1 0.500 → 0.504 / 0.534 → 0.536).
  return OF_NO_CLASS;
}

/**
 * Whether the which/what phrase asks for a title or a call sign: its lower-case noun, with the noun before it where the
 * two are one WordNet noun ("radio station", "talk show"), names a made work, a performance, a piece of music, the press
 * or a broadcasting station (lexicon `namesTitledWork`), and the question asks for no person, date or amount.
 */
function asksTitle({ head, before, capitalised }: FocusPhrase, kind: AnswerKind): boolean {
  if (capitalised || (kind !== 'other' && kind !== 'place')) return false;
  return (before !== undefined && namesTitledWork(`${before} ${head}`)) || namesTitledWork(head);
}

/** The frame of a question asking for a title: a phrase answers, the titles among them first (extractAnswer.ts). */
const TITLE_FRAME: Partial<QuestionFrame> = { kind: 'other', types: [], fallback: [], titled: true };

/** The frame of a question asking for a span of time: "for what length of time …", "what is the longest time …". */
const DURATION_FRAME: Partial<QuestionFrame> = { kind: 'duration', types: ANSWER_TYPES.duration, fallback: FALLBACK_TYPES.duration };

/** The frame of a question asking for a point of time: "at what time …", "in what time frame …". */
const DATE_FRAME: Partial<QuestionFrame> = { kind: 'date', types: ANSWER_TYPES.date, fallback: FALLBACK_TYPES.date };

/** Words that make "time" a span: "the **longest** time", "the **shortest** time". */
const SPAN_OF_TIME = /^(?:longest|shortest|minimum|maximum)$/;

/**
 * The frame of a which/what phrase that asks for a time though its head is no noun of time by its commonest WordNet
 * sense: a measure of time ("what **amount of time** …", "for what **length of time** …": a span), "time" itself ("at
 * what **time** …": a point, but "the **longest time** …" a span; WordNet puts "time" first as an event, "the first
 * time"), or the head with a noun of time before it one WordNet noun of time ("in what **time frame** …"; not a
 * measure noun: "growth rate", which WordNet files under time, is a figure). With the phrase after a preposition of
 * time (focusPhrase) and a named span's phrase (extractAnswer.ts NAMED_SPANS): SQuAD dev reading F1 0.5658 → 0.5665,
 * held back 0.5914 → 0.5927 (13 won / 5 lost, held back 9 / 1; the lost mostly named periods, "during which eon …").
 *
 * @example timeAsked({ head: 'amount', after: 'of time did the ferry take?' }) // → DURATION_FRAME
 */
function timeAsked({ head, before, after }: FocusPhrase): Partial<QuestionFrame> | undefined {
  if (MEASURE_NOUNS.has(head) && /^of\s+time\b/.test(after)) return DURATION_FRAME;
  if (head === 'time' || head === 'times') return before !== undefined && SPAN_OF_TIME.test(before) ? DURATION_FRAME : DATE_FRAME;
  if (
    before !== undefined &&
    !MEASURE_NOUNS.has(head) &&
    commonNounClasses(before).includes('time') &&
    commonNounClasses(`${before} ${head}`)[0] === 'time'
  )
    return DATE_FRAME;
  return undefined;
}

/** The frame of a focus noun of no class ("which part", "what injury"): a phrase answers. */
const OF_NO_CLASS: Partial<QuestionFrame> = { kind: 'other', types: [], fallback: [] };
