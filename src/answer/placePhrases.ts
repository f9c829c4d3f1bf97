import { commonNounClasses, type NounClass, nounClass, nounKindNames } from '../lexicon/index.js';
import { termOf } from '../search/terms.js';
import type { EntityType, Token } from '../nlp/entities.js';
import { compassWord } from '../nlp/nameKinds.js';
import type { StorySentence } from '../story/story.js';
import { isGivenName, placeKind } from '../text/places.js';
import { isCapitalised } from '../text/words.js';
import type { Mention } from './mentions.js';
import { BE_LEMMA } from './placeAsked.js';

/** Prepositions that set something in a place: the noun phrase after one may say where ("found **within the hospital**"). */
const PLACING = new Set([
  'in',
  'at',
  'on',
  'within',
  'inside',
  'outside',
  'near',
  'into',
  'onto',
  'to',
  'from',
  'among',
  'across',
  'along',
  'throughout',
  'through',
  'under',
  'beneath',
  'behind',
  'beside',
  'between',
  'towards',
  'toward',
]);

/** Words that may stand between such a preposition and its noun phrase ("in **the** hall", "at **their** camp"). */
const DETERMINER_POS = new Set(['DET', 'PRON']);

/** Entity types that tell a time or an amount: "in **the fall of that year**", "at **40 knots**" say no place. */
const NOT_PLACES: ReadonlySet<EntityType> = new Set(['DATE', 'TIME', 'CARDINAL', 'MONEY', 'PERCENT', 'QUANTITY', 'DURATION', 'ORDINAL']);

/**
 * The noun phrases of a sentence that stand after a preposition of place ("heat is rejected **in the condenser**",
 * "kept **within the walls**"), for a where-question whose answer no name gives; not a time or an amount (a phrase
 * whose last word one tells: "the 10-metre **mark**" is a place), nor a phrase ending in a noun WordNet files as a time
 * ("on Sunday **afternoons**").
 */
export function placePhrases(sentence: StorySentence, chunks: readonly Mention[]): Mention[] {
  const out = chunks.filter(
    (c) =>
      placedAt(sentence, c.start) &&
      !sentence.entities.some((e) => NOT_PLACES.has(e.type) && e.start < c.end && c.end <= e.end) &&
      nounClass(c.text.slice(c.text.lastIndexOf(' ') + 1).toLowerCase()) !== 'time',
  );
  // "the moor **to the west**" tells where the savanna lies: a compass phrase right after a place phrase is part of it.
  const kept = out.length;
  for (const c of compassPhrases(sentence))
    if (!out.some((o, k) => (o.start === c.start && o.end === c.end) || (k < kept && endsBefore(sentence, o, c)))) out.push(c);
  return out;
}

/** Whether a phrase ends right before the preposition that opens another ("the moor | to the west"). */
function endsBefore(sentence: StorySentence, phrase: Mention, next: Mention): boolean {
  const tokens = sentence.tokens;
  let k = tokens.findIndex((t) => t.start >= next.start) - 1;
  while (k >= 0 && DETERMINER_POS.has(tokens[k]!.pos)) k -= 1;
  return k > 0 && tokens[k]!.pos === 'ADP' && tokens[k - 1]!.end === phrase.end;
}

/**
 * The compass phrases a sentence writes after a preposition of place ("sailed to **the west**", "lives in **the
 * southeast part of Tarnmark**") or before "of" ("a town **west of Velden**"): places the tagger reads as an adverb or
 * an adjective, so no noun phrase holds them. The phrase runs on through the nouns after the compass word and an "of"
 * with its noun phrase. Not a compass word inside a name ("North Kelvarn").
 */
function compassPhrases(sentence: StorySentence): Mention[] {
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i]!;
    if (!compassWord(t.text) || sentence.entities.some((e) => e.start <= t.start && t.end <= e.end)) continue;
    let start = i;
    while (start > 0 && DETERMINER_POS.has(tokens[start - 1]!.pos)) start -= 1;
    const before = tokens[start - 1];
    const afterPlacing = before !== undefined && before.pos === 'ADP' && PLACING.has(before.text.toLowerCase());
    let end = i + 1;
    while (end < tokens.length && NOUN_POS.has(tokens[end]!.pos)) end += 1;
    const ofAt = tokens[end]?.text.toLowerCase() === 'of' ? end : -1;
    let of = false;
    if (ofAt >= 0) {
      let k = ofAt + 1;
      while (k < tokens.length && PHRASE_POS.has(tokens[k]!.pos)) k += 1;
      of = k > ofAt + 1 && NOUN_POS.has(tokens[k - 1]!.pos);
      if (of) end = k;
    }
    if (!afterPlacing && !of) continue;
    if (!afterPlacing) start = i;
    out.push({
      type: 'PHRASE',
      text: sentence.text.slice(tokens[start]!.start, tokens[end - 1]!.end),
      start: tokens[start]!.start,
      end: tokens[end - 1]!.end,
    });
  }
  return out;
}

/** Prepositions that say where something goes: "fled **to** the hills", "moved **into** the old mill". */
const TOWARD = new Set(['to', 'into', 'onto', 'towards', 'toward']);

