import { eng as englishStopWords } from 'stopword';
import { createRequire } from 'node:module';
import { COMBINING_MARKS } from '../text/fold.js';
import { gazetteerData } from '../text/gazetteerData.js';
import { SpanTable, spanHash } from '../text/spanTable.js';
import { textMemo } from '../text/textMemo.js';
import { stem } from './stem.js';

/**
 * Words that carry no meaning for retrieval: the `stopword` package's English list (108 words, which
 * holds the question words who/what/where/how but not "when": questionFrameWords drops that from
 * questions) plus the few question auxiliaries it lacks. Dropping them from the index and from queries
 * is what keeps a natural question from touching every posting list. (A longer list, NLTK's, measured
 * no better on SQuAD: docs/history.md.)
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([...englishStopWords, 'does', 'whom', 'whose', 'why', 'which', 'its', "it's", 's']);

/**
 * Splits text into words: letters and digits, keeping inner apostrophes, dots of abbreviations and number separators,
 * and the combining marks written after a letter (an accent in decomposed text, Hebrew points, Arabic vowel marks),
 * which split a word in two when they were no word character ("Tave\u0301e" read "Tave", "e").
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'’,-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** Folds a word for matching: lower case, no diacritics, straight apostrophes, no dots or thousands separators. */
export function foldWord(word: string): string {
  return isPlainAscii(word) ? word.toLowerCase() : foldWordFully(word);
}

/** {@link foldWord} without its shortcut for plain ASCII: every step a regular expression (the reference it is tested by). */
export function foldWordFully(word: string): string {
  return word
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/(?<=\d),(?=\d{3}\b)/g, '')
    .replace(/\./g, '');
}

/** ASCII with no dot or comma: what `foldWord` does to it is to lower its case (most words; no regular expression then). */
function isPlainAscii(word: string): boolean {
  for (let i = 0; i < word.length; i += 1) {
    const c = word.charCodeAt(i);
    if (c > 127 || c === 46 || c === 44) return false;
  }
  return true;
}

/**
 * The words of a text as written (not folded), in order. A hyphenated word is split into its parts ("gold-themed" →
 * "gold", "themed"), so that either part finds it; so is a number range ("15-1", "1887-1902"), as one written with an
 * en dash already is ("15–1": the dash is no word character), so that a question typed with a hyphen finds a range
 * written with a dash, and a year finds the range it opens or closes. A season ("1995-96") stays whole.
 *
 * @example words("U.K.–Norway talks, 1,200 bales, 14-point plan, 11-3 win") // → ['U.K', 'Norway', 'talks', '1,200', 'bales', '14', 'point', 'plan', '11', '3', 'win']
 */
export function words(text: string): string[] {
  return wordsSplitAtHyphens(text, false);
}

/**
 * The words a sentence is indexed by: its {@link words}, and after the parts of a hyphenated word with a letter the
 * whole word, whose term is the parts joined ("e-mail" → "e", "mail", "e-mail", termed "email"), so that the sentence
 * is found by the parts and by the compound written as one word, the term the extractor reads the whole word by.
 * Questions keep to {@link words}: their joined forms added to the question's terms outweighed a compound's other
 * words. A number range is indexed by its parts alone: no one writes "15-1" as "151" (with its whole as well, a
 * sentence of match scores grew by a term a set, and its BM25 length with it: kit storyD hit@3 down one).
 *
 * @example indexWords('a 16-yard run') // → ['a', '16', 'yard', '16-yard', 'run']
 */
export function indexWords(text: string): string[] {
  return wordsSplitAtHyphens(text, true);
}

/** The words of a text, a hyphenated word with letters as its parts, followed by the whole word where `keepWhole`. */
function wordsSplitAtHyphens(text: string, keepWhole: boolean): string[] {
  const found = text.match(WORD) ?? [];
  if (!found.some(splitsAtHyphens)) return found;
  const out: string[] = [];
  for (const w of found) {
    if (!splitsAtHyphens(w)) {
      out.push(w);
      continue;
    }
    for (const part of w.split('-')) if (part) out.push(part);
    if (keepWhole && LETTER.test(w)) out.push(w);
  }
  return out;
}

