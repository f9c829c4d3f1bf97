/**
 * The organisations of a story — companies, ministries, courts, clubs, parties, agencies, exchanges, unions — as a
 * catalogue of their own: each with every spelling the articles use for it, where and how often it is named.
 *
 * Which names are organisations is not decided again here: the build already typed every proper-noun run over the
 * whole corpus (`resolveNames`: wink's tags corrected by corpus-wide evidence, organisation head words, company
 * suffixes, tickers, classifying nouns), and the story's sentences carry those ORG entities. This module gathers them,
 * adds the acronyms the text defines ("the Northern Fisheries Agency (NFA)") and their later uses, and merges the
 * spellings of one organisation: with or without a legal suffix or a leading "the", an acronym and its full name, the
 * first words of a company's name.
 */
import { nounClass, relatedWords } from '../lexicon/index.js';
import { isPersonNoun } from '../nlp/cueWords.js';
export { nameInitials } from '../nlp/nameKinds.js';
import { COMPANY_HEADS, INDEX_HEADS, INSTITUTION_HEADS, LEGAL_SUFFIXES, ORG_HEADS } from '../nlp/headWords.js';
import { headOfName, initialsOf, NAME_CONNECTORS, nameInitials } from '../nlp/nameKinds.js';
import { STOP_WORDS } from '../search/terms.js';
import type { Story, StorySentence } from '../story/story.js';
import { foldText } from '../text/fold.js';
import { placeKind } from '../text/places.js';
import { isCapitalised } from '../text/words.js';
import type { SentenceRef } from './actor.js';

/** A sentence that names an organisation; `id` is the sentence's position in `Story.sentences`. */
export interface OrganisationCitation extends SentenceRef {
  id: number;
}

/** An organisation of the story as a catalogue entry. */
export interface Organisation {
  /** The fullest spelling the articles use ("Kestrel Corp" rather than "Kestrel"; the full name rather than its acronym). */
  name: string;
  /** Other spellings that name it ("Kestrel", "KC"). */
  aliases: string[];
  /** How many times it is named in all. */
  mentions: number;
  /** Ids of the articles that name it, in story order. */
  articles: string[];
  mentionsByArticle: Record<string, number>;
  /** The sentences that name it, in story order, each once. */
  citations: OrganisationCitation[];
}