/** Whether the words before offset `at`, past any determiner, end in a preposition of place (of those given). */
function placedAt(sentence: StorySentence, at: number, prepositions: ReadonlySet<string> = PLACING): boolean {
  const tokens = sentence.tokens;
  let k = tokens.findIndex((t) => t.end > at) - 1;
  if (k < -1) k = tokens.length - 1;
  while (k >= 0 && DETERMINER_POS.has(tokens[k]!.pos) && tokens[k]!.text.toLowerCase() !== 'that') k -= 1;
  const before = tokens[k];
  return before !== undefined && before.pos === 'ADP' && prepositions.has(before.text.toLowerCase());
}

/**
 * Whether a candidate stands right after a preposition that says where something goes ("fled to **Varna**", "moved
 * into **the Tolly mill**"), for a where-question about a destination (placeAsked.ts `asksDestination`): the place
 * gone to, as against the one left or stayed in.
 */
export function placedToward(sentence: StorySentence, candidate: Mention): boolean {
  return placedAt(sentence, candidate.start, TOWARD);
}

/** What a noun phrase after a preposition may hold before a candidate in it ("at **his old** Tolly mill"). */
const PHRASE_POS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** Words inside a noun phrase that join a candidate to the head before it ("the roots **of** marsh reeds", "the guild**'s** mill"). */
const PHRASE_JOINS = new Set(['of', "'s", '’s']);

/** Words after a noun that open the names it stands for ("his birthtown**,** Tarnby", "areas **like** Orsk and Velden"). */
const APPOSITION = new Set([',', 'like', 'including']);

/** At most this many words stand between a preposition of place and a candidate in its phrase. */
const MAX_PHRASE_BEFORE = 6;

/** A participle, which the tagger may read as an adjective or a noun ("heat is **rejected** in …", "she grew **alarmed** at …"). */
const PARTICIPLE = /\p{L}{3}(?:ing|ed)$/u;

/** A word written with a capital first letter. */
const NAME_WORD = /^\p{Lu}/u;

/** At most this many words stand between a verb and the preposition that places what it tells ("recovered **it for Ada** on …"). */
const MAX_VERB_BEFORE = 6;

/**
 * Whether a candidate stands in the noun phrase after a preposition of place that a verb the question writes governs:
 * the nearest verb before that preposition, within a few words and no clause break ("Ada **worked** at **the Tolly
 * mill**" for "Where did Ada work?"), as against a place another verb tells ("… and later moved to Velden"). The phrase
 * may name it after a comma or "like" ("went back to her home village, **Tarnby**"). For a question about where something
 * went (`destination`) the prepositions of a destination count and "from" does not ("fled from Orsk to **Velden**");
 * for any other, the reverse ("born to Ada Vell" names no place).
 *
 * @param verbs the question's verbs (a sentence's verb is one of them by its own term or its lemma's: "fled" for "flee";
 *   its "be" where they hold placeAsked.ts `BE_LEMMA`: "the ledger is now **in the vault**" for "Where can the ledger be found?")
 */
export function placedByVerb(sentence: StorySentence, candidate: Mention, verbs: ReadonlySet<string>, destination: boolean): boolean {
  return placingVerb(sentence, candidate, verbs, destination) !== undefined;
}

/**
 * The candidates a question's verb places (`placedByVerb`), less any that stands in a place phrase after another of them:
 * the verb places the first, and the next place tells where that one is ("Ada worked at the Tolly Mill in **Velden**":
 * the mill, not Velden). Another candidate of its own phrase ("West" of "at 12 West 40th Street") stands after its
 * preposition, not before, and takes nothing away.
 */
export function firstPlaced<T extends { sentence: StorySentence; e: Mention }>(
  candidates: readonly T[],
  verbs: ReadonlySet<string>,
  destination: boolean,
): T[] {
  const placed = candidates.flatMap((c) => {
    const at = placingVerb(c.sentence, c.e, verbs, destination);
    const tokens = c.sentence.tokens;
    return at ? [{ c, from: tokens[at.verb]!.end, to: tokens[at.preposition]!.start }] : [];
  });
  return placed
    .filter(({ c, from, to }) => !placed.some((o) => o.c.sentence === c.sentence && o.c.e.start >= from && o.c.e.end <= to))
    .map(({ c }) => c);
}

/**
 * Where a question's verb places a candidate as `placedByVerb` reads it: the indices of the verb and of the preposition
 * ("Ada **worked** **at** the Tolly mill"); undefined where none does.
 */
function placingVerb(
  sentence: StorySentence,
  candidate: Mention,
  verbs: ReadonlySet<string>,
  destination: boolean,
): { verb: number; preposition: number } | undefined {
  const preposition = placingBefore(sentence, candidate, destination);
  if (preposition < 0) return undefined;
  const tokens = sentence.tokens;
  const verb = preposition > 0 ? askedVerbBefore(tokens, preposition, verbs) : frontedVerb(tokens, candidate, verbs);
  return verb < 0 ? undefined : { verb, preposition };
}

/** At most this many words stand between the comma after an opening phrase and its clause's verb ("In 1741, **the keeper of the mill** sold …"). */
const FRONTED_VERB_AFTER = 8;

/** What opens a clause set off by commas between an opening phrase and its own clause ("In the hills, **where** snow lies, …"). */
const ASIDE_OPENS = new Set(['where', 'when', 'while', 'whilst', 'which', 'who', 'as', 'though', 'although', 'if']);

