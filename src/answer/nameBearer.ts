import { senseClasses } from '../lexicon/index.js';
import { HONORIFICS } from '../nlp/cueWords.js';

/**
 * A person's name that shares a word with a name the question writes, yet is another bearer of that word: "Who founded
 * Tellin Park?" → "Orla Tellin" (the park is named after her), "Who did Dorvan Tovar choose?" → "Ivo Tovar" (a kinsman).
 */

/**
 * Whether a word opening a name is a title ("President", "Mr", "Duke"): a person's title before the shared word names
 * that same person ("President Vell" is Ada Vell), no other bearer. (Only the opening word: a family name after a given
 * name may be a person's noun too, "Ivo Porter".)
 */
function titleWord(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase()) || senseClasses(word)[0] === 'person';
}

/** A word of a name: capitalised, or the "&" that joins a firm's ("Tellin & Company"). */
const NAME_WORD = /^(?:\p{Lu}[\p{L}.'’-]*|&)$/u;
/** A possessive ending, read off a name's last word ("Tellin's"). */
const POSSESSIVE = /['’]s?$/u;

/** The capitalised runs a question writes past its opening word, each as the list of its words, possessives read off. */
function questionNames(question: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  const tokens = question.split(/[\s?,;:!"()]+/u).filter((t) => t.length > 0);
  for (let i = 1; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const named = NAME_WORD.test(token);
    if (named) run.push(token.replace(POSSESSIVE, ''));
    // A possessive ends its name ("Tovar's heir"), as a lower-case word does.
    if (named && !POSSESSIVE.test(token)) continue;
    if (run.length > 0) runs.push(run);
    run = [];
  }
  if (run.length > 0) runs.push(run);
  return runs.filter((r) => r.some((w) => w !== '&'));
}

/**
 * Whether a person's name `name` is another bearer of a name word the question writes: the name has a word of three
 * letters or more of its own (a given name the question does not write), and each name the question writes that shares
 * one of its words also holds a word the person's name does not ("Tellin *Park*", "*Dorvan* Tovar"), so the question
 * names something or someone else (a word other than a title: "President Vell" may be Ada Vell herself). The question's
 * own person, written in full ("Orla Tellin") or in part ("Tellin"), is no other bearer. General: a place, firm or
 * prize named after a person, and kin sharing a family name, are how news stories write names.
 *
 * @example otherBearer('Orla Tellin', 'Who founded Tellin Park?') // → true
 * @example otherBearer('Orla Tellin', 'Who did Orla Tellin hire?') // → false
 */
export function otherBearer(name: string, question: string): boolean {
  const words = name.split(/\s+/u).filter((w) => NAME_WORD.test(w) && w !== '&');
  if (words.length < 2) return false;
  const runs = questionNames(question);
  const written = new Set(runs.flat());
  if (!words.some((w) => w.length >= 3 && !written.has(w))) return false;
  const own = new Set(words);
  const sharing = runs.filter((r) => r.some((w) => own.has(w)));
  return sharing.length > 0 && sharing.every((r) => r.some((w, i) => w !== '&' && !own.has(w) && !(i === 0 && titleWord(w))));
}
