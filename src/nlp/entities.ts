import type { ItemEntity, ItemToken, ItsFunction } from 'wink-nlp';
import { readAmounts } from './amounts.js';
import { findNameRuns } from './nameRuns.js';
import { its, nlp } from './wink.js';

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
  /** A demonym or person noun that opened the run ("Russian", "Swede" in "Swede Jonas Bjorkman"). */
  describer?: string;
  /** A speech verb follows ("Brisco said", "Verin wrote"). */
  speechAfter: boolean;
  /** A speech verb stands before it, after a quotation ('…," said Simon Achter'). */
  speechBefore?: boolean;
  /** A role and a comma stand before it ("Norway's finance minister, Kasper Lindqvist"). */
  roleBefore?: boolean;
  /** A locative preposition stands before it ("in Oregon", "aboard the royal yacht"). */
  locativeBefore: boolean;
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
}

export interface TaggedSentence {
  tokens: Token[];
  /** wink-nlp's own entities (DATE, TIME, CARDINAL, ...), amounts re-read with their unit and scale. */
  entities: Entity[];
  names: NameRun[];
}

const WINK_TYPES = new Set<EntityType>(['DATE', 'TIME', 'DURATION', 'CARDINAL', 'MONEY', 'ORDINAL', 'PERCENT']);

/** Tags one sentence: wink's tokens and entities, amounts with their units, and the proper-noun runs with their cues. */
export function tagSentence(text: string): TaggedSentence {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const pos = doc.tokens().out(its.pos) as string[];
  // Lemmas only of verbs (tense is read from them); wink computes each on demand. Its typings declare its.lemma with
  // a signature its own ItsFunction type does not accept.
  const lemmas: string[] = [];
  doc.tokens().each((t: ItemToken, i: number) => {
    if (pos[i] === 'VERB' || pos[i] === 'AUX') lemmas[i] = t.out(its.lemma as unknown as ItsFunction<string>) as string;
  });
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    let start = text.indexOf(value, cursor);
    if (start < 0) start = cursor;
    const end = Math.min(text.length, start + value.length);
    const token: Token = { text: value, start, end, pos: pos[i] ?? 'X' };
    const lemma = String(lemmas[i] ?? '').toLowerCase();
    if (lemma && lemma !== value.toLowerCase()) token.lemma = lemma;
    tokens.push(token);
    cursor = end;
  }

  const winkEntities: Entity[] = [];
  doc.entities().each((e: ItemEntity) => {
    const detail = e.out(its.detail) as unknown as { type: string };
    const span = e.out(its.span) as unknown as [number, number];
    const type = detail.type as EntityType;
    const first = tokens[span[0]];
    const last = tokens[span[1]];
    if (!WINK_TYPES.has(type) || !first || !last) return;
    winkEntities.push({ type, text: text.slice(first.start, last.end), start: first.start, end: last.end });
  });
  const amounts = readAmounts(text);
  const entities = [...winkEntities.filter((e) => !amounts.some((a) => e.start < a.end && e.end > a.start)), ...amounts].sort(
    (a, b) => a.start - b.start,
  );

  return { tokens, entities, names: findNameRuns(text, tokens, entities) };
}
