/**
 * What a dated sentence reports, as the terms `mergeReports` compares to tell whether two reports tell one event. Two
 * articles tell one event in different words ("the board met" and "a board meeting", "X agreed" and "the agreement
 * X signed"), name its actors differently ("Nils Brisco" and "Brisco", an organisation by its name or by its acronym)
 * and round its figures differently ("46.1 pct", "46 pct"): so each name is one term, the same for all its spellings (a
 * person's canonical name, an organisation without "the" or "Corp", an acronym the story spells out as that name), and
 * each figure one term at two significant digits, both weighed like words by how many sentences give them; a count in
 * words is its digits' term ("three" as "3", "a dozen" as "12", "twenty-five" as "25"), a phrasal verb its noun's
 * ("walked out" as "walkout"), which carries the phrasal verb's related words written either way ("strike"); each content
 * word carries the terms WordNet relates to it (a body and its members, synonyms, derived forms), which count as shared
 * content a little less than the word itself; and the clause that holds the date mention is kept apart, as what the
 * date is the date of. What a report of a day or a week says happened (its heads: verbs and nouns of acts, events and
 * deals) is read on demand with the words WordNet ties to each (related words, converses, the happening it is a kind of
 * or causes), for `sameHappening`.
 */
import { organisationKey } from '../actors/organisations.js';
import { isSpeechVerb } from '../actors/quotes.js';
import { happeningKinds, memberGroupWords, nounClass, nounKinds, relatedWords, verbConverses } from '../lexicon/index.js';
import { isPersonNoun } from '../nlp/cueWords.js';
import { nameInitials } from '../nlp/nameKinds.js';
import { TICKERS } from '../nlp/nameRuns.js';
import type { Entity, Token } from '../nlp/entities.js';
import { tokenLemma } from '../nlp/tokenLemma.js';
import { STOP_WORDS, termOf, termsOf } from '../search/terms.js';
import type { Story, StorySentence } from '../story/story.js';
import { countsInWords, countTerm } from './countTerms.js';
import type { WeightedTerms } from './mergeReports.js';
import { phrasalLemmaAt, phrasalLemmaOfNoun, phrasalNounTerm, phrasalTerms, phrasalVerbs } from './phrasalTerms.js';

/** Sentences longer than this are read only around the date mention for their event's terms. */
const EVENT_WINDOW = 600;
/** Related terms kept per word (its most frequent senses' words come first). */
const RELATED_PER_WORD = 6;
/** Parts of speech whose words tell what happened and are looked up in WordNet (an adjective seldom does). */
const CONTENT_TAGS = new Set(['NOUN', 'VERB']);
/** A written acronym: two to six capitals ("NFA"); what a sentence with one holds. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
/** Names' terms begin with this, so a name never meets a word's term. */
export const NAME_MARK = '@';

/** The names and figures of a story as event terms: what each spelling stands for, how often each figure is given. */
export interface StoryNames {
  /** A written acronym → the key of the one multi-word organisation or place name it spells ("NFA" → "northern fisheries agency"). */
  acronyms: ReadonlyMap<string, string>;
  /** A name's key → the acronyms that spell it. */
  spellings: ReadonlyMap<string, readonly string[]>;
  /** Keys of the organisation and place names already read, by the text as written (a story repeats a few names). */
  keys: Map<string, string>;
  /** A figure's term ({@link figureTerm}) → the number of sentences that give it. */
  figures: ReadonlyMap<string, number>;
  /**
   * A person's name term ↔ the terms of the person nouns of their roles in the people catalogue that no one else's roles
   * hold ("@clara voss" ↔ "mayor"), both ways: one report names the person, another their role ("the town's mayor
   * resigned").
   */
  roles: ReadonlyMap<string, readonly string[]>;
}

/** Figures' terms begin with this. */
export const FIGURE_MARK = '#';
/**
 * The term of a verb that only makes its noun ({@link idiomNoun}: "struck a deal") begins with this, so it meets the same
 * verb making a noun in another report and never the word's other uses ("went on strike"); it weighs as the verb.
 */
export const MAKING_MARK = '+';
/** Entities whose figure two reports of one fact may round differently ("46.1 pct" and "46 pct"). */
const FIGURE_TYPES = new Set<Entity['type']>(['PERCENT', 'MONEY', 'QUANTITY']);

/**
 * A figure as an event term: its kind and its value to two significant digits, so that "46.1 pct" and "46 pct", "$1.11
 * billion" and "$1.1 billion" are one term (articles round the same figure differently); undefined for no figure.
 */
export function figureTerm(e: Entity): string | undefined {
  if (!FIGURE_TYPES.has(e.type)) return undefined;
  const value = e.value ?? Number.parseFloat(/\d[\d,]*(?:\.\d+)?/.exec(e.text)?.[0]?.replaceAll(',', '') ?? '');
  if (!Number.isFinite(value) || value === 0) return undefined;
  return `${FIGURE_MARK}${e.type}:${Number(value.toPrecision(2))}${e.unit ? ` ${e.unit}` : ''}`;
}

/** Entities that name an actor or a place of an event. */
const NAME_TYPES = new Set<Entity['type']>(['PERSON', 'ORG', 'PLACE']);

