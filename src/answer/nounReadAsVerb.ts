import { commonNounClasses } from '../lexicon/index.js';
import type { Token } from '../nlp/entities.js';
import { tokenLemma } from '../nlp/tokenLemma.js';
import { lemmaGuesses } from './paraphrase.js';

/** A word in small letters only. */
const LOWER_WORD = /^\p{Ll}+$/u;

/** Endings of an inflected verb, which may well be the verb it is tagged ("cover**s**", "cover**ed**", "cover**ing**"). */
const INFLECTED = /(?:[^s]s|ed|ing)$/;

/** A plural noun's ending, after which a base form agrees as its verb ("the crews **repair** …"). */
const PLURAL_NOUN = /[^s]s$/i;

/** What may follow a noun ending its phrase ("the scrub **cover** on …"); not "that", which a verb takes ("hold that …"). */
const PHRASE_END_POS: ReadonlySet<string> = new Set(['PUNCT', 'ADP', 'CCONJ']);

/** What a compound's words are tagged before it. */
const COMPOUND_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN']);

/**
 * Whether token k is a noun of a compound the tagger read as a verb: a word in small letters WordNet knows as a common noun,
 * in its base form, before a noun after an adjective or a singular noun ("worn **hull** plating", "a scrub **cover** crop"),
 * or ending its phrase after a singular noun, before a preposition or a mark ("the scrub **cover** on the slopes"). A
 * base form after a singular noun is no verb of it (that would be written "covers"); after a plural noun or a name it
 * may be ("the crews **repair** boats"), so that is left a verb, as it is after an "of" phrase, whose verb agrees with
 * the noun before "of" ("the tales of the old mill **hold** …"). An -ing form stays a verb: before a noun it is as
 * often a clause cut short ("a museum **showing** lace") as a compound. SQuAD reading 6 won / 2 lost (held back 4 /
 * 1), F1 0.6049 → 0.6051; with -ing forms and names before them too, 13 won / 13 lost.
 */
export function compoundNounReadAsVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'VERB' || t.lemma !== undefined || !LOWER_WORD.test(t.text) || INFLECTED.test(t.text)) return false;
  const before = tokens[k - 1];
  if (before === undefined || !COMPOUND_POS.has(before.pos) || PLURAL_NOUN.test(before.text)) return false;
  if (commonNounClasses(t.text).length === 0) return false;
  const next = tokens[k + 1];
  if (next?.pos === 'NOUN') return true;
  if (before.pos !== 'NOUN' || !(next === undefined || PHRASE_END_POS.has(next.pos))) return false;
  return !afterOf(tokens, k) && !bareInfinitiveAfterObject(tokens, k);
}

/**
 * Verbs whose object is followed by a bare infinitive ("saw the cart **pass**", "let the boat **drift**"): perception and
 * causative verbs, a closed class of English grammar, by lemma. SQuAD reading 1 won / 0 lost (held back).
 */
const BARE_INFINITIVE_VERBS: ReadonlySet<string> = new Set([
  'see',
  'watch',
  'hear',
  'feel',
  'notice',
  'observe',
  'overhear',
  'perceive',
  'witness',
  'let',
  'make',
  'have',
  'help',
  'bid',
]);

/** What opens a noun phrase before its words: an article or a possessive ("the", "his"). */
const OPENER_POS: ReadonlySet<string> = new Set(['DET', 'PRON']);

/**
 * Whether token k, a base form ending a phrase, is the bare infinitive of a perception or causative verb's object
 * ("watched the old cart **pass**"): the word before the object's words is one of those verbs, so the base form is the
 * object's verb, not the head of a compound. That word is read by its base forms whatever its tag: the tagger reads
 * an -ing form before an article as a noun as often as a verb ("anyone **noticing** the cart pass").
 */
function bareInfinitiveAfterObject(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && (COMPOUND_POS.has(tokens[j]!.pos) || tokens[j]!.pos === 'NUM' || describingParticiple(tokens, j))) j -= 1;
  if (OPENER_POS.has(tokens[j]?.pos ?? '')) j -= 1;
  const verb = tokens[j];
  return verb !== undefined && lemmaGuesses(tokenLemma(verb)).some((w) => BARE_INFINITIVE_VERBS.has(w));
}

/** Whether token j is a participle describing the noun after it ("the **moving** cart"), not a verb before its object. */
function describingParticiple(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  return t.pos === 'VERB' && /(?:ing|ed)$/.test(t.text) && COMPOUND_POS.has(tokens[j + 1]?.pos ?? '');
}

/** What the words of an "of" phrase before a compound's noun are tagged: a compound's, and a name's ("of the Tarn river"). */
const OF_PHRASE_POS: ReadonlySet<string> = new Set([...COMPOUND_POS, 'PROPN']);

/** Whether the words of a compound before token k open right after "of" ("tales of the old mill | hold", "floods of the Tarn river | come"). */
function afterOf(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && OF_PHRASE_POS.has(tokens[j]!.pos)) j -= 1;
  if (tokens[j]?.pos === 'DET') j -= 1;
  return tokens[j]?.text.toLowerCase() === 'of';
}
