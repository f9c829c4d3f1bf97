import { type Token, tagSentence } from '../nlp/entities.js';
import { isVerbLemma } from '../lexicon/index.js';
import { irregularVerbBase, termOf } from '../search/terms.js';
import { mayBeQuestionVerb } from './clauseRoles.js';
import type { StorySentence } from '../story/story.js';
import { wordText } from '../story/tokenColumns.js';
import { glancedWords } from '../story/tokenWords.js';
import { sentenceSlots } from './sentenceMemo.js';

/**
 * The index term of a question's verb (`questionVerb`): "Who did the Harbour Lions *beat* in …?" → "beat", "When did
 * the Velmian empire *fall*?" → "fall" though wink tags "fall" a noun; null when it has none ("What is X?"). Every
 * reader of the question's verb (PreparedQuery.verb: the ranker's `leadsWithVerb`, the extractor, mentions) reads it
 * through this.
 *
 * @example questionVerbTerm('Who sailed the ferry to Brisk?') // → 'sail'
 */
export function questionVerbTerm(question: string): string | null {
  const verb = questionVerb(tagSentence(question).tokens);
  return verb ? termOf(verb.text) : null;
}

/**
 * A question's verb: its first word wink tags VERB (its auxiliaries and modals are AUX, not VERB), or where it tags none,
 * the word its syntax makes the verb, if WordNet knows that word as a verb (`syntaxVerb`).
 */
export function questionVerb(tokens: readonly Token[]): Token | undefined {
  return tokens.find((t) => t.pos === 'VERB') ?? untaggedVerb(tokens);
}

/**
 * The verb of a question wink tagged with no VERB, by the question's syntax (`syntaxVerb`, `subjectQuestionVerb`):
 * undefined where it has a tagged verb or its syntax makes none.
 */
export function untaggedVerb(tokens: readonly Token[]): Token | undefined {
  if (tokens.some((t) => t.pos === 'VERB')) return undefined;
  return syntaxVerb(tokens) ?? subjectQuestionVerb(tokens);
}

/** Helpers that, put before the subject, leave the verb after it in its base form ("When *did* the empire fall?"). */
export const BASE_FORM_HELPERS = 'do|does|did|will|would|can|could|shall|should|may|might|must';
const BASE_FORM_HELPER = new RegExp(`^(?:${BASE_FORM_HELPERS})$`, 'i');

/** Forms of "have" that, put before the subject, leave the verb after it a participle ("What *has* the guild funded?"). */
const PARTICIPLE_HELPER = /^(?:has|have|had)$/i;

/** Tags of the words of a subject noun phrase between an inverted helper and its verb ("did *the Orsk guild's* weavers"). */
const SUBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART']);