/** An acronym in parentheses right after a name: "(NFA)", "(S&P)". */
const DEFINED_ACRONYM = /\(([\p{Lu}][\p{Lu}\p{N}&]{1,7})\)/gu;
/** A written acronym: capitals (and digits or "&") only, 2 to 8 characters. */
const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&]{1,7}$/u;
/** A written acronym inside a sentence ("NFA", "S&P"), and what a sentence holds when it has one. */
const WRITTEN_ACRONYM = /(?<![\p{L}\p{N}&])\p{Lu}[\p{Lu}\p{N}&]{1,7}(?![\p{L}\p{N}&])/gu;
const ACRONYM_PREFILTER = /\p{Lu}[\p{Lu}\p{N}&]/u;
/** Two to six capitals and nothing else (a module constant: tsx writes a literal with \p{…} in a function as a RegExp made at each call). */
const CAPITALS_ONLY = /^\p{Lu}{2,6}$/u;
/** What is no capital letter. */
const NOT_CAPITAL = /[^\p{Lu}]/gu;
/** A written word of a name before its acronym. */
const NAME_WORD = /[\p{L}\p{N}&][\p{L}\p{N}'’&.-]*/gu;
/** More written acronyms than this in one sentence: it is set in capitals, and none is read. */
const MAX_ACRONYMS_PER_SENTENCE = 4;

const knownAcronyms = new Map<string, boolean>();
/** An acronym of capitals only whose most frequent WordNet sense is an organisation ("FBI", "UNESCO"; not "UTC", "US"). */
function knownOrganisation(acronym: string): boolean {
  if (!CAPITALS_ONLY.test(acronym)) return false;
  let known = knownAcronyms.get(acronym);
  if (known === undefined) {
    known = nounClass(acronym.toLowerCase()) === 'organization' && placeKind(acronym) === undefined;
    knownAcronyms.set(acronym, known);
  }
  return known;
}

/** A name reaches back at most this many words before its acronym. */
const MAX_NAME_WORDS = 10;

/** An acronym the text defines: the name before it, as written, and where that name stands in the sentence. */
export interface AcronymDefinition {
  acronym: string;
  name: string;
  start: number;
  end: number;
}

/** The letters of an acronym that stand for words: "S&P" → "SP". */
function acronymLetters(acronym: string): string {
  return acronym.replace(NOT_CAPITAL, '');
}

/**
 * The names a sentence defines an acronym for: "the Northern Fisheries Agency (NFA)" → NFA = "Northern Fisheries
 * Agency". The name is the run of words just before the parenthesis whose capital initials spell the acronym, lower-case
 * connectors ("of", "the", "for") skipped; any kind of name (whether it is an organisation is decided by the caller).
 */
export function acronymDefinitions(text: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const m of text.matchAll(DEFINED_ACRONYM)) {
    const acronym = m[1]!;
    const letters = acronymLetters(acronym);
    if (letters.length < 2) continue;
    const before = text.slice(0, m.index);
    const words = [...before.matchAll(NAME_WORD)];
    const last = words[words.length - 1];
    // The name must stand right before the parenthesis ("Agency (NFA)"), not across a comma or a quotation.
    if (!last || before.slice(last.index + last[0].length).trim() !== '') continue;
    let initials = '';
    for (let k = words.length - 1; k >= 0 && k >= words.length - MAX_NAME_WORDS; k -= 1) {
      const w = words[k]!;
      const between = text.slice(w.index + w[0].length, words[k + 1]?.index ?? w.index + w[0].length);
      if (/[,;:()"“”]/.test(between)) break;
      const whole = initialsOf(w[0]) + initials;
      const first = isCapitalised(w[0]) ? w[0][0]! + initials : initials;
      if (!isCapitalised(w[0])) {
        if (NAME_CONNECTORS.has(w[0].toLowerCase())) continue;
        break;
      }
      initials = letters.endsWith(whole) ? whole : letters.endsWith(first) ? first : '';
      if (!initials) break;
      if (initials === letters) {
        found.push({ acronym, name: text.slice(w.index, last.index + last[0].length), start: w.index, end: last.index + last[0].length });
        break;
      }
    }
  }
  return found;
}

/** A spelling reduced for comparison: folded, without a leading "the" or trailing legal suffixes ("The Kestrel Corp." → "kestrel"). */
export function organisationKey(spelling: string): string {
  const words = foldText(spelling).split(' ').filter(Boolean);
  if (words[0] === 'the' && words.length > 1) words.shift();
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** Whether the head word of a name says it is an organisation ("… Agency", "… Ministry", a WordNet organisation noun). */
function hasOrganisationHead(name: string): boolean {
  const words = foldText(name).split(' ');
  const head = words[words.length - 1] ?? '';
  if (ORG_HEADS.has(head) || headOfName(words)) return true;
  return words.length > 1 && nounClass(head) === 'organization';
}

/**
 * Whether two organisation names joined by "for" are one name: an institution ("Council", "Commission") and what it is
 * for ("National Council for Rural Groups"); not a company ("a bid by Kestrel Corp for Harbour Mills Ltd").
 */
function joinedByFor(left: string, between: string, right: string): boolean {
  if (between !== ' for ') return false;
  const head = (name: string) => foldText(name).split(' ').at(-1) ?? '';
  return INSTITUTION_HEADS.has(head(left)) && !COMPANY_HEADS.has(head(right));
}

/** Tallies of one spelling key. */
interface Tally {
  forms: Map<string, number>;
  /** Sentence ids of its mentions, one entry per mention, in story order. */
  mentions: number[];
}

/**
 * Builds the organisations catalogue of a story from the ORG entities its build typed, plus the acronyms the text
 * defines for an organisation's name. Never lists a person's spelling or a country: a name the build typed PERSON or
 * PLACE is not an ORG entity, and an acronym's use is not counted where a person or place entity covers it.
 *
 * @returns organisations, most mentioned first (ties by name)
 */
export function buildOrganisations(story: Story): Organisation[] {
  const steps = organisationSteps(story);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/** Sentences read between two yields of {@link organisationSteps}. */
const SENTENCES_PER_STEP = 5_000;

/** {@link buildOrganisations} a step at a time: it yields after every {@link SENTENCES_PER_STEP} sentences it reads. */
function* organisationSteps(story: Story): Generator<undefined, Organisation[]> {
  const personKeys = new Set<string>();
  for (const p of story.people) for (const n of [p.name, ...p.aliases]) personKeys.add(foldText(n));
  const excluded = (key: string) => !key || personKeys.has(key) || placeKind(key) === 'country' || placeKind(key) === 'demonym';

  const tallies = new Map<string, Tally>();
  // Each written form is folded and checked once (a story of 100,000 sentences names a few thousand organisations).
  const keyOfForm = new Map<string, string | null>();
  const add = (form: string, sentence: number) => {
    let key = keyOfForm.get(form);
    if (key === undefined) {
      const folded = foldText(form);
      keyOfForm.set(form, (key = excluded(folded) ? null : folded));
    }
    if (key === null) return;
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { forms: new Map(), mentions: [] }));
    t.forms.set(form, (t.forms.get(form) ?? 0) + 1);
    t.mentions.push(sentence);
  };

  // The ORG entities of every sentence, and the acronyms defined beside an organisation's name.
  const indices = new Map<string, number>();
  const definitions = new Map<string, string>();
  const definedAt = new Set<string>();
  for (const s of story.sentences) {
    if (s.id % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
    const defined = s.text.includes('(') ? acronymDefinitions(s.text) : [];
    let pending: { text: string; start: number } | undefined;
    for (const e of s.entities) {
      if (e.type !== 'ORG') continue;
      // "(NFA)" right after the name it defines names that organisation once, by its full name.
      if (s.text[e.start - 1] === '(' && defined.some((d) => d.acronym === e.text)) continue;
      // The name an acronym spells is the whole name, when the build read only its last words as one.
      const whole = defined.find((d) => d.end === e.end && d.start < e.start);
      const name = whole ? { text: whole.name, start: whole.start } : widenOverCapitals(s, e);
      // A market index is no organisation ("the Norland index", "the Harbour Composite Index").
      if (isIndex(name.text, s.text.slice(e.end, e.end + 16))) {
        const key = foldText(name.text);
        indices.set(key, (indices.get(key) ?? 0) + 1);
        continue;
      }
      if (pending && joinedByFor(pending.text, s.text.slice(pending.start + pending.text.length, name.start), name.text)) {
        pending = { text: s.text.slice(pending.start, name.start + name.text.length), start: pending.start };
        continue;
      }
      if (pending) add(pending.text, s.id);
      pending = name;
    }
    if (pending) add(pending.text, s.id);
    for (const d of defined) {
      const typed = s.entities.find((e) => e.end === d.end && (e.type === 'PERSON' || e.type === 'PLACE'));
      if (typed || excluded(foldText(d.acronym))) continue;
      const asOrg = s.entities.some((e) => e.type === 'ORG' && e.end === d.end);
      if (!asOrg && !hasOrganisationHead(d.name)) continue;
      if (!asOrg) add(d.name, s.id);
      if (!definitions.has(d.acronym)) definitions.set(d.acronym, foldText(d.name));
      definedAt.add(`${s.id} ${d.acronym}`);
    }
  }

  // Written acronyms the build left untyped, in one pass: every use of one the text defines (the definition itself
  // names the organisation once, by its full name), and those WordNet knows as organisations ("FBI", "UNESCO"). An
  // acronym inside an entity is counted already (ORG) or is not an organisation (a person, a place).
  for (const s of story.sentences) {
    if (s.id % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
    if (!ACRONYM_PREFILTER.test(s.text)) continue;
    const caps = [...s.text.matchAll(WRITTEN_ACRONYM)];
    // A line set in capitals is a headline or a shout, not a string of acronyms.
    const shouted = caps.length > MAX_ACRONYMS_PER_SENTENCE;
    for (const m of caps) {
      const defined = definitions.has(m[0]);
      if (!defined && (shouted || !knownOrganisation(m[0]))) continue;
      if (defined && s.text[m.index - 1] === '(' && definedAt.has(`${s.id} ${m[0]}`)) continue;
      const end = m.index + m[0].length;
      if (!s.entities.some((e) => e.start < end && e.end > m.index)) add(m[0], s.id);
    }
  }

  // A name mostly written as an index is one; one "European Union index" of many mentions is a figure of a body.
  for (const [key, n] of indices) if (n * 2 >= n + (tallies.get(key)?.mentions.length ?? 0)) tallies.delete(key);
  const common = yield* commonWords(story, tallies);
  return mergeSpellings(story, tallies, definitions, common);
}

/** The word after an index's name ("the Norland index"); its own head words are INDEX_HEADS. */
const INDEX_AFTER = /^\s+(?:index|indices|indexes)\b/i;

/** Whether a mention names a market index, by its head word or the word after it. */
function isIndex(name: string, after: string): boolean {
  return INDEX_AFTER.test(after) || INDEX_HEADS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

/** A capitalised word and a space at the end of a text. */
const CAPITALISED_BEFORE = /\p{Lu}\p{Ll}[\p{L}-]* $/u;
/** A capitalised word of letters and hyphens. */
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}[\p{L}-]*$/u;
/** Capitalised words stand before a name inside its run at most this many ("the Allied Press"). */
const MAX_WIDENED_WORDS = 3;

/**
 * A name with the capitalised words right before it that the build left out of it (wink tags "Allied" in "the
 * Allied Press" as a verb): words capitalised inside the sentence, so written as part of a name, not a sentence's
 * first word, a place, a demonym, a title or another entity.
 */
function widenOverCapitals(s: StorySentence, name: { text: string; start: number }): { text: string; start: number } {
  // Most names have no capitalised word right before them: the tokens are searched only when one is there.
  if (!CAPITALISED_BEFORE.test(s.text.slice(Math.max(0, name.start - 24), name.start))) return name;
  let i = s.tokens.findIndex((t) => t.start >= name.start) - 1;
  let start = name.start;
  for (let n = 0; i > 0 && n < MAX_WIDENED_WORDS; i -= 1, n += 1) {
    const t = s.tokens[i]!;
    if (t.end !== start - 1 || !CAPITALISED_WORD.test(t.text) || NAME_CONNECTORS.has(t.text.toLowerCase())) break;
    const lower = t.text.toLowerCase();
    // A title is no part of a body's name ("Attorney General", "Secretary General" are people).
    if (STOP_WORDS.has(lower) || placeKind(t.text) !== undefined || isPersonNoun(lower)) break;
    if (s.entities.some((e) => e.start < t.end && e.end > t.start) || /^["“‘'([]$/.test(s.tokens[i - 1]!.text)) break;
    start = t.start;
  }
  return start === name.start ? name : { text: s.text.slice(start, name.start + name.text.length), start };
}

/**
 * The one-word spellings that are common English words the story also writes in lower case ("President", "Council",
 * "Islamist" beside "the president", "a council"): alone, such a word names a kind, not an organisation. A written
 * acronym is never one. Read a step at a time like the rest.
 */
function* commonWords(story: Story, tallies: Map<string, Tally>): Generator<undefined, Set<string>> {
  const candidates = new Set<string>();
  for (const [key, t] of tallies) {
    if (key.includes(' ') || ACRONYM.test(mostFrequent(t.forms))) continue;
    if (nounClass(key) !== undefined || relatedWords(key).length > 0) candidates.add(key);
  }
  const lowered = new Set<string>();
  if (candidates.size === 0) return lowered;
  for (const s of story.sentences) {
    if (s.id % SENTENCES_PER_STEP === SENTENCES_PER_STEP - 1) yield;
    for (const t of s.tokens) if (candidates.has(t.text)) lowered.add(t.text);
  }
  return lowered;
}

/** Groups the spellings of one organisation and makes the catalogue entries. */
function mergeSpellings(
  story: Story,
  tallies: Map<string, Tally>,
  definitions: Map<string, string>,
  common: ReadonlySet<string>,
): Organisation[] {
  const parent = new Map<string, string>();
  const root = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const union = (a: string, b: string) => {
    if (!parent.has(a) || !parent.has(b)) return;
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const k of tallies.keys()) parent.set(k, k);

  // With or without a legal suffix or a leading "the": "Kestrel Corp", "Kestrel Corporation", "the Kestrel".
  const byBase = new Map<string, string>();
  for (const k of tallies.keys()) {
    const base = organisationKey(k);
    const seen = byBase.get(base);
    if (seen) union(k, seen);
    else byBase.set(base, k);
  }
  // An acronym and the name it stands for: defined in the text, or the initials of exactly one organisation's name.
  for (const [acronym, name] of definitions) union(foldText(acronym), name);
  const byInitials = new Map<string, string[]>();
  for (const [k, t] of tallies) {
    for (const initials of nameInitials(mostFrequent(t.forms))) {
      const list = byInitials.get(initials);
      if (list) list.push(k);
      else byInitials.set(initials, [k]);
    }
  }
  for (const [k, t] of tallies) {
    const form = mostFrequent(t.forms);
    if (!ACRONYM.test(form)) continue;
    // One organisation, however many spellings of it ("Harlow Motors Corp", "Harlow Motors Co") the initials fit.
    const names = new Set((byInitials.get(acronymLetters(form)) ?? []).map(root));
    if (names.size === 1) union(k, [...names][0]!);
  }
  // The first words of a company's name ("Northern Grain" of "Northern Grain Group"), when they begin one company only.
  // And the last word of a name whose last word is a name, not a head ("Morvan" of "Compagnie Generale des Ateliers
  // Morvan"), when it ends one organisation's name only.
  const companiesByPrefix = new Map<string, Set<string>>();
  const shortName = (short: string, k: string) => companiesByPrefix.set(short, (companiesByPrefix.get(short) ?? new Set()).add(k));
  for (const k of tallies.keys()) {
    const words = organisationKey(k).split(' ');
    const last = words[words.length - 1]!;
    if (words.length > 2 && !ORG_HEADS.has(last) && !COMPANY_HEADS.has(last) && nounClass(last) === undefined) shortName(last, k);
    if (words.length < 2 || !COMPANY_HEADS.has(last)) continue;
    for (let n = 1; n < words.length; n += 1) shortName(words.slice(0, n).join(' '), k);
  }
  for (const k of tallies.keys()) {
    const companies = companiesByPrefix.get(organisationKey(k));
    if (companies?.size !== 1) continue;
    const [company] = companies;
    if (company !== k && !NAME_CONNECTORS.has(organisationKey(k))) union(k, company!);
  }

  const groups = new Map<string, string[]>();
  for (const k of tallies.keys()) {
    const r = root(k);
    const group = groups.get(r);
    if (group) group.push(k);
    else groups.set(r, [k]);
  }

  const articleOrder = new Map(story.articles.map((a, i) => [a.id, i]));
  const organisations: Organisation[] = [];
  for (const keys of groups.values()) {
    if (keys.every((k) => isBareHead(k) || common.has(k))) continue;
    const forms = new Map<string, number>();
    const ids: number[] = [];
    for (const k of keys) {
      const t = tallies.get(k)!;
      for (const [form, n] of t.forms) forms.set(form, (forms.get(form) ?? 0) + n);
      ids.push(...t.mentions);
    }
    // The fullest name: not an acronym, most words, then the most used; a leading "the" is not part of it.
    const spellings = [...forms.entries()]
      .sort(
        (a, b) =>
          Number(ACRONYM.test(a[0])) - Number(ACRONYM.test(b[0])) || words(b[0]) - words(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0]),
      )
      .map(([form]) => form);
    const name = spellings[0]!.replace(/^the\s+/i, '');
    const byArticle: Record<string, number> = {};
    const citations: OrganisationCitation[] = [];
    ids.sort((a, b) => a - b);
    for (const [i, id] of ids.entries()) {
      const s = story.sentences[id]!;
      byArticle[s.articleId] = (byArticle[s.articleId] ?? 0) + 1;
      if (ids[i - 1] !== id) citations.push({ articleId: s.articleId, sentence: s.index, id });
    }
    organisations.push({
      name,
      aliases: [...new Set(spellings.slice(1))].filter((s) => s !== name),
      mentions: ids.length,
      articles: Object.keys(byArticle).sort((a, b) => (articleOrder.get(a) ?? 0) - (articleOrder.get(b) ?? 0)),
      mentionsByArticle: byArticle,
      citations,
    });
  }
  return organisations.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}

/**
 * A spelling that is one head word and nothing else, naming a kind rather than an organisation ("Inc", "News", "Press",
 * "Bank"): only a word whose most frequent sense is an organisation or a body names one alone ("Senate", "Police").
 */
function isBareHead(key: string): boolean {
  if (key.includes(' ')) return false;
  if (LEGAL_SUFFIXES.has(key)) return true;
  if (!ORG_HEADS.has(key)) return false;
  const sense = nounClass(key);
  return sense !== 'organization' && sense !== 'group';
}

function words(form: string): number {
  return form.replace(/^the\s+/i, '').split(/\s+/).length;
}

function mostFrequent(forms: Map<string, number>): string {
  return [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

const made = new WeakMap<Story, Organisation[]>();
const making = new WeakMap<Story, Promise<Organisation[]>>();

/**
 * The story's organisations, built on first use and kept while the story is live (a reindex makes a new story): the
 * build does not pay for them. The console and the CLI read them at once.
 */
export function storyOrganisations(story: Story): Organisation[] {
  let organisations = made.get(story);
  if (!organisations) made.set(story, (organisations = buildOrganisations(story)));
  return organisations;
}

/** {@link storyOrganisations} a step at a time, for a caller that yields between steps (the help's examples). */
export function* storyOrganisationSteps(story: Story): Generator<undefined, Organisation[]> {
  const done = made.get(story);
  if (done) return done;
  const organisations = yield* organisationSteps(story);
  made.set(story, organisations);
  return organisations;
}

/**
 * {@link storyOrganisations} for a live bot: built with a turn of the event loop after every few thousand sentences (about
 * a second in all at 100,000 sentences, the first time), so other interactions are answered meanwhile; callers that
 * come while it is being built share the one build.
 */
export function storyOrganisationsYielding(story: Story): Promise<Organisation[]> {
  const done = made.get(story);
  if (done) return Promise.resolve(done);
  let pending = making.get(story);
  if (!pending) {
    pending = (async () => {
      const steps = storyOrganisationSteps(story);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) return step.value;
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    })().finally(() => making.delete(story));
    making.set(story, pending);
  }
  return pending;
}

/** The JSON form of one organisation (the CLI contract). */
export interface OrganisationJson {
  name: string;
  aliases: string[];
  mentions: number;
  articles: string[];
  citations: { articleId: string; sentence: number }[];
}

/**
 * The catalogue for `--json` output: `{"organisations": [{"name", "aliases", "mentions", "articles", "citations":
 * [{"articleId", "sentence"}]}]}`, in the catalogue's order.
 */
export function organisationsJson(organisations: readonly Organisation[]): { organisations: OrganisationJson[] } {
  return {
    organisations: organisations.map((o) => ({
      name: o.name,
      aliases: [...o.aliases],
      mentions: o.mentions,
      articles: [...o.articles],
      citations: o.citations.map((c) => ({ articleId: c.articleId, sentence: c.sentence })),
    })),
  };
}
