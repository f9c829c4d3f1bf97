import { NUMBER_WORDS } from '../nlp/dates/dateLexicon.js';
import { termOf } from '../search/terms.js';
import { escapeRegExp } from '../text/escapeRegExp.js';

/**
 * How many things a question asks for, read from its grammar: a count ("Which two rivers …", "both"), a plural focus
 * noun or verb ("Which cities …", "What were …"), no noun for its answer at all ("Who led the survey?": one name or a
 * list), or one thing by a word ("What is one cause …", "Along with X, what …"). The extractor offers a list of the
 * mentions a sentence gives side by side (coordinatedLists.ts) by it. Questions come lowercased.
 */

/**
 * A number of things asked for ("Which two rivers …", "What are three …"), a plural focus noun ("Which cities …"), or
 * a plural verb after the question word ("What are some causes of …?", "What were the goods …?", "Who were … named after?").
 * Only the count that governs what is asked tells (see {@link askedCountWord}): "one" asks for one thing ("What is one
 * cause …", "Name one of the towns …"), a number after "of" chooses among things ("Which of the two teams …"), and a
 * count elsewhere counts something else ("Which team won the four races?").
 */
export function asksSeveral(text: string, focus: string | undefined): boolean {
  // (Read once per question: the extractor asks again for each sentence it makes lists in.)
  if (lastSeveral.text !== text || lastSeveral.focus !== focus) {
    const count = askedCountWord(text, focus);
    const several = count ? count !== 'one' : /^\W*(?:what|which|who)\s+(?:are|were)\b/i.test(text) || pluralFocus(focus);
    lastSeveral = { text, focus, several };
  }
  return lastSeveral.several;
}

/** The latest question `asksSeveral` read, and what it found. */
let lastSeveral: { text: string; focus: string | undefined; several: boolean } = { text: '', focus: undefined, several: false };

/**
 * The count word that governs what a question asks for, lowercased: one right after its question word or request
 * ("Which two rivers …", "What is one cause …", "Name the three …", "Which one of …": {@link COUNT_OPENS}), or one up
 * to two words before its focus noun ("the four largest teams"), where a count after "of" chooses among things and asks
 * for 'one' ("Which of the two teams …"). Undefined when the question writes none, or only one that counts something
 * else ("Which team won the four races?").
 */
function askedCountWord(text: string, focus: string | undefined): string | undefined {
  const opening = COUNT_OPENS.exec(text);
  if (opening) return opening[1]!.toLowerCase();
  // Only a question writing a count word and a space can hold one before its focus: most write none, and are spared
  // compiling a pattern of their own. Letters as a Latin range, not \p{L}: a regular expression with the u flag and \p{L}
  // under i costs ~0.5 ms to compile.
  if (focus === undefined || !COUNT_THEN_SPACE.test(text)) return undefined;
  const before = countBefore(focus).exec(text);
  if (!before || MEASURE.test(before[0])) return undefined;
  return CHOOSES_AMONG.test(text.slice(0, before.index)) ? 'one' : before[1]!.toLowerCase();
}

/** A count word: "one" to "six", or a figure from 2 to 12 (its first group). */
const COUNT_NO_BOTH = '(one|two|three|four|five|six|[2-9]|1[0-2])';
/** A count word, or "both" (before a noun: "both teams"; after a question word it opens "both X and Y"). */
const COUNT = '(one|two|three|four|five|six|both|[2-9]|1[0-2])';
/** A count word and white space: what {@link askedCountWord}'s pattern of a count before the focus opens with. */
const COUNT_THEN_SPACE = new RegExp(`\\b${COUNT}\\s`, 'i');
/**
 * A count right after the question word, wherever it stands ("The guild kept what two ledgers?"), or after a request
 * opening the question ("Name the three …"), past "is / are / was / were" and "the" ("What are both X and Y?" asks
 * what they are, no number of things).
 */
const COUNT_OPENS = new RegExp(
  `(?:^\\W*(?:name|list|give)|\\b(?:what|which|who))\\s+(?:(?:is|are|was|were)\\s+)?(?:the\\s+)?${COUNT_NO_BOTH}\\s`,
  'i',
);

/**
 * A count up to two words before the focus noun, made once per focus (questions share their focus nouns: "year",
 * "teams") rather than compiled per question.
 */
function countBefore(focus: string): RegExp {
  let made = countBeforeCache.get(focus);
  if (!made) {
    made = new RegExp(`\\b${COUNT}(?:\\s+[a-z\\u00c0-\\u024f'’-]+){0,2}\\s+${escapeRegExp(focus)}\\b`, 'i');
    if (countBeforeCache.size >= COUNT_BEFORE_KEPT) countBeforeCache.clear();
    countBeforeCache.set(focus, made);
  }
  return made;
}