/**
 * The index of the question's verb that an opening phrase of time or place sets (a phrase ending in a candidate that opens
 * the sentence): the verb of the clause after its comma ("In 1888, Vallin **sold** the mill", "In the high valleys, the
 * herds **graze**"), read past an apposition to its subject ("Vallin, the guild's master, sold …") and a clause set off
 * by commas ("In the hills, where snow lies, the herds **graze**"); the question's verb ending that clause is its verb
 * whatever the tagger made of it ("…, the herds **graze**."); -1 where that verb is none of the question's.
 */
export function frontedVerb(tokens: readonly Token[], candidate: { start: number; end: number }, verbs: ReadonlySet<string>): number {
  const c = tokens.findIndex((x) => x.start >= candidate.end);
  if (c < 0 || tokens[c]!.text !== ',') return -1;
  for (let v = c + 1, read = 1; v < tokens.length && read <= FRONTED_VERB_AFTER; v += 1, read += 1) {
    const x = tokens[v]!;
    if (x.pos === 'VERB') return askedVerbBefore(tokens, v + 1, verbs);
    // "…, thrust faults **form**, which …": the question's verb ending the clause, which the tagger took for a noun.
    if (x.pos === 'NOUN' && tokens[v + 1]?.pos === 'PUNCT' && askedVerb(x, verbs)) return v;
    const aside = v === c + 1 && ASIDE_OPENS.has(x.text.toLowerCase()) ? asideEnd(tokens, v) : -1;
    // "In 1888, Vallin**, the guild's master,** demonstrated …": an apposition to the subject is read past.
    const closing = aside >= 0 ? aside : x.text === ',' ? appositionEdge(tokens, v, 1) : -1;
    if (closing >= 0) {
      v = closing;
      continue;
    }
    if ((x.pos === 'PUNCT' && x.text !== '-') || x.pos === 'CCONJ' || x.pos === 'SCONJ') return -1;
  }
  return -1;
}

/** The comma that closes a clause opening at `at` ("where snow lies**,**"), within a few words; -1 where none does. */
function asideEnd(tokens: readonly Token[], at: number): number {
  for (let j = at + 1; j < tokens.length && j - at <= FRONTED_VERB_AFTER; j += 1) {
    const t = tokens[j]!;
    if (t.text === ',') return j;
    if (t.pos === 'PUNCT' && t.text !== '-') return -1;
  }
  return -1;
}

/**
 * Whether the nearest verb before a sentence's word `k` (a preposition that opens a place or a time) is one of the
 * question's verbs: within a few words and no clause break ("Ada **worked** at …", "the feud had **reached** its height
 * by 1888"), as against another verb's phrase ("… and later moved to Velden"). A participle the tagger reads as an
 * adjective is a verb; "be" is one where the verbs hold placeAsked.ts `BE_LEMMA`.
 */
export function governedByAsked(tokens: readonly Token[], k: number, verbs: ReadonlySet<string>): boolean {
  return askedVerbBefore(tokens, k, verbs) >= 0;
}

/** The index of the question's verb that governs a sentence's word `k` (see `governedByAsked`), or -1 where none does. */
export function askedVerbBefore(tokens: readonly Token[], k: number, verbs: ReadonlySet<string>): number {
  for (let v = k - 1, read = 1; v >= 0 && read <= MAX_VERB_BEFORE; v -= 1, read += 1) {
    const t = tokens[v]!;
    // "at the Halden Rope **Works** beside …": a capitalised word after another is a name's, not a verb.
    if (t.pos === 'VERB' && v > 0 && NAME_WORD.test(t.text) && NAME_WORD.test(tokens[v - 1]!.text)) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX')
      return (t.pos === 'VERB' ? askedVerb(t, verbs) : t.lemma === BE_LEMMA && verbs.has(BE_LEMMA)) ? v : -1;
    if (PARTICIPLE.test(t.text) && (t.pos === 'ADJ' || askedVerb(t, verbs))) return askedVerb(t, verbs) ? v : -1;
    // "opened its mill**, the largest in the valley,** in 1901": an apposition is read past, not as a clause break.
    if (t.text === ',') {
      const opening = appositionEdge(tokens, v, -1);
      if (opening >= 0) {
        v = opening;
        continue;
      }
    }
    if ((t.pos === 'PUNCT' && t.text !== '-') || t.pos === 'CCONJ' || t.pos === 'SCONJ') return -1;
  }
  return -1;
}

/** At most this many words stand between the commas of an apposition ("Vallin**, the guild's old master,** …"). */
const MAX_APPOSITION_WORDS = 8;

/** What opens the noun phrase of an apposition after its comma ("**the** largest …", "**its** chief …", "**Tarnby**'s …"). */
const APPOSITION_OPENS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** What an apposition's noun phrase may hold: no verb, no clause break; a symbol inside a name ("Tarn+ Vision") is part of it. */
const APPOSITION_HOLDS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP', 'PART', 'ADV', 'SYM']);

/**
 * The other comma of an apposition one of whose commas is the sentence's word `comma`: looking back (`step` −1) from its
 * closing comma or on (`step` 1) from its opening one, the comma at most MAX_APPOSITION_WORDS away that sets off a noun
 * phrase with no verb right after a noun ("the mill**,** the largest in the valley**,**"), or -1 where there is none.
 * @example appositionEdge(tagSentence('Vallin, the old master, spoke.').tokens, 1, 1) // → 5
 */