/**
 * Whether an entity is read as one name term: a person by canonical name, a name of several words, an acronym the story
 * spells out. A one-word organisation or place stays a word like any other: its term is the same for every spelling
 * already, and a capitalised common word the build took for a name ("Stock markets …") keeps its word's weight.
 */
function isNameTerm(e: Entity, acronyms: ReadonlyMap<string, string>): boolean {
  if (!NAME_TYPES.has(e.type)) return false;
  if (e.type === 'PERSON') return e.canonical !== undefined;
  return e.text.includes(' ') || acronymName(e.text, acronyms) !== undefined;
}

/** A name's key before acronyms: a person's canonical name, an organisation or place without "the" and a legal suffix. */
function nameKey(e: Entity, keys: Map<string, string>): string {
  if (e.type === 'PERSON' && e.canonical) return e.canonical.toLowerCase();
  let key = keys.get(e.text);
  if (key === undefined) keys.set(e.text, (key = organisationKey(e.text)));
  return key;
}

/**
 * The story's names ({@link StoryNames}): a pass over its multi-word organisation and place names, once per build. An
 * acronym stands for a name when exactly one of them has those initials, whether or not the text defines it.
 */
export function storyNames(story: Story): StoryNames {
  const reader = new StoryNamesReader();
  for (const s of story.sentences) reader.add(s.entities);
  return reader.names(story.actors);
}

/**
 * {@link storyNames} read a sentence at a time, for a pass over the story's sentences that reads their entities
 * anyway (the timeline's dated reports): each sentence's entities are made from the story's bytes once, not twice.
 */
export class StoryNamesReader {
  readonly #keys = new Map<string, string>();
  readonly #spelt = new Map<string, Set<string>>();
  readonly #initialsRead = new Set<string>();
  readonly #figures = new Map<string, number>();

