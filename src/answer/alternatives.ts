/**
 * Questions that offer alternatives ("Was the ferry late or early?", "Did Ada pick Lisbon or Oporto?"): the answer is
 * the alternative the best excerpts support, not a name taken from them.
 */
import { eng as englishStopWords } from 'stopword';
import { termOf } from '../search/terms.js';
import type { CorroboratedSentence } from './corroborate.js';
import type { ShortAnswer } from './extractAnswer.js';
import { opensWithAuxiliary, splitAtLastOr } from './yesNoQuestion.js';
import { phraseAnswer } from './phraseAnswer.js';
import { isCapitalised } from '../text/words.js';
import { escapeRegExp } from '../text/escapeRegExp.js';

/** Excerpts read, best first, for one that tells the alternatives apart. */
const EXCERPTS_READ = 3;

/** Words of an alternative at most (a longer one is a clause: "… or would they vary?"). */
const MAX_ALTERNATIVE_WORDS = 4;

const STOP_WORDS: ReadonlySet<string> = new Set(englishStopWords);

/** A word of a question as written, with where it starts. */
const QUESTION_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * The alternatives a yes-or-no question offers between its last "or" and the words before it: the words after "or" up
 * to the first function word after a content word, or a name's capitalised words ("Germany" of "… Scandinavia or
 * Germany first?"), and as many words
 * before "or", more while the earlier words are capitalised (a name: "Port Alder or Kestrel"). A list before "A or B"
 * ("predators, grazers or parasites") gives each of its members. Undefined for no such question.
 *
 * @example alternativesOf('Did the club move to Port Alder or Kestrel in 2012?') // → ['Port Alder', 'Kestrel']
 * @example alternativesOf('Was the ferry late or early?') // → ['late', 'early']
 */
export function alternativesOf(question: string): string[] | undefined {
  const split = opensWithAuxiliary(question) ? splitAtLastOr(question) : undefined;
  if (!split) return undefined;
  const after = wordsOf(split.after);
  // A name ends where its capitals do ("Germany" of "Germany first"); other words at a function word after a content word.
  const name = isCapitalised(after[0] ?? '');
  const second: string[] = [];
  for (const w of after) {
    if (name ? !isCapitalised(w) : second.some((s) => !isFunctionWord(s)) && isFunctionWord(w)) break;
    second.push(w);
  }
  if (second.length === 0 || second.length > MAX_ALTERNATIVE_WORDS || second.every(isFunctionWord)) return undefined;
  const { before } = split;
  // "predators, grazers or parasites": the members of a list before the last one.
  const listed = before.split(/\s*,\s*/).filter((m) => m !== '');
  if (listed.length >= 2 && listed.slice(1).every((m) => wordsOf(m).length <= MAX_ALTERNATIVE_WORDS)) {
    const head = wordsOf(listed[0]!);
    return [lastWords(head, second), ...listed.slice(1), second.join(' ')];
  }
  const first = lastWords(wordsOf(before), second);
  return first ? [first, second.join(' ')] : undefined;
}

/** The words of a text. */
function wordsOf(text: string): string[] {
  return [...text.matchAll(QUESTION_WORD)].map((m) => m[0]);
}

/** As many of the last words as the other alternative has, and more while they are capitalised (a name's words). */
function lastWords(words: readonly string[], other: readonly string[]): string {
  let from = Math.max(1, words.length - other.length);
  while (from > 1 && isCapitalised(words[from - 1]!) && isCapitalised(words[from]!)) from -= 1;
  return words.slice(from).join(' ');
}

/** Whether a word is a function word (a stop word). */
function isFunctionWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/**
 * The answer to a question offering alternatives: the alternative whose words the best excerpt (else the next two)
 * holds more of than any other's, written as that excerpt writes it; null when the question offers none or no excerpt
 * tells them apart.
 *
 * @example alternativeAnswer(groups, 'Was the ferry late or early?') // → { text: 'late', … } where the excerpt says so
 */
export function alternativeAnswer(groups: readonly CorroboratedSentence[], question: string): ShortAnswer | null {
  const offered = alternativesOf(question);
  if (!offered) return null;
  // Words every alternative holds ("the old bridge or the new bridge") tell none apart.
  const termSets = offered.map((a) => new Set(wordsOf(a).flatMap((w) => termOf(w) ?? [])));
  const shared = [...termSets[0]!].filter((t) => termSets.every((s) => s.has(t)));
  const own = termSets.map((s) => [...s].filter((t) => !shared.includes(t)));
  for (const [rank, group] of groups.slice(0, EXCERPTS_READ).entries()) {
    const held = new Set(wordsOf(group.sentence.text).flatMap((w) => termOf(w) ?? []));
    const shares = own.map((terms) => (terms.length === 0 ? 0 : terms.filter((t) => held.has(t)).length / terms.length));
    const best = Math.max(...shares);
    if (best === 0 || shares.filter((s) => s === best).length > 1) continue;
    const chosen = offered[shares.indexOf(best)]!;
    const written = writtenIn(group.sentence.text, chosen) ?? chosen;
    return phraseAnswer(written, rank, group.sentence.id, { near: best, margin: 0.5, support: 0.33, typed: 0 });
  }
  return null;
}

/** A phrase as a sentence writes it, in whole words (the case and a word's ending may differ: "contrasts"), or undefined. */
function writtenIn(sentence: string, phrase: string): string | undefined {
  const at = sentence.toLowerCase().search(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase.toLowerCase())}`, 'u'));
  if (at < 0) return undefined;
  const end = /^[\p{L}]*/u.exec(sentence.slice(at + phrase.length))![0].length;
  return sentence.slice(at, at + phrase.length + end);
}