export function appositionEdge(tokens: readonly Token[], comma: number, step: 1 | -1): number {
  for (let j = comma + step, n = 0; j >= 0 && j < tokens.length && n < MAX_APPOSITION_WORDS; j += step, n += 1) {
    const t = tokens[j]!;
    if (t.text !== ',') {
      if (!APPOSITION_HOLDS.has(t.pos) && !(t.pos === 'PUNCT' && (t.text === '-' || t.text === "'s" || t.text === '’s'))) return -1;
      continue;
    }
    if (n === 0) return -1;
    const [open, close] = step === 1 ? [comma, j] : [j, comma];
    const head = tokens[open - 1]?.pos;
    return APPOSITION_OPENS.has(tokens[open + 1]!.pos) && (head === 'NOUN' || head === 'PROPN') && close > open + 1 ? j : -1;
  }
  return -1;
}

/**
 * The index of the preposition of place whose noun phrase holds a candidate ("worked **at** his old Tolly mill", "fled
 * **to** his birthtown, Tarnby"), or -1 where none does. For a question about where something went (`destination`) the
 * prepositions of a destination count and "from" does not; for any other, the reverse.
 */
function placingBefore(sentence: StorySentence, candidate: Mention, destination: boolean): number {
  const tokens = sentence.tokens;
  let k = tokens.findIndex((t) => t.start >= candidate.start) - 1;
  if (k < -1) k = tokens.length - 1;
  const first = k;
  for (; k >= 0 && first - k < MAX_PHRASE_BEFORE; k -= 1) {
    const t = tokens[k]!;
    const word = t.text.toLowerCase();
    if (
      PHRASE_POS.has(t.pos) ? word === 'that' : !PHRASE_JOINS.has(word) && !(APPOSITION.has(word) && NOUN_POS.has(tokens[k - 1]?.pos ?? ''))
    )
      break;
  }
  const preposition = tokens[k]?.text.toLowerCase() ?? '';
  return tokens[k]?.pos !== 'ADP' || !PLACING.has(preposition) || (destination ? preposition === 'from' : TOWARD.has(preposition)) ? -1 : k;
}

/**
 * How far a candidate is the place a sentence gives a thing the question names by a noun: it stands in the noun phrase
 * after a preposition of place right after that noun ("a lower weir **at Tolly**", "the tastings (**in the cellar**)"
 * for "Where was the river dammed with a lower weir?", "Where are the tastings held?"), as against the places verbs
 * give. The count of the question's words that noun phrase holds ("lower", "weir": 2; "an upper weir near Orsk": 1),
 * so the phrase closest to the question's wins; 0 where the candidate stands after no such noun. Never a destination's
 * preposition nor "from" ("the road to Orsk", "a letter from Tolly" place nothing at the noun).
 *
 * @param nouns the terms of the question's nouns (placeAsked.ts `questionNouns`)
 * @param terms the question's terms
 */
export function placedByNoun(sentence: StorySentence, candidate: Mention, nouns: ReadonlySet<string>, terms: readonly string[]): number {
  const k = placingBefore(sentence, candidate, false);
  if (k < 1 || sentence.tokens[k]!.text.toLowerCase() === 'from') return 0;
  let h = sentence.tokens[k - 1]!.text === '(' ? k - 2 : k - 1;
  if (sentence.tokens[h]?.pos !== 'NOUN' || !nouns.has(termOf(sentence.tokens[h]!.text) ?? '')) return 0;
  let held = 0;
  for (; h >= 0 && PHRASE_POS.has(sentence.tokens[h]!.pos); h -= 1) if (terms.includes(termOf(sentence.tokens[h]!.text) ?? '')) held += 1;
  return held;
}

/** Nouns: the heads a name in apposition follows, and what a compass phrase may go on with ("the southeast **part** of …"). */
const NOUN_POS = new Set(['NOUN', 'PROPN']);

/** Whether a word's term, or its lemma's, is one of the question's verbs. */
function askedVerb(t: Token, verbs: ReadonlySet<string>): boolean {
  const term = termOf(t.text);
  if (term !== null && verbs.has(term)) return true;
  const lemma = t.lemma === undefined ? null : termOf(t.lemma);
  return lemma !== null && verbs.has(lemma);
}

/**
 * Whether a candidate stands right after a preposition of place, past any determiner ("in **Velden**", "at **the
 * mill**"): a name that says where by itself.
 */
export function placedIn(sentence: StorySentence, candidate: Mention): boolean {
  return placedAt(sentence, candidate.start);
}

/**
 * The place phrase a where-answer's name stands in, where it goes on to a noun of a place ("in **Tam Ferrow's east
 * wing**", "at **the Orlen campus**"): the chunk after a preposition of place that holds the name and ends in a noun
 * WordNet files as a place; or, after any word, a place's name the name ends whose capitalised words "and" joins
 * ("the old **Velden Glass and Salt Centre**" for "Salt Centre": the tagger split it at the "and"). Not a chunk headed
 * by a state or an act the name is "of" ("to the **custody of** the Orsk Tower": `ofAbstract`). Undefined where no such
 * longer phrase holds it.
 */
export function widerPlace(sentence: StorySentence, chunks: readonly Mention[], name: Mention): Mention | undefined {
  return chunks.find(
    (c) =>
      c.start <= name.start &&
      c.end >= name.end &&
      c.end - c.start > name.end - name.start &&
      (placedAt(sentence, c.start) || joinedNameEnd(sentence.text, c, name)) &&
      nounClass(c.text.split(/\s+/).at(-1)!.toLowerCase()) === 'place' &&
      !ofAbstract(sentence.text.slice(c.start, name.start)),
  );
}