  /** Reads the next sentence's entities (sentences in story order). */
  add(entities: readonly Entity[]): void {
    let given: Set<string> | undefined;
    for (const e of entities) {
      const figure = figureTerm(e);
      if (figure !== undefined && !given?.has(figure)) {
        (given ??= new Set()).add(figure);
        this.#figures.set(figure, (this.#figures.get(figure) ?? 0) + 1);
      }
      if ((e.type !== 'ORG' && e.type !== 'PLACE') || !e.text.includes(' ') || this.#initialsRead.has(e.text)) continue;
      this.#initialsRead.add(e.text);
      const key = nameKey(e, this.#keys);
      for (const initials of nameInitials(e.text)) {
        const set = this.#spelt.get(initials);
        if (set) set.add(key);
        else this.#spelt.set(initials, new Set([key]));
      }
    }
  }

  /** The story's names, from the sentences read and the people catalogue. */
  names(actors: Story['actors']): StoryNames {
    const acronyms = new Map<string, string>();
    const spellings = new Map<string, string[]>();
    for (const [initials, names] of this.#spelt) {
      if (names.size !== 1) continue;
      const [key] = names;
      acronyms.set(initials, key!);
      spellings.set(key!, [...(spellings.get(key!) ?? []), initials]);
    }
    return { acronyms, spellings, keys: this.#keys, figures: this.#figures, roles: roleTerms(actors) };
  }
}

/**
 * Roles of a person read for {@link StoryNames.roles} (the most often stated first). Not tuned: with it the kit's
 * stories and the bundled one keep the same timeline (round 25); a person's later roles are seldom how an article names
 * them.
 */
const ROLES_READ = 3;

/**
 * Each person's name term ↔ the terms of the person nouns of their first {@link ROLES_READ} roles, for the nouns that
 * one person's roles hold: "minister" said of three people stands for none of them.
 */
/** What splits a role into words (a module constant: tsx writes a literal with \p{…} in a function as a RegExp made at each call). */
const NOT_WORD_CHARS = /[^\p{L}-]+/u;
function roleTerms(actors: Story['actors']): Map<string, readonly string[]> {
  const holders = new Map<string, string[]>();
  for (const a of actors) {
    const name = keyTerm(a.name.toLowerCase());
    for (const role of a.roles.slice(0, ROLES_READ))
      for (const w of role.text.toLowerCase().split(NOT_WORD_CHARS)) {
        const t = w && isPersonNoun(w) ? termOf(w) : null;
        if (t === null) continue;
        const list = holders.get(t);
        if (!list) holders.set(t, [name]);
        else if (!list.includes(name)) list.push(name);
      }
  }
  const out = new Map<string, string[]>();
  for (const [role, names] of holders) {
    if (names.length !== 1) continue;
    out.set(role, names);
    const roles = out.get(names[0]!);
    if (roles) roles.push(role);
    else out.set(names[0]!, [role]);
  }
  return out;
}

/**
 * How many sentences name a name's term, about: as many as hold its rarest word (a sentence that names "Kestrel Mills"
 * holds "Kestrel"), and those that hold an acronym of it; `documentFrequency` counts words' terms.
 */
export function nameFrequency(term: string, names: StoryNames, documentFrequency: ReadonlyMap<string, number>): number {
  const key = term.slice(NAME_MARK.length);
  let rarest = Number.POSITIVE_INFINITY;
  for (const t of termsOf(key)) rarest = Math.min(rarest, documentFrequency.get(t) ?? 1);
  if (!Number.isFinite(rarest)) rarest = 1;
  for (const a of names.spellings.get(key) ?? []) rarest += documentFrequency.get(termOf(a) ?? '') ?? 0;
  return rarest;
}

/** The name a written acronym stands for; a capitalised common word ("IS" in a headline) is none. */
function acronymName(word: string, acronyms: ReadonlyMap<string, string>): string | undefined {
  if (word.length < 2 || word.length > 6) return undefined;
  const name = acronyms.get(word);
  return name !== undefined && ACRONYM.test(word) && !STOP_WORDS.has(word.toLowerCase()) ? name : undefined;
}

function nameTerm(e: Entity, names: StoryNames): string {
  return keyTerm(acronymName(e.text, names.acronyms) ?? nameKey(e, names.keys));
}

/** A name's term: the mark and its key; a name that is one word without "the" or "Corp" is that word's term ("Kestrel Corp" as "Kestrel"). */
function keyTerm(key: string): string {
  return key.includes(' ') ? NAME_MARK + key : (termOf(key) ?? NAME_MARK + key);
}

/** Related terms of a word already looked up (by the word lower-cased), bounded like the other caches of terms. */
const relatedCache = new Map<string, readonly string[]>();
const RELATED_CACHE_SIZE = 50_000;

/**
 * The terms WordNet relates to a word (a body and its members: "board" ↔ "director"; synonyms of its main senses,
 * derived forms: "met" → "meet" → "meeting"), as index terms, without its own term and stop words. The word's base form is wink's lemma for a verb, the singular for
 * a noun.
 */
export function relatedTerms(word: string, lemma: string | undefined): readonly string[] {
  const lower = word.toLowerCase();
  const key = lemma ? `${lower} ${lemma}` : lower;
  let out = relatedCache.get(key);
  if (out) return out;
  const own = termOf(word);
  const found: string[] = [];
  for (const base of baseForms(lower, lemma)) {
    for (const r of [...memberGroupWords(base), ...relatedWords(base)]) {
      if (r.includes(' ') || r.includes('-') || STOP_WORDS.has(r)) continue;
      const t = termOf(r);
      if (t && t !== own && !found.includes(t)) found.push(t);
      if (found.length >= RELATED_PER_WORD) break;
    }
    if (found.length > 0) break;
  }
  // A noun of a phrasal verb carries the phrasal verb's related words too, as the phrasal verb written out does
  // (`readNear`): "the walkout" → "strike", which WordNet relates to "walk_out" only.
  const phrasal = lower.includes('_') ? undefined : phrasalLemmaOf(baseForms(lower, lemma));
  for (const r of phrasal === undefined ? [] : relatedWords(phrasal)) {
    if (found.length >= RELATED_PER_WORD) break;
    if (r.includes(' ') || r.includes('-') || STOP_WORDS.has(r)) continue;
    const t = termOf(r);
    if (t && t !== own && !found.includes(t)) found.push(t);
  }
  if (relatedCache.size >= RELATED_CACHE_SIZE) relatedCache.clear();
  relatedCache.set(key, (out = found));
  return out;
}

/** The phrasal verb the first of a word's base forms that is a phrasal verb's noun is derived from ("layoffs" → "lay_off"). */
function phrasalLemmaOf(bases: readonly string[]): string | undefined {
  for (const base of bases) {
    const lemma = phrasalLemmaOfNoun(base);
    if (lemma !== undefined) return lemma;
  }
  return undefined;
}

/** A word's base forms to look up: the lemma given, the word, and a plural's singular ("directors" → "director"). */
function baseForms(lower: string, lemma: string | undefined): string[] {
  const out = lemma ? [lemma, lower] : [lower];
  if (lower.endsWith('ies')) out.push(`${lower.slice(0, -3)}y`);
  else if (lower.endsWith('s') && !lower.endsWith('ss')) out.push(lower.slice(0, -1));
  return out;
}

/** Punctuation that closes a clause or an aside ("…, to be weighed by its trustees tonight, …"). */
const CLAUSE_BREAK = /^[,;:()\u2013\u2014"“”]$/u;

/** Whether a token closes a clause: punctuation, or a hyphen standing alone as a dash ("X - the man he beat - …"). */
function breaksClause(t: Token, text: string): boolean {
  return CLAUSE_BREAK.test(t.text) || (t.text === '-' && text[t.start - 1] === ' ' && text[t.end] === ' ');
}

/** A date mention's clause as character offsets ({@link dateClause}), null when it has none of its own. */
export type DateClause = readonly [number, number] | null;

/**
 * The clause that holds the date mention, as character offsets: the words between the punctuation marks on either side
 * of it; a sentence's opening phrase is widened to the next one while it holds no verb ("Early last week, Kestrel
 * agreed …" reads on past the comma); null when that is the whole sentence or the mention is not written in it.
 */
export function dateClause(s: StorySentence, dateText: string): DateClause {
  const at = dateText ? s.text.indexOf(dateText) : -1;
  if (at < 0) return null;
  const tokens = s.tokens;
  let first = tokens.findIndex((t) => t.end > at);
  if (first < 0) return null;
  let last = first;
  while (first > 0 && !breaksClause(tokens[first - 1]!, s.text)) first -= 1;
  for (let widened = 0; ; ) {
    while (last + 1 < tokens.length && !breaksClause(tokens[last + 1]!, s.text)) last += 1;
    // Only a sentence's opening phrase reads on ("Early last week, …"); a verbless aside inside it is an apposition.
    if (first > 0 || hasVerbIn(tokens, first, last) || last + 2 >= tokens.length || widened++ >= 2) break;
    last += 2;
  }
  if (first === 0 && last >= tokens.length - 2) return null;
  return [tokens[first]!.start, tokens[last]!.end];
}

/** Whether tokens `first … last` hold a verb (a function: tsx names each closure bound to a name as it is made). */
function hasVerbIn(tokens: readonly Token[], first: number, last: number): boolean {
  return tokens.slice(first, last + 1).some((t) => t.pos === 'VERB');
}

/** What the terms of a span are read from: a sentence, or a headline read as plain words (no tokens, no entities). */
type TermSource = Pick<StorySentence, 'text' | 'tokens' | 'entities'>;

/**
 * An article's headline as the event its first sentence may name by a definite noun ("The vote came on Monday" under
 * "Council votes to rebuild the old bridge"): its words, and the names its article gives that it writes
 * (`headlineEntities`), each one name term as in a sentence.
 */
export interface Headline {
  headline: string;
  entities: Entity[];
  /** The headline's terms, read once for the article's reports. */
  terms?: ReadonlySet<string>;
  /**
   * For a later sentence of the article's lede (`LEDE_SENTENCES` in timeline.ts): the sentence before it, when it does
   * not report on the same date (tried first, as for any sentence), and the terms of the article's sentences before it. A
   * noun those sentences hold names what they told ("the strike" after a sentence of a strike), not the headline's event.
   */
  sentenceBefore?: StorySentence | undefined;
  earlier?: readonly StorySentence[];
}

/** A headline as a {@link TermSource}: its words and names (it has no tokens: no phrasal verbs or acronyms are read). */
function headlineSource(h: Headline): TermSource {
  return { text: h.headline, tokens: [], entities: h.entities };
}

/** The terms of a span of a sentence and the names among them (see {@link eventTerms}). */
function termsIn(s: TermSource, from: number, to: number, dateTerms: ReadonlySet<string>, names: StoryNames) {
  const terms = new Set<string>();
  const actors = new Set<string>();
  const words = new Map<string, readonly string[]>();
  const parts: string[] = [];
  let cursor = from;
  for (const e of s.entities) {
    if (e.start < cursor || e.end > to) continue;
    const figure = figureTerm(e);
    if (figure !== undefined) terms.add(figure);
    if (!NAME_TYPES.has(e.type)) continue;
    if (!isNameTerm(e, names.acronyms)) {
      actors.add(termOf(e.text) ?? '');
      continue;
    }
    const term = nameTerm(e, names);
    actors.add(term);
    if (term.startsWith(NAME_MARK) && !words.has(term)) words.set(term, termsOf(term.slice(NAME_MARK.length)));
    parts.push(s.text.slice(cursor, e.start));
    terms.add(term);
    cursor = e.end;
  }
  parts.push(s.text.slice(cursor, to));
  const text = parts.join(' ');
  for (const t of termsOf(text.includes('<') || text.includes('(') ? text.replace(TICKERS, ' ') : text))
    if (!dateTerms.has(t)) terms.add(countTerm(t));
  // A count written in several words is its digits' term ("a dozen" as "12", "twenty-five" as "25").
  for (const c of countsInWords(s.tokens, from, to)) {
    for (const w of c.words) terms.delete(w);
    terms.add(c.term);
  }
  // A phrasal verb is one term, its noun's ("walked out" as "walkout").
  for (const p of phrasalTerms(s.tokens, from, to)) {
    terms.delete(termOf(p.verb.text) ?? '');
    terms.add(p.term);
  }
  // A verb that only makes its noun is a term apart ("struck a deal" tells a deal, not a strike).
  for (const i of makingVerbs(s.tokens, from, to)) {
    const own = termOf(s.tokens[i]!.text);
    if (own !== null && terms.delete(own)) terms.add(MAKING_MARK + own);
  }
  for (const t of names.acronyms.size > 0 && TWO_CAPITALS.test(s.text) ? s.tokens : []) {
    if (t.start < from || t.end > to) continue;
    const acronym = acronymName(t.text, names.acronyms);
    if (acronym === undefined) continue;
    const term = keyTerm(acronym);
    terms.delete(termOf(t.text) ?? '');
    terms.add(term);
    actors.add(term);
  }
  actors.delete('');
  return { terms, actors, parts: words };
}

/**
 * Content terms of a sentence without the date mention's own words: each name as one term ({@link StoryNames}), ticker
 * symbols dropped (they repeat the name beside them), each content word with its related terms; in a very long
 * sentence only the {@link EVENT_WINDOW} characters around the mention count. The terms of the mention's own clause
 * ({@link dateClause}) are kept apart too: what the date is the date of.
 *
 * @param weight a term's weight (rarer terms weigh more)
 * @param precise whether the date is a day or a week: only then are related terms read (two events of one year share a
 *   year's worth of words; and a large story has many of them)
 * @param participants the canonical names of the people who take part in what the report dates (see
 *   {@link WeightedTerms.participants})
 * @param before the sentence before, in the same article, when it does not report on this date itself: when the date's
 *   clause names its event by a demonstrative that sentence tells of ("that meeting"), its terms count too; for a
 *   sentence of an article's lede, its headline ({@link Headline}), whose terms count when the clause names the event by
 *   "the", "that" or "this" and a noun the headline tells of and no sentence before holds ("The vote came on Monday")
 * @param rare whether at most one other sentence of the story holds a term (see {@link WeightedTerms.rare})
 * @param clause the date mention's clause ({@link dateClause}), when the caller read it already: read once a report
 */
export function eventTerms(
  s: StorySentence,
  dateText: string,
  names: StoryNames,
  weight: (term: string) => number,
  precise: boolean,
  participants: readonly string[] = [],
  before?: StorySentence | Headline,
  rare?: (term: string) => boolean,
  clause: DateClause = dateClause(s, dateText),
): WeightedTerms {
  let from = 0;
  let to = s.text.length;
  if (to > EVENT_WINDOW) {
    const at = Math.max(0, s.text.indexOf(dateText));
    from = Math.max(0, at - EVENT_WINDOW / 2);
    to = Math.min(s.text.length, at + EVENT_WINDOW / 2);
  }
  const dateTerms = new Set(termsOf(dateText));
  const { terms, actors, parts } = termsIn(s, from, to, dateTerms, names);
  const antecedent = before && antecedentOf(s, clause, before);
  if (antecedent) {
    // "That meeting will take place this week": the meeting is the one the sentence before (or the headline) tells of.
    const dates = new Set(antecedent.entities.filter((e) => DATE_TYPES.has(e.type)).flatMap((e) => termsOf(e.text)));
    const told = termsIn(antecedent, 0, Math.min(antecedent.text.length, EVENT_WINDOW), dates, names);
    for (const t of told.terms) terms.add(t);
    for (const t of told.actors) actors.add(t);
    for (const [t, words] of told.parts) if (!parts.has(t)) parts.set(t, words);
  }
  const taking = participants.length > 0 ? new Set(participants.map((name) => keyTerm(name.toLowerCase()))) : NO_TERMS;
  return new EventTerms(terms, sum(terms, weight), actors.size > 0 ? actors : NO_TERMS, taking, parts.size > 0 ? parts : NO_PARTS, {
    s,
    dateText,
    names,
    weight,
    precise,
    from,
    to,
    dateTerms,
    rare,
    clause,
  });
}

/** The shared empty set and map of a report without actors, participants or names of several words (never written to). */
const NO_TERMS: ReadonlySet<string> = new Set();
const NO_PARTS: ReadonlyMap<string, readonly string[]> = new Map();

/** What a report's date clause and related terms are read from, when first asked for (see {@link EventTerms}). */
interface ReportSource {
  s: StorySentence;
  dateText: string;
  names: StoryNames;
  weight: (term: string) => number;
  precise: boolean;
  /** The window of the sentence read ({@link EVENT_WINDOW}). */
  from: number;
  to: number;
  dateTerms: ReadonlySet<string>;
  rare: ((term: string) => boolean) | undefined;
  /** The date mention's clause ({@link dateClause}). */
  clause: DateClause;
}

/** The terms of a report's date clause ({@link dateClause}), when it has one and it is not the whole report. */
function readClause(src: ReportSource, terms: ReadonlySet<string>): Omit<WeightedTerms, 'near'> | undefined {
  const { s, from, to } = src;
  const span = src.clause;
  if (!span || span[0] < from || span[1] > to) return undefined;
  const clause = termsIn(s, span[0], span[1], src.dateTerms, src.names);
  return clause.terms.size > 0 && clause.terms.size < terms.size
    ? { terms: clause.terms, total: sum(clause.terms, src.weight), parts: clause.parts }
    : undefined;
}

/** The related terms of a report's content words that are among its terms (none unless its date is precise). */
function readNear(src: ReportSource, terms: ReadonlySet<string>): ReadonlyMap<string, readonly string[]> {
  const near = new Map<string, readonly string[]>();
  if (!src.precise) return near;
  const tokens = src.s.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.start < src.from || t.end > src.to || !CONTENT_TAGS.has(t.pos)) continue;
    const noun = t.pos === 'VERB' ? idiomNoun(tokens, i) : undefined;
    const word = termOf(t.text);
    const own = word !== null && noun !== undefined ? MAKING_MARK + word : word;
    if (own === null || !terms.has(own) || near.has(own)) continue;
    const related =
      noun !== undefined
        ? nounAsRelated(noun, own)
        : t.pos === 'NOUN'
          ? withEventKinds(relatedTerms(t.text, t.lemma), t.text, own)
          : relatedTerms(t.text, t.lemma);
    if (related.length > 0) near.set(own, related);
  }
  // A person's name carries the nouns of their roles ("the mayor"), and a role noun its one holder's name; not in a
  // report that writes both ("Mayor Clara Voss"), whose person would count twice.
  for (const t of src.names.roles.size > 0 ? terms : NO_TERMS) {
    const tied = src.names.roles.get(t);
    if (tied !== undefined && !tied.some((r) => terms.has(r))) near.set(t, [...(near.get(t) ?? []), ...tied]);
  }
  // A phrasal verb's noun carries the phrasal verb's related words ("walk out" → "strike"); a phrasal verb without a
  // noun gives its verb's term the phrasal verb's ("stepped down" → "resign", "quit"), what the verb means here.
  for (const { verb, lemma } of phrasalVerbs(src.s.tokens, src.from, src.to)) {
    const noun = phrasalNounTerm(lemma);
    const own = noun ?? termOf(verb.text);
    if (own === null || !terms.has(own)) continue;
    const related = relatedTerms(lemma, undefined).filter((r) => r !== own);
    if (related.length > 0) near.set(own, related);
  }
  return near;
}

/** Noun classes whose nouns name what an act or event is a kind of, or its terms ("an agreement", "a strike"). */
const KIND_OWNER_CLASSES = new Set(['act', 'event', 'communication']);
/** Event kinds kept per noun, after its related terms (a broad noun has dozens). */
const EVENT_KINDS_PER_WORD = 8;
/** Event kinds of a noun already looked up, by the word lower-cased (bounded like the related terms' cache). */
const eventKindsCache = new Map<string, readonly string[]>();

/**
 * A noun's related terms with the terms of the acts and events WordNet lists as its kinds (`nounKinds`: "agreement" →
 * "deal", "strike" → "walkout"), when the noun itself names an act, an event or what is agreed or said: two reports of
 * one event may name it by its kind and by the kind's own word ("reached a deal" and "the agreement struck"). A noun of
 * a thing or a body ("company") links no acts.
 */
function withEventKinds(related: readonly string[], noun: string, own: string): readonly string[] {
  const lower = noun.toLowerCase();
  let kinds = eventKindsCache.get(lower);
  if (!kinds) {
    const found: string[] = [];
    if (KIND_OWNER_CLASSES.has(nounClass(lower) ?? '')) {
      for (const k of nounKinds(lower)) {
        if (found.length >= EVENT_KINDS_PER_WORD) break;
        if (!HAPPENING_CLASSES.has(nounClass(k) ?? '')) continue;
        const t = termOf(k);
        if (t && t !== own && !found.includes(t)) found.push(t);
      }
    }
    if (eventKindsCache.size >= RELATED_CACHE_SIZE) eventKindsCache.clear();
    eventKindsCache.set(lower, (kinds = found));
  }
  if (kinds.length === 0) return related;
  const extra = kinds.filter((k) => !related.includes(k));
  return extra.length === 0 ? related : [...related, ...extra];
}

/**
 * Verbs that, with a noun of an agreement or an act, say only that it was made: "reached a deal", "the agreement struck",
 * "sealed the accord" tell the deal, not a reach or a blow.
 */
const MAKING_VERBS = new Set(['reach', 'strike', 'sign', 'seal', 'clinch', 'conclude', 'broker']);
/** Noun classes of what {@link MAKING_VERBS} make ("a deal", "an agreement", "a truce"). */
const MADE_CLASSES = new Set(['act', 'communication']);
/** Words that may stand between a verb and its object noun ("reached a new deal"). */
const OBJECT_GAP = new Set(['DET', 'ADJ', 'NUM']);
/** A relative pronoun of a thing between a noun and the verb that makes it ("the deal that was struck"): no person's "who". */
const THING_RELATIVE = /^(?:that|which)$/iu;

/**
 * The noun a verb of {@link MAKING_VERBS} makes in the sentence (its object after a few determiners and adjectives, or
 * the noun just before it, "the deal struck", "the deal that was struck"), when it names an agreement or an act; undefined
 * for any other verb.
 */
function idiomNoun(tokens: readonly Token[], at: number): Token | undefined {
  const verb = tokens[at]!;
  if (!MAKING_VERBS.has(tokenLemma(verb))) return undefined;
  let after: Token | undefined;
  for (let j = at + 1; j < tokens.length && j <= at + 3; j += 1) {
    if (tokens[j]!.pos === 'NOUN') after = tokens[j];
    if (!OBJECT_GAP.has(tokens[j]!.pos)) break;
  }
  let back = at - 1;
  while (back > at - 3 && (tokens[back]?.pos === 'AUX' || THING_RELATIVE.test(tokens[back]?.text ?? ''))) back -= 1;
  for (const noun of [after, tokens[back]]) {
    if (noun?.pos === 'NOUN' && MADE_CLASSES.has(nounClass(noun.text.toLowerCase()) ?? '')) return noun;
  }
  return undefined;
}

/** The indices of the tokens in [from, to) that are verbs making a noun ({@link idiomNoun}). */
function makingVerbs(tokens: readonly Token[], from: number, to: number): number[] {
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' && t.start >= from && t.end <= to && idiomNoun(tokens, i) !== undefined) found.push(i);
  }
  return found;
}

/** A noun's term with its related terms and its kinds of act ({@link withEventKinds}), as a verb that makes it reads. */
function nounAsRelated(noun: Token, verbTerm: string): readonly string[] {
  const own = termOf(noun.text);
  if (own === null) return NO_WORDS;
  const related = withEventKinds(relatedTerms(noun.text, noun.lemma), noun.text, own);
  return [own, ...related].filter((r) => r !== verbTerm);
}

const NO_WORDS: readonly string[] = [];

/**
 * Verbs that carry no happening of their own: they take its noun ("made an offer", "held talks", "took a stake") or
 * tell only that something is.
 */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'make', 'take', 'get', 'give', 'go', 'come', 'hold', 'keep', 'put', 'set']);