/**
 * Where each word of {@link words}`(text)` lies, in order: `visit(start, end)` for each, no string made for a word (a
 * word {@link splitsAtHyphens} reads as parts: each of its parts). A reader that wants few of a text's words slices only those
 * (`readWrittenForms` reads 24 sentences per question term for one term's words: the words of each as strings were
 * 65 MB of answerReplay's first pass over 2,000 questions at 100k). With `keepWhole`, the words of {@link indexWords}:
 * a hyphenated word with a letter visited whole after its parts.
 *
 * @example forEachWordSpan('a 16-yard run', (s, e) => …) // visits [0, 1), [2, 4), [5, 9), [10, 13)
 */
export function forEachWordSpan(text: string, visit: (start: number, end: number) => void, keepWhole = false): void {
  forEachWordMatch(text, (start, end) => {
    let hyphen = start;
    while (hyphen < end && text.charCodeAt(hyphen) !== 45) hyphen += 1;
    if (hyphen === end) {
      visit(start, end);
      return;
    }
    const word = text.slice(start, end);
    if (!splitsAtHyphens(word)) {
      visit(start, end);
      return;
    }
    let from = start;
    for (; hyphen >= 0 && hyphen < end; hyphen = text.indexOf('-', hyphen + 1)) {
      if (hyphen > from) visit(from, hyphen);
      from = hyphen + 1;
    }
    if (end > from) visit(from, end);
    if (keepWhole && LETTER.test(word)) visit(start, end);
  });
}

/**
 * Where each match of {@link WORD} in `text` lies (a hyphenated word whole), in order: `visit(start, end)` for each,
 * with no match object made per word as a regular expression's `exec` makes.
 */
export function forEachWordMatch(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  let p = 0;
  while (p < n) {
    const c = text.charCodeAt(p);
    const opens = c < 128 ? isAsciiLetterOrDigit(c) : wordCharAt(text, p);
    if (!opens) {
      p += 1;
      continue;
    }
    const end = plainWordEnd(text, p);
    if (end > 0) {
      visit(p, end);
      p = end;
      continue;
    }
    WORD_AT.lastIndex = p;
    WORD_AT.test(text);
    const matched = WORD_AT.lastIndex;
    visit(p, matched);
    p = matched;
  }
}

/**
 * Where the word opening at `p` ends when it is ASCII letters and digits ended by other ASCII (a joiner of {@link WORD}
 * only when no letter or digit follows it), read without the regular expression; 0 when the expression must say.
 * Most words: the index's builder reads every word of a story by place (PostingBuilder), and a sticky match per word
 * cost it what its table saved (adding ~42k SQuAD sentences, CPU best / median against the builder before: 415 / 478
 * → 417 / 509 ms with the match per word, 466 / 498 → 405 / 451 with this).
 */
function plainWordEnd(text: string, p: number): number {
  const n = text.length;
  let q = p;
  while (q < n) {
    const c = text.charCodeAt(q);
    if (c >= 128) return 0;
    if (!isAsciiLetterOrDigit(c)) break;
    q += 1;
  }
  if (q === n) return q;
  const c = text.charCodeAt(q);
  // . ' , - join two words' characters.
  if (c !== 46 && c !== 39 && c !== 44 && c !== 45) return q;
  if (q + 1 === n) return q;
  const next = text.charCodeAt(q + 1);
  return next < 128 && !isAsciiLetterOrDigit(next) ? q : 0;
}

/** {@link WORD} anchored where a word opens, and one character of a word, anchored: tested in place (no match object). */
const WORD_AT = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[.'’,-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/uy;
const WORD_CHAR_AT = /[\p{L}\p{N}]/uy;
const LETTER = /\p{L}/u;

/** Whether a character of a word ({@link WORD_CHAR_AT}) stands at `at`. */
function wordCharAt(text: string, at: number): boolean {
  WORD_CHAR_AT.lastIndex = at;
  return WORD_CHAR_AT.test(text);
}

/** Whether a character code is an ASCII letter or digit. */
export function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
}

