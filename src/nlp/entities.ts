import type { Document } from 'wink-nlp';
import { readAmounts } from './amounts.js';
import { withDecades } from './dates/decades.js';
import { withoutLowerWeekdays } from './dates/lowerWeekdays.js';
import { withRelativeDays } from './dates/relativeDays.js';
import { withSpelledDays } from './dates/spelledDays.js';
import { withoutMonthGivenNames } from './monthGivenNames.js';
import { findNameRuns } from './nameRuns.js';
import { withRankNumbers } from './rankNumbers.js';
import { its, nlp, readTokens, type TokenReading } from './wink.js';

export { HONORIFICS, ROLE_WORDS, SPEECH_VERBS } from './cueWords.js';

/**
 * Entity types the engine answers with. wink-nlp gives the calendar and numeric ones (amounts are re-read by
 * `readAmounts`); names are derived over the whole corpus by `resolveNames`.
 */
export type EntityType =
  | 'PERSON'
  | 'PLACE'
  | 'ORG'
  | 'DATE'
  | 'TIME'
  | 'DURATION'
  | 'CARDINAL'
  | 'MONEY'
  | 'ORDINAL'
  | 'PERCENT'
  /** A count with a unit: a match score ("6-2 6-1", `unit` "score"), an age ("19-year-old", `unit` "years old"). */
  | 'QUANTITY';

/** A tagged span of a sentence; offsets are into the sentence text. */
export interface Entity {
  type: EntityType;
  text: string;
  start: number;
  end: number;
  /** For PERSON: the catalogue's canonical name ("Brisco" → "Nils Brisco"). */
  canonical?: string;
  /** For MONEY, CARDINAL and QUANTITY read by `readAmounts`: the number with its scale applied ("$54m" → 54000000). */
  value?: number;
  /** The scale word as written ("m", "bn", "million", "mln"). */
  scale?: string;
  /** For MONEY: the currency as written ("$", "£", "US$", "dlrs", "euros"). */
  currency?: string;
  /** For QUANTITY: what is counted ("score", "years old"). */
  unit?: string;
}

/** A word of a sentence as wink-nlp saw it. */
export interface Token {
  text: string;
  start: number;
  end: number;
  pos: string;
  /** For verbs: wink's lemma, lower case, when it differs from the lower-cased text ("said" → "say"). */
  lemma?: string;
}

/** What a common noun next to a name says the name is ("the film X" → work, "the X volcano" → place). */
export type NameClass = 'person' | 'place' | 'organization' | 'work' | 'other';

/**
 * A run of proper nouns ("Trade Minister Nils Brisco", "Marlow Beach") with the cues around it
 * that tell a person from a place or an organisation. Leading titles are split off into `title`.
 */
export interface NameRun {
  text: string;
  start: number;
  end: number;
  /** Title words that stood before the name inside the run or just before it ("President", "spokesman"). */
  title?: string;
  /** A demonym or person noun that opened the run ("Russian", "Swede" in "Swede Lars Ekvall"). */
  describer?: string;
  /** A speech verb follows ("Brisco said", "Verin wrote"). */
  speechAfter: boolean;
  /** A speech verb stands before it, after a quotation ('…," said Simon Achter'). */
  speechBefore?: boolean;
  /** A role and a comma stand before it ("Norway's finance minister, Kasper Lindqvist"). */
  roleBefore?: boolean;
  /** "Of the" and an organisation's name follow it ("Ivo Brandt of the Orsk Harbour Board"): a member of that body. */
  memberOf?: boolean;
  /** A locative preposition stands before it ("in Oregon", "aboard the royal yacht"). */
  locativeBefore: boolean;
  /** Of those, one that places what follows and seldom takes a person ("in Pellworth", "at Kelm"), no possessor after it. */
  placedBefore?: boolean;
  /** Followed by a comma and an appositive role ("Ostap Verin, head of ..."). */
  appositive?: string;
  /** The kind of the head noun of an appositive after it ("X, the main Danish index" → other). */
  appositiveKind?: NameClass;
  /** The kind of a common noun right before it ("the film X" → work, "the firm X" → organization). */
  kindBefore?: NameClass;
  /** The kind of a common noun right after it ("the X volcano" → place, "the X club" → organization). */
  kindAfter?: NameClass;
  /** A ticker symbol follows ("Texaco Inc <TX.N>"): a listed company. */
  tickerAfter?: boolean;
  /**
   * "The" stands right before the name, with no title between and no common noun after it that the name would
   * modify ("the Harbour Lions won", not "the Vance family"): a team, a firm, a band, a work or a place, no one's name.
   */
  definite?: boolean;
}

export interface TaggedSentence {
  tokens: Token[];
  /** wink-nlp's own entities (DATE, TIME, CARDINAL, ...), amounts re-read with their unit and scale. */
  entities: Entity[];
  names: NameRun[];
}

const WINK_TYPES = new Set<EntityType>(['DATE', 'TIME', 'DURATION', 'CARDINAL', 'MONEY', 'ORDINAL', 'PERCENT']);

/**
 * What wink-nlp read of a text: every token's text, part-of-speech tag and (for verbs) lemma, and its
 * entities as inclusive token spans. One reading of a paragraph serves each of its sentences (`slice`).
 */
export interface WinkReading {
  words: string[];
  pos: string[];
  /** Lemmas of VERB and AUX tokens only (tense is read from them); wink computes each on demand. */
  lemmas: (string | undefined)[];
  entities: { type: string; first: number; last: number }[];
}

