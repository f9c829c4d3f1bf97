/**
 * The checkable values a sentence states — amounts with their unit, durations, money, percentages, calendar
 * days, the places something happens in, and people — read from the entities and tokens the story build
 * already attached to each sentence.
 */
import { FALL_WORDS, RISE_WORDS } from '../nlp/changeWords.js';
import type { Entity, EntityType, Token } from '../nlp/entities.js';
import { foldText } from '../text/fold.js';
import { placeKind } from '../text/places.js';
import { resolveDate } from '../nlp/resolveDate.js';
import { dayNumber } from '../nlp/dateCalendar.js';
import { termOf } from '../search/terms.js';
import type { Amount } from './quantity.js';
import { currencyOf, DURATION_SECONDS, durationUnit, readAmount, scaleAmount } from './quantity.js';

/** What kind of value two sources can disagree on. */
export type DifferenceKind = 'number' | 'money' | 'duration' | 'percent' | 'date' | 'place' | 'person';

/** One value a sentence states. */
export interface ValueMention {
  kind: DifferenceKind;
  /**
   * What is measured; only mentions of one slot are compared: `duration`, `percent`, `date`, `place`,
   * `person`, `money:usd`, or `number:<unit term>` for a count ("2,300 cargo drones" → `number:drone`).
   */
  slot: string;
  /** The mention as written ("about six hours", "Marlow Beach, Oregon"). */
  text: string;
  /** Offsets into the sentence. */
  start: number;
  end: number;
  /** For numbers, money, durations (in seconds) and percentages. */
  amount?: Amount;
  /** For dates: the day number of the calendar day. */
  day?: number;
  /** For dates: "before Thursday", "about a week ago": consistent with other days, so it never conflicts. */
  looseDay?: boolean;
  /** For dates: written with a month or digits ("16 March 2031", "June 12"), not relative ("today", "Friday"). */
  absolute?: boolean;
  /** For places: each place named, folded, most specific first ("marlow beach", "oregon"). */
  places?: string[];
  /** For people: the canonical name. */
  person?: string;
  /** For counts: the unit noun as written, lower case ("bombs"). */
  unit?: string;
}

/** What {@link valueMentions} reads a sentence with. */
export interface MentionSource {
  text: string;
  entities: readonly Entity[];
  tokens: readonly Token[];
}

/** A date written on the calendar rather than relative to the article's day. */
const ABSOLUTE_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i;

/**
 * Words just before an amount that make it a change ("fell 312 points", "up by 8%") rather than a level ("a
 * value of 4,180 points"), and which way (FALL_WORDS, RISE_WORDS): levels, falls and rises are different facts, so
 * their slots differ (`number:point:down`).
 */
const CHANGE_WORDS = new Set(['by', 'another', 'extra', 'additional']);

/** Unit nouns that name a threshold ("below the 5,000 mark", "the 3,500-point level"), not a measured amount. */
const THRESHOLD_UNITS = new Set(['mark', 'level', 'barrier', 'threshold', 'line', 'milestone']);

/** `:down`, `:up` or `:change` when the amount at `start` is a change ("fell 312 points", "up by 8%"), else ''. */
function role(tokens: readonly Token[], start: number): string {
  const before = tokensBefore(tokens, start, 3).map((t) => t.text.toLowerCase());
  if (before.some((w) => FALL_WORDS.has(w))) return ':down';
  if (before.some((w) => RISE_WORDS.has(w))) return ':up';
  return before.some((w) => CHANGE_WORDS.has(w)) ? ':change' : '';
}

/** Words before a number that make it part of a name or a reference rather than a count ("No. 3", "Article 5"). */
const NOT_A_COUNT_BEFORE = new Set([
  'no',
  'no.',
  'number',
  'article',
  'section',
  'chapter',
  'page',
  'room',
  'flight',
  'route',
  'resolution',
  'paragraph',
  'point',
  'level',
  'grade',
  'round',
  'stage',
  'game',
  'match',
  'version',
  'phase',
]);

/**
 * The readers of the entities whose value is read with the words around them: the currency after "40 million", a
 * hedge before "six hours", the unit noun after "2,300 cargo drones".
 */
const READ_WITH_WORDS: Partial<Record<EntityType, (e: Entity, tokens: readonly Token[], text: string) => ValueMention | null>> = {
  MONEY: moneyMention,
  DURATION: durationMention,
  CARDINAL: countMention,
};

/**
 * The values a sentence states, in order. Counts need a unit noun after them ("2,300 small cargo drones",
 * "a 28-point plan"); bare numbers, years and ordinals are left out, since without a unit two sentences cannot
 * be said to count the same thing. Dates count only when they resolve to one calendar day from `published`
 * with no "before"/"about". Places count only where something happens "in" them (a name the tagger
 * calls an organisation counts too when "in" stands right before it); a run like "in Marlow Beach,
 * Oregon" is one mention naming both.
 */