/** Noun classes whose nouns name a happening ("the takeover", "a strike", "the fire"). */
const HAPPENING_CLASSES = new Set(['act', 'event']);

/** Happening nouns already told apart ({@link namesHappening}), by the word lower-cased (bounded like the related terms' cache). */
const happeningNounCache = new Map<string, boolean>();

/**
 * Whether a noun names what happened: a noun of an act or an event ("the takeover", "a strike"), or of what is offered,
 * agreed or bid — WordNet files "offer", "bid", "agreement", "contract" and "proposal" with communications, and two
 * accounts of one deal name it so ("Halvorsen's offer for Tamber", "the bid Tamber's board accepted"). Not a
 * communication WordNet relates to a verb of saying ("statement" → "state", "announcement" → "announce", "comment" →
 * "remark"): that tells something was said, as a verb of saying does, not what.
 */
function namesHappening(lower: string, lemma: string): boolean {
  const cls = nounClass(lower);
  if (cls === undefined || HAPPENING_CLASSES.has(cls)) return cls !== undefined;
  if (cls !== 'communication') return false;
  let named = happeningNounCache.get(lower);
  if (named === undefined) {
    named = !relatedWords(lemma).some(isSaying) && !relatedWords(lower).some(isSaying);
    if (happeningNounCache.size >= RELATED_CACHE_SIZE) happeningNounCache.clear();
    happeningNounCache.set(lower, named);
  }
  return named;
}