/** wink-nlp's reading of a document (`nlp.readDoc(text)`); `tokens`, its tokens if they were read already. */
export function readWink(doc: Document, tokens: TokenReading = readTokens(doc)): WinkReading {
  const { words, pos, lemmas } = tokens;
  // Each entity's type and span read in bulk, two calls per document rather than two per entity; by type alone, not
  // `its.detail`, which writes each entity's text out as well.
  const found = doc.entities();
  const types = found.out(its.type) as unknown as string[];
  const spans = found.out(its.span) as unknown as [number, number][];
  const entities: WinkReading['entities'] = types.map((type, i) => ({ type, first: spans[i]![0], last: spans[i]![1] }));
  return { words, pos, lemmas, entities };
}

/** Tokens `[from, to)` of a reading, renumbered from 0, with the entities that lie wholly inside them. */
export function sliceReading(r: WinkReading, from: number, to: number): WinkReading {
  return {
    words: r.words.slice(from, to),
    pos: r.pos.slice(from, to),
    lemmas: r.lemmas.slice(from, to),
    entities: r.entities.filter((e) => e.first >= from && e.last < to).map((e) => ({ ...e, first: e.first - from, last: e.last - from })),
  };
}

/**
 * Tags one sentence: wink's tokens and entities, amounts with their units, and the proper-noun runs with their cues.
 * The latest few texts' readings are kept (`RECENT_TAGGED`) and given again: an answer asks for its question's reading
 * from several stages (its frame, verb, nouns, coverage checks), each a wink read of ~0.1 ms and its allocation. Callers
 * read the result and never change it.
 */
export function tagSentence(text: string): TaggedSentence {
  const kept = recentTagged.get(text);
  if (kept !== undefined) return kept;
  const tagged = tagReading(text, readWink(nlp.readDoc(text)));
  if (recentTagged.size >= RECENT_TAGGED) recentTagged.delete(recentTagged.keys().next().value!);
  recentTagged.set(text, tagged);
  return tagged;
}

/**
 * How many texts' readings `tagSentence` keeps, the oldest put in dropped first. The 2,000 SQuAD questions of the 100k
 * replay: 4,842 readings asked for, 2,650 texts (a question's own text asked for by up to six stages).
 */
const RECENT_TAGGED = 8;
const recentTagged = new Map<string, TaggedSentence>();

/**
 * Whether a word of three letters is "I'm" (any case, straight or curly apostrophe), which wink-nlp keeps as one token
 * and tags a proper noun (it splits "I've", "I'd", "I'll" into the pronoun and the verb): read so, the name finder took
 * it for a person's name and the answer to a who-question about a quoted speaker. It is the pronoun. Read by its
 * characters: asked of every three-letter token ("the", "and", "was" …), where a pattern cost more than the comparisons.
 */
function isFirstPersonAm(word: string): boolean {
  const i = word.charCodeAt(0);
  const mark = word.charCodeAt(1);
  const m = word.charCodeAt(2);
  return (i === 73 || i === 105) && (mark === 39 || mark === 0x2019) && (m === 109 || m === 77);
}

/**
 * Where token text `value` starts in `text` at or after `cursor` (`text.indexOf(value, cursor)`): where it starts after
 * the spaces at the cursor, as nearly every token does, is answered by one comparison, no search. A value that begins
 * with a space (or none at all) is searched for (it could start before the spaces end).
 */
function tokenStart(text: string, value: string, cursor: number): number {
  let at = cursor;
  while (text.charCodeAt(at) === 32) at += 1;
  if (value.length > 0 && value.charCodeAt(0) !== 32 && text.startsWith(value, at)) return at;
  return text.indexOf(value, cursor);
}

/**
 * Tags a sentence from wink's reading of it (alone, or sliced from its paragraph's reading by `readArticle`):
 * tokens with their offsets into `text`, wink's calendar and numeric entities with amounts re-read, name runs.
 */
export function tagReading(text: string, reading: WinkReading): TaggedSentence {
  const { words: values, pos, lemmas } = reading;
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    let start = tokenStart(text, value, cursor);
    if (start < 0) start = cursor;
    const end = Math.min(text.length, start + value.length);
    const token: Token = { text: value, start, end, pos: value.length === 3 && isFirstPersonAm(value) ? 'PRON' : (pos[i] ?? 'X') };
    // Only verbs have a lemma read (most tokens none).
    const read = lemmas[i];
    if (read !== undefined && read !== null) {
      const lemma = String(read).toLowerCase();
      if (lemma && lemma !== value.toLowerCase()) token.lemma = lemma;
    }
    tokens.push(token);
    cursor = end;
  }

  const winkEntities: Entity[] = [];
  for (const e of reading.entities) {
    const type = e.type as EntityType;
    const first = tokens[e.first];
    const last = tokens[e.last];
    if (!WINK_TYPES.has(type) || !first || !last) continue;
    winkEntities.push({ type, text: text.slice(first.start, last.end), start: first.start, end: last.end });
  }
  const amounts = readAmounts(text);
  const tagged = [...winkEntities.filter((e) => !amounts.some((a) => e.start < a.end && e.end > a.start)), ...amounts];
  // The date forms wink-nlp leaves untagged, each pass over the entities the one before it gave.
  const spelled = withSpelledDays(
    text,
    tokens,
    withoutLowerWeekdays(
      text,
      tagged.sort((a, b) => a.start - b.start),
    ),
  );
  const entities = withRankNumbers(
    text,
    tokens,
    withoutMonthGivenNames(tokens, withDecades(text, withRelativeDays(text, tokens, spelled))),
  );

  return { tokens, entities, names: findNameRuns(text, tokens, entities) };
}