export function valueMentions(sentence: MentionSource, published?: string): ValueMention[] {
  const out: ValueMention[] = [];
  const { text, tokens } = sentence;
  const entities = [...sentence.entities].sort((a, b) => a.start - b.start);
  for (let i = 0; i < entities.length; i += 1) {
    const e = entities[i]!;
    const readWithWords = READ_WITH_WORDS[e.type];
    if (readWithWords) {
      const m = readWithWords(e, tokens, text);
      if (m) out.push(m);
      continue;
    }
    switch (e.type) {
      case 'PERCENT': {
        const read = readAmount(e.text);
        if (read) out.push(amountMention(e, 'percent', `percent${role(tokens, e.start)}`, read.amount));
        break;
      }
      case 'QUANTITY': {
        // "6.5 km", "19-year-old": the tagger gives the unit. Match scores ("6-2 6-1") are no single amount.
        const unit = e.unit?.toLowerCase().trim();
        const read = readAmount(e.text);
        if (!unit || unit === 'score' || !read) break;
        const seconds = durationUnit(unit.split(/\s+/)[0] ?? '');
        if (seconds && !/old$/.test(unit)) out.push(durationOf(e, role(tokens, e.start), read.amount, seconds));
        else out.push({ ...amountMention(e, 'number', `number:${unit}${role(tokens, e.start)}`, read.amount), unit });
        break;
      }
      case 'DATE': {
        const resolved = resolveDate(e.text, text, published);
        if (resolved?.precision !== 'day') break;
        const [y, mo, d] = resolved.date.split('-').map(Number) as [number, number, number];
        const m: ValueMention = { kind: 'date', slot: 'date', text: e.text, start: e.start, end: e.end, day: dayNumber(y, mo, d) };
        if (resolved.relation) m.looseDay = true;
        if (ABSOLUTE_DATE.test(e.text)) m.absolute = true;
        out.push(m);
        break;
      }
      case 'ORG':
      case 'PLACE': {
        // "in Oslo's plan" names an owner, not where something happens.
        if (!locatedIn(tokens, e.start) || /^['’]s\b/.test(text.slice(e.end))) break;
        const places = [foldText(e.text)];
        let end = e.end;
        // "in Marlow Beach, Oregon": the places that follow after a comma say where the first one is.
        while (i + 1 < entities.length && isPlaceLike(entities[i + 1]!) && /^,\s*$/.test(text.slice(end, entities[i + 1]!.start))) {
          i += 1;
          places.push(foldText(entities[i]!.text));
          end = entities[i]!.end;
        }
        out.push({ kind: 'place', slot: 'place', text: text.slice(e.start, end), start: e.start, end, places });
        break;
      }
      case 'PERSON':
        // A name the gazetteer knows as a place is not safely a person to compare.
        if (placeKind(e.canonical ?? e.text) === undefined)
          out.push({ kind: 'person', slot: 'person', text: e.text, start: e.start, end: e.end, person: e.canonical ?? e.text });
        break;
      default:
        break;
    }
  }
  return out;
}

/**
 * A place, or a name the tagger took for an organisation that stands right after "in" ("in Oregon"): the
 * name tagger's place/organisation line moves, and "in" + a bare name is where something happens.
 */
function isPlaceLike(e: Entity): boolean {
  return e.type === 'PLACE' || e.type === 'ORG';
}

/** Whether the word before offset `start` is "in" (the place something happens in). */
function locatedIn(tokens: readonly Token[], start: number): boolean {
  const before = tokensBefore(tokens, start, 1);
  const prev = before[before.length - 1];
  return prev !== undefined && prev.text.toLowerCase() === 'in';
}

/** The tokens that start at or after `offset`. */
function tokensAfter(tokens: readonly Token[], offset: number, count = 4): Token[] {
  const from = firstAtOrAfter(tokens, offset, (t) => t.start);
  return tokens.slice(from, from + count);
}

/** The last `count` tokens that end at or before `offset`. */
function tokensBefore(tokens: readonly Token[], offset: number, count: number): Token[] {
  const end = firstAtOrAfter(tokens, offset + 1, (t) => t.end);
  return tokens.slice(Math.max(0, end - count), end);
}

/** Index of the first token whose `key` is ≥ `offset` (tokens are in text order). */
function firstAtOrAfter(tokens: readonly Token[], offset: number, key: (t: Token) => number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(tokens[mid]!) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function moneyMention(entity: Entity, tokens: readonly Token[], text: string): ValueMention | null {
  const e = withHedge(entity, text);
  const read = readAmount(e.text);
  if (!read) return null;
  const sign = /(US\$|C\$|A\$|[$€£¥]|USD|EUR|GBP|JPY)/.exec(e.text)?.[1];
  let currency = sign ? currencyOf(sign) : undefined;
  let end = e.end;
  if (!currency) {
    const inside = e.text.slice(read.length).trim().split(/\s+/)[0];
    currency = inside ? currencyOf(inside) : undefined;
  }
  if (!currency) {
    const next = tokensAfter(tokens, e.end)[0];
    if (next) {
      currency = currencyOf(next.text);
      if (currency) end = next.end;
    }
  }
  const span = { text: text.slice(e.start, end), start: e.start, end };
  return amountMention(span, 'money', `money:${currency ?? 'unknown'}${role(tokens, e.start)}`, read.amount);
}

/** A hedge written just before an entity that the tagger left out of it ("about [six hours]"). */
const HEDGE_BEFORE =
  /\b(?:nearly|almost|about|around|roughly|approximately|some|more than|over|at least|less than|fewer than|up to|under|just over|just under)\s+$/i;

/** The entity widened to a hedge written just before it. */
function withHedge(e: Entity, text: string): Entity {
  const m = HEDGE_BEFORE.exec(text.slice(Math.max(0, e.start - 20), e.start));
  if (!m || HEDGE_BEFORE.test(`${e.text.split(/\s+/)[0] ?? ''} `)) return e;
  const start = e.start - m[0].length;
  return { ...e, start, text: text.slice(start, e.end) };
}

function durationMention(entity: Entity, tokens: readonly Token[], text: string): ValueMention | null {
  const e = withHedge(entity, text);
  const written = e.text.replace(/\b(an?)\s+(?=(?:second|minute|hour|day|week|fortnight|month|year|decade)s?\b)/i, 'one ');
  const read = readAmount(written);
  if (!read) return null;
  const unitWord = /^[\s-]*([A-Za-z]+)/.exec(written.slice(read.length))?.[1] ?? tokensAfter(tokens, e.end)[0]?.text ?? '';
  const unit = durationUnit(unitWord);
  if (!unit) return null;
  return durationOf(e, role(tokens, e.start), read.amount, unit);
}

/** Parts of speech that may stand between a count and its noun ("2,300 small cargo drones"). */
const BETWEEN_COUNT_AND_NOUN = new Set(['ADJ', 'VERB', 'ADV', 'NUM', 'PUNCT']);

function countMention(entity: Entity, tokens: readonly Token[], text: string): ValueMention | null {
  const e = withHedge(entity, text);
  const read = readAmount(e.text);
  if (!read) return null;
  const before = tokensBefore(tokens, e.start, 1)[0];
  if (before && NOT_A_COUNT_BEFORE.has(before.text.toLowerCase())) return null;
  // A year ("in 2009") is a date, not a count.
  if (/^(1[5-9]|20)\d\d$/.test(e.text.trim())) return null;

  // The unit: a word glued on with a hyphen inside the entity ("28-point"), else the first noun after it.
  let unitToken: { text: string; end: number } | undefined;
  const glued = /^-([A-Za-z]+)/.exec(e.text.slice(read.length));
  if (glued) unitToken = { text: glued[1]!, end: e.end };
  if (!unitToken) {
    const after = tokensAfter(tokens, e.end, 4);
    for (const [k, t] of after.entries()) {
      if (t.text === '-' && k === 0) continue;
      if (t.pos === 'NOUN' || t.pos === 'PROPN') {
        unitToken = t;
        break;
      }
      if (t.pos === 'PUNCT' && t.text !== '-') break;
      if (!BETWEEN_COUNT_AND_NOUN.has(t.pos)) break;
    }
  }
  if (!unitToken) return null;
  const word = unitToken.text;
  if (THRESHOLD_UNITS.has(word.toLowerCase())) return null;
  // "the 20-metre line", "the 3,500-point level": the count names a mark, not an amount.
  const afterUnit = tokensAfter(tokens, unitToken.end, 1)[0];
  if (afterUnit && THRESHOLD_UNITS.has(afterUnit.text.toLowerCase())) return null;
  const change = role(tokens, e.start);
  const end = Math.max(e.end, unitToken.end);
  const span = { text: text.slice(e.start, end), start: e.start, end };
  const duration = durationUnit(word);
  if (duration) return durationOf(span, change, read.amount, duration);
  const currency = currencyOf(word);
  if (currency) return amountMention(span, 'money', `money:${currency}${change}`, read.amount);
  if (/^(percent|per\s*cent|pct|%)$/i.test(word)) return amountMention(span, 'percent', `percent${change}`, read.amount);
  const unit = termOf(word);
  if (!unit || !/\p{L}/u.test(unit)) return null;
  return { ...amountMention(span, 'number', `number:${unit}${change}`, read.amount), unit: word.toLowerCase() };
}

/** Where a mention is written in its sentence: its words as written and their offsets. */
type Span = Pick<ValueMention, 'text' | 'start' | 'end'>;

/** The mention of an amount written over `span`, of `kind` and measuring `slot` ("6.5 km": number, `number:km`). */
function amountMention(span: Span, kind: DifferenceKind, slot: string, amount: Amount): ValueMention {
  return { kind, slot, text: span.text, start: span.start, end: span.end, amount };
}

/**
 * The mention of a duration of `amount` units (`unit`, one of DURATION_SECONDS's) written over `span`, its amount in
 * seconds and its slot `duration` with the change it tells (`change`, see `role`): "about six hours" → 21,600.
 */
function durationOf(span: Span, change: string, amount: Amount, unit: string): ValueMention {
  return amountMention(span, 'duration', `duration${change}`, scaleAmount(amount, DURATION_SECONDS[unit]!));
}