/** Tags of a subject's last word, right before its verb. */
const SUBJECT_HEAD_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** A word in small letters only: a capitalised word inside the phrase is a name's. */
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * The verb of a question wink tagged without one, read by the question's syntax; undefined where none stands.
 *
 * - After a helper put before its subject ("did", "will", "can"), the verb follows the subject in its base form: the
 *   last word of the noun phrase after the helper that follows a noun and that WordNet knows as a verb ("When did the
 *   Velmian empire *fall*?", "What does the Orsk council *fund*?"); after "has", "have" or "had", a participle
 *   (`mayBeQuestionVerb`, or an irregular one: "What had the flood *destroyed*?").
 */
export function syntaxVerb(tokens: readonly Token[]): Token | undefined {
  const h = tokens.findIndex((t) => t.pos === 'AUX' && (BASE_FORM_HELPER.test(t.text) || PARTICIPLE_HELPER.test(t.text)));
  if (h < 0) return undefined;
  const participle = PARTICIPLE_HELPER.test(tokens[h]!.text);
  let found: Token | undefined;
  for (let k = h + 2; k < tokens.length; k += 1) {
    const t = tokens[k]!;
    // Before the verb the subject may hold a phrase of its own ("did the mill *at Orsk* close", "did Ada *and Ivo*
    // meet"); after it, such a phrase, a determiner or a possessive opens what follows the verb ("did the guild end *its*
    // toll", "did the empire fall *to* the Velmians").
    const opener = t.pos === 'DET' || POSSESSIVE.test(t.text);
    if (found && (opener || SUBJECT_JOIN_POS.has(t.pos))) return found;
    // A helper standing as the verb ends the subject: "does the rail *system* have" says no verb of "system".
    if (t.pos === 'AUX') return undefined;
    if (!SUBJECT_POS.has(t.pos) && !SUBJECT_JOIN_POS.has(t.pos) && !between(t)) break;
    if ((t.pos !== 'NOUN' && t.pos !== 'ADJ') || !LOWER_WORD.test(t.text)) continue;
    // The subject's last word comes right before the verb, or before an adverb or "not" ("did the mill *first* open").
    let b = k - 1;
    while (b > h && between(tokens[b]!)) b -= 1;
    const before = tokens[b]!;
    // After a word read as the verb, another may be the verb it qualifies: "did the fair *last* host" reads "host".
    if (b <= h || (before !== found && (!SUBJECT_HEAD_POS.has(before.pos) || POSSESSIVE.test(before.text)))) continue;
    if (participle ? isParticiple(t) : isVerbLemma(t.text)) {
      // A verb WordNet writes in two words: "did the fair *take* place".
      if (!participle && isVerbLemma(`${t.text}_${tokens[k + 1]?.text.toLowerCase()}`)) return t;
      found = t;
    }
  }
  return found;
}

/** Tags of the words that join a subject's phrases ("the mill at Orsk", "Ada and Ivo", "Ada, Ivo and Jan"). */
const SUBJECT_JOIN_POS: ReadonlySet<string> = new Set(['ADP', 'CCONJ', 'PUNCT']);

/** Whether a word may stand between a subject and its verb: an adverb ("first", "ever"), "not" (not the possessive "'s"). */
function between(t: Token): boolean {
  return t.pos === 'ADV' || (t.pos === 'PART' && NOT.test(t.text));
}

/** "not" and its short form. */
const NOT = /^(?:not|n't|n’t)$/i;

/** A question word that may be its clause's subject ("*Who* funds the school?", "*What* drives the wheel?"). */
const WH_SUBJECT = /^(?:who|what)$/i;

/**
 * The verb of a question whose question word is its subject, tagged a noun or an adjective: the word right after "who"
 * or "what" in a verb's "-s" or past form that WordNet knows ("Who *funds* the Orsk school?", "Who *edited* the
 * Velden Gazette?", "What *drives* the wheel?"), where the question has no helper that could be its verb instead
 * ("What *colours* were the flags?": the "-s" word heads the asked phrase). The question word opens the question or
 * follows a comma ("Besides the mill, who *runs* …").
 */
function subjectQuestionVerb(tokens: readonly Token[]): Token | undefined {
  const w = tokens.findIndex((t, k) => WH_SUBJECT.test(t.text) && (k === 0 || tokens[k - 1]!.text === ','));
  const t = tokens[w + 1];
  if (w < 0 || !t || (t.pos !== 'NOUN' && t.pos !== 'ADJ') || !LOWER_WORD.test(t.text) || OF.test(tokens[w + 2]?.text ?? ''))
    return undefined;
  if (tokens.some((x) => x.pos === 'AUX')) return undefined;
  return verbFormBases(t.text).some(isVerbLemma) ? t : undefined;
}

/** "what kinds *of*": the word before it heads a noun phrase. */
const OF = /^of$/i;

/**
 * The base forms a verb's "-s" or past form may have: "funds" → fund, "reaches" → reach, "carries" → carry; "edited" →
 * edit (`regularBases`); "led" → lead (an irregular one). Empty for any other word.
 */
function verbFormBases(word: string): string[] {
  const lower = word.toLowerCase();
  const irregular = irregularVerbBase(lower);
  if (irregular !== undefined) return [irregular];
  if (lower.endsWith('ed')) return regularBases(lower);
  if (lower.endsWith('ies')) return [`${lower.slice(0, -3)}y`];
  if (lower.endsWith('es')) return [lower.slice(0, -1), lower.slice(0, -2)];
  if (lower.endsWith('s') && !lower.endsWith('ss')) return [lower.slice(0, -1)];
  return [];
}

/** Possessive words, which open a noun phrase ("did the mill change *its* name"): none is a subject's last word. */
const POSSESSIVE = /^(?:my|your|his|her|its|our|their)$/i;

/** Whether a word is a verb's participle by WordNet: a regular one (`mayBeQuestionVerb`) or an irregular one ("fallen"). */
function isParticiple(t: Token): boolean {
  const irregular = irregularVerbBase(t.text);
  if (irregular !== undefined) return isVerbLemma(irregular);
  return mayBeQuestionVerb(t) && t.text.endsWith('ed') && regularBases(t.text.toLowerCase()).some(isVerbLemma);
}

/** The base forms an "-ed" word may have: "funded" → fund, "moved" → move, "banned" → ban, "carried" → carry. */
function regularBases(word: string): string[] {
  const stem = word.slice(0, -2);
  const out = [stem, `${stem}e`];
  if (stem.length > 2 && stem.at(-1) === stem.at(-2)) out.push(stem.slice(0, -1));
  if (stem.endsWith('i')) out.push(`${stem.slice(0, -1)}y`);
  return out;
}

/**
 * Whether a sentence's first verb (wink's VERB) is the question's (`questionVerbTerm`): the sentence tells the asked
 * event in its first clause, not in one beside another event ("The mill *moved* to Brisk in 1881." for "When did the
 * mill move?", against "Ada *sold* the mill in 1890, and it moved to Brisk.").
 */
export function leadsWithVerb(sentence: StorySentence, verb: string): boolean {
  return keptFirstVerbTerm(sentence) === verb;
}

/**
 * Sentences whose first verb's term is kept: as many as their one-number nouns (NOUNS_KEPT), which the ranker reads of
 * the same 40 sentences a question, so that a warm-up can make both for every sentence of a story that fits.
 */
export const FIRST_VERBS_KEPT = 131_072;

/**
 * Each sentence's first verb's index term (`firstVerbTerm`), kept per sentence: the ranker asks `leadsWithVerb` of each
 * of a question's 40 candidates, and finding the first verb and its term anew each time was 1.5% of a warm 100k pass's
 * CPU (answerReplay --profile, 2,000 questions × 2).
 */
const firstVerbTerms = sentenceSlots<StorySentence, string | null>(FIRST_VERBS_KEPT);

/**
 * A sentence's first verb's term as `leadsWithVerb` reads it, made and kept now (a warm-up makes it for each sentence,
 * so that a first question reading the sentence finds it kept).
 */
export function keptFirstVerbTerm(sentence: StorySentence): string | null {
  return firstVerbTerms.get(sentence, firstVerbTerm);
}

/**
 * The index term of a sentence's first verb (wink's VERB), or null when it has none: "The Tolly mill *moved* to Brisk."
 * → "move". Where the story does not keep the sentence's token list, its tags and texts are read from the story's
 * columns (glancedWords), no list made (at 500,000 sentences the lists made here were a fifth of what a first pass of
 * 2,000 questions allocated).
 */
export function firstVerbTerm(sentence: StorySentence): string | null {
  const words = glancedWords(sentence);
  if (words === undefined) {
    for (const t of sentence.tokens) if (t.pos === 'VERB') return termOf(t.text);
    return null;
  }
  for (let j = 0; j < words.count; j += 1) if (words.tags[j] === 'VERB') return termOf(wordText(words, j));
  return null;
}

/** Forms of "have": stop words, so they have no index term and a question asking by one never meets "X has" in the search. */
const HAVE_FORM = /^(?:has|have|had|having)$/i;

/** Tags after a form of "have" that make it a helper ("has sold", "had long been", "have to"): not the main verb. */
const HELPER_HAVE_NEXT = new Set(['VERB', 'ADV', 'AUX', 'PART']);

/** Words after a form of "have" that make it a helper whatever their tag ("has been", "had to"). */
const HELPER_HAVE_WORD = /^(?:been|to)$/i;

/** Whether `word` is a form of "have" standing as a main verb: nothing after it, or no verb, adverb or helper. */
export function mainHave(word: string, next: string | undefined, nextTag: string | undefined): boolean {
  return HAVE_FORM.test(word) && (next === undefined || (!HELPER_HAVE_NEXT.has(nextTag ?? '') && !HELPER_HAVE_WORD.test(next)));
}

/**
 * Whether the question asks by "have" as a main verb ("What does the Tolly mill have?", "Which guild had the most
 * boats?"), not as a helper ("How many boats have been sold?", "How many boats has the guild sold?", "What did the guild
 * have to pay?"). wink tags every form of "have" AUX, so `questionVerbTerm` never reads one; and as a stop word it has
 * no index term.
 *
 * @example asksByHave('What does the Tolly mill have?') // → true
 */
export function asksByHave(question: string): boolean {
  const tokens = tagSentence(question).tokens;
  let have = false;
  for (let j = 0; j < tokens.length; j += 1) {
    // A verb after it, however far, makes an inverted "have" a helper: "How many looms has the guild sold?".
    if (tokens[j]!.pos === 'VERB') have = false;
    else if (mainHave(tokens[j]!.text, tokens[j + 1]?.text, tokens[j + 1]?.pos)) have = true;
  }
  return have;
}

/**
 * Whether a sentence says "have" as a main verb somewhere ("The Tolly mill has three wheels.", not "The mill has been
 * sold."): read as `leadsWithVerb` reads, from the story's columns where it keeps no token list.
 */
export function saysHave(sentence: StorySentence): boolean {
  const words = glancedWords(sentence);
  if (words === undefined) {
    const tokens = sentence.tokens;
    for (let j = 0; j < tokens.length; j += 1) if (mainHave(tokens[j]!.text, tokens[j + 1]?.text, tokens[j + 1]?.pos)) return true;
    return false;
  }
  for (let j = 0; j < words.count; j += 1) {
    const last = j + 1 >= words.count;
    if (mainHave(wordText(words, j), last ? undefined : wordText(words, j + 1), last ? undefined : words.tags[j + 1])) return true;
  }
  return false;
}
