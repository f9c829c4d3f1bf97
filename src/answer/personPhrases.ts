import { nounClasses, pluralLemmaOf, senseClasses } from '../lexicon/index.js';
import type { StorySentence } from '../story/story.js';
import { termOf } from '../search/terms.js';
import { isWordCode } from '../text/words.js';
import type { Mention } from './mentions.js';
import { lastEndingBy } from './spanWords.js';

/**
 * Whether a phrase ends in a lower-case noun that WordNet files as a person by one of its two most frequent senses
 * ("the veteran **goalkeeper**", "chief **engineer**"): a phrase that names a post. A capitalised word is left out
 * (a name's word, "Super" of a title, is no post).
 */
export function namesPost(text: string): boolean {
  const last = lastWord(text);
  return last !== undefined && LOWER_FIRST.test(last) && personInTopSenses(last);
}

/**
 * Whether WordNet files a noun as a person by one of its two most frequent senses ("agent", whose second sense is a
 * person; not "copper", a metal by its first two).
 */
export function personInTopSenses(word: string): boolean {
  const senses = senseClasses(word);
  return senses[0] === 'person' || senses[1] === 'person';
}

/**
 * Whether a noun tells of people: a person noun (personInTopSenses), or a plural WordNet lists as a lemma of its own whose
 * singular is one ("elders", "leaders": the plural's own sense is a group, the word still names several persons).
 */
function isPeopleNoun(word: string): boolean {
  if (personInTopSenses(word)) return true;
  const single = pluralLemmaOf(word.toLowerCase());
  // The plural's own sense a group of them ("leaders"), not another thing ("mechanics", the science).
  return single !== undefined && senseClasses(word)[0] === 'group' && personInTopSenses(single);
}

/**
 * Whether WordNet files a noun's two most frequent senses as groups ("the **public**", "the upper **classes**", "the
 * **masses**", "the **clergy**"): with "the" before its phrase (`THE_BEFORE`), a people taken as a whole, which answers
 * who as a body of people does. Bare or after a possessive such a noun more often gathers things ("its fleet",
 * "outlying communities", "survey data").
 */
function isGroupNoun(word: string): boolean {
  const senses = senseClasses(word);
  return senses[0] === 'group' && (senses[1] === undefined || senses[1] === 'group');
}

/**
 * Whether WordNet files a noun's most frequent sense as an organisation ("council", "committee", "police"): a body of
 * people that answers who as a person does ("the town **council**").
 */
function isBodyNoun(word: string): boolean {
  return senseClasses(word)[0] === 'organization';
}

/** Before a phrase: it tells what someone is or acts as ("served **as** an adviser"), not who did it. */
const AS_BEFORE = /\bas\s+(?:an?\s+|the\s+)?$/i;

/** Between a name and a phrase right after it: an apposition ("Ada Vell, **a retired judge**"). */
const APPOSITION_AFTER = /^\s*,\s*(?:an?|the|another|one)?\s*$/i;

/** Between a phrase and a name right after it: the phrase is the name's title ("the retired judge, Ada Vell"). */
const APPOSITION_BEFORE = /^\s*,?\s*$/;

/**
 * A word opening with a small letter, and the word before "of": module constants, as a regular expression written in
 * a function is a new object each time it runs (read for every chunk of every candidate sentence).
 */
const LOWER_FIRST = /^\p{Ll}/u;
/** "the" right before a phrase, and opening one. */
const THE_BEFORE = /\bthe\s+$/i;
const THE_OPENS = /^the\s/i;
const HEAD_BEFORE_OF = /([\p{L}-]+)\s+of\s/u;

/** A letter or a hyphen: what a phrase's last word is made of. */
const WORD_CHAR = /[\p{L}-]/u;
const LAST_WORD = /([\p{L}-]+)\W*$/u;
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * A phrase's last word: the run of letters and hyphens that only non-word characters (`\W`) follow, the same as
 * `/([\p{L}-]+)\W*$/u.exec(text)?.[1]`, read back from the end: that `$`-anchored expression was tried from each
 * place in the phrase, and its match object made, for every chunk of every candidate sentence (answerReplay at
 * 100k, 2,000 SQuAD questions, the first pass: 11 MB of match objects).
 *
 * @example lastWord('the retired judge.') // → 'judge'
 */
export function lastWord(text: string): string | undefined {
  // (A letter outside the Basic Multilingual Plane is two code units: such a text is read by the expression itself.)
  if (SURROGATE.test(text)) return LAST_WORD.exec(text)?.[1];
  // The non-word characters the text ends in start at `k`.
  let k = text.length;
  while (k > 0 && !isWordCode(text.charCodeAt(k - 1))) k -= 1;
  let start = k;
  if (k > 0 && WORD_CHAR.test(text[k - 1]!)) {
    // The word ends in a letter before them: it runs back to the first letter or hyphen of its run.
    while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start -= 1;
  } else {
    // Else it is the first run of letters or hyphens among them (a letter out of A–Z is a non-word character).
    while (start < text.length && !WORD_CHAR.test(text[start]!)) start += 1;
    if (start === text.length) return undefined;
  }
  let end = start;
  while (end < text.length && WORD_CHAR.test(text[end]!)) end += 1;
  return text.slice(start, end);
}

