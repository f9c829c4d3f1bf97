import type { ItemEntity } from 'wink-nlp';
import { its, nlp } from './wink.js';

/** Entity types the engine answers with. wink-nlp gives the numeric and calendar ones; names are derived. */
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
  | 'PERCENT';

/** A tagged span of a sentence; offsets are into the sentence text. */
export interface Entity {
  type: EntityType;
  text: string;
  start: number;
  end: number;
  /** For PERSON: the catalogue's canonical name ("Rubio" → "Marco Rubio"). */
  canonical?: string;
}

/** A word of a sentence as wink-nlp saw it. */
export interface Token {
  text: string;
  start: number;
  end: number;
  pos: string;
}

/**
 * A run of proper nouns ("Secretary of State Marco Rubio", "Hallandale Beach") with the cues around it
 * that tell a person from a place or an organisation. Leading titles are split off into `title`.
 */
export interface NameRun {
  text: string;
  start: number;
  end: number;
  /** Title words that stood before the name inside the run or just before it ("President", "spokesman"). */
  title?: string;
  /** A speech verb follows ("Rubio said", "Umerov wrote"). */
  speechAfter: boolean;
  /** A locative preposition stands before it ("in Florida", "aboard Air Force One"). */
  locativeBefore: boolean;
  /** Followed by a comma and an appositive role ("Rustem Umerov, head of ..."). */
  appositive?: string;
}

export interface TaggedSentence {
  tokens: Token[];
  /** wink-nlp's own entities (DATE, TIME, CARDINAL, ...). */
  entities: Entity[];
  names: NameRun[];
}

const WINK_TYPES = new Set<EntityType>(['DATE', 'TIME', 'DURATION', 'CARDINAL', 'MONEY', 'ORDINAL', 'PERCENT']);

/** Role nouns: before a name they make it a person ("President", "spokesman", "Gen."). General English. */
export const ROLE_WORDS = new Set(
  [
    'president', 'secretary', 'minister', 'general', 'gen.', 'gen', 'lt.', 'col.', 'maj.', 'sgt.', 'capt.', 'adm.',
    'admiral', 'colonel', 'major', 'captain', 'sergeant', 'lieutenant', 'commander', 'ambassador', 'envoy',
    'spokesman', 'spokeswoman', 'spokesperson', 'mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame',
    'senator', 'sen.', 'rep.', 'representative', 'congressman', 'congresswoman', 'gov.', 'governor', 'mayor',
    'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'judge', 'justice', 'chief', 'adviser', 'advisor',
    'director', 'chairman', 'chairwoman', 'speaker', 'leader', 'officer', 'official', 'pastor', 'rev.', 'reverend',
    'sheikh', 'emir', 'premier', 'attorney', 'negotiator', 'ceo', 'founder', 'coach', 'professor', 'prof.',
    'economist', 'analyst', 'editor', 'correspondent', 'reporter', 'envoy', 'diplomat', 'aide', 'lawmaker',
    'son-in-law', 'daughter-in-law', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'father', 'mother',
  ],
);

/** Words that qualify a role ("Deputy Foreign Minister", "Secretary of State"); alone they are no title. */
const ROLE_MODIFIERS = new Set(
  [
    'vice', 'prime', 'deputy', 'foreign', 'defense', 'defence', 'state', 'special', 'senior', 'top', 'former',
    'national', 'security', 'head', 'executive', 'presidential', 'general', 'interior', 'finance', 'of', 'acting',
    'military', 'chief', 'assistant', 'associate', 'first', 'lady', 'supreme', 'us', 'u.s.', 'white', 'house',
  ],
);

const isTitleWord = (w: string) => ROLE_WORDS.has(w) || ROLE_MODIFIERS.has(w);

/** Verbs of saying that, right after a name, mark it as a person. */
export const SPEECH_VERBS = new Set(
  [
    'said', 'says', 'told', 'tells', 'wrote', 'writes', 'added', 'adds', 'announced', 'announces', 'described',
    'stressed', 'noted', 'cautioned', 'confirmed', 'posted', 'argued', 'warned', 'claimed', 'insisted',
    'explained', 'replied', 'responded', 'emphasized', 'emphasised', 'stated', 'declared', 'urged',
    'tweeted', 'asked', 'recalled', 'revealed', 'praised', 'welcomed', 'thanked', 'framed', 'characterized',
    'characterised', 'cited', 'texted', 'suggested', 'acknowledged', 'admitted', 'denied',
  ],
);

