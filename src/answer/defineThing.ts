import { singularNoun } from '../lexicon/index.js';
import { tagSentence, type Token } from '../nlp/entities.js';
import type { StorySentence } from '../story/story.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { greekLetterTwin } from '../text/greekLetters.js';
import { isPossessiveMark } from '../text/words.js';
import { QUANTIFIERS, SUBJECT_RELATIVES } from '../text/functionWords.js';
import { groupSentences, type CorroboratedSentence } from './corroborate.js';
import type { ShortAnswer } from './extractAnswer.js';
import { NAMING_NOUN } from './namingNouns.js';
import { isPastParticiple } from './passiveAgent.js';
import { phraseAnswer } from './phraseAnswer.js';

/**
 * "What is X?", "What was the X?", "What are Xs?": the question asks what X is, not for another thing named
 * near it. Group 1 is X as written (quotes and a leading article kept out).
 */
const WHAT_IS = /^what\s+(?:is|are|was|were)\s+(?:(the|a|an)\s+)?["“'‘]?([^"“”'‘’?]+?)["”'’]?\s*\??\s*$/i;

/**
 * Words that make "what is …" ask for something other than a description: a relation ("the capital of X"),
 * a quantifier ("some existing rules"), a frame verb ("X called", "X known as", "X about").
 */