/**
 * The noun phrases of a sentence that tell of a person by a common noun ("**a bystander**", "**a witness**", "the
 * **local church elders**"), or of a body of people ("the town **council**"), for a who-question: the phrase ends in a
 * word tagged a noun there that WordNet files as a person, or a lower-case one whose most frequent sense is an
 * organisation (isBodyNoun; SQuAD reading F1 0.5199 → 0.5204, 19 won / 13 lost); a capitalised person noun only as the
 * sentence's first word ("**Plumbers** arrived …"). Each is marked `person`: 'alone' where the sentence offers no
 * name (`names`), 'beside' where it does ("**a passer-by** pulled Ada Vell from the water" for "Who rescued Ada
 * Vell?", the name being the one rescued) — the candidate model weighs the two apart
 * (SQuAD reading F1 0.5193 → 0.5196 with the weights fitted for them; scripts/fitCandidates.ts). Left out: a phrase
 * that only describes a name beside it ("Ada Vell, **a retired judge**"), which the name answers, and one after
 * "as" ("acting **as** an adviser"), which tells a part someone played. A body of people is left out where the
 * question asks for several people (`bodies` false: peopleAsked.ts). `askedTerms`, the question's terms, tell a name
 * the question writes from one it does not.
 */
export function personPhrases(
  sentence: StorySentence,
  chunks: readonly Mention[],
  names: readonly Mention[],
  bodies = true,
  askedTerms: readonly string[] = [],
): Mention[] {
  const text = sentence.text;
  const firstWordEnd = sentence.tokens[0]?.end ?? 0;
  const person = names.length > 0 ? 'beside' : 'alone';
  const out: Mention[] = [];
  for (const c of chunks) {
    const last = lastWord(c.text);
    if (last === undefined) continue;
    // "the arrival of winter": the phrase's head stands before "of", and must itself be a person or a body of them
    // ("a council of chiefs").
    const of = HEAD_BEFORE_OF.exec(c.text)?.[1];
    if (of !== undefined && !nounClasses(of.toLowerCase()).some((k) => k === 'person' || k === 'group' || k === 'organization')) continue;
    // "**tenants of the farm**", "the **envoy of Velmar**": a head that is a person's lower-case noun tells of people
    // whatever noun ends the phrase — but for a name the question writes ("friends of Ada Vell" for "Who … for Ada
    // Vell?"), where the part before "of" answers (`beforeOf`).
    const ofHead =
      of !== undefined &&
      LOWER_FIRST.test(of) &&
      isPeopleNoun(of) &&
      (LOWER_FIRST.test(last) || !askedTerms.includes(termOf(last.toLowerCase()) ?? ''));
    if (!ofHead) {
      const lower = LOWER_FIRST.test(last);
      if (!lower && !(c.start === 0 && c.end === firstWordEnd)) continue;
      if (
        !(
          isPeopleNoun(lower ? last : last.toLowerCase()) ||
          (lower && isGroupNoun(last) && theOpens(text, c)) ||
          (bodies && lower && isBodyNoun(last))
        )
      )
        continue;
      if (!endsInNoun(sentence, c.end)) continue;
    }
    if (AS_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) continue;
    if (names.some((n) => overlaps(n, c) || apposed(text, n, c))) continue;
    out.push({ ...c, person });
  }
  return out;
}

/** Whether "the" opens a phrase, within it or right before it (a chunk may be left without its determiner). */
function theOpens(text: string, phrase: Mention): boolean {
  return THE_OPENS.test(phrase.text) || THE_BEFORE.test(text.slice(Math.max(0, phrase.start - 5), phrase.start));
}

/**
 * Whether the word ending a phrase (at `end`) is tagged a noun: in "the painter remained **unknown**" it is an
 * adjective, whatever WordNet's noun senses of it (SQuAD reading F1 0.5196 → 0.5199, 4 questions won, none lost).
 */
function endsInNoun(sentence: StorySentence, end: number): boolean {
  const at = lastEndingBy(sentence.tokens, end);
  const t = at >= 0 ? sentence.tokens[at] : undefined;
  return t !== undefined && (t.pos === 'NOUN' || t.pos === 'PROPN');
}

function overlaps(a: Mention, b: Mention): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether a phrase stands in apposition to a name: right after it past a comma, or right before it. */
function apposed(text: string, name: Mention, phrase: Mention): boolean {
  if (name.end <= phrase.start) return phrase.start - name.end <= 12 && APPOSITION_AFTER.test(text.slice(name.end, phrase.start));
  if (phrase.end <= name.start) return name.start - phrase.end <= 3 && APPOSITION_BEFORE.test(text.slice(phrase.end, name.start));
  return false;
}