const LOCATIVE = new Set(['in', 'on', 'at', 'near', 'from', 'to', 'aboard', 'across', 'outside', 'inside', 'into', 'toward', 'towards', 'around', 'throughout', 'within', 'via', 'onto']);
const CONNECTORS = new Set(['of', 'and', 'de', 'la', 'al', 'bin', 'van', 'von', 'der', 'du', 'da', 'del', 'the', '-', '&']);
const WEEKDAYS_MONTHS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)$/i;

/** Tags one sentence: wink's tokens and entities, and the proper-noun runs with their cues. */
export function tagSentence(text: string): TaggedSentence {
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const pos = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i]!;
    let start = text.indexOf(value, cursor + (spaces[i]?.length ?? 0) - (spaces[i]?.length ?? 0));
    if (start < 0) start = cursor + (spaces[i]?.length ?? 0);
    const end = Math.min(text.length, start + value.length);
    tokens.push({ text: value, start, end, pos: pos[i] ?? 'X' });
    cursor = end;
  }

  const entities: Entity[] = [];
  doc.entities().each((e: ItemEntity) => {
    const detail = e.out(its.detail) as unknown as { type: string };
    const span = e.out(its.span) as unknown as [number, number];
    const type = detail.type as EntityType;
    const first = tokens[span[0]];
    const last = tokens[span[1]];
    if (!WINK_TYPES.has(type) || !first || !last) return;
    entities.push({ type, text: text.slice(first.start, last.end), start: first.start, end: last.end });
  });

  return { tokens, entities, names: findNameRuns(text, tokens, entities) };
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

function isNameToken(t: Token, sentenceInitial = false): boolean {
  if (!isCapitalised(t.text)) return false;
  // A lone capital is a name only mid-sentence and never "I" or "A" ("wrote on X").
  if (t.text.length === 1) return !sentenceInitial && t.pos === 'PROPN' && t.text !== 'I' && t.text !== 'A';
  // A capitalised common word that opens a sentence is just capitalisation ("Fresh attacks", "Such attacks").
  if (sentenceInitial) return t.pos === 'PROPN' && !COMMON_OPENERS.has(t.text.toLowerCase());
  // wink sometimes tags capitalised name parts as NOUN/ADJ ("President", "Force").
  return t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ';
}

/** Capitalised sentence openers that wink may tag PROPN but that are not names. */
const COMMON_OPENERS = new Set(['much', 'such', 'many', 'more', 'most', 'some', 'fresh', 'additional', 'events', 'tensions', 'diplomats', 'negotiators', 'missiles', 'missile', 'maritime', 'meanwhile', 'while', 'after', 'before', 'also', 'both', 'neither', 'another', 'other', 'several', 'few']);

/** Whether token i opens the sentence (first token, or after opening quotes/brackets). */
function opensSentence(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k -= 1) if (!/^["“‘'(\[]$/.test(tokens[k]!.text)) return false;
  return true;
}

function findNameRuns(text: string, tokens: Token[], entities: Entity[]): NameRun[] {
  const inEntity = (t: Token) => entities.some((e) => t.start >= e.start && t.end <= e.end && e.type === 'DATE');
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!isNameToken(t, opensSentence(tokens, i)) || inEntity(t)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    for (;;) {
      const next = tokens[j];
      if (!next) break;
      if (isNameToken(next) && !inEntity(next)) {
        j += 1;
        continue;
      }
      // "Republic of Kazakhstan", "Air Force One": a connector or a trailing number inside a name.
      const after = tokens[j + 1];
      if (CONNECTORS.has(next.text.toLowerCase()) && next.text !== 'and' && after && isNameToken(after) && !inEntity(after)) {
        j += 2;
        continue;
      }
      if (next.pos === 'NUM' && isCapitalised(next.text) && /^[A-Z][a-z]+$/.test(next.text)) {
        j += 1;
        continue;
      }
      break;
    }
    runs.push(describeRun(text, tokens, i, j));
    i = j;
  }
  return runs.filter((r) => !WEEKDAYS_MONTHS.test(r.text));
}