const NOT_A_THING =
  /\b(?:of|for|in|on|to|by|from|with|at|about|as|than|like|using|including|against|into|over|under|per|via|within|without|upon|toward|towards|that|which|who|whom|whose|when|where|why|how|some|any|other|another|its|their|his|her|our|your|my|this|these|those|called|named|known|used|made|considered|located|based|listed|built|said|given|meant|doing|done|behind|after|before|between|during|and|or|not)\b|['’]s?\b/i;

/** Most words a thing's name may have in the question. */
const MAX_WORDS = 5;
/** Most words of a description. */
const MAX_DESCRIPTION_WORDS = 24;
/** Excerpt groups read for a description. */
const GROUPS_READ = 10;

/** Parts of speech a description may open with (a noun phrase: "a protein", "gelatinous projections"). */
const OPENS_NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
/** Determiners a description opens with: "this" or "that" after "is" point elsewhere. */
const DESCRIPTION_DETERMINERS = /^(?:a|an|the|one)$/i;
/**
 * After a copula, "that" tagged a determiner (not the conjunction of "X is that the …") opens a description when a
 * relative clause narrows its noun down ("A skerrow is that part of the harbour which …"); alone it points elsewhere.
 */
const NARROWED_DETERMINER = /^that$/i;
/** A relative pronoun opening the clause that narrows a "that …" description down. */
const NARROWING_CLAUSE = /\s(?:which|that|who|whom|whose|where)\s/i;
/** Words inside a name ("Institute of Marine Engineers", "Bank for Savings"). */
const NAME_JOINERS = /^(?:of|for|and|the|de|del|du|la|van|von)$/i;
/**
 * Words that open a clause about X's members, not a description of X ("X, most of which …"): the quantifiers, and those
 * that pick members or a share out ("each", "none", "half").
 */
const MEMBER_QUANTIFIERS: ReadonlySet<string> = new Set([...QUANTIFIERS, 'both', 'each', 'none', 'much', 'more', 'half', 'any']);
/** Parts of speech of the noun phrase written before an alias ("the main hymn (X)", "narrow lanes or X"). */
const NOUN_PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The thing a "What is X?" question asks to have described, or undefined when the question asks something
 * else: "what is the X" only when X is written as a name ("What was the Harbour Compact?", "What is the Guild of
 * Rope Makers?"; "What is the average fare?" asks for a value, not a description), and never a relation or a
 * question about X ("What is X known for?", "What is the capital of X?", "What are tidewells lacking?").
 *
 * @example definedThing('What is a tidewell?') // → 'tidewell'
 * @example definedThing('What is the average fare?') // → undefined
 */
export function definedThing(question: string): string | undefined {
  const m = WHAT_IS.exec(question.trim());
  if (!m) return undefined;
  const thing = m[2]!.trim();
  const words = thing.split(/\s+/);
  if (words.length > MAX_WORDS || (NOT_A_THING.test(thing) && !isJoinedName(words))) return undefined;
  if (m[1]?.toLowerCase() === 'the' && !words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && !isJoinedName(words)) return undefined;
  return asksVerbOf(question.trim(), words.length) ? undefined : thing;
}

/** Whether X's words are a name whose capitalised words a joiner links ("Institute of Marine Engineers"). */
function isJoinedName(words: readonly string[]): boolean {
  const capitalised = (w: string) => /^[\p{Lu}\p{N}]/u.test(w) && !/['’]/.test(w);
  return capitalised(words[0]!) && capitalised(words.at(-1)!) && words.every((w) => capitalised(w) || NAME_LINKS.test(w));
}

/** The lower-case words a name links its capitalised words with; "and" pairs two names rather ("X and Y"). */
const NAME_LINKS = /^(?:of|for|de|del|du|la|van|von)$/i;

/**
 * Whether the question's last word is a verb whose subject is the noun before it: "What are tidewells *lacking*?" asks
 * what they lack, not to define "tidewells lacking" (`words`: X's word count; a verb-tagged word after another reads as
 * X's own, "What is retrograde *signaling*?").
 */
function asksVerbOf(question: string, words: number): boolean {
  if (words < 2) return false;
  const tokens = tagSentence(question).tokens.filter((t) => t.pos !== 'PUNCT');
  const last = tokens.at(-1);
  const before = tokens.at(-2);
  return last?.pos === 'VERB' && (before?.pos === 'NOUN' || before?.pos === 'PROPN');
}

/**
 * What the story says X is, from the best-ranked excerpt that says it in one of the ways articles define
 * things: "X is a …" (or "X, which is a …"), "X, a …," / "X (a …)" / "X — a …", and the aliases "… (X)",
 * "… or X", "…, also known as X", "… called X" (and "X, or …"). Null when no excerpt describes X: the
 * question then gets its excerpts and no short answer, rather than some other name from them.
 *
 * @example defineThing(groups, 'tidewell')?.text // → 'a stone basin that fills at high water' for "A tidewell is a stone basin that fills at high water."
 */
export function defineThing(groups: readonly CorroboratedSentence[], thing: string): ShortAnswer | null {
  const named = thingPattern(thing);
  const found: (Description & { sentence: StorySentence; from: number })[] = [];
  for (const { rank, sentence } of groupSentences(groups, GROUPS_READ)) {
    const described = descriptionIn(sentence, named);
    if (described) found.push({ ...described, sentence, from: rank });
  }
  // "X is a …" says what X is; an apposition or an alias may only stand beside it.
  const first = found.find((f) => f.stated) ?? found[0];
  if (!first) return null;
  const same = found.filter((f) => f.text.toLowerCase() === first.text.toLowerCase()).length;
  return phraseAnswer(first.text, first.from, first.sentence.id, {
    near: first.stated ? 1 : 0.5,
    margin: same / found.length,
    support: Math.min(1, same / 3),
    typed: 1,
  });
}

/** A description found in a sentence, and whether a copula states it ("X is a …"). */
interface Description {
  text: string;
  stated: boolean;
}

/**
 * X's words as written in a sentence: any case, joined by a space, a hyphen or nothing, singular or plural, a word before
 * the last with a possessive's apostrophe or not ("Seven Years' War" for "Seven Years War"), a Greek letter or its name
 * ("β" for "beta"). Made once per X and shared (the ranker and the readers of a question ask for it per sentence, and the
 * `\p{L}` pattern under `giu` costs 1–3 ms to compile when V8 has not kept it): read it with `matchAll`, which leaves its
 * `lastIndex` alone.
 */
export function thingPattern(thing: string): RegExp {
  let made = thingPatternCache.get(thing);
  if (!made) {
    const words = thing
      .toLowerCase()
      .split(/\s+/)
      .map((w, i, all) => {
        // A Greek letter's name matches the letter ("beta carotene" in "β-carotene"), and the letter its name.
        const twin = greekLetterTwin(w);
        const written = twin === undefined ? escapeRegExp(w) : `(?:${escapeRegExp(w)}|${escapeRegExp(twin)})`;
        return i < all.length - 1 ? `${written}['’]?` : written;
      });
    const last = words.length - 1;
    words[last] = `${words[last]!.replace(/(?:e?s)$/, '')}(?:e?s)?`;
    made = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]?')}(?![\\p{L}\\p{N}])`, 'giu');
    if (thingPatternCache.size >= THING_PATTERNS_KEPT) thingPatternCache.clear();
    thingPatternCache.set(thing, made);
  }
  return made;
}

/** The things' patterns `thingPattern` made; cleared when full, so odd questions cannot grow it. */
const thingPatternCache = new Map<string, RegExp>();
const THING_PATTERNS_KEPT = 256;

/** Whether the sentence describes X (`named`: its `thingPattern`) in one of the ways `defineThing` reads. */
export function describesThing(sentence: StorySentence, named: RegExp): boolean {
  return descriptionIn(sentence, named) !== undefined;
}

/** Words joining X to a sibling of its own kind ("chromoplasts and amyloplasts"), not to what X is. */
const SIBLING_JOINER = /^(?:and|or|nor|&)$/i;

/**
 * Whether the sentence writes X as a noun phrase of its own: not modifying a noun after it ("the tidewell pump is …",
 * "the tidewell's rim"), nor paired by "and" or "or" with another thing ("tidewells and sluices"), nor the object of a
 * preposition or a verb ("the keeper of the tidewell"). A word read near X written so may say what X is; near X
 * written otherwise it is the thing X modifies or a sibling of X.
 *
 * @example writesThingAlone(sentence('A tidewell is a stone basin.'), 'tidewell') // → true
 * @example writesThingAlone(sentence('Tidewells and sluices line the quay.'), 'tidewell') // → false
 */
export function writesThingAlone(sentence: StorySentence, thing: string): boolean {
  return [...sentence.text.matchAll(thingPattern(thing))].some((m) => {
    const end = m.index + m[0].length;
    const next = sentence.tokens.find((t) => t.start >= end);
    const preceding = sentence.tokens.filter((t) => t.end <= m.index);
    const before = preceding.at(-1);
    // The word before X's determiner: a preposition or a verb takes X as its object ("records of X", "nets covering the X").
    const governor = before?.pos === 'DET' ? preceding.at(-2) : before;
    // A possessor modifies the noun after it as a noun before it does ("the tidewell's rim"; a closing quotation mark,
    // tagged a mark, is none).
    const possessor = next?.pos === 'PART' && isPossessiveMark(next.text);
    if (possessor || next?.pos === 'NOUN' || next?.pos === 'PROPN' || governor?.pos === 'ADP' || governor?.pos === 'VERB') return false;
    return !SIBLING_JOINER.test(next?.text ?? '') && !SIBLING_JOINER.test(before?.text ?? '');
  });
}

/** The description of X one sentence gives, or undefined. */
function descriptionIn(sentence: StorySentence, named: RegExp): Description | undefined {
  const text = sentence.text;
  let beside: string | undefined;
  for (const m of text.matchAll(named)) {
    const start = m.index;
    const end = start + m[0].length;
    const stated = copula(sentence, start, end);
    if (stated) return { text: stated, stated: true };
    beside ??= apposition(sentence, start, end) ?? alias(sentence, start, end) ?? title(sentence, start, m[0]);
  }
  return beside ? { text: beside, stated: false } : undefined;
}

/** "X is a …", "X (…) is a …", "X, which are …": X as the subject of a copula whose complement is a noun phrase. */
function copula(sentence: StorySentence, start: number, end: number): string | undefined {
  const subject = /(?:^|[,;:(—–]|\b(?:the|a|an)\s)\s*["“'‘]?$/i.test(sentence.text.slice(0, start)) && !objectOfAnother(sentence, start);
  // "…, which are …" describes X wherever X stands; a bare copula only when X opens the clause.
  const m = (subject ? COPULA_AFTER_SUBJECT : COPULA_AFTER_WHICH).exec(sentence.text.slice(end));
  return m ? nounPhraseFrom(sentence, end + m[0].length, true) : undefined;
}

/**
 * Whether X, after its article, is the object of a verb or a preposition before it ("the nets mending the skerrows are
 * …", "the floor of the tidewell is …"): the copula's subject is then the longer noun phrase X stands in, not X.
 */
function objectOfAnother(sentence: StorySentence, start: number): boolean {
  const before = sentence.tokens.filter((t) => t.end <= start);
  const article = before.at(-1);
  if (!article || !ARTICLE.test(article.text)) return false;
  const pos = before.at(-2)?.pos;
  return pos === 'VERB' || pos === 'ADP';
}

/** The articles a copula's subject may open with. */
const ARTICLE = /^(?:the|a|an)$/i;

/** What follows X in a copula: "X is", "X (…) are", "X, which were" (with "also", "now" or "still"). */
const COPULA_AFTER_SUBJECT = copulaAfter('(?:,\\s*which\\s+)?');
/** What follows X in "…, which is" where X does not open the clause: only the "which" form. */
const COPULA_AFTER_WHICH = copulaAfter(',\\s*which\\s+');

/** The copula after X, with `which` (the pattern of what may come between X and the verb) before it. */
function copulaAfter(which: string): RegExp {
  return new RegExp(`^["”'’]?\\s*(?:\\([^()]*\\)\\s*)?${which}(?:is|are|was|were)\\s+(?:also\\s+|now\\s+|still\\s+)?`, 'i');
}

/** "X, a …," / "X (a …)" / "X — a …" / "X: a …": a noun phrase set beside X. */
function apposition(sentence: StorySentence, start: number, end: number): string | undefined {
  const after = sentence.text.slice(end);
  const bracket = /^["”'’]?\s*\(\s*([^()/;]+?)\s*\)/.exec(after);
  if (bracket) {
    const inside = bracket[1]!;
    // "(ABR)", "(2019)", "(pictured)": an abbreviation, a year or a note, not a description.
    if (/\s/.test(inside) && /\p{Ll}/u.test(inside)) return trimDescription(inside);
    return undefined;
  }
  const m = /^["”'’]?\s*(?:,|:|—|–|\s-\s)\s*/.exec(after);
  // "X, Y and Z": X is an item of a list, and the next item no description of it.
  if (!m || (m[0].includes(',') && /,\s*["“'‘]?$/.test(sentence.text.slice(0, start)))) return undefined;
  return nounPhraseFrom(sentence, end + m[0].length, false);
}

/**
 * "the main hymn (X)", "pale stones (the 'X')", "narrow lanes or 'X'", "…, also known as X", "… called X", "… are (also /
 * sometimes) known as X", "… is often called X", and "X, or …", "X, also known as …". (The copula and its adverb before
 * "known as" / "called": SQuAD reading F1 0.5214 → 0.5216, 2 won / 0 lost, held back 0.5481 → 0.5484.) Before a copula,
 * the subject narrowed by a relative clause is taken whole ("a basin which fills at high water is known as X"), and before
 * "called" or "known as" a noun's "of" and the noun after it ("a kind of granite called X").
 */
function alias(sentence: StorySentence, start: number, end: number): string | undefined {
  const text = sentence.text;
  const before =
    /(?:\s*\(\s*(?:now\s+|formerly\s+)?(?:the\s+)?["“'‘]?|(?<!,[^,]*)\s+or\s+["“'‘]|,\s+or\s+["“'‘]?|,?\s+(?:(?:is|are|was|were)\s+)?(?:also\s+|sometimes\s+|often\s+|commonly\s+)?(?:known|referred\s+to)\s+as\s+(?:an?\s+)?["“'‘]?|\s+(?:(?:is|are|was|were)\s+)?(?:also\s+|sometimes\s+|often\s+|commonly\s+)?called\s+(?:an?\s+)?["“'‘]?)$/i.exec(
      text.slice(0, start),
    );
  if (before && (!before[0].includes('(') || /^["”'’]?\s*\)/.test(text.slice(end)))) {
    const at = start - before[0].length;
    // "A basin which fills at high water is known as X": the copula's whole subject, its relative clause too.
    const copula = /\s(?:is|are|was|were)\s/i.exec(before[0]);
    const phrase = (copula ? relativeSubject(sentence, at + copula.index) : undefined) ?? nounPhraseBefore(sentence, at, true);
    if (phrase) return phrase;
  }
  const after = /^["”'’]?,\s+(?:or|also\s+known\s+as)\s+/i.exec(text.slice(end));
  return after ? nounPhraseFrom(sentence, end + after[0].length, false) : undefined;
}

/**
 * The subject that ends at `end` when it is a noun phrase narrowed by a relative clause, opening its clause: "a basin
 * which fills at high water" (without its article).
 */
function relativeSubject(sentence: StorySentence, end: number): string | undefined {
  const clauseStart = Math.max(0, ...[...sentence.text.slice(0, end).matchAll(/[,;:(—–]/g)].map((m) => m.index + 1));
  const tokens = sentence.tokens.filter((t) => t.start >= clauseStart && t.end <= end);
  let i = tokens[0]?.pos === 'DET' && ARTICLE.test(tokens[0].text) ? 1 : 0;
  const opens = i;
  while (i < tokens.length && NOUN_PHRASE_POS.has(tokens[i]!.pos)) i += 1;
  if (i === opens || tokens[i - 1]!.pos !== 'NOUN' || !SUBJECT_RELATIVES.has(tokens[i]?.text.toLowerCase() ?? '')) return undefined;
  return trimDescription(sentence.text.slice(tokens[opens]!.start, end));
}

/**
 * "the veteran skipper X", "the hill town of X": a name after the common noun that says what its bearer is
 * (the singular noun right before the name, or before "of" and the name after "the").
 */
function title(sentence: StorySentence, start: number, written: string): string | undefined {
  if (!/^[\p{Lu}\p{N}]/u.test(written) || !/\s$/.test(sentence.text.slice(0, start))) return undefined;
  const before = sentence.tokens.filter((t) => t.end <= start);
  const of = before.at(-1)?.text.toLowerCase() === 'of';
  const last = of ? before.at(-2) : before.at(-1);
  if (last?.pos !== 'NOUN' || !/^\p{Ll}/u.test(last.text)) return undefined;
  // "the skipper X", "the hill town of X" name the one thing X is; "old records of X", "residents of X" are things of X's,
  // "in case of X" no thing at all.
  if (singularNoun(last.text.toLowerCase()) !== undefined) return undefined;
  const phrase = nounPhraseBefore(sentence, last.end);
  if (!of || !phrase) return phrase;
  return before.findLast((t) => t.end <= last.end - phrase.length)?.text.toLowerCase() === 'the' ? phrase : undefined;
}

/**
 * The noun phrase that opens at `at`, with what follows it up to the clause's end (a comma, a bracket, a
 * semicolon or the sentence's end): "a barge that lacks an engine". With `copular`, the words after "is"
 * must open a noun phrase (a/an/the, an adjective or a noun), so that "X was founded in …" describes nothing.
 */
function nounPhraseFrom(sentence: StorySentence, at: number, copular: boolean): string | undefined {
  const first = sentence.tokens.find((t) => t.start >= at);
  if (!first || sentence.text.slice(at, first.start).trim() !== '') return undefined;
  const next = sentence.tokens[sentence.tokens.indexOf(first) + 1];
  // A participle before a noun is an adjective ("specialized cells", "grain-filled barges"); before a
  // preposition it is a passive ("was founded in …"), which describes nothing.
  const adjectival = first.pos === 'VERB' && next !== undefined && (OPENS_NOUN_PHRASE.has(next.pos) || next.text === '-');
  const narrowed = copular && first.pos === 'DET' && NARROWED_DETERMINER.test(first.text);
  const opens =
    first.pos === 'DET'
      ? DESCRIPTION_DETERMINERS.test(first.text) || narrowed
      : (OPENS_NOUN_PHRASE.has(first.pos) || adjectival) && !MEMBER_QUANTIFIERS.has(first.text.toLowerCase());
  if (!opens) return undefined;
  if (!copular && first.pos !== 'DET' && !/^\p{Ll}/u.test(first.text)) return undefined;
  const rest = sentence.text.slice(first.start);
  const clause = /^[^,;:()—–]+/.exec(rest)?.[0] ?? '';
  if (narrowed && !NARROWING_CLAUSE.test(clause)) return undefined;
  return trimDescription(ARTICLE.test(first.text) ? beforeParticiplePhrase(sentence, first.start, clause) : clause);
}

/** A present participle's ending ("consist**ing**"). */
const PRESENT_PARTICIPLE = /\p{Ll}{2}ing$/u;

/**
 * The description `clause` (opening at `at` with an article) up to a participle phrase after its noun: "a restaurant
 * situated at …" → "a restaurant", "a suite of protocols developed by …" → "a suite of protocols". The article's noun
 * phrase is whole before it, and says what X is; the participle's phrase tells where or by whom, which a description
 * leaves to the excerpt. A participle before a noun describes that noun ("a switched data network", "a data processing
 * unit"), and a noun with no article ("firms engaged in …") or a naming noun ("the name given to …") needs its
 * participle, so none of them is cut.
 */
function beforeParticiplePhrase(sentence: StorySentence, at: number, clause: string): string {
  const tokens = sentence.tokens.filter((t) => t.start >= at && t.end <= at + clause.length);
  for (let k = 2; k < tokens.length; k += 1) {
    const t = tokens[k]!;
    const participle = t.pos === 'VERB' && (isPastParticiple(t) || PRESENT_PARTICIPLE.test(t.text));
    const noun = tokens[k - 1]!;
    const afterNoun = (noun.pos === 'NOUN' || noun.pos === 'PROPN') && !NAMING_NOUN.test(noun.text.toLowerCase());
    const beforeNoun = NOUN_PHRASE_POS.has(tokens[k + 1]?.pos ?? '');
    if (participle && afterNoun && !beforeNoun) return sentence.text.slice(at, noun.end);
  }
  return clause;
}

/**
 * The noun phrase that ends at `end`: the adjectives and nouns before it, without a determiner. With `ofNouns`, a noun's
 * "of" and the noun after it too ("a kind of basin called X": the kind is what X is; "the keeper of the basin (X)" is not
 * so read, an article standing after "of").
 */
function nounPhraseBefore(sentence: StorySentence, end: number, ofNouns = false): string | undefined {
  const before = sentence.tokens.filter((t) => t.end <= end);
  let i = before.length;
  const joins = (j: number) => NAME_JOINERS.test(before[j]!.text) && before[j - 1]?.pos === 'PROPN' && before[j + 1]?.pos === 'PROPN';
  // "a vestigial derived cell": a participle between the adjectives and the noun.
  const participle = (j: number) => before[j]!.pos === 'VERB' && /ed$/i.test(before[j]!.text) && j + 1 < before.length;
  // "the two harbour-keeping crews": the words of a hyphened compound, whatever their tags.
  const hyphened = (j: number) => isHyphen(before[j]!, before[j + 1]) || isHyphen(before[j - 1], before[j]!);
  // A noun's "of" and the noun after it, no article between.
  const ofNoun = (j: number) => ofNouns && /^of$/i.test(before[j]!.text) && before[j - 1]?.pos === 'NOUN' && before[j + 1]?.pos === 'NOUN';
  const inPhrase = (j: number) => NOUN_PHRASE_POS.has(before[j]!.pos) || joins(j) || participle(j) || hyphened(j) || ofNoun(j);
  while (i > 0 && inPhrase(i - 1) && before.length - i < 8) i -= 1;
  if (i === before.length || !before.slice(i).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return undefined;
  return sentence.text.slice(before[i]!.start, before[before.length - 1]!.end);
}

/** Whether `left` is a word joined without a space to a hyphen `right`, or a hyphen so joined to the word `right`. */
function isHyphen(left: Token | undefined, right: Token | undefined): boolean {
  return left !== undefined && right !== undefined && left.end === right.start && (left.text === '-' || right.text === '-');
}

/** A description cut to MAX_DESCRIPTION_WORDS words, without a trailing full stop; undefined when empty. */
function trimDescription(text: string): string | undefined {
  const words = text
    .trim()
    .replace(/[.!]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > MAX_DESCRIPTION_WORDS) return undefined;
  return words.join(' ');
}