/**
 * Whether {@link words} reads a word as its parts: a hyphenated word ("16-yard"), a number range too ("15-1", "1887-1902"),
 * but not a season written as a year and the next one's last two figures ("2010-11": one period, named as a unit).
 * Ranges were kept whole ("15-1" termed "151") while one written with an en dash fell apart at the dash, so a question
 * typed with a hyphen missed the range as Wikipedia writes it. Round 25 (scripts/firstExcerptVariants.ts, SQuAD
 * pooled first excerpt right of 10,570; training / held back): 7,668 (3,729 / 3,939) → 7,675 (3,735 / 3,940); reading
 * F1 0.5188 unchanged (1 won, 1 lost); kit identical. Seasons split as well: 7,674, reading F1 0.5186 (1 won, 3 lost:
 * "the 2012-13 cost" finding another year's). Read the other way, an en dash between figures joining a range as a
 * hyphen does (both kept whole): 7,664.
 */
function splitsAtHyphens(word: string): boolean {
  return word.includes('-') && !SEASON.test(word);
}

/** A season or a year's span written as a year and the next one's last two figures ("1995-96"). */
const SEASON = /^\d{4}-\d{2}$/;

/**
 * The index term for one word, or null for a stop word: folded, possessive dropped, an irregular verb
 * form taken to its base ("led" → "lead") and a demonym to its country ("Norwegian" → "norway"), then
 * Porter2-stemmed ("negotiations" → "negoti", "Halvorsen's" → "halvorsen").
 */
export function termOf(word: string): string | null {
  const known = termCache.get(word);
  if (known !== undefined) return known;
  const term = computeTerm(word);
  if (termCache.size >= TERM_CACHE_SIZE) termCache.clear();
  termCache.set(word, term);
  return term;
}

/**
 * {@link termOf} of the word `text[start … end)`, found by its place in the text: a word looked up this way before is
 * not cut out of the text again (a table keyed by `spanHash`, as the index's builder finds its words). The extractor
 * and `termsOf` read the words of every candidate sentence they meet, and cutting each word only to look its term up
 * was most of what their first reading of a sentence allocated. Forgets every word when full, so it stays bounded.
 *
 * @example termOfSpan('The boats sailed.', 4, 9) // → 'boat'
 */
export function termOfSpan(text: string, start: number, end: number): string | null {
  const hash = spanHash(text, start, end);
  const number = spanTerms.find(text, start, end, hash);
  if (number >= 0) return spanTermList[number]!;
  const word = text.slice(start, end);
  const term = termOf(word);
  if (spanTerms.size >= SPAN_TERMS_KEPT) {
    spanTerms = new SpanTable(SPAN_TERMS_KEPT);
    spanTermList = [];
  }
  spanTermList[spanTerms.add(word, hash)] = term;
  return term;
}

/** The words termOfSpan keeps at most: its table is made with room for them all, so it is never grown inside a question. */
const SPAN_TERMS_KEPT = 131_072;
/** The words termOfSpan has looked up, numbered, and each one's term by its number. */
let spanTerms = new SpanTable(SPAN_TERMS_KEPT);
let spanTermList: (string | null)[] = [];

/**
 * {@link termOf} for a word read once and thrown away (each one-edit variant of a typo, some 550 a word): the cached
 * term where there is one, else the term worked out and not kept, so that the variants do not fill the cache and
 * clear out the story's words.
 */
export function termOfUncached(word: string): string | null {
  const known = termCache.get(word);
  return known !== undefined ? known : computeTerm(word);
}

/** How many words {@link termOf} keeps now (for tests of what is cached). */
export function cachedTermCount(): number {
  return termCache.size;
}

/**
 * Words already turned into terms: folding and stemming are most of the cost of indexing and of
 * re-ranking, and a corpus repeats a small vocabulary. Cleared when full, so it stays bounded. A map, not a
 * `textMemo`: a question looks up some 3,700 words here (answerReplay at 100k), and a map finds a word by the hash
 * V8 keeps on the string, where a text memo hashes it again each time (about twice a map's time a look-up), more than
 * its doublings inside questions cost (one in 2,000 questions at 100k).
 */
const termCache = new Map<string, string | null>();
const TERM_CACHE_SIZE = 200_000;

/**
 * How close to its next doubling the term cache may come before {@link growTermCacheAhead} doubles it: a question adds
 * a few dozen new words at most (2,000 SQuAD questions at 100,000 sentences added ~13,400 after the warm-up).
 */
export const TERM_GROWTH_HEADROOM = 4_096;

/** Keys no word is (no word holds a NUL), which growTermCacheAhead adds to make the cache double. */
const GROWTH_KEY = '\u0000';

