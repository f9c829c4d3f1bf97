import { nounLemma, senseClasses, singularNoun } from '../lexicon/index.js';
import type { StorySentence } from '../story/story.js';
import { isPossessiveMark } from '../text/words.js';
import { lowerWordsOf } from './unitFit.js';

/** "Where …": the question asks a place. */
const WHERE_ASKED = /^\W*where\b/i;

/**
 * "Where is Brandt from?", "Where does Ada Vell work / serve / play / study / teach?": a place a person belongs to answers
 * a question asking where they come from or what they work or study at, which is what a place owning a person tells
 * ("Velden's mayor", "a student at Orsk College").
 */
const BELONGING_ASKED =
  /\bfrom\W*$|\b(?:work|works|worked|working|serve|serves|served|serving|play|plays|played|playing|represent|represents|represented|representing|stud(?:y|ies|ied|ying)|teach(?:es|ing)?|taught|attend(?:s|ed|ing)?|educated)\b/i;

/** The words that join a person noun to what they belong to ("a spokesperson *for* the Orsk board", "an economist *at* Tarn Bank"). */
const BELONGS_TO = /^(?:of|for|at)$/i;

/** Most describing words and nouns read after the place for the noun it stands before ("Velden's *new deputy* mayor"). */
const OWNED_WORDS = 4;

/** A name's first letter: only a name (a place, a body) is a place that owns a person ("second-largest" is none). */
const NAME_START = /^\p{Lu}/u;

/** A word opening in lower case: a common noun or a describing word, not a name's. */
const LOWER = /^\p{Ll}/u;

/**
 * Whether a noun's first WordNet sense (of its singular) is a person ("mayor", "politicians"); a plural is read as its
 * singular first ("waters" is water, though WordNet files "Waters" as a person too).
 */
function personNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return senseClasses(singularNoun(lower) ?? nounLemma(lower) ?? lower)[0] === 'person';
}

/**
 * Whether a where-question's answer is a place (or a body) its sentence writes as the owner of a person, before one as a
 * describing word, or after one and "of", "for" or "at": "**Velden**'s mayor, Ivo Brandt, opened the pier", "**Orsk**
 * harbour officials said", "Ada Vell, a spokesperson for the **Tarn Board**, said": the sentence tells whose mayor or
 * spokesperson they are, not where anything is or happened, and a story that never tells where Brandt was born or grew
 * up offers the place his title names. The noun is the last of the lower-case describing words and nouns after the
 * place (at most OWNED_WORDS), or the one right before "of", "for" or "at" (an article between them and the place), its
 * first WordNet sense a person. Not for a question asking where someone comes from, works or studies (BELONGING_ASKED),
 * which the place a person belongs to answers; nor after a name ("Ivo Brandt of Velden"), which often tells where they
 * come from; nor where the question writes the person noun itself ("Where was Ivo Brandt mayor of?" asks whose mayor he
 * was), nor for an answer that is no name ("second-largest" for where a town ranks).
 *
 * @param written the answer as its sentence writes it
 * @example placeOwnsPerson('Where was Brandt born?', sentence, 'Velden') // → true for "Velden's mayor, Ivo Brandt, opened the pier."
 */
export function placeOwnsPerson(question: string, sentence: StorySentence, written: string): boolean {
  if (!WHERE_ASKED.test(question) || BELONGING_ASKED.test(question) || !NAME_START.test(written)) return false;
  const asked = new Set(lowerWordsOf(question));
  const at = sentence.text.indexOf(written);
  if (at < 0) return false;
  const end = at + written.length;
  const after = sentence.tokens.filter((t) => t.start >= end);
  const owned = isPossessiveMark(after[0]?.text ?? '') ? after.slice(1) : after;
  // "a spokesperson for the Orsk board": a person noun, then "of", "for" or "at" and an article, before the answer.
  const before = sentence.tokens.filter((t) => t.end <= at);
  const joint = before.at(-1)?.pos === 'DET' ? before.length - 2 : before.length - 1;
  const holder = before[joint - 1];
  if (BELONGS_TO.test(before[joint]?.text ?? '') && holder?.pos === 'NOUN' && LOWER.test(holder.text) && personNoun(holder.text))
    return !asked.has(holder.text.toLowerCase());
  let head: string | undefined;
  for (const t of owned.slice(0, OWNED_WORDS)) {
    // A word the tagger reads as a verb before the noun describes it ("Velden's *lead* negotiator"); after it, it is the clause's verb.
    const describing = t.pos === 'ADJ' || (t.pos === 'VERB' && head === undefined);
    if ((t.pos !== 'NOUN' && !describing) || !LOWER.test(t.text)) break;
    if (t.pos === 'NOUN') head = t.text;
  }
  return head !== undefined && personNoun(head) && !asked.has(head.toLowerCase());
}
