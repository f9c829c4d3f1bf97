import { readFileSync } from 'node:fs';
import { CLASS_OF_CODE, type NounClass } from './nounClass.js';
import { PLURAL_ENDINGS } from './pluralEndings.js';
import { TextTable } from './textTable.js';
import { textMemo } from '../text/textMemo.js';

export type { NounClass } from './nounClass.js';

/**
 * A general English lexicon compiled from WordNet 3.1 (scripts/buildLexicon.ts writes the tables in
 * src/lexicon/data/; `npm run build:lexicon` refreshes them). Each table is loaded on first use; about 7 MB of JSON in
 * all, the tables of strings looked up in their text (`TextTable`), not parsed into objects.
 * Nothing here knows any story: it says what a word means in general English.
 */

let nouns: TextTable | undefined;
let related: TextTable | undefined;
let groupsOf: Map<string, readonly string[]> | undefined;
let membersOf: Map<string, string[]> | undefined;
let kinds: TextTable | undefined;
let currencies: ReadonlySet<string> | undefined;
let demonyms: readonly string[] | undefined;
let adjectiveNouns: ReadonlySet<string> | undefined;
let peopleTable: { words: ReadonlyMap<PeopleKind, ReadonlySet<string>>; askedBy: ReadonlyMap<string, PeopleKind> } | undefined;
let sexNouns: ReadonlyMap<string, 'f' | 'm'> | undefined;
let converses: TextTable | undefined;
let kindsOfHappening: TextTable | undefined;
let kindsOfVerb: TextTable | undefined;
/** The word lists of data/ (JSON arrays) read so far, by file name. */
const wordLists = new Map<string, ReadonlySet<string>>();

/** A generated table of data/ (a JSON object of strings), looked up in its text (`TextTable`). */
function table(name: string): TextTable {
  return TextTable.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8'));
}

/** English plurals no suffix rule reaches (general grammar, not vocabulary of any story). */
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['children', 'child'],
  ['people', 'person'],
  ['men', 'man'],
  ['women', 'woman'],
  ['feet', 'foot'],
  ['teeth', 'tooth'],
  ['mice', 'mouse'],
  ['geese', 'goose'],
  ['oxen', 'ox'],
  ['lives', 'life'],
]);

/** A noun's lemma and the class letters the table gives it (one per sense, most frequent first). */
interface NounEntry {
  lemma: string;
  codes: string;
}

/**
 * Nouns already looked up, by the word as asked (`null`: not a noun): the tagger and the catalogue ask about the same
 * few thousand words again and again (`nounClass` of nearly every token read), and a lemma's letters are kept with it
 * so that no table lookup is made again. Cleared when full, so a corpus of odd words cannot grow it without bound.
 */
const LEMMA_CACHE_SIZE = 100_000;
const lemmaCache = textMemo<NounEntry | undefined>(LEMMA_CACHE_SIZE);

/** The noun `word` is (`nounLemma`) with its class letters, or undefined. */
function nounEntry(word: string): NounEntry | undefined {
  return lemmaCache.get(word, nounEntryRead);
}

/** {@link nounEntry} looked up in the table. */
function nounEntryRead(word: string): NounEntry | undefined {
  const lemma = lookUpLemma(word);
  return lemma === undefined ? undefined : { lemma, codes: nouns!.get(lemma)! };
}

/**
 * Lower-cases and maps a plural or possessive to a lemma the table holds ("ministries" → "ministry", "women" →
 * "woman"); undefined when WordNet does not know the word as a noun.
 *
 * @example nounLemma('Ministries') // → 'ministry'
 */
export function nounLemma(word: string): string | undefined {
  return nounEntry(word)?.lemma;
}