/** A chunk's words before the name it holds, ending in "of" and an article or none ("the custody **of the** …"). */
const HEAD_THEN_OF = /^(?:\S+\s+)*?(\p{Ll}+)\s+of\s+(?:the\s+|an?\s+)?$/u;

/** Classes of a noun that name no place: a state, an act, a quality ("custody", "protection", "control"). */
const ABSTRACT: ReadonlySet<NounClass> = new Set(['state', 'act', 'attribute']);

/**
 * Whether the words of a chunk before a name are a noun and "of" ("the custody of", "the protection of"), the noun's
 * first WordNet class a state, an act or a quality and no sense of it a place: the chunk then names that state, not a
 * place ("the banks of", "the plains of" still widen a where-answer; "the safety of" too, WordNet filing a safe place).
 * SQuAD reading where: one shown answer mended, none lost.
 */
function ofAbstract(before: string): boolean {
  const head = HEAD_THEN_OF.exec(before)?.[1];
  if (head === undefined) return false;
  const classes = commonNounClasses(head);
  return classes.length > 0 && ABSTRACT.has(classes[0]!) && !classes.includes('place');
}

/** A name of capitalised words with "and" inside ("Velden Glass and Salt Centre"), as a chunk writes it. */
const JOINED_NAME = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+)+and\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+)*\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/**
 * Whether a chunk is a name joined by "and" whose part after the "and" the name ends with ({@link JOINED_NAME}): one
 * place's name, its last word a common noun of a place and the word before "and" no place of its own ("Velden Glass and
 * Salt Centre"; not "Velden and Orsk" nor "Velden and Orsk Harbour", two places).
 */
function joinedNameEnd(text: string, chunk: Mention, name: Mention): boolean {
  if (name.end !== chunk.end || !JOINED_NAME.test(chunk.text)) return false;
  const and = text.lastIndexOf(' and ', name.start);
  if (and < chunk.start) return false;
  const head = chunk.text.slice(chunk.text.lastIndexOf(' ') + 1).toLowerCase();
  return commonNounClasses(head)[0] === 'place' && placeKind(text.slice(text.lastIndexOf(' ', and - 1) + 1, and)) === undefined;
}

/** What a phrase's words after a describing name may be, up to its noun ("Orlen **nuclear test site**"). */
const DESCRIBED_POS = new Set(['ADJ', 'NOUN']);

/**
 * The noun phrase a where-answer's name only describes, where the name names no place by its spelling and lower-case
 * nouns follow it in its phrase ("bound in **early Tarnish hymnals**", "met at **the Orlen pump house**"): the phrase
 * from its first word through those nouns, as a name alone ("Tarnish") says no place. Undefined where no noun follows.
 *
 * @param isPlace whether a name is a place by its spelling
 */
export function describedByName(
  sentence: StorySentence,
  chunks: readonly Mention[],
  name: Mention,
  isPlace: (name: string) => boolean,
): Mention | undefined {
  const tokens = sentence.tokens;
  let k = tokens.findIndex((t) => t.start >= name.end);
  if (k < 0 || tokens[k]!.start !== name.end + 1 || sentence.text[name.end] !== ' ') return undefined;
  let end = -1;
  for (; k < tokens.length && DESCRIBED_POS.has(tokens[k]!.pos) && !isCapitalised(tokens[k]!.text); k += 1)
    if (tokens[k]!.pos === 'NOUN') end = tokens[k]!.end;
  if (end < 0 || isPlace(name.text)) return undefined;
  const chunk = chunks.find((c) => c.start <= name.start && end <= c.end);
  return chunk && { type: 'PHRASE', text: sentence.text.slice(chunk.start, end), start: chunk.start, end };
}

/**
 * What may follow the region of "Velden, Tarnmark" where the pair ends: the sentence's end, a mark, or a word that opens
 * no list (nor ", and …", a list's closing member).
 */
const REGION_END = /^(?:\s*$|\s*[.;:)!?]|,\s+(?!(?:and|or)\b)(?!\p{Lu}[^,]*?\s(?:and|or)\s)|\s+(?!and\b|or\b)\p{Ll})/u;

/** A name of a list's member before the answer ("Arlen, **Varna**, Tolly and …"). */
const LIST_BEFORE = /\p{Lu}[\p{L}\p{M}.'’-]*,\s+$/u;

/** What the tagger may type a town before its region. */
const NAME_TYPES: ReadonlySet<EntityType> = new Set(['PLACE', 'ORG', 'PERSON']);

/** A preposition, then capitalised words in a row and a comma, right before a span ("moved to **Tarn**, Velmark"). */
const TOWN_BEFORE = /(?:^|\s)(\p{Ll}+)\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*),\s+$/u;

/**
 * The place a where-answer's place stands in, as the sentence writes it after a comma ("in Velden, **Tarnmark**", "born in
 * Tarn, **Velmark**"), and the place that one stands in where a third follows ("on Orsk Hill, Velden, **Tarnmark**"); or,
 * where the answer is that region, the town written before it ("moved to **Tarn**, Velmark"): the pair, as a reader
 * answers where a town is. Not a list of places ("Arlen, Varna and Tolly"), nor a place the question names. Undefined
 * where no such place stands beside it.
 *
 * @param named whether the question names a word of the place
 */