/** The focus nouns' patterns `countBefore` made; cleared when full, so odd questions cannot grow it. */
const countBeforeCache = new Map<string, RegExp>();
const COUNT_BEFORE_KEPT = 256;

/**
 * How many things a question asks for by a count ("Which two rivers …" → 2, "Name 3 …" → 3), with the count as written;
 * undefined when it names none, or chooses among a number of things ("Which of the two teams …": one is asked for).
 * @example askedCount('What are three kinds of ferry?') // → { count: 3, written: 'three' }
 */
export function askedCount(text: string): { count: number; written: string } | undefined {
  const word = COUNT_WORD.exec(text);
  const count = word ?? COUNT_DIGITS.exec(text);
  if (!count || CHOOSES_AMONG.test(text.slice(0, count.index))) return undefined;
  const written = word ? count[0] : count[0].split(/\s/)[0]!;
  const lower = written.toLowerCase();
  const n = word ? (lower === 'both' ? 2 : NUMBER_WORDS.get(lower)) : Number(written);
  return n === undefined ? undefined : { count: n, written };
}

/**
 * How a question that asks for several things ({@link asksSeveral}) says so: by a count it opens with ("Which two rivers
 * …": {@link asksCount}), by its plural focus noun ("Which rivers …"), or otherwise ("What are the secretions called?", a
 * count elsewhere in it: "the two teams play for which group?"), which asks for one thing as often; 'none' when it asks
 * for no number of things.
 */
export function severalAsked(text: string, focus: string | undefined): 'count' | 'noun' | 'other' | 'none' {
  if (!asksSeveral(text, focus)) return 'none';
  return asksCount(text) ? 'count' : pluralFocus(focus) ? 'noun' : 'other';
}

/** Whether a question's focus noun is a plural ("cities", not "bus" nor "status"). */
function pluralFocus(focus: string | undefined): boolean {
  return focus !== undefined && /[^su]s$/i.test(focus) && termOf(focus) !== focus.toLowerCase();
}

/**
 * Whether a question asks for a number of things right after its question word ("Which two rivers …", "What are the
 * three …", "Name two …", "In what two towns …", "Who were two …", "The guild kept what two ledgers?"; {@link COUNT_OPENS}): that count
 * names how many answers it wants, not what it asks about ("What ship was tested in two tanks?"); "one" asks for one.
 */
export function asksCount(text: string): boolean {
  const count = COUNT_OPENS.exec(text);
  return count !== null && count[1]!.toLowerCase() !== 'one';
}

/** Units of time and shares: a count before one measures ("a two week break", "3 times"), it asks for no number of things. */
const MEASURE_AFTER = '(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|times|percent|per)\\b';
/** A count before a unit of time or a share measures ("a two week break"), it counts no things. */
const MEASURE = new RegExp(`^\\S+[\\s-]+${MEASURE_AFTER}`, 'i');
/** A count of things asked for in words ("Which two rivers …", "both"). */
const COUNT_WORD = new RegExp(`\\b(?:two|three|four|five|six|both)\\b(?![\\s-]+${MEASURE_AFTER})`, 'i');
/**
 * A count of things asked for in digits ("the 3 most …", "Name 2 …"), after a word that opens a noun phrase or a request:
 * not a figure of a name ("Apollo 11 crew"; the question may come lowercased) nor one before a unit of time or a share.
 */
const COUNT_DIGITS = new RegExp(
  `(?<=(?:^|\\s)(?:the|these|those|which|what|name|list|give|are|were|his|her|its|their|top|first|last)\\s+)(?:[2-9]|1[0-2])\\s+(?!${MEASURE_AFTER})\\p{L}`,
  'iu',
);
/** What before a count makes it one to choose among ("Which of the two teams …", "one of the 3"): one is asked for. */
const CHOOSES_AMONG = /\bof\s+(?:(?:the|these|those)\s+)?$/i;

/**
 * Whether a question may be answered by several names side by side though it asks for no number of things: it names
 * no noun its answer is ("Who led the survey?", "Where did the boats come from?") and no word that sets one thing
 * apart ("other", "another", "else", "besides", "only").
 */
export function mayAskSeveral(text: string, focus: string | undefined): boolean {
  return focus === undefined && !ONE_APART.test(text);
}

/**
 * Words by which a question asks for one thing though it names no noun for it: "one" ("What is one cause …"), "name
 * a/an …", or a thing set beside another ("Along with X, what …", "aside from", "apart from").
 */
const ONE_ASKED = /\b(?:one|name\s+an?|along\s+with|aside\s+from|apart\s+from)\b/;

/** Whether a question asks for one thing by a word though it names no noun for it ({@link ONE_ASKED}). */
export function asksOne(text: string): boolean {
  return ONE_ASKED.test(text);
}

/** Words by which a question sets one thing apart from others ("What other town …?", "the only road"). */
const ONE_APART = /\b(?:other|another|else|besides|only)\b/;