/** Whether a verb's base form is a verb of saying, read through its past forms as the speech lists hold them ("state" → "stated"). */
function isSaying(verb: string): boolean {
  return isSpeechVerb(verb) || isSpeechVerb(`${verb}ed`) || isSpeechVerb(`${verb}d`);
}

/**
 * What a report says happened ({@link WeightedTerms.heads}), when its date is a day or a week (a year holds many
 * happenings of the same people: "X named Y its treasurer in 2029" and "X and Y founded the club in 2029"): the verbs of
 * its date clause (the sentence's window when it has none), not verbs of saying or {@link LIGHT_VERBS} (but a light verb
 * with its particle, {@link phrasalHead}), and its nouns of happenings ({@link namesHappening}), each as its term with the terms of its related words ({@link relatedTerms}), of its verb's converses
 * ("sell" for "buy": one happening told from its other side) and of the happenings it is a kind of or causes
 * (`happeningKinds`: "acquire" for "buy", "die" for "kill"). A 30k SQuAD story, whose dates are years, keeps its
 * timeline with the guard; without it, two facts of one year and the same two people were joined.
 */
function eventHeads(src: Pick<ReportSource, 's' | 'clause' | 'from' | 'to' | 'precise'>): Map<string, ReadonlySet<string>> {
  const heads = new Map<string, ReadonlySet<string>>();
  if (!src.precise) return heads;
  const [from, to] = src.clause ?? [src.from, src.to];
  const tokens = src.s.tokens;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (t.start < from || t.end > to) continue;
    const lower = t.text.toLowerCase();
    const lemma = tokenLemma(t);
    if (t.pos === 'VERB') {
      if (LIGHT_VERBS.has(lemma)) {
        // "took over", "set up": the light verb and its particle are one verb of their own.
        phrasalHead(heads, tokens, i);
        continue;
      }
      if (isSpeechVerb(lower) || isSpeechVerb(lemma)) continue;
      // "struck a deal", "the accord sealed": the verb only makes its noun, which is what happened.
      const made = idiomNoun(tokens, i);
      if (made !== undefined) {
        madeHead(heads, made);
        continue;
      }
    } else if (t.pos !== 'NOUN' || !namesHappening(lower, lemma)) continue;
    const own = termOf(t.text);
    if (own === null || heads.has(own)) continue;
    const links = new Set(relatedTerms(t.text, t.lemma));
    for (const w of t.pos === 'VERB' ? [...verbConverses(lemma), ...happeningKinds(lemma)] : happeningKinds(lower)) {
      const term = LIGHT_VERBS.has(w) ? null : termOf(w);
      if (term !== null && term !== own) links.add(term);
    }
    heads.set(own, links);
  }
  return heads;
}

