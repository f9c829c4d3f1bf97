import { commonNounClasses, isDictionaryWord, nounClasses, nounLemma } from '../lexicon/index.js';
import { type Token, tagSentence } from '../nlp/entities.js';
import type { Story, StorySentence } from '../story/story.js';
import { isGivenName, placeKind } from '../text/places.js';
import type { AnswerKind } from './answerKind.js';
import { NATIONALITY_QUESTION } from './demonyms.js';
import { placedIn } from './placePhrases.js';
import { SUBTYPE_QUESTION } from './spanContext.js';

/** The tokens of a sentence inside [start, end). */
function tokensIn(sentence: StorySentence, start: number, end: number): Token[] {
  return sentence.tokens.filter((t) => t.start >= start && t.end <= end);
}

/** What a question asks for, as far as the answer's own kind can be checked against it. */
export type AskedKind = 'person' | 'place' | 'organization';

/**
 * The kind a question asks for: its answer kind, or an organisation for a which/what-NOUN question whose noun WordNet
 * first reads as one; none for "what kind of …" (a describing word answers it) nor a nationality.
 */
export function askedKind(kind: AnswerKind, focus: string | undefined, question: string): AskedKind | undefined {
  if (SUBTYPE_QUESTION.test(question) || NATIONALITY_QUESTION.test(question)) return undefined;
  if (kind === 'person') return 'person';
  if (kind === 'place') return 'place';
  const first = focus ? nounClasses(focus)[0] : undefined;
  return first === 'organization' || first === 'group' ? 'organization' : undefined;
}