export function withRegion(sentence: StorySentence, place: Mention, named: (word: string) => boolean): Mention | undefined {
  const text = sentence.text;
  const town = townBefore(sentence, place, named);
  let end = place.end;
  if (town === undefined) {
    // A country before a comma is a list's member ("from Orsk, Tarnia sent …"), not a town in its region.
    if (LIST_BEFORE.test(text.slice(0, place.start)) || namesCountry(place.text)) return undefined;
    end = regionAfter(sentence, place.end, named) ?? -1;
    if (end < 0) return undefined;
  }
  // "Orsk Hill, Velden, Tarnmark": the region's own region, where the sentence writes one.
  end = regionAfter(sentence, end, named) ?? end;
  if (!REGION_END.test(text.slice(end))) return undefined;
  const start = town ?? place.start;
  return { type: place.type, text: text.slice(start, end), start, end };
}

let countryNames: ReadonlySet<string> | undefined;

/**
 * Whether a name is a country's: the gazetteer's names and spellings, or a name WordNet gives an instance of "country"
 * that the gazetteer lacks ("Britain", "Turkey").
 */
function namesCountry(name: string): boolean {
  countryNames ??= nounKindNames('country');
  return placeKind(name) === 'country' || countryNames.has(name.toLowerCase());
}

/** Where the place a sentence writes after a comma at offset `at` ends, if one stands there that the question does not name. */
function regionAfter(sentence: StorySentence, at: number, named: (word: string) => boolean): number | undefined {
  if (sentence.text.slice(at, at + 2) !== ', ') return undefined;
  const region = regionAt(sentence, at + 2);
  return region && !region.text.split(/\s+/).some(named) ? region.end : undefined;
}

/**
 * Where the town a region answer stands after starts ("moved to **Tarn**, Velmark" for "Velmark"): capitalised words
 * after a preposition of place written in lower case (not one opening the sentence: "In Tarn, Velmark …" may open a
 * clause) and before the comma, not a country (a list's member: "in Orsk, Velmark"), a date or a person's given name,
 * nor a name the question writes ("Where is Tarn?" asks its region). The answer must be a place by its tag or by WordNet.
 */
function townBefore(sentence: StorySentence, region: Mention, named: (word: string) => boolean): number | undefined {
  const text = sentence.text;
  const from = Math.max(0, region.start - 80);
  const m = TOWN_BEFORE.exec(text.slice(from, region.start));
  if (!m || !PLACING.has(m[1]!) || (m.index === 0 && /\p{L}/u.test(text.charAt(from - 1)))) return undefined;
  const isRegion = region.type === 'PLACE' || nounClass(region.text.toLowerCase()) === 'place';
  const name = m[2]!;
  if (!isRegion || namesCountry(name) || name.split(/\s+/).some(named)) return undefined;
  const start = from + m.index + m[0].lastIndexOf(',') - name.length;
  const typed = sentence.entities.find((e) => e.start < start + name.length && start < e.end);
  // The tagger types an unknown town a person ("to Tarnovac, Velmark"); a given name opening it says one is meant.
  if (typed && !NAME_TYPES.has(typed.type)) return undefined;
  return typed?.type === 'PERSON' && isGivenName(name.split(' ')[0]!) ? undefined : start;
}