/**
 * The head of a light verb and the particle after it that WordNet knows as a phrasal verb ("took over" → "take_over";
 * {@link LIGHT_VERBS} carry no happening alone): the term of the noun WordNet derives from it ("takeover"), else the
 * lemma, with the phrasal verb's related terms ("assume", "seize"), so that "Halvorsen took over Tamber" meets "the
 * takeover of Tamber". Nothing for a light verb without a particle, or a phrasal verb WordNet does not know.
 */
function phrasalHead(heads: Map<string, ReadonlySet<string>>, tokens: readonly Token[], at: number): void {
  const lemma = phrasalLemmaAt(tokens, at);
  if (lemma === undefined) return;
  const related = relatedTerms(lemma, undefined);
  if (related.length === 0) return;
  const own = phrasalNounTerm(lemma) ?? lemma;
  if (!heads.has(own)) heads.set(own, new Set(related.filter((r) => r !== own)));
}

/**
 * The head of a noun a making verb makes ({@link idiomNoun}: "struck a deal" is a deal, not a blow): the noun's term
 * with its related terms, its kinds of act and the happenings it is a kind of.
 */
function madeHead(heads: Map<string, ReadonlySet<string>>, noun: Token): void {
  const own = termOf(noun.text);
  if (own === null || heads.has(own)) return;
  const links = new Set(nounAsRelated(noun, own));
  for (const w of happeningKinds(noun.text.toLowerCase())) {
    const term = termOf(w);
    if (term !== null && term !== own) links.add(term);
  }
  heads.set(own, links);
}