/** A leading "the". */
const LEADING_THE = /^the\s+/i;
/** A word opening with a capital. */
const CAPITALISED = /^\p{Lu}/u;
/** One capitalised word. */
const ONE_CAPITALISED = /^\p{Lu}[\p{L}'’-]*$/u;
/** Types of a figure, a date or a time: their kind is not a name's. */
const VALUE_TYPES = new Set(['CARDINAL', 'ORDINAL', 'MONEY', 'PERCENT', 'QUANTITY', 'DATE', 'TIME', 'DURATION']);

/**
 * Whether a word is a describing word of English: a demonym, or a word WordNet knows, never as a place, that wink reads
 * lower case on its own as an adjective ("it is supplementary"); not a place's name ("Atlantic", "Southwest") nor a given
 * name ("Fort Mirela" answered "Mirela").
 */
function adjectiveForm(word: string): boolean {
  const known = placeKind(word);
  if (known !== undefined) return known === 'demonym';
  const lower = word.toLowerCase();
  return (
    !isGivenName(word) &&
    isDictionaryWord(lower) &&
    !nounClasses(lower).includes('place') &&
    tagSentence(`it is ${lower}`).tokens.at(-1)?.pos === 'ADJ'
  );
}

/**
 * Classes of a thing no one is: made, written, a time or an amount. Not an act, a state or WordNet's catch-all class,
 * which head names of bodies ("Harbour Rescue", "Ferry Aid"): with any class, the kit lost a charity so named; nor a
 * place, which heads names of bodies that act (a country, "X Museum", "X Hall"): with it, pooled SQuAD lost right
 * who-answers.
 */
const THING_CLASSES = new Set(['artifact', 'communication', 'time', 'quantity']);

/** Whether the token before a span's start is a capitalised word other than the sentence's first: the span ends a longer name. */
function endsLongerName(sentence: StorySentence, at: number): boolean {
  const before = sentence.tokens.findLast((t) => t.end <= at);
  return (
    before !== undefined &&
    before !== sentence.tokens[0] &&
    CAPITALISED.test(before.text) &&
    /^\s+$/.test(sentence.text.slice(before.end, at))
  );
}

/** Whether a noun is a plural of a group ("countries", "populations"): a describing word before it names a body of people. */
function pluralGroup(noun: Token): boolean {
  return /s$/i.test(noun.text) && nounClasses(noun.text.toLowerCase()).includes('group');
}

/**
 * Whether a capitalised word is the plural of a noun whose first WordNet sense is a person ("Drovers", "Celts"): the
 * people, not a place. A plural the lexicon reads as a place ("Highlands", "Andes") or as itself is none.
 */
function peoplePlural(word: string): boolean {
  const lemma = nounLemma(word);
  return lemma !== undefined && lemma !== word.toLowerCase() && nounClasses(lemma)[0] === 'person';
}

/** A figure written in digits. */
const DIGITS = /^\d[\d,.]*$/;

/**
 * Whether a span is a measure alone: a figure in digits and the noun after it, whose first WordNet sense is an amount
 * ("1200 kelvins", "40 metres"), with no capitalised word. An amount names no one; a count of people ("two crews",
 * "40 dockers") is no measure.
 */
function measureOnly(inside: readonly Token[]): boolean {
  const [figure, unit, ...rest] = inside;
  return (
    figure !== undefined &&
    unit !== undefined &&
    rest.length === 0 &&
    DIGITS.test(figure.text) &&
    !CAPITALISED.test(unit.text) &&
    nounClasses(unit.text.toLowerCase())[0] === 'quantity'
  );
}

/** Classes of a place one can be at or a thing made (a building, a room): a name headed by such a noun is a place ("X Hall"). */
const PLACE_CLASSES: ReadonlySet<string> = new Set(['place', 'artifact']);
/** Classes of a lower-case noun that may still say where: a place, a thing made, a body, a writing ("in his letters"). */
const WHERE_CLASSES: ReadonlySet<string> = new Set(['place', 'artifact', 'organization', 'communication']);
/** Classes of a quality or an amount of a thing. */
const MEASURE_CLASSES: ReadonlySet<string> = new Set(['attribute', 'quantity', 'time']);
/** Words of a noun phrase before an apposition's comma ("at **a telegraph company**, the Orsk Exchange"). */
const PHRASE_POS = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The head of each name a span joins by "and" or a comma: the last word before any "of" ("Tarn **Institute** of Art"). */
function conjunctHeads(inside: readonly Token[]): Token[] {
  const heads: Token[] = [];
  let from = 0;
  for (let k = 0; k <= inside.length; k += 1) {
    const t = inside[k];
    if (t !== undefined && !/^(?:and|&|,)$/i.test(t.text)) continue;
    const part = inside.slice(from, k);
    const ofAt = part.findIndex((w) => w.text.toLowerCase() === 'of');
    const head = part[(ofAt > 0 ? ofAt : part.length) - 1];
    if (head) heads.push(head);
    from = k + 1;
  }
  return heads;
}

/**
 * Whether a span stands where a place is written: after a preposition of place, past any determiner ("at **the Tarn
 * Institute**"), opening with one ("**within the guild**"), or in apposition to a phrase after one ("at a weaving
 * school, **the Orsk Institute**").
 */
function placedSpan(sentence: StorySentence, at: number, end: number, inside: readonly Token[]): boolean {
  if (inside[0]?.pos === 'ADP' || placedIn(sentence, { type: 'PHRASE', text: '', start: at, end })) return true;
  const tokens = sentence.tokens;
  let k = tokens.findIndex((t) => t.start >= at) - 1;
  while (k >= 0 && tokens[k]!.pos === 'DET') k -= 1;
  if (tokens[k]?.text !== ',') return false;
  let j = k - 1;
  while (j > 0 && PHRASE_POS.has(tokens[j - 1]!.pos)) j -= 1;
  return k > 0 && placedIn(sentence, { type: 'PHRASE', text: '', start: tokens[j]!.start, end: tokens[k - 1]!.end });
}

/**
 * Whether a where-answer's span names no place, where its sentence does not write it as one (`placedSpan`):
 * - a body or a person, not a place's name in the gazetteer, one of whose names joined by "and" is headed by a noun
 *   WordNet gives no sense of a place or a thing made: the doers or the object of a verb ("the **Tarn Institute and the
 *   Velden Trust** will hold their meetings"; "the Orsk Museum preserves the looms" is a place still);
 * - a phrase in lower case headed by a noun WordNet gives a sense of a quality or an amount and none of a place, a thing
 *   made, a body or a writing ("the mill fell in **value**", "the kiln grew in **size**"): even after "in" it tells how
 *   much, not where.
 */
function placeless(sentence: StorySentence, at: number, end: number, written: string, type: string, inside: readonly Token[]): boolean {
  if (inside.length === 0) return false;
  if (type === 'ORG' || type === 'PERSON')
    return (
      placeKind(written.replace(LEADING_THE, '')) === undefined &&
      !placedSpan(sentence, at, end, inside) &&
      conjunctHeads(inside).some((head) => !nounClasses(head.text.toLowerCase()).some((c) => PLACE_CLASSES.has(c)))
    );
  if (inside.some((t) => CAPITALISED.test(t.text)) || inside[0]!.pos === 'ADP') return false;
  const head = conjunctHeads(inside)[0]!;
  if (head.pos !== 'NOUN') return false;
  const classes = commonNounClasses(head.text.toLowerCase());
  return classes.some((c) => MEASURE_CLASSES.has(c)) && !classes.some((c) => WHERE_CLASSES.has(c));
}

/**
 * Why a short answer's span is not of the kind the question asks for, or undefined: read from the span itself — its
 * words, the word after it, the lexicon — not from the question's words.
 * - 'modifier': one capitalised word that is an adjective in English (a demonym, or wink reads it lower case as one)
 *   standing right before a noun: it describes that noun ("**Supplementary** rules", "**Catholic** schools") and
 *   names no person, place or organisation; a demonym still answers a who-question (the people of a place), and so does
 *   a word before a plural of a group ("nine Western countries"). Not a word that ends a longer name ("General Electric
 *   bid").
 * - 'people': for a place, such a word alone that is a demonym or whose first WordNet sense is a person ("Victorian"),
 *   or, when the question does not name the kind of place (`kindNamed`: "Where …", not "What house …", which a house
 *   called "The Coopers" answers), one capitalised plural of a noun whose first sense is a person ("Drovers"): it
 *   names the people of a place, not a place ("Upper" of "Upper X" is left alone).
 * - 'placeless': for a place, when the question does not name the kind of place, a body or a person written as the
 *   doer or object of a verb ("Where will the Orsk guild meet?" answered by "the Tarn Board and the Velden Trust" of "the
 *   Tarn Board and the Velden Trust will hold their meetings"), or a lower-case noun of a quality or an amount ("fell in
 *   value"): no place (`placeless`).
 * - 'measure': for a person, a figure in digits and a noun of an amount, nothing else ("1200 kelvins"): it names no one.
 * - 'thing': for a person, a name (a few words opening with a capital, no verb among them) headed by a common noun
 *   (before any "of") whose every WordNet class is a thing made, a writing, a time or an amount ("Harbour
 *   Television", "Edict of X"); not a typed person, nor one opening with a given name, nor a plural head (a team or a
 *   body: "the Hawks").
 */
export function kindClash(
  story: Story,
  sentenceId: number,
  written: string,
  type: string,
  asked: AskedKind | undefined,
  kindNamed = false,
): string | undefined {
  if (asked === undefined || VALUE_TYPES.has(type)) return undefined;
  const sentence = story.sentences[sentenceId];
  if (!sentence) return undefined;
  const at = sentence.text.indexOf(written);
  if (at < 0) return undefined;
  const end = at + written.length;
  const word = written.replace(LEADING_THE, '');
  if (ONE_CAPITALISED.test(word) && adjectiveForm(word)) {
    if ((asked === 'person' && placeKind(word) === 'demonym') || endsLongerName(sentence, at)) return undefined;
    const after = sentence.tokens.find((t) => t.start >= end);
    if (after && after.pos === 'NOUN' && /^\s+$/.test(sentence.text.slice(end, after.start)))
      return asked === 'person' && pluralGroup(after) ? undefined : 'modifier';
    const people = placeKind(word) === 'demonym' || nounClasses(word.toLowerCase())[0] === 'person';
    return asked === 'place' && people ? 'people' : undefined;
  }
  if (asked === 'place' && !kindNamed && ONE_CAPITALISED.test(word) && peoplePlural(word)) return 'people';
  const inside = tokensIn(sentence, at, end);
  if (asked === 'place' && !kindNamed && placeless(sentence, at, end, written, type, inside)) return 'placeless';
  if (asked === 'person' && measureOnly(inside)) return 'measure';
  if (asked !== 'person' || type === 'PERSON') return undefined;
  if (
    inside.length === 0 ||
    inside.length > 4 ||
    !CAPITALISED.test(inside[0]!.text) ||
    isGivenName(inside[0]!.text) ||
    inside.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
  )
    return undefined;
  const ofAt = inside.findIndex((t) => t.text.toLowerCase() === 'of');
  const head = inside[(ofAt > 0 ? ofAt : inside.length) - 1]!;
  if ((head.pos !== 'NOUN' && head.pos !== 'PROPN') || /s$/i.test(head.text)) return undefined;
  const classes = nounClasses(head.text.toLowerCase());
  return classes.length > 0 && classes.every((c) => THING_CLASSES.has(c)) ? 'thing' : undefined;
}