function describeRun(text: string, tokens: Token[], from: number, to: number): NameRun {
  // Split a leading title off at its last role word: "US Secretary of State Marco Rubio" → title
  // "US Secretary of State", name "Marco Rubio"; "NATO Secretary General Mark Rutte" → "Mark Rutte".
  let nameFrom = from;
  for (let k = to - 2; k >= from; k -= 1) {
    if (ROLE_WORDS.has(tokens[k]!.text.toLowerCase())) {
      nameFrom = k + 1;
      while (nameFrom < to - 1 && isTitleWord(tokens[nameFrom]!.text.toLowerCase())) nameFrom += 1;
      break;
    }
  }
  const titleParts: string[] = [];
  for (let k = from; k < nameFrom; k += 1) titleParts.push(tokens[k]!.text);
  // Role words just before the run in lower case ("spokesman Dmitry Peskov", "envoy Steve Witkoff").
  for (let k = from - 1; k >= 0 && k >= from - 4; k -= 1) {
    const w = tokens[k]!;
    if (isCapitalised(w.text) || !isTitleWord(w.text.toLowerCase())) break;
    titleParts.unshift(w.text);
  }
  // "chief of staff of Ukrainian President X": a connector that only led into the title is not part of it.
  while (titleParts.length > 0 && CONNECTORS.has(titleParts[0]!.toLowerCase())) titleParts.shift();
  if (!titleParts.some((w) => ROLE_WORDS.has(w.toLowerCase()))) titleParts.length = 0;

  // A run made only of title words ("US Secretary of State") names a role, not a person.
  if (titleParts.length > 0 && tokens.slice(nameFrom, to).every((t) => isTitleWord(t.text.toLowerCase()))) {
    nameFrom = to - 1;
    titleParts.length = 0;
  }
  const first = tokens[nameFrom]!;
  const last = tokens[to - 1]!;
  const following = tokens[to];
  const afterComma = following?.text === ',' ? tokens[to + 1] : undefined;
  let speechAfter = following !== undefined && SPEECH_VERBS.has(following.text.toLowerCase());
  // "Rubio told reporters", "Umerov, who appeared with Rubio, said": look one step past an auxiliary too.
  if (!speechAfter && following && /^(has|had|have|also|then|later|previously|once)$/i.test(following.text)) {
    const next = tokens[to + 1];
    speechAfter = next !== undefined && SPEECH_VERBS.has(next.text.toLowerCase());
  }
  const prev = tokens[from - 1];
  const run: NameRun = {
    text: text.slice(first.start, last.end),
    start: first.start,
    end: last.end,
    speechAfter,
    locativeBefore: prev !== undefined && LOCATIVE.has(prev.text.toLowerCase()) && tokens[from - 2]?.text.toLowerCase() !== 'according',
  };
  if (titleParts.length > 0) run.title = titleParts.join(' ');
  const possessiveRole = afterComma && /^['’]s$/.test(tokens[to + 2]?.text ?? '') && ROLE_WORDS.has((tokens[to + 3]?.text ?? '').toLowerCase());
  // A capitalised role after the comma starts an appositive only when it ends in a possessive relation
  // ("Jared Kushner, President Donald Trump's son-in-law,"); otherwise it is the next clause's subject
  // ("aboard Air Force One, President Trump said").
  const capitalisedRole = afterComma && isCapitalised(afterComma.text) && ROLE_WORDS.has(afterComma.text.toLowerCase());
  const clause = afterComma ? text.slice(afterComma.start, (text.indexOf(',', afterComma.start) + 1 || text.length + 1) - 1) : '';
  const roleOpens = afterComma && ROLE_WORDS.has(afterComma.text.toLowerCase()) && (!capitalisedRole || /['’]s\s+[\p{Ll}-]+$/u.test(clause));
  if (afterComma && (roleOpens || /^(head|the|a|an|who)$/.test(afterComma.text) || possessiveRole)) {
    const close = text.indexOf(',', afterComma.start);
    const end = close < 0 ? Math.min(text.length, afterComma.start + 80) : close;
    run.appositive = text.slice(afterComma.start, end).trim();
  }
  return run;
}