/**
 * Doubles the term cache now, between two questions, when the words it holds have come within `headroom` of its next
 * doubling; whether it did. A map doubles its table when its entries reach its capacity (in V8 a power of two), copying
 * every entry: inside a question that cost ~2–5 ms of CPU at 32,768 words (within the first 250 questions at 100,000
 * sentences, after the warm-up), and a cache at 1,000,000 sentences doubles at 65,536 and 131,072 words as well. It is
 * made to grow here by filling it to one past its capacity with keys no word is, left in (taking them out would leave
 * holes that count towards the next doubling, or shrink the table): the cache keeps every word's term as before, so no
 * answer changes; it is cleared a few thousand words sooner.
 *
 * @example growTermCacheAhead() // → false (an empty cache is far from a doubling worth moving)
 */
export function growTermCacheAhead(headroom = TERM_GROWTH_HEADROOM): boolean {
  const size = termCache.size;
  let capacity = 4;
  while (capacity < size) capacity *= 2;
  // A small table doubles in microseconds; past the bound the cache is cleared before it would double again.
  if (capacity - size > headroom || capacity <= headroom || capacity > TERM_CACHE_SIZE) return false;
  for (let k = 0; termCache.size <= capacity; k += 1) termCache.set(`${GROWTH_KEY}${k}`, null);
  return true;
}

/**
 * A word's index term, not cached: folded, its "'s" dropped and its apostrophes and hyphens taken out, a number kept
 * as it is, an irregular verb form or a demonym replaced, stemmed. Read by string scans, not regular expressions: every
 * word new to `termOf` comes here, and each typo read brings some 550 (typos.ts `readTypoTerms`), none with an
 * apostrophe or a hyphen.
 */
function computeTerm(word: string): string | null {
  let w = foldWord(word);
  if (w.includes("'")) w = (w.endsWith("'s") ? w.slice(0, -2) : w).replaceAll("'", '');
  if (!w || STOP_WORDS.has(w)) return null;
  const first = w.charCodeAt(0);
  if (w.includes('-')) w = w.replaceAll('-', '');
  if (first >= 48 && first <= 57) return w;
  const { verbs, demonyms } = (tables ??= loadTables());
  const lemma = verbs[w];
  if (typeof lemma === 'string' && !lemma.includes(' ')) {
    if (STOP_WORDS.has(lemma)) return null;
    w = lemma;
  }
  w = demonyms.get(w) ?? w;
  return stem(w);
}

/**
 * Whether every word of ASCII letters whose term is `term` begins with the term's first letter (in either case).
 * Porter2 never changes a word's first letter, so only an irregular verb form or a demonym, replaced before
 * stemming, can bring a word of another initial to a term ("went" → "go"): every term those replacements reach
 * from a word of another initial answers false.
 *
 * @example termKeepsInitial('ferri') // → true; termKeepsInitial('go') // → false
 */
export function termKeepsInitial(term: string): boolean {
  return !(replacedTerms ??= termsOfReplacedWords()).has(term);
}

/**
 * Whether a word surely has no term beginning with the lower-case letter `initial` (a char code): a word of ASCII
 * letters only, beginning with another letter. With {@link termKeepsInitial}, a test that skips `termOf` for most
 * words of a text read for one term's words.
 *
 * @example beginsOtherwise('Ferry', 102) // → false; beginsOtherwise('harbour', 102) // → true
 */
export function beginsOtherwise(word: string, initial: number): boolean {
  return beginsOtherwiseAt(word, 0, word.length, initial);
}