/**
 * What a report's clause points back to ({@link pointsBack}): the sentence before, by a demonstrative or a possessive
 * pronoun; else the headline, by "the", "that" or "this" and a noun it tells of that no sentence before in the article
 * holds.
 */
function antecedentOf(s: StorySentence, clause: DateClause, before: StorySentence | Headline): TermSource | undefined {
  if (!('headline' in before)) return pointsBack(s, clause, before, POINTER) ? before : undefined;
  if (before.sentenceBefore && pointsBack(s, clause, before.sentenceBefore, POINTER)) return before.sentenceBefore;
  const headline = headlineSource(before);
  return pointsBack(s, clause, headline, DEFINITE, before.earlier, before.terms) ? headline : undefined;
}

const DATE_TYPES = new Set<Entity['type']>(['DATE', 'TIME', 'DURATION']);
/**
 * A demonstrative or a possessive pronoun before a noun ("that meeting", "this deal", "their walkout"): the noun is
 * one the sentence before told of, and the possessive's owner is who that sentence names.
 */
const POINTER = /^(?:that|this|its|their|his|her)$/iu;
/** A possessive pronoun, which the tagger reads as a pronoun rather than a determiner. */
const POSSESSIVE = /^(?:its|their|his|her)$/iu;
/**
 * A demonstrative or "the" before a noun: an article's first sentence names the event of its headline so ("The vote
 * came on Monday"); a later sentence's "the meeting" may be any meeting the article told of, so only a demonstrative
 * points back there.
 */