/** What stands between a question's words (a mark, a space). */
const WORD_GAPS = /[^\p{L}\p{M}\p{N}'’.-]+/u;

/**
 * Whether a question writes a word of a place as a place, not as its demonym ("Where is the Tarnish school?" names no
 * "Tarnia": the question tells what the school is, not that the reader knows the country), for {@link withRegion}.
 *
 * @param question the question as written
 */
export function questionNamesPlace(question: string): (word: string) => boolean {
  const terms = new Set(question.split(WORD_GAPS).map((w) => (placeKind(w) === 'demonym' ? null : termOf(w))));
  terms.delete(null);
  return (word) => terms.has(termOf(word));
}

/** Capitalised words in a row ("New Tarnmark"), or letters with full stops ("T.M."). */
const CAPITALISED_RUN = /^(?:(?:\p{Lu}\.)+|\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*)/u;

/** The place a sentence names from offset `at`: one the tagger typed, or capitalised words WordNet files as a place. */
function regionAt(sentence: StorySentence, at: number): { text: string; end: number } | undefined {
  const tagged = sentence.entities.find((e) => e.start === at);
  if (tagged) return tagged.type === 'PLACE' ? tagged : undefined;
  const run = CAPITALISED_RUN.exec(sentence.text.slice(at))?.[0];
  return run !== undefined && nounClass(run.toLowerCase()) === 'place' ? { text: run, end: at + run.length } : undefined;
}

/**
 * A name written right before a preposition of place that ends where a candidate starts, with any bracketed aside,
 * possessive, comma or article between ("the **Tarn Lace School**, in the …", "the **Orsk Board** (or Tarn Raad) at …"):
 * capitalised words in a row, "of" or "the" inside.
 */
const NAME_THEN_PLACING =
  /((?:\p{Lu}[\p{L}\p{M}\p{N}'’.-]*\s+(?:(?:of|de|the)\s+(?=\p{Lu}))?)*\p{Lu}[\p{L}\p{M}\p{N}'’.-]*)(?:\s+\([^()]{1,60}\))?(?:['’]s?)?,?\s+(?:in|at|on|near|within|inside|outside|beneath|under|beside|by)\s+(?:the\s+)?$/u;

/** What stands between a question's words, as names are matched against it (a mark, a space). */
const QUESTION_GAPS = /[^\p{L}\p{M}\p{N}'’.-]+/gu;

/**
 * Whether a candidate stands right after a preposition of place that follows a name the question writes ("the Tarn
 * Lace School in **Velden**" for "Where is the Tarn Lace School?"): the sentence says there where the thing asked about
 * is, as against the other places it names ("the Orlen Guild in Orsk"). The question writes the whole name, or two or
 * more of its last words ("Aldo IV" of "King Aldo IV"); one last word alone is another thing of the kind ("Lace
 * School" does not name "Orlen School").
 *
 * @param question the question, lower case
 */
export function placedAfterNamed(sentence: StorySentence, candidate: Mention, question: string): boolean {
  const run = NAME_THEN_PLACING.exec(sentence.text.slice(Math.max(0, candidate.start - 120), candidate.start))?.[1];
  if (run === undefined) return false;
  const words = run.toLowerCase().split(/\s+/);
  const asked = ` ${question.replace(QUESTION_GAPS, ' ')} `;
  for (let k = 0; k < words.length; k += 1)
    if ((k === 0 || words.length - k >= 2) && asked.includes(` ${words.slice(k).join(' ')} `)) return true;
  return false;
}

/**
 * A preposition of place and the name after a candidate ("the pressure hall **at the Tolly Field**"): capitalised
 * words in a row, "of" or "the" inside, as `NAME_THEN_PLACING` reads them before one.
 */
const PLACING_THEN_NAME =
  /^\s+(?:in|at|on|near|within|inside)\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}\p{N}'’.-]*\s+(?:(?:of|de|the)\s+(?=\p{Lu}))?)*\p{Lu}[\p{L}\p{M}\p{N}'’-]*)/u;

/**
 * Whether a candidate stands right before a preposition of place and a name the question writes ("in the pressure
 * hall at **the Tolly Field**" for "Where did the crew run tests at Tolly Field?"): the question names the place
 * that holds the one asked for, and the sentence gives the place inside it, as against the other places it names ("at
 * Orsk Works"). The question writes the whole name, or all of it past its first word; not a date or a time ("in May").
 *
 * @param question the question, lower case
 */
export function placedBeforeNamed(sentence: StorySentence, candidate: Mention, question: string): boolean {
  const m = PLACING_THEN_NAME.exec(sentence.text.slice(candidate.end, candidate.end + 120));
  if (!m) return false;
  const start = candidate.end + m[0].length - m[1]!.length;
  if (sentence.entities.some((e) => (e.type === 'DATE' || e.type === 'TIME') && e.start <= start && start < e.end)) return false;
  const words = m[1]!.toLowerCase().split(/\s+/);
  const asked = ` ${question.replace(QUESTION_GAPS, ' ')} `;
  return asked.includes(` ${words.join(' ')} `) || (words.length >= 2 && asked.includes(` ${words.slice(1).join(' ')} `));
}

/** What stands between two members of a list: a comma, "and" or "or", or both ("milling**, **weaving** and **dyeing"). */
const MEMBER_JOIN = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/;

/** The joiner that closes a list before its last member ("… schooling **and** government"). */
const CLOSING_JOIN = /\b(?:and|or)\s+$/;

/** A last member of two nouns joined by "and" or "or", which the chunker kept as one ("commerce, **schooling and government**"). */
const INNER_CLOSING = /^\S+\s(?:and|or)\s\S+$/;

/**
 * The place phrase a where-answer's phrase opens, where the sentence goes on to coordinate more noun phrases with it
 * after the same preposition ("spoken in **trade, schooling and law**", "in **the university and military
 * academy**"): the phrase and the chunks joined to it by commas and a closing "and" or "or". Undefined where no such
 * list follows it (a comma alone opens no list: "in the hall, Ada said"). Not coordinatedLists.ts `coordinated`, whose
 * last member may hold an "and" of any length ("bread, fresh fruit and cold milk"): after a place phrase that took in
 * a clause ("in the Orsk Palace, Velden hosts fairs and markets", the tagger reading "hosts" as a noun; SQuAD reading
 * where 2 won, 1 lost that way, 2 won, 0 lost this way).
 */
export function coordinatedPlace(sentence: StorySentence, chunks: readonly Mention[], phrase: Mention): Mention | undefined {
  const text = sentence.text;
  let end = phrase.end;
  let closed = false;
  for (;;) {
    const next = chunks.find((c) => c.start > end && MEMBER_JOIN.test(text.slice(end, c.start)));
    if (!next) break;
    const joiner = text.slice(end, next.start);
    end = next.end;
    if (CLOSING_JOIN.test(joiner) || INNER_CLOSING.test(next.text)) {
      closed = true;
      break;
    }
  }
  return closed ? { type: phrase.type, text: text.slice(phrase.start, end), start: phrase.start, end } : undefined;
}

/**
 * Prepositions that place a thing by where it stands against another ("**beneath** the old quay", "**among** the
 * reeds", "**outside** Velden"): the place is the relation, and the noun phrase alone says another ("Velden" for
 * "outside Velden"). Not the bare prepositions of place (in, at, on, to, from), which a where-question asks by itself.
 */
const RELATIONS = new Set([
  'among',
  'amongst',
  'amid',
  'along',
  'alongside',
  'beneath',
  'underneath',
  'under',
  'below',
  'above',
  'behind',
  'beyond',
  'between',
  'within',
  'outside',
  'across',
  'throughout',
  'opposite',
  'beside',
]);

/** What a relation's word may be tagged ("**opposite**" reads as an adjective, "**outside**" as an adverb). */
const RELATION_POS = new Set(['ADP', 'ADV', 'ADJ', 'SCONJ']);

/**
 * The start of what a where-answer's place must be shown with, written before the span from offset `start`: a
 * preposition that places by a relation ("lived **among the** reeds", "was found **beneath the** quay"), or "not" and
 * any preposition of place ("he was **not in** Velden"), with the determiners between; -1 where neither stands there,
 * or where the question writes that word itself ("Where do the barges pass between?" asks for what is between).
 * @example relationBefore(tagSentence('Eels live among the reeds.'), 20, () => false) // → 10
 *
 * @param asked whether the question writes a word (lower case)
 */
export function relationBefore(sentence: StorySentence, start: number, asked: (word: string) => boolean): number {
  const tokens = sentence.tokens;
  let k = tokens.findIndex((t) => t.end > start) - 1;
  if (k < -1) k = tokens.length - 1;
  while (k >= 0 && DETERMINER_POS.has(tokens[k]!.pos) && tokens[k]!.text.toLowerCase() !== 'that') k -= 1;
  const t = tokens[k];
  if (t === undefined) return -1;
  const word = t.text.toLowerCase();
  if (RELATIONS.has(word) && RELATION_POS.has(t.pos)) return asked(word) ? -1 : t.start;
  const not = tokens[k - 1];
  return t.pos === 'ADP' && PLACING.has(word) && not?.text.toLowerCase() === 'not' && !asked('not') ? not.start : -1;
}

/** The last words of a street's name ("Harbour **Road**"): a figure right before one numbers a house on it. */
const STREET_WORDS = new Set(['street', 'road', 'avenue', 'lane', 'boulevard', 'drive']);

/** A house number right before a street's name ("at **12** Harbour Road", "**4a** Mill Lane", "**10–12** Quay Street"). */
const HOUSE_NUMBER = /(?:^|\s)(\d+[a-z]?(?:[–-]\d+[a-z]?)?)\s+$/;

/**
 * The rest of a street's name the tagger left out before its last word, a street numbered by an ordinal ("at **14 East
 * 3rd** Avenue", "on **9th** Street"): the ordinal, a capitalised word before it and a house number before that.
 */
const ORDINAL_STREET = /(?:^|\s)((?:\d+[a-z]?\s+)?(?:\p{Lu}\p{Ll}+\s+)?\d+(?:st|nd|rd|th)\s+)$/u;

/** A compass point and "of" right before a place ("**west of** Velden", "**north of the** Tarn"). */
const BEARING_BEFORE = /(?:^|\s)(\p{L}+)\s+of\s+(?:the\s+)?$/u;

/**
 * A where-answer's place with what the sentence writes right before it to say where: the house number of a street
 * ("at **12 Harbour Road**"), the ordinal that numbers a street named by its last word alone ("at **14 East 3rd
 * Avenue**"), or a compass point and "of" ("camped **west of Velden**", where the place is the one measured from, not
 * the one asked for). Undefined where none stands before it.
 */
export function withBearing(sentence: StorySentence, place: Mention): Mention | undefined {
  const before = sentence.text.slice(Math.max(0, place.start - 30), place.start);
  const last = place.text.lastIndexOf(' ');
  const street = STREET_WORDS.has(place.text.slice(last + 1).toLowerCase());
  const numbered = street ? ((last < 0 ? ORDINAL_STREET.exec(before) : null) ?? HOUSE_NUMBER.exec(before)) : null;
  const bearing = numbered ? null : BEARING_BEFORE.exec(before);
  const m = numbered ?? (bearing && compassWord(bearing[1]!) ? bearing : null);
  if (!m) return undefined;
  const start = place.start - before.length + m.index + (m[0].length - m[0].trimStart().length);
  return { type: place.type, text: sentence.text.slice(start, place.end), start, end: place.end };
}

/** A bracket holding only names and the commas between them ("(Tarn County, Orsk Province)", "(the Old Quay)"). */
const NAMES_IN_BRACKET =
  /^\(\s*(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*(?:,\s*(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*)*\s*\)$/u;

/**
 * Whether a candidate stands inside a bracket of names (`NAMES_IN_BRACKET`) right after another of its sentence's
 * candidates ("went to Halden (**Tarn County**, Orsk Province)"): the bracket tells where that one lies, and a
 * where-question asks for the place named before it, unless the question names that one itself ("Where is Halden?"
 * wants the bracket). Not a bracket holding more than names ("Orlen Field (a park north of Velden)").
 *
 * @param others the sentence's other candidates
 * @param question the question, lower case
 */
export function bracketedAfter(sentence: StorySentence, candidate: Mention, others: readonly Mention[], question: string): boolean {
  const text = sentence.text;
  const open = text.lastIndexOf('(', candidate.start);
  if (open < 0 || text.lastIndexOf(')', candidate.start) > open) return false;
  const close = text.indexOf(')', candidate.end);
  if (close < 0 || !NAMES_IN_BRACKET.test(text.slice(open, close + 1))) return false;
  const before = others.find((o) => o.end <= open && text.slice(o.end, open).trim() === '');
  return before !== undefined && !question.includes(before.text.toLowerCase());
}