/** {@link beginsOtherwise} of the word `text` holds at [start, end), read in place. */
export function beginsOtherwiseAt(text: string, start: number, end: number, initial: number): boolean {
  if (end <= start || (text.charCodeAt(start) | 32) === initial) return false;
  for (let i = start; i < end; i += 1) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** The terms of the words `termOf` replaces before stemming (irregular verb forms and demonyms) that begin with another letter than the word, made on first use. */
function termsOfReplacedWords(): ReadonlySet<string> {
  const { verbs, demonyms } = (tables ??= loadTables());
  const out = new Set<string>();
  for (const word of [...Object.keys(verbs), ...demonyms.keys()]) {
    const term = computeTerm(word);
    if (term !== null && term[0] !== word[0]?.toLowerCase()) out.add(term);
  }
  return out;
}
let replacedTerms: ReadonlySet<string> | undefined;

/** The word tables `termOf` folds with, loaded on first use. */
interface Tables {
  /** Irregular verb forms → base form ("began" → "begin", "led" → "lead", "won" → "win"). */
  verbs: Record<string, string | undefined>;
  /** Demonyms → their country's one-word name ("Norwegian" → "norway", "Germans" → "germany"). */
  demonyms: Map<string, string>;
}
let tables: Tables | undefined;

/**
 * Porter2 leaves irregular verbs alone ("won" is not "win") and demonyms apart from their country
 * ("Norwegian" is not "Norway"), and questions often use the other form. The irregular forms are
 * WordNet's verb exception list as wink-nlp's English model ships it; the demonyms are the gazetteer's
 * (world-countries' English ones, of countries with a one-word common name), read from its small generated file
 * rather than the package's 1.4 MB of every country's translations, which each reading thread parsed and kept.
 */
function loadTables(): Tables {
  const require = createRequire(import.meta.url);
  const verbs = require('wink-eng-lite-web-model/dist/wn-verb-exceptions.js') as Record<string, string | undefined>;
  const demonyms = new Map<string, string>();
  for (const c of gazetteerData().countries) {
    const name = foldWord(c.name);
    if (c.demonyms.length === 0 || name.includes(' ')) continue;
    for (const form of new Set(c.demonyms.map(foldWord))) {
      if (form.includes(' ') || form === name) continue;
      demonyms.set(form, name);
      demonyms.set(`${form}s`, name);
    }
  }
  return { verbs, demonyms };
}

/**
 * The base form of an irregular verb form ("gave" → "give", "took" → "take"), from the same exception list
 * `termOf` folds with; undefined for any other word.
 */
export function irregularVerbBase(word: string): string | undefined {
  const lemma = (tables ??= loadTables()).verbs[foldWord(word)];
  return typeof lemma === 'string' && !lemma.includes(' ') ? lemma : undefined;
}

/**
 * Whether a word is a demonym of a country ("Indian", "Germans"): an adjective of origin, not a place or a
 * person's name, though written with a capital.
 */
export function isDemonym(word: string): boolean {
  const { demonyms } = (tables ??= loadTables());
  return demonyms.has(foldWord(word));
}

/**
 * Prefixes that make a hyphenated compound name something other than its head: a vice-president is not
 * the president, an ex-minister no longer a minister, a non-member not a member. A closed class of English
 * prefixes; those that keep the head's meaning (co-, mid-, self-, multi-) are not among them.
 */
const SHIFTING_PREFIXES: ReadonlySet<string> = new Set([
  'anti',
  'counter',
  'ex',
  'non',
  'post',
  'pre',
  'pseudo',
  'quasi',
  'quarter',
  'semi',
  'vice',
]);

/** What a text without a shifted head gives (one map for all: the ranker asks this of every candidate). */
const NONE_SHIFTED: ReadonlyMap<string, string> = new Map();
const PREFIX_HYPHEN = new RegExp(`(?:${[...SHIFTING_PREFIXES].join('|')})-`, 'i');
/**
 * What folding may change in a word beyond its case: a letter or digit outside ASCII ("ｅｘ", "éx"), a curly
 * apostrophe, a dot inside a word ("E.x"). Nothing else outside ASCII (a dash, a mark) is part of a word.
 */
const FOLDS_FURTHER = /[^\P{L}A-Za-z]|[^\P{N}0-9]|’|[A-Za-z0-9]\.[A-Za-z0-9]/u;

/**
 * The terms a text holds only as the head of a compound whose prefix shifts its meaning ("vice-president" →
 * "president", unless "president" also stands alone), each with the prefix's term: a question asking of the head
 * alone is not answered by them.
 *
 * @example shiftedHeads('Two non-members spoke.') // → Map { 'member' => 'non' }
 */
export function shiftedHeads(text: string): ReadonlyMap<string, string> {
  if (!text.includes('-')) return NONE_SHIFTED;
  // Words of ASCII letters and digits with no dot inside fold to their lower case: with no prefix right before a hyphen, nothing is shifted (the ranker asks this of every candidate).
  if (!PREFIX_HYPHEN.test(text) && !FOLDS_FURTHER.test(text)) return NONE_SHIFTED;
  const out = new Map<string, string>();
  const alone = new Set<string>();
  for (const w of text.match(WORD) ?? []) {
    const parts = w.split('-').filter(Boolean);
    const prefix = parts.length === 2 ? foldWord(parts[0]!) : '';
    if (SHIFTING_PREFIXES.has(prefix)) {
      const head = termOf(parts[1]!);
      if (head) out.set(head, termOf(prefix) ?? prefix);
      continue;
    }
    for (const part of parts) {
      const t = termOf(part);
      if (t) alone.add(t);
    }
  }
  for (const t of alone) out.delete(t);
  return out;
}

/** The index terms of a text, in order, stop words removed. */
export function termsOf(text: string): string[] {
  return text.length > TERMS_CACHE_MAX_TEXT ? termsRead(text) : termsCache.get(text, termsRead).slice();
}

/** The index terms of a text, in order, read from its words. */
function termsRead(text: string): string[] {
  const out: string[] = [];
  forEachWordSpan(text, (start, end) => {
    const t = termOfSpan(text, start, end);
    if (t) out.push(t);
  });
  return out;
}

/**
 * Terms of recent sentence-sized texts: answering a question re-reads the same candidate sentences
 * several times (ranking, corroboration, answer extraction), and popular sentences recur across
 * questions. Bounded in count and in the length of the texts kept.
 */
const termsCache = textMemo<string[]>(20_000);
const TERMS_CACHE_MAX_TEXT = 2_000;

/**
 * The words of a question's frame, that ask for the answer rather than describe it: "when", the noun of
 * "what kind of", "what percentage", "how long", "in what year", "what is the name of", "what is it
 * called", "what happened". The answer's sentence seldom holds them ("When did it open?" → "It opened
 * in 1995."), so searching for them mostly finds the wrong sentences. General English, no corpus words.
 *
 * @example questionFrameWords('In what year was the franchise founded?') // → Set {'year'}
 */
export function questionFrameWords(question: string): Set<string> {
  return frameMatches(question, QUESTION_FRAMES);
}

/**
 * The nouns of a question's frame, that name what the answer is ("what **kind** of", "what **percentage**", "in what
 * **year**", "what is the **name** of", "how much **time**"): the frame's other words are written beside the answer
 * in its sentence ("It is **called** X", "It **lasted** three hours", "**when** …"), these seldom are.
 *
 * @example questionFrameNouns('What is the name of the ferry, and when is it called?') // → Set {'name'}
 */
export function questionFrameNouns(question: string): Set<string> {
  return frameMatches(question, FRAME_NOUNS);
}

function frameMatches(question: string, frames: readonly RegExp[]): Set<string> {
  const q = question.toLowerCase();
  const out = new Set<string>();
  for (const re of frames) for (const m of q.matchAll(re)) if (m[1]) out.add(m[1]);
  return out;
}

/** The frames whose word is a noun naming what the answer is (see questionFrameNouns). */
const FRAME_NOUNS: readonly RegExp[] = [
  /\b(?:what|which)\s+(?:\w+\s+)?(kinds?|types?|sorts?|forms?|varieties|variety)\s+of\b/g,
  /\b(?:what|which)\s+(percentage|proportion|fraction|share)\b/g,
  /\bhow\s+much\s+(?:more\s+)?(time)\b/g,
  /\b(?:what|which)\s+(year|month|day|date|decade|century|time|period|era|season)s?\b/g,
  /\b(?:what|which)\b.*\b(names?)\b/g,
  // "Who were two people …", "which persons …": WordNet's top noun of persons names what is asked, as "year" does.
  /\b(?:what|which|who\s+(?:are|were)(?:\s+the)?)\s+(?:(?:two|three|four|five|six|both|\d+)\s+)?(people|persons|individuals)\b/g,
];

const QUESTION_FRAMES: readonly RegExp[] = [
  ...FRAME_NOUNS,
  /\b(when)\b/g,
  /\bhow\s+(long|old|far|often|soon)\b/g,
  /\bhow\s+(?:long|much\s+(?:more\s+)?time)\b.*\b(last|lasted|take|took|takes)\b/g,
  /^where\b.*\b(located|situated|based)\b/g,
  /\b(?:what|how)\b.*\b(called)\b/g,
  /\b(?:what|which)\s+(happened|happens)\b/g,
];