const DEFINITE = /^(?:the|that|this)$/iu;

/**
 * Whether the clause of a date mention ({@link dateClause}; the sentence when it has none) names its event by a
 * determiner (`determiner`: a demonstrative or a possessive pronoun, {@link POINTER}, or {@link DEFINITE} under a
 * headline) and a noun the sentence before (or the headline) tells of, itself or by a related word ("that meeting"
 * after "… to meet with the governor", "their walkout" after "… voted to strike"): then that sentence's terms are the
 * event's too.
 */
function pointsBack(
  s: StorySentence,
  clause: DateClause,
  before: TermSource,
  determiner: RegExp,
  earlier: readonly StorySentence[] = NO_SENTENCES,
  beforeTerms?: ReadonlySet<string>,
): boolean {
  const [from, to] = clause ?? [0, s.text.length];
  const tokens = s.tokens;
  let told = beforeTerms;
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const t = tokens[i]!;
    const noun = tokens[i + 1]!;
    if (t.start < from || noun.end > to || noun.pos !== 'NOUN' || !determiner.test(t.text)) continue;
    if (t.pos !== 'DET' && !(t.pos === 'PRON' && POSSESSIVE.test(t.text))) continue;
    const own = termOf(noun.text);
    if (own === null) continue;
    told ??= new Set(termsOf(before.text));
    if (!told.has(own) && !relatedTerms(noun.text, noun.lemma).some((r) => told!.has(r))) continue;
    if (!earlier.some((e) => termsOf(e.text).includes(own))) return true;
  }
  return false;
}

const NO_SENTENCES: readonly StorySentence[] = [];

function sum(terms: ReadonlySet<string>, weight: (term: string) => number): number {
  let total = 0;
  for (const t of terms) total += weight(t);
  return total;
}

/**
 * A report's terms, its related terms and its date clause read on first use: most reports are alone on their date and
 * are never compared, and the timeline of a large story must not pay for WordNet look-ups it does not make.
 */
class EventTerms implements WeightedTerms {
  #near: ReadonlyMap<string, readonly string[]> | undefined;
  #clause: WeightedTerms | null | undefined;
  #rare: ReadonlySet<string> | undefined;
  #heads: ReadonlyMap<string, ReadonlySet<string>> | undefined;

  constructor(
    readonly terms: ReadonlySet<string>,
    readonly total: number,
    readonly actors: ReadonlySet<string>,
    readonly participants: ReadonlySet<string>,
    readonly parts: ReadonlyMap<string, readonly string[]>,
    /** Where the clause and the related terms are read from (fields, not two closures a report: a large story has 200,000 reports). */
    private readonly source: ReportSource,
  ) {}

  get near(): ReadonlyMap<string, readonly string[]> {
    this.#near ??= readNear(this.source, this.terms);
    return this.#near;
  }

  get clause(): WeightedTerms | undefined {
    if (this.#clause === undefined) {
      const clause = readClause(this.source, this.terms);
      // The clause's words are the sentence's, with the same related terms.
      this.#clause = clause ? { ...clause, near: this.near } : null;
    }
    return this.#clause ?? undefined;
  }

  get heads(): ReadonlyMap<string, ReadonlySet<string>> {
    this.#heads ??= eventHeads(this.source);
    return this.#heads;
  }

  get rare(): ReadonlySet<string> {
    if (this.#rare === undefined) {
      const rare = this.source.rare;
      let found: Set<string> | undefined;
      if (rare) for (const t of this.terms) if (rare(t)) (found ??= new Set()).add(t);
      this.#rare = found ?? NO_TERMS;
    }
    return this.#rare;
  }
}