/** The lemma of a word the table holds, the first `accept` takes: the word itself, or its singular. */
function lookUpLemma(word: string, accept: (lemma: string) => boolean = anyLemma): string | undefined {
  nouns ??= table('noun-classes.json');
  const w = word
    .toLowerCase()
    .replace(/['’]s?$/, '')
    .replaceAll('_', ' ');
  const irregular = IRREGULAR_PLURALS.get(w);
  if (irregular !== undefined) return irregular;
  if (nouns.has(w) && accept(w)) return w;
  return singularBySuffix(w, accept);
}

/**
 * The noun the table holds, the first `accept` takes, that a lower-case word is the plural of ("workers" → "worker",
 * "churches" → "church", "women" → "woman"); undefined when it is no plural of a noun WordNet knows.
 *
 * @example singularNoun('laboratories') // → 'laboratory'
 */
export function singularNoun(word: string, accept: (lemma: string) => boolean = anyLemma): string | undefined {
  nouns ??= table('noun-classes.json');
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular !== undefined) return accept(irregular) ? irregular : undefined;
  return singularBySuffix(word, accept);
}

/**
 * The noun a WordNet lemma is written as the plural of, when both are lemmas of their own: "words" (a quarrel) of
 * "word", "arms" of "arm", "damages" of "damage"; undefined for a lemma that is no such plural ("news": WordNet has no
 * noun "new"; "glass"). Such a plural names a sense of its own that its singular lacks.
 *
 * @example pluralLemmaOf('words') // → 'word'
 * @example pluralLemmaOf('quarrel') // → undefined
 */
export function pluralLemmaOf(word: string): string | undefined {
  nouns ??= table('noun-classes.json');
  if (!word.endsWith('s') || word.endsWith('ss') || !nouns.has(word)) return undefined;
  return singularBySuffix(word, anyLemma);
}

/** The first singular by a regular plural ending that the table holds and `accept` takes. */
function singularBySuffix(w: string, accept: (lemma: string) => boolean): string | undefined {
  for (const [suffix, replacement] of PLURAL_ENDINGS) {
    if (w.endsWith(suffix)) {
      const lemma = w.slice(0, w.length - suffix.length) + replacement;
      if (lemma.length > 1 && nouns!.has(lemma) && accept(lemma)) return lemma;
    }
  }
  return undefined;
}

/** Any lemma the table holds. */
const anyLemma = (): boolean => true;

/** Whether WordNet writes a lemma in lower case in one of its senses at least: a common noun, not only a name. */
function hasCommonSense(lemma: string): boolean {
  return /[a-z]/.test(nouns!.get(lemma)!);
}

/**
 * The class of a noun's most frequent sense, or undefined when WordNet does not know it as a noun.
 *
 * @example nounClass('comptroller') // → 'person'
 * @example nounClass('provinces') // → 'place'
 * @example nounClass('toll') // → 'quantity'
 */
export function nounClass(word: string): NounClass | undefined {
  const entry = nounEntry(word);
  return entry === undefined ? undefined : CLASS_OF_CODE.get(entry.codes[0]!);
}

/**
 * Whether WordNet writes a spelling, looked up whole and lower case, as a name in one of its senses at least: an
 * instance such as "Venus" or "Buddhism", not a common noun capitalised at a sentence's start ("Jungle").
 *
 * @example hasNameSense('Venus') // → true
 * @example hasNameSense('Jungle') // → false
 */
export function hasNameSense(name: string): boolean {
  nouns ??= table('noun-classes.json');
  const codes = nouns.get(name.toLowerCase());
  return codes !== undefined && codes !== codes.toLowerCase();
}

/**
 * Whether a noun's senses disagree on what it names: the class of its most frequent sense holds under 0.4 of the tag
 * counts of its four most frequent senses in WordNet's sense-tagged texts ("unit" is a quantity by its first sense, a
 * group or a thing by others as often; "stage", "character", "peak"). A plural is read as its lemma.
 *
 * @example hasMixedSenses('units') // → true
 * @example hasMixedSenses('province') // → false
 */
export function hasMixedSenses(word: string): boolean {
  return lemmaListed('mixed-nouns.json', word);
}

/**
 * Whether a noun's most frequent sense is a collection of things or beings, no organisation and no social group ("set",
 * "pair", "line"), nor a noun that also names a place or land by another sense ("forest": trees together, and land
 * covered with trees). A plural is read as its lemma.
 *
 * @example namesCollection('pairs') // → true
 * @example namesCollection('tribe') // → false
 */
export function namesCollection(word: string): boolean {
  return lemmaListed('collection-nouns.json', word);
}

/**
 * The noun a lower-case word is more likely the plural of than a noun of its own: WordNet lists it as a lemma too, but
 * tagged less often as that lemma than as the noun it is the regular plural of ("leaders": the leadership, a body, or
 * the plural of "leader", a person); undefined for any other word ("species", "means": met as themselves).
 *
 * @example rarePluralOf('leaders') // → 'leader'
 * @example rarePluralOf('species') // → undefined
 */
export function rarePluralOf(word: string): string | undefined {
  if (!wordList('rare-plural-nouns.json').has(word)) return undefined;
  return singularNoun(word, (lemma) => lemma !== word);
}

/**
 * Whether a noun names an organisation or a group by its most frequent sense and a place only by senses rarely meant: its
 * place senses hold under 0.2 of the tag counts of its four most frequent senses in WordNet's sense-tagged texts
 * ("network", "court"; not "country" or "church", places as often as not). A plural is read as its lemma.
 *
 * @example hasMinorPlaceSense('networks') // → true
 * @example hasMinorPlaceSense('country') // → false
 */
export function hasMinorPlaceSense(word: string): boolean {
  return lemmaListed('minor-place-nouns.json', word);
}

/**
 * Whether a noun (of one to three words) names, by one of its three most frequent WordNet senses, a thing known by a title
 * or a call sign: a made work, a public performance, a piece of music, the press, a broadcasting station ("book",
 * "episodes", "radio station"; not "process" or "station" alone). A plural is read as its lemma.
 *
 * @example namesTitledWork('episodes') // → true
 * @example namesTitledWork('radio station') // → true
 * @example namesTitledWork('station') // → false
 */
export function namesTitledWork(noun: string): boolean {
  return lemmaListed('titled-nouns.json', noun);
}

/** The words of the word list data/`name` (a JSON array), read once. */
function wordList(name: string): ReadonlySet<string> {
  let list = wordLists.get(name);
  if (list === undefined) {
    list = new Set(JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as string[]);
    wordLists.set(name, list);
  }
  return list;
}

/** Whether a noun's lemma (a plural read as its lemma) is in the word list data/`name`. */
function lemmaListed(name: string, noun: string): boolean {
  const lemma = nounLemma(noun);
  return lemma !== undefined && wordList(name).has(lemma);
}

/**
 * The classes of a noun's senses (its four most frequent), most frequent first and without repeats.
 *
 * @example nounClasses('court') // → ['organization', 'place', …]
 */
export function nounClasses(word: string): readonly NounClass[] {
  const lemma = nounLemma(word);
  if (lemma === undefined) return [];
  let classes = classesCache.get(lemma);
  if (classes === undefined) {
    classes = [...new Set([...nouns!.get(lemma)!].map((c) => CLASS_OF_CODE.get(c)!))];
    classesCache.set(lemma, classes);
  }
  return classes;
}
/**
 * The class of each of a noun's senses (its four most frequent), most frequent first, repeats kept: where a class stands
 * in WordNet's sense order, which `nounClasses` folds away ("copper" is a metal twice before it is a policeman).
 *
 * @example senseClasses('copper') // → ['other', 'other', 'person', 'attribute']
 */
export function senseClasses(word: string): readonly NounClass[] {
  const lemma = nounLemma(word);
  if (lemma === undefined) return NO_CLASSES;
  let senses = sensesCache.get(lemma);
  if (senses === undefined) {
    senses = [...nouns!.get(lemma)!].map((c) => CLASS_OF_CODE.get(c)!);
    sensesCache.set(lemma, senses);
  }
  return senses;
}

/**
 * The classes of a noun written in lower case: those of the senses (of its four most frequent) in which WordNet writes
 * it as a common noun, most frequent first and without repeats. A name spelt like it does not count: "jersey" is a
 * garment, not the island, and "fields" is read as "field", not as the comedian.
 *
 * @example commonNounClasses('jersey') // → ['artifact']
 * @example commonNounClasses('fields') // → ['place', 'other']
 */
export function commonNounClasses(word: string): readonly NounClass[] {
  return commonCache.get(word, commonNounClassesRead);
}

/** {@link commonNounClasses} looked up in the table. */
function commonNounClassesRead(word: string): readonly NounClass[] {
  const lemma = lookUpLemma(word, hasCommonSense);
  return lemma === undefined
    ? NO_CLASSES
    : [...new Set([...nouns!.get(lemma)!].flatMap((c) => (c === c.toLowerCase() ? [CLASS_OF_CODE.get(c)!] : [])))];
}

/** The common-noun classes of each word asked about (`commonNounClasses`), by the word as asked. */
const commonCache = textMemo<readonly NounClass[]>(LEMMA_CACHE_SIZE);

/**
 * The sense classes of each lemma asked about, kept as `classesCache` keeps its classes: a who-question asks them of the
 * last word of every phrase of every candidate sentence, and the list made afresh each time (its code letters spread
 * first) was about 16 MB of a warm 2,000-question pass at 100k.
 */
const sensesCache = new Map<string, readonly NounClass[]>();

/** A word WordNet does not know as a noun has no classes (shared: never added to). */
const NO_CLASSES: readonly NounClass[] = [];

/** The classes of each lemma asked about (a lemma is one of the table's keys, so this stays the table's size at most). */
const classesCache = new Map<string, readonly NounClass[]>();

/**
 * Words WordNet relates to this one: single-word synonyms of its two most frequent senses in each part
 * of speech, and words derived from it or it from them ("resign" ↔ "resignation", "consecutively" →
 * "consecutive"). Lower-case lemma in, lower-case single-word lemmas out; an empty list for a word it does
 * not know. A multiword lemma is asked for by its words joined with underscores ("put_off" → "postpone").
 * For paraphrase, weighted below the literal word.
 *
 * @example relatedWords('resign') // → [… 'resignation', …]
 * @example relatedWords('put_off') // → [… 'postpone', …]
 */
export function relatedWords(word: string): readonly string[] {
  related ??= table('related-words.json');
  const w = word.toLowerCase();
  const list = related.get(w);
  return list ? list.split(' ') : [];
}

let starts: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/**
 * The first two words of WordNet's multiword lemmas that have related words, as the second words each first word may
 * have ("off" after "put" of "put_off", "minister" after "prime", "the" after "in" of "in_the_lead"): a run of words can
 * be such a lemma only if its first two words are one of these pairs, so a caller trying a question's runs
 * (paraphrase.questionPhrases) can pass over a pair that opens none without looking each longer run up — and without
 * joining the pair into a string to ask. Made once from the related-words table.
 *
 * @example multiwordStarts().get('put')?.has('off') // → true
 */
export function multiwordStarts(): ReadonlyMap<string, ReadonlySet<string>> {
  if (starts) return starts;
  related ??= table('related-words.json');
  const out = new Map<string, Set<string>>();
  related.forEach((words, lemma) => {
    const first = lemma.indexOf('_');
    if (first <= 0 || !words) return;
    const second = lemma.indexOf('_', first + 1);
    const word = lemma.slice(0, first);
    let seconds = out.get(word);
    if (!seconds) out.set(word, (seconds = new Set()));
    seconds.add(second < 0 ? lemma.slice(first + 1) : lemma.slice(first + 1, second));
  });
  starts = out;
  return out;
}

/**
 * Whether WordNet knows the word: as a noun (or a noun's plural) or as a lemma with related words. For telling
 * a misspelling from a rare word.
 *
 * @example isDictionaryWord('whet') // → true
 * @example isDictionaryWord('wht') // → false
 */
export function isDictionaryWord(word: string): boolean {
  related ??= table('related-words.json');
  return nounLemma(word) !== undefined || related.has(word.toLowerCase());
}

/**
 * One-word nouns naming kinds or instances of a noun (WordNet hyponyms of its two most frequent senses, two levels
 * down; none for WordNet's top nouns such as "entity", "act" or "person", nor for people): a question may name the
 * class where the sentence that answers it names a member. A plural is read as its singular; empty for a noun
 * WordNet gives no kinds.
 *
 * @example nounKinds('religion') // → [… 'buddhism', …]
 * @example nounKinds('vehicles') // → [… 'cart', …]
 */
export function nounKinds(noun: string): readonly string[] {
  return kindsListed(noun).filter((w) => !w.includes('_'));
}

/**
 * The names of kinds or instances of a noun, lower-case: the one-word ones of `nounKinds` and the names of several
 * words of its instances, joined by spaces ("country" → "iran", "saudi arabia"). The whole span of a candidate
 * answering a which-NOUN question is looked up in it.
 *
 * @example nounKindNames('countries').has('new zealand') // → true
 */
export function nounKindNames(noun: string): ReadonlySet<string> {
  return new Set(kindsListed(noun).map((w) => w.replaceAll('_', ' ')));
}

/** The kinds table's list for a noun or its plural, multiword names joined by underscores as WordNet writes them. */
function kindsListed(noun: string): readonly string[] {
  kinds ??= table('noun-kinds.json');
  const lemma = nounLemma(noun);
  const list = lemma === undefined ? undefined : kinds.get(lemma);
  return list ? list.split(' ') : [];
}

/**
 * Whether a noun (or its plural) names a unit of money in its most frequent WordNet sense ("zlotys", "forint",
 * "rupees"); not a word whose money sense is a rarer one ("crown", "mark"), nor one that is also a verb ("won").
 *
 * @example isCurrencyNoun('zlotys') // → true
 * @example isCurrencyNoun('marks') // → false
 */
export function isCurrencyNoun(word: string): boolean {
  currencies ??= new Set(JSON.parse(readFileSync(new URL('./data/currency-nouns.json', import.meta.url), 'utf8')) as string[]);
  const lemma = nounLemma(word);
  return lemma !== undefined && currencies.has(lemma);
}

/**
 * The one-word names WordNet glosses as a native or inhabitant of a named place, as written ("Londoner", "Texan"):
 * demonyms of cities, regions and continents the gazetteer's countries do not give.
 *
 * @example demonymWords().includes('Texan') // → true
 */
export function demonymWords(): readonly string[] {
  demonyms ??= JSON.parse(readFileSync(new URL('./data/demonym-words.json', import.meta.url), 'utf8')) as string[];
  return demonyms;
}

/** What a people word names: a nation or place's people, a language, or a religion. */
export type PeopleKind = 'nation' | 'language' | 'religion';

function readPeopleTable(): NonNullable<typeof peopleTable> {
  if (!peopleTable) {
    const table = JSON.parse(readFileSync(new URL('./data/people-words.json', import.meta.url), 'utf8')) as {
      words: Record<PeopleKind, string[]>;
      askedBy: Record<string, string[]>;
    };
    peopleTable = {
      words: new Map(Object.entries(table.words).map(([kind, words]) => [kind as PeopleKind, new Set(words)])),
      askedBy: new Map(Object.entries(table.askedBy).flatMap(([kind, nouns]) => nouns.map((n) => [n, kind as PeopleKind] as const))),
    };
  }
  return peopleTable;
}

/**
 * Whether a capitalised word, as written, is one WordNet gives as the adjective of a named people or place, a
 * language or a religion, by the kind asked: a noun of a language or a religion, or an adjective pertaining to a named
 * place, a people, a language or a religion ("Scottish" of Scotland, "Gaelic", "Anglican" of the Anglican Church).
 *
 * @example namesPeopleWord('Flemish', 'nation') // → true
 * @example namesPeopleWord('Gaelic', 'language') // → true
 * @example namesPeopleWord('Sister', 'religion') // → false (also a common noun)
 */
export function namesPeopleWord(word: string, kind: PeopleKind): boolean {
  return readPeopleTable().words.get(kind)?.has(word) ?? false;
}

/**
 * The kind of people word a noun asks for, by WordNet's roots of the kinds ("language" → language, "faith" →
 * religion); undefined for any other noun. Lower-case singular noun in.
 *
 * @example peopleKindAskedBy('denomination') // → 'religion'
 */
export function peopleKindAskedBy(noun: string): PeopleKind | undefined {
  return readPeopleTable().askedBy.get(noun);
}

/**
 * Whether WordNet lists a noun with more senses as an adjective than as a noun ("great", "native"): capitalised before
 * a name, such a word describes the name rather than naming what someone is. Lower-case lemma in.
 *
 * @example isMainlyAdjective('great') // → true
 * @example isMainlyAdjective('veteran') // → false
 */
export function isMainlyAdjective(word: string): boolean {
  adjectiveNouns ??= new Set(JSON.parse(readFileSync(new URL('./data/adjective-nouns.json', import.meta.url), 'utf8')) as string[]);
  return adjectiveNouns.has(word);
}

/**
 * The sex a person noun names in its first person sense, by WordNet ("queen", "wife", "actress" → 'f'; "king",
 * "husband" → 'm'); undefined for a noun of either sex ("nurse", "parent") or no person. Lower-case word in; a plural
 * is read as its lemma.
 *
 * @example personNounSex('queens') // → 'f'
 * @example personNounSex('parent') // → undefined
 */
export function personNounSex(word: string): 'f' | 'm' | undefined {
  if (!sexNouns) {
    const table = JSON.parse(readFileSync(new URL('./data/sex-nouns.json', import.meta.url), 'utf8')) as { f: string[]; m: string[] };
    sexNouns = new Map([...table.f.map((w) => [w, 'f'] as const), ...table.m.map((w) => [w, 'm'] as const)]);
  }
  return sexNouns.get(word) ?? sexNouns.get(nounLemma(word) ?? word);
}

/**
 * The verbs that tell the same event from its other side, by WordNet (scripts/buildLexicon.ts: antonym pairs of the
 * competition and possession files of which one takes its other party after "to" and the other after "from"): the
 * subject of one is the other party of the other ("A beat B" ↔ "B lost to A", "A sold it to B" ↔ "B bought it from
 * A"). Lower-case verb lemma in; empty for a verb with none.
 *
 * @example verbConverses('lend') // → ['borrow']
 * @example verbConverses('lose') // → [… 'beat', …, 'win']
 */
export function verbConverses(verb: string): readonly string[] {
  converses ??= table('verb-converses.json');
  const list = converses.get(verb);
  return list ? list.split(' ') : [];
}

/**
 * Whether a verb is one of motion by one of its two most frequent WordNet senses (scripts/buildLexicon.ts: the
 * verb.motion file): something moves, or is moved, somewhere. Lower-case verb lemma in.
 *
 * @example isMotionVerb('flee') // → true
 * @example isMotionVerb('rank') // → false
 */
export function isMotionVerb(verb: string): boolean {
  return wordList('motion-verbs.json').has(verb);
}

/**
 * Whether WordNet knows a lower-case one-word lemma as a verb (scripts/buildLexicon.ts: its verb index): "fund", "fall"
 * and "bat" are verbs; "empire" and "council", nouns only, are not.
 *
 * @example isVerbLemma('fund') // → true
 * @example isVerbLemma('empire') // → false
 */
export function isVerbLemma(lemma: string): boolean {
  return wordList('verb-words.json').has(lemma);
}

/**
 * The happenings a verb, or a noun of an act or event, is a kind of, one step up in WordNet, and what a verb causes
 * (scripts/buildLexicon.ts: the direct hypernyms of its two most frequent senses and its causes): two reports of one
 * event may tell it by a word and by its kind ("bought" and "acquired"), or by the cause and its effect ("killed" and
 * "died"). Lower-case lemma (or a noun's plural) in; empty for a word with none.
 *
 * @example happeningKinds('buy') // → ['acquire', 'get', 'pay']
 * @example happeningKinds('kill') // → [… 'die', …]
 */
export function happeningKinds(word: string): readonly string[] {
  kindsOfHappening ??= table('happening-kinds.json');
  // A plural noun is looked up by its singular ("takeovers" → "takeover").
  const lemma = kindsOfHappening.has(word) ? word : nounLemma(word);
  const list = lemma === undefined ? undefined : kindsOfHappening.get(lemma);
  return list ? list.split(' ') : [];
}

/**
 * The verbs a verb is a kind of, one step up in WordNet (scripts/buildLexicon.ts: the direct hypernyms of its two most
 * frequent senses, without its causes or entailments and without verbs of very many kinds such as "change" or "be"): a
 * sentence may tell the deed a question asks by its kind ("bought" told as "acquired"), while a cause or an entailment
 * is another deed, often another doer's ("kill" and "die"). Lower-case verb lemma in; empty for a verb with none.
 *
 * @example verbKinds('buy') // → ['acquire', 'get', 'pay']
 * @example verbKinds('kill') // → ['blackball', 'negative', 'veto'] (no "die")
 */
export function verbKinds(verb: string): readonly string[] {
  kindsOfVerb ??= table('verb-kinds.json');
  const list = kindsOfVerb.get(verb);
  return list ? list.split(' ') : [];
}

function loadMemberGroups(): void {
  const groups = new Map<string, readonly string[]>();
  const members = new Map<string, string[]>();
  table('member-groups.json').forEach((list, member) => {
    const bodies = list.split(' ');
    groups.set(member, bodies);
    for (const b of bodies) {
      const known = members.get(b);
      if (known) known.push(member);
      else members.set(b, [member]);
    }
  });
  groupsOf = groups;
  membersOf = members;
}

/**
 * The bodies a lower-case singular noun is a member of by WordNet's member holonyms, one way only: "spaniard" → spain,
 * but nothing for a country's own name, whose members (its people, and any people WordNet names like a river) are
 * no bodies of it.
 *
 * @example bodiesOfMember('director') // → ['board']
 */
export function bodiesOfMember(noun: string): readonly string[] {
  if (!groupsOf) loadMemberGroups();
  return groupsOf!.get(noun) ?? [];
}

/**
 * The nouns a lower-case singular noun is tied to as member and body by WordNet's member holonyms, both ways: its
 * bodies when it names a member, its members when it names a body; empty when WordNet ties it to none. Two reports of
 * one event may name the body ("the board met") or its members ("the directors met").
 *
 * @example memberGroupWords('director') // → ['board']
 * @example memberGroupWords('board') // → ['director', …]
 */
export function memberGroupWords(noun: string): readonly string[] {
  const asMember = bodiesOfMember(noun);
  const asBody = membersOf!.get(noun) ?? [];
  if (asBody.length === 0) return asMember;
  if (asMember.length === 0) return asBody;
  return [...asMember, ...asBody];
}
