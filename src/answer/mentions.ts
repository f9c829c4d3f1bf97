/**
 * The spans of a sentence that could answer a question, before any is scored: tagged entities of the wanted types
 * (amounts widened to their unit, ages, ranges in words, ranks of the question's focus noun), runs of proper nouns,
 * and noun-phrase chunks, each with the part of it shown as the answer. `extractAnswer.ts` measures and scores them.
 */
import type { Entity, EntityType, Token } from '../nlp/entities.js';
import { DAY_OF_MONTH_RE } from '../nlp/dates/dateLexicon.js';
import { HONORIFICS, PARTICLES, PLACE_PARTICLES, ROLE_WORDS } from '../nlp/cueWords.js';
import { connectorsAt, onlyCalendarNames, particleByShape } from '../nlp/nameRunWords.js';
import { compassWord, nameType, noEvidence, regnalOne } from '../nlp/nameKinds.js';
import { isDemonym, STOP_WORDS, termOf } from '../search/terms.js';
import { articleById, oncePerStory, sentenceAt, type Story, type StorySentence } from '../story/story.js';
import { slicedPerStory } from '../story/warmUp.js';
import { isGivenName, placeKind } from '../text/places.js';
import { FIGURES, isCapitalised, YEAR_DIGITS } from '../text/words.js';
import { ROMAN_NUMERAL } from '../text/romanNumerals.js';
import { QUANTIFIERS, YEAR_DETERMINERS } from '../text/functionWords.js';
import { PLACE_HEADS } from '../nlp/headWords.js';
import { amountSpan, countsAsked, isAmount, isTimeSpan, withRateUnit } from './amountSpan.js';
import { boundedAmount } from './amountBound.js';
import { rangeEndAsked } from './rangeEndAsked.js';
import { measuredBy } from './measureNoun.js';
import { figureFragment } from './figureFragment.js';
import { asksForName } from './nameAsked.js';
import { numberAfterName, numberedNames } from './numberedName.js';
import {
  centuryDates,
  durationAsDates,
  joinedDates,
  rangeAnswers,
  rangeDates,
  rangeHalfAsked,
  twoDatesAnswer,
  yearRanges,
  askedRangeHalves,
  yearHalvesDated,
} from './dateRanges.js';
import { commonNounClasses, isDictionaryWord, isMainlyAdjective, nounClass, nounClasses } from '../lexicon/index.js';
import { foldClass } from './spanContext.js';
import { namedInQuestion, type PreparedQuery } from './rankSentences.js';
import { HOW_MANY } from './heldWords.js';
import { POST_NOUNS } from './questionFrame.js';
import { otherBearer } from './nameBearer.js';
import { datedPastYear } from './yearNamed.js';
import { type NamedSpan, unnamedPart } from './unnamedPart.js';
import { tokenTerms } from './termMemo.js';
import { listNounReadAsVerb } from './listOpeningNoun.js';
import { compoundNounReadAsVerb } from './nounReadAsVerb.js';
import { adverbInPhrase } from './adverbInPhrase.js';
import { joinedByHyphen, participleAsAdjective, participleBeforeNoun, writtenClose } from './participleAdjective.js';
import { adjectiveSeriesLinks } from './adjectiveSeries.js';
import { verbsReadAsNouns } from './verbReadAsNoun.js';
import { complementEnd } from './nounComplement.js';
import { CAUSE_MARKERS } from './reasonWords.js';
import { SENTENCE_MEMO_SIZE, sentenceSlots } from './sentenceMemo.js';
import { QuestionCopies, sameEntities, sameSentenceTokens, tokenClass } from './sentenceCopies.js';
import { describesNoun } from './describesNoun.js';
import { agentName } from './passiveAgent.js';
import { abbreviatedTitleStart } from './abbreviatedTitle.js';
import { splitTitleStop } from '../nlp/titleStop.js';
import { namesNationality } from './demonyms.js';

/** The question with every default filled in. */
export type FullQuery = PreparedQuery & Required<Pick<PreparedQuery, 'types' | 'fallback' | 'role' | 'counted'>>;

/** Types that name someone or something: when none is tagged, a run of proper nouns stands in. */
export const NAMED_TYPES: ReadonlySet<EntityType | 'PHRASE'> = new Set(['PERSON', 'PLACE', 'ORG']);

/** A span that could answer: a tagged entity, a run of proper nouns, or a noun phrase. */
export type Mention = Omit<Entity, 'type'> & {
  type: EntityType | 'PHRASE';
  /** For an amount widened to its unit: where the figure itself stands (nearness is measured from it). */
  core?: { start: number; end: number };
  /** The amount took in the noun the question counts ("40 drones" for "how many drones"). */
  counts?: boolean;
  /** A run of proper nouns (not a noun phrase): untyped, or typed PERSON by its spelling alone for a person question (`spelledAsPerson`). */
  run?: boolean;
  /**
   * A noun phrase that tells of a person by a common noun (personPhrases.ts): 'alone' where its sentence offers no
   * name for the question, 'beside' where it offers one too.
   */
  person?: 'alone' | 'beside';
  /** A rank the question's focus noun takes ("the **third** seed" for "which seed …"). */
  rank?: boolean;
  /** The words describing the question's focus noun ("his **left** foot" for "which foot …": focusModifier.ts). */
  describes?: boolean;
  /**
   * The part of the sentence shown as the answer where it is not the span measured: a phrase whose focus noun
   * only introduces it ("the skater **Ann Lee**", measured whole: the focus beside the answer is evidence), or
   * the part of a name the question does not name with the focus noun after it ("**Ostwick Forest**" for
   * "Which forest …", measured without the noun the question names).
   */
  shown?: { start: number; end: number };
  /**
   * A word answering on its own where the sentence joins it by a hyphen to a lower-case word after it (the language
   * of "**Welsh**-speaking", "**Breton**-language"): shown as its tokens, not widened to the whole written word.
   */
  wordAlone?: boolean;
  /** A list of the outermost mentions only (coordinatedLists.ts `coordinated` with `outer`): its count is held guarded. */
  outer?: boolean;
  /**
   * A list offered only to stand in for the member that wins (`listHolding`), never ranked itself: the lists of a
   * question that names no noun for its answer ("What caused the delay?" → "fog, ice and a late crew").
   */
  standsIn?: boolean;
};

/**
 * The ranks a sentence gives the noun a which/what-NOUN question names: an ordinal right before it ("the
 * third seed", "second place") or right after its verb ("seeded third", "ranked fifth"). A question that
 * names a kind of position this way asks which one, whatever WordNet files the noun under.
 */
export function rankMentions(sentence: StorySentence, focus: string | null, question: string): readonly Mention[] {
  if (focus === null) return NO_MENTIONS;
  const tokens = sentence.tokens;
  let out: Mention[] | undefined;
  const entities = sentence.entities;
  for (let k = 0; k < entities.length; k += 1) {
    const e = entities[k]!;
    // "The first season", "the first release": "first" orders events far more often than it ranks.
    if (e.type !== 'ORDINAL' || FIRST.test(e.text) || namedInQuestion(e.text, e.text, question)) continue;
    const first = tokens.findIndex((t) => t.start >= e.start);
    const last = tokens.findLastIndex((t) => t.end <= e.end);
    if (first < 0 || last < first) continue;
    const at = tokens[last + 1]?.text === '-' ? last + 2 : last + 1;
    const after = tokens[at];
    const before = tokens[first - 1];
    // "The fifth crew to row it" counts who did a thing, it ranks no one.
    const record = tokens[at + 1]?.text.toLowerCase() === 'to' && tokens[at + 2]?.pos === 'VERB';
    if ((after && termOf(after.text) === focus && !record) || (before?.pos === 'VERB' && termOf(before.text) === focus))
      (out ??= []).push({ type: 'ORDINAL', text: e.text, start: e.start, end: e.end, rank: true });
  }
  return out ?? NO_MENTIONS;
}

/**
 * "first". (This module's expressions are constants, not literals in the functions: a literal is a new object each time
 * it runs, and these run for each entity, phrase or token of every candidate sentence of a question.)
 */
const FIRST = /^first$/i;

/** No mentions (shared: never added to). */
const NO_MENTIONS: readonly Mention[] = [];

/**
 * A sentence's mentions with its ranks of the focus noun, each span once: the mentions no rank overlaps, then the ranks.
 * One list made by index (a filtered copy, its spread and a closure per mention were about 9 MB of a warm
 * 2,000-question pass at 100k).
 */
export function withRanks(mentions: readonly Mention[], ranks: readonly Mention[]): readonly Mention[] {
  if (ranks.length === 0) return mentions;
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i += 1) if (!overlapsOne(ranks, mentions[i]!)) out.push(mentions[i]!);
  for (let i = 0; i < ranks.length; i += 1) out.push(ranks[i]!);
  return out;
}

/** Whether one of `spans` overlaps mention `m`. */
function overlapsOne(spans: readonly Mention[], m: Mention): boolean {
  for (let i = 0; i < spans.length; i += 1) if (spans[i]!.start < m.end && m.start < spans[i]!.end) return true;
  return false;
}

/**
 * Words of an amount that say what kind of figure it is, not which one: "percentage" or "how many million …" in a
 * question names no amount ("What percentage of the farms …" does not name "12 percent").
 */
const FIGURE_KIND_WORDS = /\s*\b(?:percent|per\s+cent|pct|hundred|thousand|million|billion|trillion)\b/gi;

/** The figure of an amount tested against the question's words: without the words that only say its kind. */
function figureOf(r: Entity): string {
  // "42-year-old": its figure, so that "How old …" does not count the age as the question's own word "old".
  if (isAge(r)) return AGE_FIGURE.exec(r.text)?.[0] ?? r.text;
  if (r.type !== 'PERCENT' && r.type !== 'MONEY' && r.type !== 'CARDINAL') return r.text;
  return r.text.replace(FIGURE_KIND_WORDS, '').trim() || r.text;
}

/**
 * Whether the question names a mention: as `namedInQuestion` reads it (a word of three characters or more), or a
 * short name with no such word that the question writes too ("U.S.", "EU").
 */
export function namesMention(canonical: string, text: string, question: string): boolean {
  return namedInQuestion(canonical, text, question) || shortNameIn(text, question);
}

/** Two-letter words a question writes in lower case that an all-capitals name may spell ("US" and "us"). */
const SHORT_WORDS = new Set('am an as at be by do go he if in is it me my no of on or so to up us we'.split(' '));

/** Initials with dots ("U.S.", "U.K"), two capitals ("EU"), and the characters a short name may not touch: module
 * constants, as a regular expression written in a function is a new object each time it runs (asked of every
 * mention of every candidate sentence). */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$|^(?:\p{Lu}\.)+\p{Lu}$/u;
const TWO_CAPITALS = /^\p{Lu}{2}$/u;
const WORD_OR_DOT = /[\p{L}\p{N}.]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A text's last character when it is a dot. */
const FINAL_DOT = /\.$/;

/**
 * A name of initials only ("U.S.", "U.K.", "EU") that the (lower-cased) question holds as a word. Initials with
 * dots read alike in any case; two capitals without them only where they spell no short English word.
 */
function shortNameIn(text: string, question: string): boolean {
  const dotted = DOTTED_INITIALS.test(text);
  if (!dotted && !(TWO_CAPITALS.test(text) && !SHORT_WORDS.has(text.toLowerCase()))) return false;
  const name = text.replace(FINAL_DOT, '').toLowerCase();
  for (let at = question.indexOf(name); at >= 0; at = question.indexOf(name, at + 1)) {
    const before = question[at - 1];
    const after = question[at + name.length];
    if ((before === undefined || !WORD_OR_DOT.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

/** The noun of a date that names a century or decade ("the 9th century", "the first decade"). */
const CENTURY_OR_DECADE = /\b(?:centur(?:y|ies)|decades?)\b/i;

/** Units of a span of time, as written in one ("10 years", "three months"). */
const TIME_UNITS = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))\b/gi;

/**
 * The "and" of a compound span of time ("four hours and ten minutes", "two years and a month"): not a figure of it,
 * so a question that holds "and" elsewhere ("the final between X and Y") does not name the span.
 */
const JOINING_AND = /\band\b/gi;

/** "one", and "of" after it. */
const ONE = /^one$/i;
const OF_AFTER = /^\s+of\b/i;

/** A bare "one" that opens "one of …" ("one of the harbours that reopened"): a member of a group, not a count. */
function isMemberOne(text: string, r: Entity): boolean {
  return ONE.test(r.text) && OF_AFTER.test(text.slice(r.end, r.end + 6));
}

/**
 * Entities of the wanted types that the question does not name (amounts widened to their unit; "he" for a person): a
 * fresh list, the caller's to add to. Worked out once a question for the copies of a sentence read alike
 * (sentenceCopies.ts: the same words, tokens and figure ranges, a pronoun's referent included).
 */
export function entityMentions(story: Story, sentence: StorySentence, types: readonly EntityType[], query: FullQuery): Mention[] {
  if (types.length === 0) return [];
  const copies = types === query.types ? typedCopies : types === query.fallback ? fallbackCopies : undefined;
  if (copies === undefined) return typedMentions(story, sentence, types, query);
  const person = types.includes('PERSON');
  const kept =
    copies.find(query, sentence.text, sentence, person ? personRangedAlike : rangedAlike, story) ??
    copies.keep(sentence.text, sentence, typedMentions(story, sentence, types, query));
  return kept.slice();
}

/**
 * `entityMentions` of each sentence text of the latest question, of its types and of its fallback types. (Not a map
 * by the list of types: a question's frame may make its list anew.)
 */
const typedCopies = new QuestionCopies<FullQuery, StorySentence, readonly Mention[], Story>();
const fallbackCopies = new QuestionCopies<FullQuery, StorySentence, readonly Mention[], Story>();

/** Whether two sentences of one text have the same tokens and figure ranges (a pronoun's referent among them). */
function personRangedAlike(kept: StorySentence, s: StorySentence, story: Story): boolean {
  return sameSentenceTokens(kept, s) && sameEntities(personRanges(story, kept), personRanges(story, s));
}

/** Whether two sentences of one text have the same tokens and figure ranges. */
function rangedAlike(kept: StorySentence, s: StorySentence): boolean {
  return sameSentenceTokens(kept, s) && sameEntities(rangesIn(kept), rangesIn(s));
}

/** A sentence's entities with figure ranges made one, and "he"/"she" standing for the person named before it. */
function personRanges(story: Story, sentence: StorySentence): readonly Entity[] {
  return personRangeMemo.get(sentence, (s) => figureRanges(s.text, [...numberedNames(s, s.entities), ...pronounReferents(story, s)]));
}

/** A sentence's entities with figure ranges made one. */
function rangesIn(sentence: StorySentence): readonly Entity[] {
  return rangeMemo.get(sentence, sentenceRanges);
}

/** `rangesIn` worked out (a module function: a closure made per call was a share of what the answer path allocated). */
function sentenceRanges(s: StorySentence): readonly Entity[] {
  return figureRanges(s.text, numberedNames(s, s.entities));
}

/** "old" right after a span of time ("29 years old", "six-month-old"): the span is an age. */
const OLD_AFTER = /^[\s-]+old\b/i;

/**
 * Whether a span of time the tagger read is written as an age, "old" right after it ("29 years old").
 *
 * @example writtenAsAge('Ada Vell was 29 years old.', { start: 13, end: 21 }) // → true
 */
export function writtenAsAge(text: string, r: { start: number; end: number }): boolean {
  return OLD_AFTER.test(text.slice(r.end, r.end + 8));
}

/**
 * An age written as a span of time and "old" ("33 years old", "a 2.4-million-year-old jawbone") is shown with its "old", as
 * a reader writes the age asked for; measured as the span.
 *
 * @example oldShown('Ada Vell was 33 years old.', { start: 13, end: 21 }) // → { shown: { start: 13, end: 25 } }
 */
function oldShown(text: string, r: { start: number; end: number }): Pick<Mention, 'shown'> {
  const old = OLD_AFTER.exec(text.slice(r.end, r.end + 8));
  return old ? { shown: { start: r.start, end: r.end + old[0].length } } : NOT_SHOWN;
}

/**
 * A duration opening with "since" or "until" and holding a figure ("since March 1981", "not until March 1702"), and a date
 * opening with "by" ("by 1978").
 */
const SINCE_UNTIL_DATED = /^(?:since|until|till)\s+(?=.*\d)/i;
const BY_OPENING = /^by\s+(?=\S)/i;

/** `entityMentions` worked out. */
function typedMentions(story: Story, sentence: StorySentence, types: readonly EntityType[], query: FullQuery): Mention[] {
  const { counted } = askedOf(query);
  const out: Mention[] = [];
  const ranged = types.includes('PERSON') ? personRanges(story, sentence) : rangesIn(sentence);
  const raw = types.includes('DATE') ? withDayYears(sentence.text, yearHalvesDated(sentence, ranged)) : ranged;
  // "When was the mill in use?": a range of dates answers, unless one year or date is asked.
  const ranges = types.includes('DATE') && rangeAnswers(query.text);
  const twoDates = ranges && twoDatesAnswer(query.text);
  // "the 8th and 9th centuries": wink reads a century's rank as a rank; no answer where one year is asked.
  // … and, where one year is asked of a range ("What year was Vell born?" of "Vell (1702–64)"), the half it asks.
  const dated = ranges
    ? yearRanges(sentence.text, centuryDates(sentence.text, raw, twoDates))
    : types.includes('DATE')
      ? askedRangeHalves(sentence.text, raw, query.text)
      : raw;
  // The end of an era date read through to a range ("AD 200–1300"): the figures inside it are not read again.
  let eraEnd = -1;
  for (let r of twoDates ? joinedDates(sentence.text, dated) : dated) {
    if (r.start < eraEnd) continue;
    // wink types "since March 1981" as a duration; it dates when a thing last happened. So "until May 1702": it dates
    // when a thing ended, or, "not until March 1702", when it at last happened.
    const since = types.includes('DATE') && r.type === 'DURATION' ? SINCE_UNTIL_DATED.exec(r.text) : null;
    if (since) r = { ...r, type: 'DATE', text: r.text.slice(since[0].length), start: r.start + since[0].length };
    // "from 1722 to 1731": a range of dates the tagger read as a span of time dates too.
    else if (types.includes('DATE') && r.type === 'DURATION') {
      // … and, for a question asking one date, only where the question asks its beginning or its end.
      const range = durationAsDates(r);
      if (range && (ranges || rangeHalfAsked(query.text, range))) r = range;
    }
    // "By 1978 the mill had shut": wink takes in a sentence's opening "by", as it takes in no other preposition.
    const by = types.includes('DATE') && r.type === 'DATE' ? BY_OPENING.exec(r.text) : null;
    if (by) r = { ...r, text: r.text.slice(by[0].length), start: r.start + by[0].length };
    // wink types the year of "built in 1130" as a bare number; for a date question it is the year. A figure glued to
    // letters ("1440p") names a format or a model however wink types it.
    // "AD 83", "A.D. 640": the era word written before a figure makes it a year, however wink types the figure.
    const era = types.includes('DATE') && (r.type === 'CARDINAL' || r.type === 'DATE') ? eraDate(sentence.text, r, ranges) : null;
    if (era) {
      r = era;
      eraEnd = era.end;
    } else if (types.includes('DATE') && r.type === 'CARDINAL' && isYear(sentence, r)) r = { ...r, type: 'DATE' };
    else if (r.type === 'DATE' && YEAR_DIGITS.test(r.text) && gluedToLetters(sentence.text, r)) continue;
    // "the 3rd century BCE", "7400 BP", "Christmas Eve": the word after a date that wink leaves out is part of it.
    if (types.includes('DATE') && r.type === 'DATE') r = withDateSuffix(sentence.text, r);
    // "Orla Tellin (1702–64)": a range bracketed after a person's name is that person's life or term, no date of
    // anything else the question asks about.
    if (types.includes('DATE') && r.type === 'DATE' && bracketedAfterUnaskedPerson(sentence, r, query.text)) continue;
    // "Ada Vell was 29 years old": a span of time followed by "old" is an age, which a question asking a figure and no
    // span of time ("How old …") reads as a measure (shown with its "old": `oldShown`).
    if (r.type === 'DURATION' && !types.includes('DURATION') && types.includes('QUANTITY') && writtenAsAge(sentence.text, r))
      r = { ...r, type: 'QUANTITY' };
    if (!types.includes(r.type) && !(types.includes('DURATION') && r.type === 'CARDINAL')) continue;
    // "one of the harbours that reopened": "one of" picks a member out of a group, as a pronoun does; it measures no amount.
    // A how-many question keeps it: "one of" does count members ("How many of the founders …?").
    if (r.type === 'CARDINAL' && !HOW_MANY.test(query.text) && isMemberOne(sentence.text, r)) continue;
    // "to fall", "the spring of hope": a season word is a date only after "in/this/last/next/early/late …".
    if (r.type === 'DATE' && SEASON.test(r.text) && !BEFORE_SEASON_DATE.test(sentence.text.slice(Math.max(0, r.start - 8), r.start)))
      continue;
    // "four storeys high" for "How high …": the noun before the asked adjective is the amount's unit.
    const unbounded = isAmount(r.type)
      ? measuredBy(sentence.text, withRateUnit(sentence.text, amountSpan(sentence.text, r, counted, false), query.text), query.text)
      : r;
    // "CO2", "4G", "AD 83": a figure inside a name or a date measures nothing (the sentence before is read only for a
    // figure opening its sentence: a formula's subscript on a line of its own).
    if (
      isAmount(r.type) &&
      figureFragment(sentence, unbounded, unbounded.start === 0 ? sentenceAt(story, sentence.articleId, sentence.index - 1) : undefined)
    )
      continue;
    if (types.includes('DURATION') && unbounded.type !== 'DURATION' && !isTimeSpan(unbounded.text)) continue;
    // "over 90 destinations": the bound written before an amount is part of it.
    const e = isAmount(r.type) ? boundedAmount(sentence.text, sentence.tokens, unbounded, query.text) : r;
    // The widened amount holds the counted noun the question names ("85 workers"): test the figure alone; a span of
    // time holds its unit itself ("10 years" for "how many years"), as a century or decade does ("the 9th century" for
    // "which century").
    const figure =
      r.type === 'DURATION' || (r.type === 'DATE' && CENTURY_OR_DECADE.test(r.text))
        ? r.text.replace(TIME_UNITS, '').replace(JOINING_AND, '').trim() || r.text
        : ((ranges && r.type === 'DATE' ? rangeDates(r.text) : undefined) ?? figureOf(r));
    // A range the question names half of ("from 66-34 …") is named too.
    // (Not a person bearing a name word of another name the question writes: "Orla Tellin" for "Who founded Tellin Park?";
    // nor a date the question names only by its year: "January 1887" for "When did the Tarn freeze in the 1887 ice
    // winter?", yearNamed.ts.)
    if (
      (namesMention(r.canonical ?? figure, figure, query.text) &&
        !(r.type === 'PERSON' && query.kind === 'person' && otherBearer(r.text, query.written ?? query.text)) &&
        !(r.type === 'DATE' && datedPastYear(figure, query.text))) ||
      (RANGE_DASH.test(figure) && figure.split(RANGE_DASH).some((h) => h !== figure && namedInQuestion(h, h, query.text)))
    ) {
      // "*Harbour Commissioner* **Ada Vell**": the part of a name the question does not name.
      const rest =
        NAMED_TYPES.has(r.type) && (r.canonical === undefined || r.canonical === r.text)
          ? unnamedPart(r, query.text, r.type === 'PERSON')
          : null;
      if (rest) out.push({ type: r.type, ...rest, ...restShown(r, rest, query) });
      continue;
    }
    // … and the end of a range of amounts a question asks one bound of ("the smallest number of …": "**40** and 120").
    const half =
      types.includes('DATE') && r.type === 'DATE'
        ? rangeHalfAsked(query.text, r)
        : isAmount(r.type)
          ? rangeEndAsked(query.text, r)
          : undefined;
    const shown =
      isAge(r) && AGE_QUESTION.test(query.text)
        ? ageShown(r)
        : AGE_QUESTION.test(query.text) && writtenAsAge(sentence.text, r)
          ? oldShown(sentence.text, r)
          : half
            ? { shown: half }
            : r.type === 'PERSON'
              ? titledNameShown(sentence, r)
              : countedUnitShown(r, counted);
    if (e === r) out.push({ ...e, counts: countsAsked(sentence.text, r, counted), ...shown });
    else out.push({ ...e, core: { start: r.start, end: r.end }, counts: countsAsked(sentence.text, r, counted), ...shown });
  }
  return out;
}

/** A season word, a date only after the words of `BEFORE_SEASON_DATE` ("in spring", not "to fall"). */
const SEASON = /^(fall|spring|summer|winter|autumn)$/i;
const BEFORE_SEASON_DATE = /\b(in|this|last|next|early|late|mid|the|that|of)\s+$/i;

/** The dash between the halves of a range or a score. */
const RANGE_DASH = /[–—]/;

/** No part shown apart from the span (shared: spread, never changed). */
const NOT_SHOWN: Pick<Mention, 'shown'> = Object.freeze({});

/** A sentence's entities with its figure ranges made one (`figureRanges`); and with "he"/"she" as the person meant. */
const rangeMemo = sentenceSlots<StorySentence, readonly Entity[]>(SENTENCE_MEMO_SIZE);
const personRangeMemo = sentenceSlots<StorySentence, readonly Entity[]>(SENTENCE_MEMO_SIZE);

/** An age written as one word ("42-year-old"; amounts.ts tags it QUANTITY in years old). */
function isAge(r: Entity): boolean {
  return r.type === 'QUANTITY' && r.unit === 'years old';
}

/** The figure opening an age. */
const AGE_FIGURE = /^\d+/;

/** A question on someone's age: "How old …", "What age …", "at what age", "the age of …". */
export const AGE_QUESTION = /\bhow old\b|\b(?:what|which)\s+age\b|\bage\s+of\b/;

/**
 * A person the sentence names by one word after a title ("Colonel **Marsk**", "Lady **Tolvane**") is shown with the
 * title, as a reader writes the answer: with no given name, the title is part of how the person is named ("Marsk" alone
 * could be anyone of that family). Not after an honorific of address ("Mr Marsk": the surname is the name), nor for a
 * name the story gives in full elsewhere (its canonical form names the person). Measured without the title.
 * A full name is shown with an abbreviated title of office or profession before it ("Rev. Elwin T. Marsh", "Dr. Ada
 * Venn": `abbreviatedTitleStart`), written as part of the name; not with a title written out ("Colonel Ivo Marsk").
 */
function titledNameShown(sentence: StorySentence, r: Entity): Pick<Mention, 'shown'> {
  if (r.canonical !== undefined && r.canonical !== r.text) return NOT_SHOWN;
  const tokens = sentence.tokens;
  const at = tokens.findIndex((t) => t.start === r.start);
  if (!LONE_WORD.test(r.text)) {
    const titleStart = at > 0 ? abbreviatedTitleStart(tokens, at) : undefined;
    return titleStart === undefined ? NOT_SHOWN : { shown: { start: titleStart, end: r.end } };
  }
  let from = at;
  while (from > 0 && isTitleBefore(tokens[from - 1]!.text)) from -= 1;
  return from < at ? { shown: { start: tokens[from]!.start, end: r.end } } : NOT_SHOWN;
}

/** A capitalised title word that is no honorific of address ("General", "Lady"; not "Mr"). */
function isTitleBefore(word: string): boolean {
  const lower = word.toLowerCase();
  return isCapitalised(word) && ROLE_WORDS.has(lower) && !HONORIFICS.has(lower);
}

/** An age asked for is shown as its figure ("**42**-year-old"), as a reader answers "How old …?"; measured whole. */
function ageShown(r: Entity): Pick<Mention, 'shown'> {
  const figure = AGE_FIGURE.exec(r.text);
  return figure ? { shown: { start: r.start, end: r.start + figure[0].length } } : NOT_SHOWN;
}

/**
 * A span of time whose unit the question counts ("How many years …" → "four years") is shown as its figure
 * ("four", and "24" of "a 24-year tenure"), as an amount whose unit the question names is ("how many yards" →
 * "3,837"); measured whole.
 */
function countedUnitShown(r: Entity, counted: ReadonlySet<string>): Pick<Mention, 'shown'> {
  if (r.type !== 'DURATION' || counted.size === 0) return NOT_SHOWN;
  const m = FIGURE_THEN_UNIT.exec(r.text);
  if (!m || !TIME_UNIT_WORD.test(m[2]!) || !counted.has(termOf(m[2]!) ?? '') || !FIGURE_OR_WORD.test(m[1]!)) return NOT_SHOWN;
  return { shown: { start: r.start, end: r.start + m[1]!.length } };
}

/** A duration's figure and its unit ("four years", "24-year"), and a figure: digits or one word. */
const FIGURE_THEN_UNIT = /^(\S+?)(?:\s+|-)(\p{L}+)$/u;
const FIGURE_OR_WORD = /\d|^\p{L}+$/u;

const TIME_UNIT_WORD = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))$/i;

/** A plus-minus sign, as written between a value and its margin ("212 ± 30", "212 +/- 30"). */
const MARGIN_SIGN = String.raw`±|\+\/-|\+-`;

/** A plus-minus sign between a value and its margin ("212 ± 30"). */
const PLUS_MINUS = new RegExp(`^\\s*(?:${MARGIN_SIGN})\\s*$`);

/** A dash between two figures written close up: a range or a score ("30–60%", "won 20–18"). */
const FIGURE_DASH = /^[–—]$/;

/**
 * Entities with each pair of amounts joined close up by a dash made one ("15–1", "30–60%": a score or a range
 * is one answer, the tagger's halves are none); the pair takes the type of its second half unless that is a
 * bare number.
 */
export function figureRanges(text: string, entities: readonly Entity[]): Entity[] {
  const out: Entity[] = [];
  for (let i = 0; i < entities.length; i += 1) {
    const e = entities[i]!;
    const next = entities[i + 1];
    if (next && isAmount(e.type) && isAmount(next.type) && next.start === e.end + 1 && FIGURE_DASH.test(text.slice(e.end, next.start))) {
      out.push({ type: next.type === 'CARDINAL' ? e.type : next.type, text: text.slice(e.start, next.end), start: e.start, end: next.end });
      i += 1;
    } else if (next && isAmount(e.type) && isAmount(next.type) && PLUS_MINUS.test(text.slice(e.end, next.start))) {
      // "212 ± 30 tonnes": a value and its margin of error are one amount; the margin alone answers nothing.
      out.push({ type: next.type === 'CARDINAL' ? e.type : next.type, text: text.slice(e.start, next.end), start: e.start, end: next.end });
      i += 1;
    } else if (next && e.type === 'CARDINAL' && next.start === e.end + 1 && text[e.end] === '-' && TIME_UNIT_WORD.test(next.text)) {
      // "a 24-year tenure": the tagger reads the figure and the unit apart; the span of time is both.
      out.push({ type: 'DURATION', text: text.slice(e.start, next.end), start: e.start, end: next.end });
      i += 1;
    } else if (next && e.type === 'DURATION' && next.type === 'DURATION' && compoundDuration(text, e, next)) {
      // "3 years, 2 months and 10 days": one span of time told in falling units, each part one more candidate besides.
      let last = i + 1;
      while (entities[last + 1]?.type === 'DURATION' && compoundDuration(text, entities[last]!, entities[last + 1]!)) last += 1;
      out.push({ type: 'DURATION', text: text.slice(e.start, entities[last]!.end), start: e.start, end: entities[last]!.end });
      for (let k = i; k <= last; k += 1) out.push(entities[k]!);
      i = last;
    } else {
      out.push(e);
      // "4,000 to 6,000", "between 2 and 9": a range in words, one more candidate beside its two ends; never
      // "from 5% to 4%", a change from one value to another.
      if (next && isAmount(e.type) && next.type === e.type && wordRange(text, e, next))
        out.push({ type: e.type, text: text.slice(e.start, next.end), start: e.start, end: next.end });
      // "80 to 85 percent", "5 to 15 years", "640 and 710 nm": a bare figure before another that carries a unit
      // shares that unit, so the two are one amount of the second's kind.
      else if (next && sharedUnitPair(text, e, next))
        out.push({ type: next.type, text: text.slice(e.start, next.end), start: e.start, end: next.end });
    }
  }
  return out;
}

/** The units of a span of time, longest first: a compound duration tells them in this order. */
const UNIT_ORDER = ['centur', 'decade', 'year', 'month', 'week', 'day', 'hour', 'minute', 'second'];

/** A text's last run of letters, before any other characters ending it ("years" of "3 years,"). */
const LAST_LETTERS = /(\p{L}+)\W*$/u;

/** The rank in UNIT_ORDER of the last time unit a duration names (-1 for none). */
function unitRank(text: string): number {
  const unit = LAST_LETTERS.exec(text)?.[1]?.toLowerCase() ?? '';
  return UNIT_ORDER.findIndex((u) => unit.startsWith(u));
}

/**
 * Whether two spans of time make one, joined by a comma or "and" with the second in a smaller unit: "3 years, **2
 * months**", "two hours and **ten minutes**" (not "two days and three weeks", two spans).
 */
function compoundDuration(text: string, a: Entity, b: Entity): boolean {
  if (!COMMA_OR_AND.test(text.slice(a.end, b.start))) return false;
  const first = unitRank(a.text);
  return first >= 0 && unitRank(b.text) > first && FIGURE_OR_LETTER_FIRST.test(b.text) && !RELATIVE_TIME.test(b.text);
}

/** What joins the parts of a compound duration (", ", ", and ", " and "), what opens a part, and words dating it from another time. */
const COMMA_OR_AND = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
const FIGURE_OR_LETTER_FIRST = /^\s*[\d\p{L}]/u;
const RELATIVE_TIME = /\b(?:ago|later|earlier|before|after)\b/;

/** Whether two figures of a sentence make a range in words: "A to B", "between A and B" (not "from A to B"). */
function wordRange(text: string, a: Entity, b: Entity): boolean {
  const between = text.slice(a.end, b.start);
  const before = text.slice(Math.max(0, a.start - 12), a.start);
  if (TO_BETWEEN.test(between)) return !FROM_BEFORE.test(before);
  return AND_BETWEEN.test(between) && BETWEEN_BEFORE.test(before);
}

/**
 * Whether a bare figure and the amount after it make one amount sharing the second's unit: "80 to 85 percent", "5 to 15
 * years", "between 4 and 11 hours", and "640 and 710 nm" or "5 or 6 tonnes" (a figure coordinated with a measured one,
 * the unit written once). The first has no unit of its own; the second has one (its type, or a unit word after it).
 */
function sharedUnitPair(text: string, a: Entity, b: Entity): boolean {
  if (a.type !== 'CARDINAL' || !isAmount(b.type) || !BARE_FIGURE.test(a.text)) return false;
  if (amountSpan(text, a).end !== a.end) return false;
  if (b.type === 'CARDINAL' && amountSpan(text, b).end === b.end) return false;
  const between = text.slice(a.end, b.start);
  if (TO_BETWEEN.test(between) || (AND_BETWEEN.test(between) && BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start))))
    return b.type !== a.type && wordRange(text, a, b);
  return AND_OR_BETWEEN.test(between) && !BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start));
}

/** A figure written in digits, with any word before it ("about 80"), and "and"/"or" joining two figures. */
const BARE_FIGURE = /\d[\d,.]*$/;
const AND_OR_BETWEEN = /^\s+(?:and|or)\s+$/;

/** "A to B" (not "from A to B") and "between A and B": the words between two figures and before the first. */
const TO_BETWEEN = /^\s+to\s+$/;
const FROM_BEFORE = /\bfrom\s+(?:about\s+|around\s+)?$/i;
const AND_BETWEEN = /^\s+and\s+$/;
const BETWEEN_BEFORE = /\bbetween\s+$/i;

/** A date that ends with a day of a month and no year ("12 May", "on May 12", "the 3rd of June"). */
const DAY_OF_MONTH_END = new RegExp(`${DAY_OF_MONTH_RE}$`, 'i');

/** What may stand between a day of a month and its year ("3 June 1173", "June 3, 1173"). */
const DAY_YEAR_GAP = /^,?\s+$/;

/**
 * The entities with each day of a month the tagger read apart from the year written right after it made one date ("3
 * June 1173", "October 9, 1962"): wink-nlp reads some years (those before 1200, and some after a comma) as a number or
 * as a date of their own, and the day without its year is half of the date a when-question asks.
 *
 * @example withDayYears('It was signed on 3 June 1173.', [DATE '3 June', CARDINAL '1173']) // → [DATE '3 June 1173']
 */
export function withDayYears(text: string, entities: readonly Entity[]): readonly Entity[] {
  let out: Entity[] | undefined;
  for (let i = 0; i < entities.length; i += 1) {
    const e = entities[i]!;
    const next = entities[i + 1];
    if (
      next &&
      e.type === 'DATE' &&
      (next.type === 'CARDINAL' || next.type === 'DATE') &&
      YEAR_DIGITS.test(next.text) &&
      DAY_YEAR_GAP.test(text.slice(e.end, next.start)) &&
      DAY_OF_MONTH_END.test(e.text)
    ) {
      out ??= entities.slice(0, i);
      out.push({ type: 'DATE', text: text.slice(e.start, next.end), start: e.start, end: next.end });
      i += 1;
    } else out?.push(e);
  }
  return out ?? entities;
}

/** Prepositions a year follows ("in 1130", "by 1911", "until 1990"). */
const BEFORE_YEAR = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'after', 'before', 'during', 'around', 'circa']);

/** A year as a noun phrase's modifier: four digits from 1000 to 2099. */
const MODIFIER_YEAR = /^(?:1\d{3}|20\d{2})$/;

/** A plural noun: ending in "s", not "ss", "us" or "is" ("workers", not "process", "census", "thesis"). */
const PLURAL_NOUN = /[^sui]s$/i;

/**
 * Whether a bare number reads as a year: three or four digits after a preposition of time ("in 911", "until
 * 1990") and not followed by a noun it counts ("in 1200 houses"); or four digits between a determiner or a possessive
 * and a noun phrase whose head is singular ("his 1642 survey", "an 1866 ballot", "its 1983 charter"), as a figure above
 * one counting the noun after it makes that noun plural ("its 1500 employees"); or any three or four digits after
 * "year", which names what they are ("in the year 1874", "the fiscal year 1998 plan"); or four digits after "of" that
 * follows a capitalised word inside the sentence, the name of a law, a treaty or an event dated by its year ("the Velmian
 * Ferry Act of 1903", "the Orsk Treaty of 1871"), not before a noun they count; after a common noun the figure is an amount
 * ("a crowd of 1903", "a population of 1500").
 */
export function isYear(sentence: StorySentence, e: Entity): boolean {
  if (!YEAR_DIGITS.test(e.text) || gluedToLetters(sentence.text, e)) return false;
  const tokens = sentence.tokens;
  const at = tokens.findIndex((t) => t.start >= e.start);
  if (at < 1) return false;
  const before = tokens[at - 1]!.text.toLowerCase();
  if (before === 'year') return true;
  if (BEFORE_YEAR.has(before)) return tokens[at + 1]?.pos !== 'NOUN';
  if (before === 'of') return MODIFIER_YEAR.test(e.text) && namedBefore(tokens, at - 1) && tokens[at + 1]?.pos !== 'NOUN';
  return YEAR_DETERMINERS.has(before) && MODIFIER_YEAR.test(e.text) && singularHeadAfter(tokens, at + 1);
}

/** Whether the word before "of" (at `of`) is a capitalised word inside the sentence, the last of a name ("the Orsk Ferry Act of 1903"). */
function namedBefore(tokens: StorySentence['tokens'], of: number): boolean {
  const word = tokens[of - 1];
  return of >= 2 && word !== undefined && isCapitalised(word.text);
}

/** The era and time-scale words written after a year ("BCE", "AD", "BP"). */
const ERA_WORDS = String.raw`BCE|BC|AD|CE|BP|B\.C\.E\.|B\.C\.|A\.D\.|C\.E\.`;
/** An era or time-scale word after a date written with figures ("420 BCE", "the 3rd century AD", "7400 BP"). */
const ERA_SUFFIX = new RegExp(String.raw`^\s+(?:${ERA_WORDS})(?![\p{L}\d])`, 'u');
/** A century written with its rank ("the 12th century", "12th-century"), and the part of it a word before names ("late", "mid-"). */
const CENTURY = /^\d{1,2}(?:st|nd|rd|th)[- ]century$/i;
const PART_OF_CENTURY = /(?<!\p{L})(?:early|late|mid)(?:-|\s+)$/iu;
/** A year of the last two centuries and this one, alone. */
const MODERN_YEAR = /^(?:18|19|20)\d\d$/;
/** A feast's name (one capitalised word) and the day or evening it names ("Christmas Eve", "Easter Day"). */
const FEAST_NAME = /^\p{Lu}\p{Ll}+$/u;
const FEAST_DAY = /^\s+(?:Eve|Day)(?![\p{L}\d])/u;

/**
 * A date with the words that finish it and that the tagger leaves out: the part of a century written before it ("the
 * late 12th century", "the mid-16th century", as wink keeps "late 1742" and "the early 1990s"), an era or time-scale
 * word after a date holding a figure ("the 3rd century BCE", "640 CE", "7400 BP"), or "Eve"/"Day" after a feast's
 * one-word name ("Christmas Eve"). A date without such a word is returned as it is.
 *
 * @example withDateSuffix('It fell in 420 BC.', {type: 'DATE', text: '420', start: 11, end: 14}).text // → '420 BC'
 */
export function withDateSuffix(text: string, e: Entity): Entity {
  const early = CENTURY.test(e.text) ? PART_OF_CENTURY.exec(text.slice(Math.max(0, e.start - 8), e.start)) : null;
  if (early) return withDateSuffix(text, { ...e, text: text.slice(e.start - early[0].length, e.end), start: e.start - early[0].length });
  const after = text.slice(e.end, e.end + 8);
  const suffix = (/\d/.test(e.text) ? ERA_SUFFIX : FEAST_NAME.test(e.text) ? FEAST_DAY : undefined)?.exec(after);
  // "In 1994 BP paid": after a year of the last two centuries, "BP" is more likely a name than "before present".
  if (!suffix || (suffix[0].trim() === 'BP' && MODERN_YEAR.test(e.text))) return e;
  const end = e.end + suffix[0].length;
  return { ...e, text: text.slice(e.start, end), end };
}

/** The era word written before a year ("AD 83", "A.D. 640"), and a rising figure joined to that year by a dash. */
const ERA_PREFIX = /(?<![\p{L}\d.])(?:AD|A\.D\.)\s*$/u;
const ERA_FIGURE = /^\d{1,4}$/;
const ERA_RANGE_END = /^\s?[–—-]\s?(\d{1,4})(?!\d|[.,]\d|\s?%)/;
/** Two figures joined by a dash, as the tagger's one number reads them ("300–900"). */
const FIGURE_RANGE = /^(\d{1,4})\s?[–—-]\s?(\d{1,4})$/;

/**
 * A year written after its era word ("AD 83", "A.D. 640"), as the date with that word, typed a date; with the range it
 * opens ("AD 200–1300") where a range may answer. Where a range may answer, a rising range of two figures the tagger
 * read as one number is a date with the era word before it ("AD 300–900") or after it ("300–900 AD"). Null for a figure
 * with no era word beside it.
 *
 * @example eraDate('It fell in AD 83.', {type: 'CARDINAL', text: '83', start: 14, end: 16}, false)?.text // → 'AD 83'
 * @example eraDate('It grew AD 300–900.', {type: 'CARDINAL', text: '300–900', start: 11, end: 18}, true)?.text // → 'AD 300–900'
 */
export function eraDate(text: string, e: Entity, ranges: boolean): Entity | null {
  const figures = ranges ? FIGURE_RANGE.exec(e.text) : null;
  if (figures && Number(figures[2]) > Number(figures[1])) {
    const era = ERA_PREFIX.exec(text.slice(Math.max(0, e.start - 6), e.start));
    if (era) return { ...e, type: 'DATE', text: text.slice(e.start - era[0].length, e.end), start: e.start - era[0].length };
    const suffixed = withDateSuffix(text, e);
    return suffixed === e ? null : { ...suffixed, type: 'DATE' };
  }
  if (!ERA_FIGURE.test(e.text)) return null;
  const era = ERA_PREFIX.exec(text.slice(Math.max(0, e.start - 6), e.start));
  if (!era) return ranges ? eraRangeOpening(text, e) : null;
  const start = e.start - era[0].length;
  const range = ranges ? ERA_RANGE_END.exec(text.slice(e.end, e.end + 8)) : null;
  const end = range && Number(range[1]) > Number(e.text) ? e.end + range[0].length : e.end;
  return { ...e, type: 'DATE', text: text.slice(start, end), start, end };
}

/** A range's dash, second figure and the era word after it ("–900 AD", "-300 BC"). */
const ERA_RANGE_CLOSE = new RegExp(String.raw`^\s?[–—-]\s?(\d{1,4})\s+(${ERA_WORDS})(?![\p{L}\d])`, 'u');
/** The era words that count years backwards: their ranges fall ("900–300 BC", "7400–5200 BP"). */
const BACKWARD_ERA = /^B/;

/**
 * A range of years whose era word is written once, after its second figure ("300–900 AD", "900–300 BC"), read from its
 * first figure, which the tagger takes for a bare number while it reads the second with the era word as a date. The
 * years must run the era's way (rising after "AD", falling before "BC"). Null otherwise.
 */
function eraRangeOpening(text: string, e: Entity): Entity | null {
  const m = ERA_RANGE_CLOSE.exec(text.slice(e.end, e.end + 16));
  if (!m) return null;
  const [from, to] = [Number(e.text), Number(m[1])];
  if (BACKWARD_ERA.test(m[2]!) ? to >= from : to <= from) return null;
  const end = e.end + m[0].length;
  return { ...e, type: 'DATE', text: text.slice(e.start, end), end };
}

/** Brackets holding a range of dates or figures ("(1702–64)", "(3 May 1702 – 9 June 1764)"). */
const BRACKETED_RANGE = /^\([^()]*\d[^()]*[–—-][^()]*\d[^()]*\)$/;

/**
 * Whether a date lies in brackets holding a range, written right after a person's name the question does not name
 * ("the chancellor Orla Tellin (1702–64)" for "When was the league founded?"): such brackets give that person's life
 * or term of office, not the date of anything else. A question naming the person (any word of the name) may ask it.
 */
function bracketedAfterUnaskedPerson(sentence: StorySentence, e: Entity, question: string): boolean {
  const text = sentence.text;
  const open = text.lastIndexOf('(', e.start);
  if (open < 0 || text.slice(open, e.start).includes(')')) return false;
  const close = text.indexOf(')', e.end - 1);
  if (close < 0 || !BRACKETED_RANGE.test(text.slice(open, close + 1))) return false;
  const person = sentence.entities.find((p) => p.type === 'PERSON' && p.end <= open && text.slice(p.end, open).trim() === '');
  if (!person) return false;
  const asked = new Set(question.toLowerCase().match(/\p{L}+/gu) ?? []);
  return !(person.text.match(/\p{Lu}\p{L}+/gu) ?? []).some((w) => asked.has(w.toLowerCase()));
}

/** A letter written against a figure's end, other than a decade's plural "s" ("1440p", "720i"; not "1990s"). */
const LETTER_AFTER_FIGURE = /^(?!s(?!\p{L}))\p{L}/u;

/**
 * Whether a text writes a figure with a letter against its end, other than a decade's "s" or a rank's "st / nd / rd /
 * th" ("1440p", "720i", "4K"; not "1990s", "12th", "c1650"): a format, a measure or a model, no time — so no answer to
 * a question asking a time by its noun, where no date was found and a phrase answers ("In what year was X scanned?").
 */
export function writesFigureWithLetterAfter(text: string): boolean {
  return FIGURE_THEN_LETTER.test(text);
}
const FIGURE_THEN_LETTER = /\d(?!(?:s|st|nd|rd|th)(?!\p{L}))\p{L}/u;

/**
 * Whether a figure is written against letters, before it or after it ("1440p", "X1500", "2048b"): the tagger splits
 * such a word into a number and a letter, but the word names a format, a model or a code, not a year.
 */
function gluedToLetters(text: string, e: Entity): boolean {
  return /\p{L}$/u.test(text.slice(Math.max(0, e.start - 1), e.start)) || LETTER_AFTER_FIGURE.test(text.slice(e.end, e.end + 2));
}

/**
 * Whether the tokens from `from` are a noun phrase's modifiers and head (adjectives and nouns, up to four), the head (its
 * last noun) singular: "bound ledger", "charter", not "workers" nor a verb.
 */
function singularHeadAfter(tokens: readonly Token[], from: number): boolean {
  let head: Token | undefined;
  for (let i = from; i < Math.min(tokens.length, from + 4); i += 1) {
    const t = tokens[i]!;
    if (t.pos === 'NOUN') head = t;
    else if (t.pos !== 'ADJ') break;
  }
  return head !== undefined && !PLURAL_NOUN.test(head.text);
}

/** Runs of proper nouns (wink's PROPN tags, joined by "of"/"'s"/"&") that the question does not name. */
export function nameRuns(story: Story, sentence: StorySentence, query: FullQuery): readonly Mention[] {
  const person = query.kind === 'person';
  const runs = sentenceRuns(story, sentence, person);
  // The sentence's own runs where the question names none of them (most sentences): a list of the runs is made only
  // from the first run the question names on (a new list per sentence and question was a share of a who-question's
  // extraction's allocations).
  let out: Mention[] | undefined;
  for (let i = 0; i < runs.length; i += 1) {
    const run = runs[i]!;
    if (!namesMention(run.text, run.text, query.text)) {
      out?.push(run);
      continue;
    }
    out ??= runs.slice(0, i);
    const rest = unnamedPart(run, query.text, person);
    if (rest) out.push({ type: 'PHRASE', ...rest, run: true, ...restShown(run, rest, query) });
  }
  return out ?? runs;
}

/** A sentence's runs of name words, whichever the question; kept apart for a who-question (no run after "in/on/at…"). */
const runMemo = sentenceSlots<StorySentence, readonly Mention[]>(SENTENCE_MEMO_SIZE);
const personRunMemo = sentenceSlots<StorySentence, readonly Mention[]>(SENTENCE_MEMO_SIZE);

/**
 * A sentence's runs of name words (`runSpans`), kept per sentence. A copy of a sentence read alike — its story's
 * sentence of the same text and tokens found first (`tokenClass`), with the same entities and, for a question not
 * asking who, the same reading of its opening word — has the same runs, which are that sentence's, found once: runSpans
 * reads nothing else of a sentence. (A story carrying a report several times reads an excerpt with its copies: at
 * 100k SQuAD sentences, most sentences a question's extraction reads are copies of its six best.)
 */
function sentenceRuns(story: Story, sentence: StorySentence, person: boolean): readonly Mention[] {
  return (person ? personRunMemo : runMemo).get(sentence, (s) => {
    const knownOpens = !person && opensWithKnownName(story, s);
    const first = tokenClass(s);
    if (
      first !== s &&
      story.sentences[first.id] === first &&
      sameEntities(first.entities, s.entities) &&
      (person || opensWithKnownName(story, first) === knownOpens)
    )
      return sentenceRuns(story, first, person);
    return runSpans(s, person, knownOpens);
  });
}

/** The possessive, which joins a name to a name it owns ("Tarnby**'s** Harbour Board"). */
const POSSESSIVE = /^['’]s$/;

/**
 * Connectors the names stage takes alone inside a name that an answer's run does not: "the" (an answer run across
 * "Velden **the** Orsk Bridge" joins two names) and "y" (a run of five words or more is no longer spelled as a person's
 * name). Nor a hyphen, alone or after a particle ("Orsk-Tarnby Canal", "al-Tarni"): `unnamedPart` reads the hyphened
 * pair as one word, so a question naming one half named the whole. SQuAD reading with all three: 5 won / 3 lost, held
 * back 0.5812 → 0.5809; with the hyphen after a particle only: 3 won / 1 lost, held back 0.5810.
 */
const NAMES_STAGE_ONLY = new Set(['the', 'y']);

/** Whether connectors [at, at + n) hold a hyphen (`NAMES_STAGE_ONLY`). */
function holdsHyphen(tokens: readonly Token[], at: number, n: number): boolean {
  for (let k = at; k < at + n; k += 1) if (tokens[k]!.text === '-') return true;
  return false;
}

/**
 * How many tokens from j join two parts of a name run, or 0: the connectors of any name (`connectorsAt`: "Bank **of**
 * X", "Jan **van der** Meulen", "Velden **am** Tarn", "Alp **aan de** Tarn") as the names stage reads them, but for
 * `NAMES_STAGE_ONLY` and a hyphen. And two of this reader's own, since an answer may be a name that holds another whole:
 * a possessive ("X**'s** Y"; the names stage keeps owner and owned apart, to type each), and "for" ("Institute **for**
 * Harbour Studies"), but not in a run read for a person nor after a person's name ("praised Tam Rusk **for** Orvel
 * Bay"): no one's name holds it.
 */
function joinerLength(sentence: StorySentence, j: number, person: boolean): number {
  const tokens = sentence.tokens;
  const word = tokens[j]!.text;
  const n = connectorsAt(tokens, j);
  // An article by its shape keeps its hyphen ("Orva as-Sarif"): the hyphen is the article's, no pair of names'.
  const hyphenKept = !holdsHyphen(tokens, j, n) || particleByShape(tokens, j) === n;
  if (n > 0 && (n > 1 || !NAMES_STAGE_ONLY.has(word.toLowerCase())) && hyphenKept && nameWord(tokens, j + n)) return n;
  if (ofTheName(tokens, j)) return 2;
  if (firmPartners(tokens, j)) return 1;
  if (!person) {
    const titled = titleCaseJoiner(tokens, j);
    if (titled > 0) return titled;
  }
  const joins = POSSESSIVE.test(word) || (!person && word === 'for' && !inEntityOf(sentence.entities, tokens[j - 1]!, 'PERSON', 'PERSON'));
  return joins && nameWord(tokens, j + 1) ? 1 : 0;
}

/**
 * Whether "of the" at j joins two parts of one name: name words follow it, and the word before it is a capitalised
 * word the dictionary knows ("the **Museum** of the Orrin Valley", "**Order** of the Silver Oar", "Court of **Justice**
 * of the Velmian Union"): a common noun made a name's head, which "of the" goes on to say which one. Not after a given
 * name or a surname ("Börte of the …": a person and a people, measured), nor after a figure ("Article 5 of the …"). The
 * names stage keeps "of the" the end of a name (`connectorsAt`): this reader's own. SQuAD reading 4 won / 0 lost, held
 * back 1 / 0; with no condition on the word before, 4 won / 2 lost (held back 1 / 2); kit identical.
 */
function ofTheName(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]!.text !== 'of' || tokens[j + 1]?.text !== 'the' || !nameWord(tokens, j + 2)) return false;
  const head = tokens[j - 1]!.text;
  return CAPITALISED.test(head) && isDictionaryWord(head.toLowerCase());
}

/** Tags of the short words a title capitalises inside a name ("Maps **On** Call", "Voice **In The** Wild"). */
const TITLE_FUNCTION_POS = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'PRON']);

/**
 * How many tokens from j are capitalised function words inside a title-case name, or 0: up to two words the tagger
 * reads as a preposition, an article, a conjunction or a pronoun, written with a capital inside the sentence (not
 * opening it, nor after a colon or a quote) and followed by a name word ("Music **On** Request", "Tales **Of The** Orsk
 * Coast"). Mid-sentence, English capitalises such a word only inside a title or a name, so it holds the name together.
 * Not in a run read for a person: no one's name holds it.
 */
function titleCaseJoiner(tokens: readonly Token[], j: number): number {
  let k = j;
  while (
    k - j < 2 &&
    tokens[k] &&
    TITLE_FUNCTION_POS.has(tokens[k]!.pos) &&
    capitalisedInside(tokens, k) &&
    STOP_WORDS.has(tokens[k]!.text.toLowerCase())
  )
    k += 1;
  return k > j && nameWord(tokens, k) ? k - j : 0;
}

/** Words that close a firm's name after "and" or "&" ("Dorn **and Company**", "Tull **& Sons**"). */
const FIRM_PARTNERS = new Set(['company', 'co', 'co.', 'sons', 'partners', 'associates', 'brothers']);

/**
 * Whether "and" or "&" at j joins a name to the word that makes it a firm's name ("Dorn **and** Company", "Tull **&**
 * Sons"): that word ends the run, so the two are one name, not a list of two names.
 */
function firmPartners(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j]!.text.toLowerCase();
  if (word !== 'and' && word !== '&') return false;
  const next = tokens[j + 1];
  return next !== undefined && CAPITALISED.test(next.text) && FIRM_PARTNERS.has(next.text.toLowerCase()) && !nameWord(tokens, j + 2);
}

/**
 * Which joiner holds a name run together past the parts the tagger reads apart: a firm's closing words ("Dorn **and
 * Company**": `firmPartners`) or a title's capitalised function word ("Music **On** Request": `titleCaseJoiner`), the
 * same readings that joined the run; undefined for any other run. Read by `ofTheName.ts` `absorbWholeName`.
 */
export function runJoinedBy(sentence: StorySentence, run: Mention): 'firm' | 'title' | undefined {
  const tokens = sentence.tokens;
  let titled = false;
  for (let j = 0; j < tokens.length; j += 1) {
    const t = tokens[j]!;
    if (t.start <= run.start || t.end > run.end) continue;
    if (firmPartners(tokens, j)) return 'firm';
    titled ||= titleCaseJoiner(tokens, j) > 0;
  }
  return titled ? 'title' : undefined;
}

/** A sentence's runs of name words holding a proper noun, each as an untyped mention (shared: never changed). */
function runSpans(sentence: StorySentence, person: boolean, knownOpens: boolean): readonly Mention[] {
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    // A name after "on/in/at…" is a place or a medium ("wrote on X"), not the person asked for.
    // A sentence's first word is capitalised whatever it is; a compass word there still opens the name after it
    // ("Southern Marlow Rail runs …").
    const compassOpens = i === 0 && compassWord(tokens[0]!.text) && nameWord(tokens, 1);
    // For a who-question so does a proper noun no dictionary knows ("Vantrell sailed …", "Orlix Two opened …"): a
    // name, not a capital; not one before a lower-case noun, which it describes ("Ostrellid ferns …").
    // And a sovereign's name with the regnal number after it ("Aldo I was crowned …"), whatever a dictionary says of it.
    // And a given name before another name word ("Grace Tellin's record …", "Grace Stamp stepped down …"), the surname
    // read as a proper noun or, where it is also a word, as a verb: a given name the dictionary knows opens a person's name.
    const opensWithName =
      person &&
      i === 0 &&
      tokens[0]!.pos === 'PROPN' &&
      ((!inDictionary(tokens[0]!.text) && !describesNoun(tokens, 0, 0, null, askedNone)) ||
        (isGivenName(tokens[0]!.text) && (regnalOne(tokens, 1) || surnameAfter(tokens, 1))));
    const opensKnown = i === 0 && knownOpens;
    if (
      !compassOpens &&
      !opensWithName &&
      !opensKnown &&
      (!nameWord(tokens, i) || i === 0 || (person && LOCATIVES.has(tokens[i - 1]!.text.toLowerCase())))
    ) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      // A name with its number ("Route 46", "Orsk Route 46 Freeway"): one answer, the number no candidate apart.
      // An abbreviated title's full stop the tagger split off stays in the run ("Rev . Elwin Marsh"), as in `findNameRuns`.
      const step =
        nameWord(tokens, j) || regnalOne(tokens, j) || numberAfterName(sentence, j) || splitTitleStop(tokens, j)
          ? 1
          : joinerLength(sentence, j, person);
      if (step === 0) break;
      j += step;
    }
    // A run of capitalised words none of them tagged a proper noun is still a name in a passive's agent slot ("mended
    // by **Stamp**", the surname read as a verb): what stands there did the verb.
    let proper = opensKnown || agentName(tokens, i, j);
    for (let k = i; k < j && !proper; k += 1) proper = tokens[k]!.pos === 'PROPN';
    if (!proper) {
      i = j;
      continue;
    }
    const text = sentence.text.slice(tokens[i]!.start, tokens[j - 1]!.end);
    // For a who-question a run spelled as a person's name is a person, whatever the tagger made of it ("a pass to wide
    // end **Ivo Brandt**", typed a place after "to"): untyped, it weighed as a bare name against the sentence's typed people.
    const type = person && spelledAsPerson(text) ? 'PERSON' : 'PHRASE';
    // Not a run of days and months ("on **Sundays**": `onlyCalendarNames`, as the names stage reads it), nor a people's
    // name alone ("**Danes**": the names stage reads it as a describer or a place's cue, an answer as no one's name).
    if (text.length > 1 && !onlyCalendarNames(text) && !(j === i + 1 && isDemonym(text)))
      out.push({ type, text, start: tokens[i]!.start, end: tokens[j - 1]!.end, run: true });
    i = j;
  }
  return out;
}

/**
 * Whether a name run is spelled as a person's name by itself, with no cue from the story: a given name opening two to
 * four words, no place, organisation or place noun heading it ("Tam Ferrow", "Ivo J. Brandt"; not "Ivo Street", "Tam
 * Harbour Trust"), not opened by a word mainly an adjective ("Royal Marines") nor ending in a word joined to a lower-case
 * one ("Ivo Brandt-designed"). A who-question reads such a run as a person where the tagger gave it no type or another.
 */
export function spelledAsPerson(text: string): boolean {
  if (JOINED_LOWER.test(text)) return false;
  const space = SPACE.exec(text);
  return space !== null && !isMainlyAdjective(text.slice(0, space.index).toLowerCase()) && nameType(text, noEvidence()) === 'PERSON';
}

/** A hyphen before a lower-case letter ("Brandt-designed"). */
const JOINED_LOWER = /-\p{Ll}/u;

/**
 * Whether a sentence opens with a name, where its capital alone tells nothing: the first word is capitalised, no stop
 * word, and the tagger put it inside a name in this sentence or the article writes it in a name elsewhere ("**Harbour**
 * was the first word of its name" after "the Harbour Tavern"), for a question that is not a who-question (which has
 * its own opening rule, `opensWithName`: there the tagged person stands for itself, and a title opening the sentence,
 * "Port Commissioner Tam Rusk", would be read as part of the name). SQuAD reading 3 won / 2 lost (F1 +0.0001).
 */
function opensWithKnownName(story: Story, sentence: StorySentence): boolean {
  const first = sentence.tokens[0];
  if (!first || !OPENING_NAME.test(first.text) || STOP_WORDS.has(first.text.toLowerCase())) return false;
  for (const e of sentence.entities) if (NAMED_TYPES.has(e.type) && e.start <= first.start && first.end <= e.end) return true;
  return articleNameWords(story, sentence.articleId).has(first.text);
}

/**
 * The words an article writes as names: those of the names the tagger found (people, places, organisations), and the
 * capitalised words inside a sentence (not first, nor after a sentence mark, a colon or a quote). Made once per article, when a question first reads it.
 */
function articleNameWords(story: Story, articleId: string): ReadonlySet<string> {
  const byArticle = nameWordsByArticle(story);
  const known = byArticle.get(articleId);
  if (known) return known;
  const words = new Set<string>();
  const count = articleById(story).get(articleId)?.sentenceCount ?? 0;
  for (let index = 1; index <= count; index += 1) {
    const s = sentenceAt(story, articleId, index);
    if (!s) continue;
    for (const e of s.entities) if (NAMED_TYPES.has(e.type)) for (const w of e.text.split(SPACE)) words.add(w);
    const tokens = s.tokens;
    for (let k = 1; k < tokens.length; k += 1)
      if (OPENING_NAME.test(tokens[k]!.text) && !OPENS_AFTER.test(tokens[k - 1]!.text)) words.add(tokens[k]!.text);
  }
  byArticle.set(articleId, words);
  return words;
}

/** Whether token k is a surname after a given name: a capitalised word inside the sentence the tagger read as a name or a verb. */
function surnameAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && (t.pos === 'PROPN' || t.pos === 'VERB') && capitalisedInside(tokens, k);
}

/** Each article's name words, kept while the story is live. */
const nameWordsByArticle = oncePerStory((_story: Story) => new Map<string, ReadonlySet<string>>());

/** A capitalised word or a word of capitals ("Manning", "CBS"). */
const OPENING_NAME = /^\p{Lu}[\p{L}\p{N}]/u;

/** No word of a question: a sentence's opening word that describes the noun after it does so whatever was asked. */
const askedNone = (): boolean => false;

/** Whether a word is a stop word or WordNet knows it, or a plural whose singular is either ("Others" → "other"). */
function inDictionary(word: string): boolean {
  const lower = word.toLowerCase();
  const known = (w: string) => STOP_WORDS.has(w) || isDictionaryWord(w);
  return known(lower) || (lower.endsWith('s') && known(lower.slice(0, -1)));
}

/** The story's names by kind, folded: every word of the people's names, and the places' names whole. */
const namesByKind = slicedPerStory(function* (story: Story) {
  const personWords = new Set<string>();
  const places = new Set<string>();
  for (let i = 0; i < story.sentences.length; i += 1) {
    if (i % 128 === 127) yield; // a warm-up's slice ends here (see slicedPerStory)
    const s = story.sentences[i]!;
    for (const e of s.entities) {
      if (e.type === 'PERSON') for (const w of (e.canonical ?? e.text).toLowerCase().split(SPACE)) personWords.add(w);
      else if (e.type === 'PLACE') places.add(e.text.toLowerCase());
    }
  }
  return { personWords, places };
});

/**
 * Whether an untyped run of proper nouns may answer a question of this kind given what the rest of the story
 * calls that name: a person's name ("Lind" where "Mara Lind" is tagged a person elsewhere) answers no
 * "where", and a name the story tags a place and spells as one (`knownPlace`; no person bears it, nor opens it with a
 * given name) answers no "who". (SQuAD reading: the tagger files many people as places by one mention, "took a letter
 * from Ivo Brandt"; letting in those spelled as no place won 7 questions and lost 1.)
 * (The people of a place, "Spaniards", are kept from place answers by extractAnswer, which lets a which-NOUN
 * question take them as an adjective.)
 */
export function fitsKind(story: Story, text: string, kind: FullQuery['kind']): boolean {
  if (kind !== 'place' && kind !== 'person') return true;
  const { personWords, places } = namesByKind(story);
  const lower = text.toLowerCase();
  const lastWord = LAST_WORD.exec(lower)?.[0] ?? '';
  // "Tam Ferrow", which the tagger may have filed as a place: a given name and a surname name a person.
  const space = kind === 'person' ? SPACE.exec(text) : null;
  const personal = personWords.has(lastWord) || (space !== null && isGivenName(text.slice(0, space.index)));
  // WordNet's place names ("England", "Bavaria") answer no "who" either, unless it also knows a person by the name.
  if (kind === 'place') return !personal || places.has(lower);
  return (!(places.has(lower) && knownPlace(lower)) && !namesOnlyPlace(lower)) || personal;
}

/**
 * Whether a name the story tags a place is spelled as one by itself: the gazetteer or WordNet holds it as a place, or a
 * word at its edge is a place's noun or a place ("Fort Tolly", "Orsk Harbour", "Velden Norway"). A name with none of these
 * ("Ivo Brandt" after "from") may be a place only by the words around one mention.
 */
export function knownPlace(lower: string): boolean {
  if (placeKind(lower) !== undefined || nounClasses(lower).includes('place')) return true;
  const space = SPACE.exec(lower);
  if (space === null) return false;
  const last = LAST_WORD.exec(lower)?.[0] ?? '';
  return PLACE_HEADS.has(last) || nounClass(last) === 'place' || nounClass(lower.slice(0, space.index)) === 'place';
}

/** Whether WordNet files a name as a place and never as a person ("england", not "lincoln"). */
function namesOnlyPlace(lower: string): boolean {
  const classes = nounClasses(lower);
  return classes.includes('place') && !classes.includes('person');
}

/** The last word of a text (what follows its last space), and a run of spaces. */
const LAST_WORD = /\S*$/;
const SPACE = /\s+/;

/** Whether the word before offset `at` is a locative preposition ("wrote on X", "in Paris"). */
export function afterLocative(text: string, at: number): boolean {
  const before = LAST_LETTERS.exec(text.slice(Math.max(0, at - 20), at));
  return before !== null && LOCATIVES.has(before[1]!.toLowerCase());
}

const LOCATIVES = new Set(['on', 'in', 'at', 'into', 'from', 'near', 'via', 'across', 'inside', 'outside', 'throughout']);

const CHUNK_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/** A word of a name run: a proper noun, or a capitalised word inside the sentence read as another content word. */
function nameWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.pos === 'PROPN') return true;
  return (TITLE_WORD_POS.has(t.pos) || t.pos === 'NOUN' || t.pos === 'ADJ') && capitalisedInside(tokens, k);
}

/** Whether token k is a capitalised word inside its sentence: not first, not after a sentence mark, colon or quote. */
function capitalisedInside(tokens: readonly Token[], k: number): boolean {
  return k > 0 && CAPITALISED.test(tokens[k]!.text) && !OPENS_AFTER.test(tokens[k - 1]!.text);
}

/** A capital then a small letter ("Harbour"). */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** A word ending in a mark after which a capital opens a sentence or a quotation. */
const OPENS_AFTER = /[.!?:"“]$/;

/** Parts of speech the tagger gives a title's capitalised words ("Orla Vance **Presents**", "**Home** Harbour"). */
const TITLE_WORD_POS = new Set(['VERB', 'ADV', 'AUX']);

/**
 * Whether token k belongs in a noun phrase: a noun, proper noun, adjective or figure, or a capitalised word inside
 * the sentence that the tagger read as a verb or an adverb — a word of a name or a title ("Orla Vance **Presents**") —,
 * a noun read as a verb after "be" that opens a list ("are **fog**, ice and squalls"), a participle read as a verb
 * that describes the noun after it ("and **dried** figs"), a compound's noun read as a verb ("the scrub **cover**
 * on …") or a describing word read as an adverb after an article ("the **last** dry season").
 */
function inChunk(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (CHUNK_POS.has(t.pos)) return true;
  if (t.pos === 'SYM' && figureSign(tokens, k)) return true;
  return (
    (TITLE_WORD_POS.has(t.pos) && capitalisedInside(tokens, k)) ||
    listNounReadAsVerb(tokens, k) ||
    participleAsAdjective(tokens, k) ||
    compoundNounReadAsVerb(tokens, k) ||
    adverbInPhrase(tokens, k)
  );
}

/** A currency sign written close up before a figure ("**£**34m", "**€**25,000"). */
const CURRENCY_SIGN = /^[$£€¥₹]$/;

/** What a degree sign measures when written after it: a temperature's scale or a compass point ("32 °**C**", "28°**E**"). */
const DEGREE_SCALE = /^[CFKNSEW]\.?$/;

/** Whether token k, a symbol, belongs to the figure beside it: a currency sign before it, a degree sign after it ("32 **°**C"). */
function figureSign(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (CURRENCY_SIGN.test(t.text)) return next !== undefined && next.pos === 'NUM' && next.start === t.end;
  return t.text === '°' && tokens[k - 1]?.pos === 'NUM' && next !== undefined && DEGREE_SCALE.test(next.text);
}

/** Whether a token's term is one of the question's words, other than the noun it names its answer by (`focus`). */
function isAskedTerm(term: string | null | undefined, wanted: ReadonlySet<string>, focus: string | null): boolean {
  return term != null && term !== focus && wanted.has(term);
}

/** Whether a token of [from, to) is neither a question word nor the focus noun (`terms`: the tokens' terms). */
function holdsUnasked(
  terms: readonly (string | null)[],
  from: number,
  to: number,
  wanted: ReadonlySet<string>,
  focus: string | null,
): boolean {
  for (let k = from; k < to; k += 1) if (!isAskedTerm(terms[k], wanted, focus) && terms[k] !== focus) return true;
  return false;
}

/**
 * Noun phrases of a sentence (runs of adjectives, nouns, proper nouns and numbers, "of" and "'s" inside),
 * less the question's own words at their edges; a phrase made only of question words is none. The noun
 * a "what/which NOUN" question names its answer by may stay ("What arena …" → "Harbour Arena").
 */
export function phraseChunks(sentence: StorySentence, query: FullQuery): readonly Mention[] {
  return (
    chunkCopies.find(query, sentence.text, sentence, chunkedAlike, undefined) ??
    chunkCopies.keep(sentence.text, sentence, sentenceChunks(sentence, query))
  );
}

/** `phraseChunks` of each sentence text of the latest question (shared by its copies read alike: sentenceCopies.ts). */
const chunkCopies = new QuestionCopies<FullQuery, StorySentence, readonly Mention[], undefined>();

/** Whether two sentences of one text were chunked alike: the same tokens, and the same entities (names are cut at). */
function chunkedAlike(kept: StorySentence, s: StorySentence): boolean {
  return sameSentenceTokens(kept, s) && sameEntities(kept.entities, s.entities);
}

/** `phraseChunks` worked out. */
function sentenceChunks(sentence: StorySentence, query: FullQuery): Mention[] {
  const tokens = sentence.tokens;
  const terms = tokenTerms(tokens);
  const { wanted, focus, kindAsked, named } = askedOf(query);
  // The question's verb, unless it is the noun the answer is named by ("What market did …", read as a verb).
  const verb = query.verb !== undefined && query.verb !== focus ? query.verb : null;
  const { bounds, inside } = chunkMemo.get(sentence, (s) => chunkLayout(s.tokens));
  const out: Mention[] = [];
  for (let c = 0; c < bounds.length; c += 2) {
    const i = bounds[c]!;
    const j = bounds[c + 1]!;
    let from = i;
    let to = j;
    // "What kind of X …": a participle the tagger read as a verb right before X tells the kind, with the describing
    // words before it ("the **smoked** fish crates", "a **pale dried** fish"). SQuAD reading F1 0.5216 → 0.5220 (7 won /
    // 0 lost; what 0.4554 → 0.4564, held back 0.5484 → 0.5491); without the words before it 6 won / 2 lost.
    if (kindAsked && focus !== null && terms[i] === focus && i > 0 && participleBeforeNoun(tokens, i - 1)) {
      let a = i - 1;
      while (a > 0 && (DESCRIBING_POS.has(tokens[a - 1]!.pos) || joinedByHyphen(tokens, a - 1))) a -= 1;
      out.push(chunkMention(sentence, terms, a, i + 1, query.focus, focus, true, wanted, named));
    }
    while (from < to && (isAskedTerm(terms[from], wanted, focus) || inside[from] === 0)) from += 1;
    while (to > from && (isAskedTerm(terms[to - 1], wanted, focus) || inside[to - 1] === 0)) to -= 1;
    if (to - from > 0 && to - from <= MAX_PHRASE_WORDS && holdsUnasked(terms, from, to, wanted, focus)) {
      out.push(
        withNameWhole(
          sentence,
          withComplement(
            sentence,
            terms,
            inside,
            chunkMention(sentence, terms, from, to, query.focus, focus, kindAsked, wanted, named),
            from,
            to,
            j,
            wanted,
            focus,
          ),
          i,
          from,
          to,
          j,
          query,
        ),
      );
      // The whole phrase too, question words at its edges kept ("the harbour **Regatta**" for a question on the regatta).
      let a = i;
      let b = j;
      while (a < b && inside[a] === 0) a += 1;
      while (b > a && inside[b - 1] === 0) b -= 1;
      // Not the question's own verb at an edge, nor the words that linked it: a verb the tagger read as a noun, or
      // its noun ("the **building of the** new quay" for "What did the town build?").
      while (a < from && (asksVerb(tokens, terms, a, verb) || inside[a] === 0)) a += 1;
      while (b > to && (asksVerb(tokens, terms, b - 1, verb) || inside[b - 1] === 0)) b -= 1;
      if ((a < from || b > to) && b - a <= MAX_PHRASE_WORDS && !cutsNamedPerson(sentence, a, from) && !cutsNamedPerson(sentence, to, b))
        out.push(chunkMention(sentence, terms, a, b, query.focus, focus, kindAsked, wanted, named));
      if (kindAsked)
        for (const k of focusInside(tokens, terms, from, to, focus))
          out.push(chunkMention(sentence, terms, from, k + 1, query.focus, focus, true, wanted, named));
      const owned = ownedAfter(tokens, terms, from, to, wanted, focus);
      if (owned > from) out.push(chunkMention(sentence, terms, owned, to, query.focus, focus, kindAsked, wanted, named));
    }
  }
  return out;
}

/**
 * A phrase of tokens [from, to), trimmed of the question's words at the edges of a chunk of tokens [first, end), shown
 * with the name the trim cut in two made whole again. A trim that stops between two capitalised words of one name at
 * the front ("*Grand* **Bowl XIV**" for "Which Grand Bowl …", "*Private* **Harbour Fund**" for "What fund pays for a
 * private marina?") leaves a thing without the words of its name, and a thing is shown by its whole name ("**Private
 * Harbour Fund**"), as `unnamedPart` keeps a name run whole; not where the rest opens with a given name or lies in a
 * tagged person ("*Harbour Commissioner* **Ada Vell**": the title is cut off the person), nor with a series number, a
 * name of its own after its series ("*Grand Prix* **XIV**"), nor where the words cut off name a person ("*Ada Vell*-built
 * **barge**": the question's person) or are written in the question as a name of its own, with no more of a name beside
 * them ("*Orsk* **Rovers**" for "What is the team from Orsk called?", not "*Velden Cup* **Harbour Gala**" for "… for
 * Velden Cup 46?", nor a nationality: "*Norwegian* **Fjordline Corporation**" for "What Norwegian broadcaster …"), unless the
 * name opens or ends in the capitalised focus noun, the thing asked ("**Orsk Grain Exchange**" for "What exchange in
 * Orsk …"). At the end, the name's last words that the question writes in small letters are its kind, and the name holds
 * them ("**Orsk Sign Language**" for "Into what language …", as `restShown` shows it); and a lone capitalised word before
 * the question's words of its name names nothing alone ("**Marrow** *Films*" for "What film society …", "**Reformed**
 * *Brethren*"): shown with the name's words after it, unless those are a person's or a name of its own in the question.
 * Still measured as trimmed: the question's words are no evidence for it.
 */
function withNameWhole(
  sentence: StorySentence,
  m: Mention,
  first: number,
  from: number,
  to: number,
  end: number,
  query: FullQuery,
): Mention {
  const tokens = sentence.tokens;
  // A person asked for is shown as the person, not with a name before it ("*Bank of Velden* **Ada Vell**").
  if (m.shown || query.kind === 'person') return m;
  const question = query.written ?? query.text;
  const focus = askedOf(query).focus;
  let a = from;
  if (from > first && nameWordAt(tokens, from) && nameWordAt(tokens, from - 1)) {
    const opening = tokens[from]!;
    if (!isGivenName(opening.text) && !seriesNumber(opening.text) && !inEntityOf(sentence.entities, opening, 'PERSON', 'PERSON'))
      while (a > first && nameWordAt(tokens, a - 1)) a -= 1;
    // A person's name cut off the front is the question's person, whose thing this is ("*Ada* Vell's barge").
    if (a < from && personAmong(sentence, a, from)) a = from;
    // A name the question writes as one of its own is another thing, beside which this one is named ("*Orsk* **Rovers**"
    // for "What is the team from Orsk called?"); not the name a capitalised focus noun opens (the series asked) or
    // ends ("**Velden Grain Exchange**" for "What exchange in Velden …": the thing asked, by its whole name).
    if (a < from && termOf(opening.text) !== focus && !endsInFocus(tokens, to, end, focus) && ownNameCut(sentence, a, from, question))
      a = from;
  }
  let b = to;
  while (b < end && nameWordAt(tokens, b - 1) && nameWordAt(tokens, b) && lowerCaseNounIn(tokens[b]!.text, question)) b += 1;
  // A lone capitalised word before the question's words of its name is a word of that name, naming nothing alone (an
  // adjective, "**Reformed** *Brethren*", or a short name, "**Marrow** *Films*"): shown with the name's words after it;
  // not a given name (a person's first name) nor an abbreviation in capitals, a name of its own (`loneNameWord`).
  if (b === to && loneNameWord(tokens, from, to)) {
    while (b < end && nameWordAt(tokens, b) && !isGivenName(tokens[b]!.text)) b += 1;
    if (b > to && (personAmong(sentence, to - 1, b) || ownNameCut(sentence, to, b, question))) b = to;
  }
  return a === from && b === to ? m : { ...m, shown: { start: tokens[a]!.start, end: tokens[b - 1]!.end } };
}

/** Whether tokens [from, to) hold a given name or a word of a person the story tags. */
function personAmong(sentence: StorySentence, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1)
    if (isGivenName(sentence.tokens[k]!.text) || inEntityOf(sentence.entities, sentence.tokens[k]!, 'PERSON', 'PERSON')) return true;
  return false;
}

/** Whether the name a phrase ends in at token `to - 1`, or runs on to before `end`, ends in the focus noun, capitalised. */
function endsInFocus(tokens: readonly Token[], to: number, end: number, focus: string | null): boolean {
  if (focus === null) return false;
  let k = to;
  while (k < end && nameWordAt(tokens, k)) k += 1;
  return nameWordAt(tokens, k - 1) && termOf(tokens[k - 1]!.text) === focus;
}

/**
 * Whether tokens [from, to) end a phrase's name in one word of it alone: a capitalised word with no name word before it
 * in the phrase, not a given name, not an abbreviation in capitals ("USC"), not the sentence's first word.
 */
function loneNameWord(tokens: readonly Token[], from: number, to: number): boolean {
  const k = to - 1;
  const t = tokens[k]!;
  return (
    k >= from &&
    k > 0 &&
    nameWordAt(tokens, k) &&
    CAPITALISED.test(t.text) &&
    !isGivenName(t.text) &&
    !nameWordAt(tokens, k - 1) &&
    !joinsNames(tokens, k - 1)
  );
}

/** Whether token k joins two name words ("Drawings **and** Archives", "Bank **of** Velden"). */
function joinsNames(tokens: readonly Token[], k: number): boolean {
  return k > 0 && NAME_JOINERS.has(tokens[k]!.text) && nameWordAt(tokens, k - 1);
}

/** Words that join the words of one name. */
const NAME_JOINERS = new Set(['and', '&', 'of']);

/**
 * Whether the question writes the words of tokens [from, to), or one of them, as a name of its own: as written here,
 * with no capitalised word, figure or hyphen joining it to more of a name in the question ("Orsk" in "the team from
 * Orsk", not "Orsk" in "Orsk Harbour Board" nor "Velden Cup" in "Velden Cup 46"). A nationality is a describing word,
 * no name of its own ("Tarnish" in "What Tarnish channel …").
 */
function ownNameCut(sentence: StorySentence, from: number, to: number, question: string): boolean {
  const tokens = sentence.tokens;
  const text = sentence.text.slice(tokens[from]!.start, tokens[to - 1]!.end);
  if (!namesNationality(text) && writtenAlone(text, question)) return true;
  for (let k = from; k < to; k += 1) {
    const word = tokens[k]!.text;
    if (!namesNationality(word) && writtenAlone(word, question)) return true;
  }
  return false;
}

/** Whether `question` writes `text`, as written, with no name word, figure or hyphen beside it (`ownNameCut`). */
function writtenAlone(text: string, question: string): boolean {
  for (let at = question.indexOf(text); at >= 0; at = question.indexOf(text, at + 1)) {
    const before = question.slice(0, at);
    const after = question.slice(at + text.length).replace(POSSESSIVE_AFTER, '');
    if ((before !== '' && WORD_CHAR.test(before.at(-1)!)) || WORD_CHAR.test(after[0] ?? ' ')) continue;
    if (before.endsWith('-') || after.startsWith('-')) continue;
    const previous = PREVIOUS_WORD.exec(before);
    const next = NEXT_WORD.exec(after);
    const previousNames = previous !== null && previous.index > 0 && NAME_OR_FIGURE.test(previous[1]!);
    if (previousNames || (next !== null && NAME_OR_FIGURE.test(next[1]!))) continue;
    return true;
  }
  return false;
}

/** The possessive after a word ("Orsk's"). */
const POSSESSIVE_AFTER = /^['’]s\b/;
/** The word before a place in a text, and the one after it. */
const PREVIOUS_WORD = /([\p{L}\p{N}]+)\s+$/u;
const NEXT_WORD = /^\s+([\p{L}\p{N}]+)/u;
/** A capitalised word or a figure. */
const NAME_OR_FIGURE = /^[\p{Lu}\p{N}]/u;

/** Whether token k is a capitalised word of a name inside its sentence (a proper noun, or a capital not opening it). */
function nameWordAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return isCapitalised(t.text) && (t.pos === 'PROPN' || capitalisedInside(tokens, k));
}

/** Whether a word is a series number: a Roman numeral's capitals or figures ("XIV", "46"). */
function seriesNumber(word: string): boolean {
  return ROMAN_NUMERAL.test(word) || FIGURES.test(word);
}

/**
 * Where what an owner the question names has starts in a phrase of tokens [from, to) that opens with that owner and its
 * possessive mark, past the question's words after the mark: "Brandt’s partner **Orrin**" for "What was the name of
 * Brandt's partner?" (the owner read as the focus, which the trimming above keeps). `from` when the phrase opens so with
 * nothing of its own after.
 */
function ownedAfter(
  tokens: readonly Token[],
  terms: readonly (string | null)[],
  from: number,
  to: number,
  wanted: ReadonlySet<string>,
  focus: string | null,
): number {
  if (focus === null || terms[from] !== focus || !POSSESSIVE.test(tokens[from + 1]?.text ?? '')) return from;
  let k = from + 2;
  while (k < to && wanted.has(terms[k] ?? '')) k += 1;
  return k > from + 2 && k < to ? k : from;
}

/**
 * A phrase ending in a lower-case noun shown with its complement (nounComplement.ts: "a **plea for calm**", "the **steady
 * demand for oak planks**"), measured as the phrase alone; unchanged for a phrase whose end is cut (a question word there)
 * or that ends in the noun the question names its answer by: the answer is the words before it ("What type of net …" →
 * "fine drift **net**", not "… net from Orsk").
 */
function withComplement(
  sentence: StorySentence,
  terms: readonly (string | null)[],
  inside: Uint8Array,
  m: Mention,
  from: number,
  to: number,
  end: number,
  wanted: ReadonlySet<string>,
  focus: string | null,
): Mention {
  if (m.shown || to !== end || terms[to - 1] === focus) return m;
  const asked = (k: number) => isAskedTerm(terms[k], wanted, focus) || terms[k] === focus;
  const past = complementEnd(sentence.tokens, inside, to - 1, asked, to - from === 1);
  return past < 0 ? m : { ...m, shown: { start: m.start, end: sentence.tokens[past - 1]!.end } };
}

/** Whether token k is the question's verb written in lower case (a capitalised one is a name's word: "Tolly **Falls**"). */
function asksVerb(tokens: readonly Token[], terms: readonly (string | null)[], k: number, verb: string | null): boolean {
  return verb !== null && terms[k] === verb && LOWER_FIRST.test(tokens[k]!.text);
}

/**
 * For "what kind of X", the places where X stands inside a phrase of tokens [from, to) with words before it and more
 * after ("the **wooden** barge crews" for "What type of barge …", "a **seasonal** guild of boatmen"): the phrase up to X
 * is a candidate of its own, shown as its words before X (withKindShown), since the phrase as a whole names another
 * noun. Only X written in lower case: a capitalised X is part of a name, which is no kind (with capitals too, SQuAD
 * reading lost a right answer). SQuAD reading F1 0.5208 → 0.5214 (9 won / 0 lost; what 0.4539 → 0.4552, held back
 * 0.5473 → 0.5481); eval:kit unchanged.
 */
function focusInside(
  tokens: readonly Token[],
  terms: readonly (string | null)[],
  from: number,
  to: number,
  focus: string | null,
): number[] {
  const out: number[] = [];
  if (focus === null) return out;
  for (let k = from + 1; k < to - 1; k += 1) if (terms[k] === focus && LOWER_FIRST.test(tokens[k]!.text)) out.push(k);
  return out;
}

/** Words that describe a noun before a participle that does too ("a **pale** dried fish"). */
const DESCRIBING_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'NUM']);

/** The phrase of tokens [a, b) as a mention, with the part shown that a question on a post or a kind asks for. */
function chunkMention(
  sentence: StorySentence,
  terms: readonly (string | null)[],
  a: number,
  b: number,
  focusNoun: string | undefined,
  focus: string | null,
  kindAsked: boolean,
  wanted: ReadonlySet<string>,
  named: boolean,
): Mention {
  const m = withPostShown(sentence, phraseMention(sentence.text, sentence.tokens, terms, a, b, focus), a, b, focusNoun);
  if (!kindAsked && named && !m.shown) {
    const k = nameAfterNoun(sentence.tokens, a, b);
    if (k > a) return { ...m, shown: { start: sentence.tokens[k]!.start, end: m.end } };
  }
  return kindAsked ? withKindShown(sentence.tokens, m, a, b, focus, wanted) : m;
}

/** A question opening with "which". */
const WHICH_OPENING = /^\W*which\b/i;

/** A word opening with a capital or a figure, and one with a capital then a small letter (LOWER_FIRST: a small letter). */
const CAPITAL_OR_FIGURE_FIRST = /^[\p{Lu}\p{N}]/u;
const CAPITAL_THEN_SMALL = /^\p{Lu}\p{Ll}/u;

/**
 * Where a name ending a phrase starts after the common noun that introduces it ("the polymath **Shen Vo**", "its holding
 * company **Tarn Mills plc**"), or -1: the name, of capitalised words or figures after the first, is what such a phrase
 * names.
 */
function nameAfterNoun(tokens: readonly Token[], from: number, to: number): number {
  let k = to;
  while (k > from && CAPITAL_OR_FIGURE_FIRST.test(tokens[k - 1]!.text) && tokens[k - 1]!.pos !== 'PUNCT') k -= 1;
  if (k === to || k <= from || !isCapitalised(tokens[k]!.text) || !writtenWord(tokens, k, to)) return -1;
  const noun = tokens[k - 1]!;
  // A whole word: not the tail of one the tokenizer split at a letter of a script it does not know ("Kal|ก|os Tellin").
  const whole = k - 1 === 0 || tokens[k - 2]!.end < noun.start;
  return whole && noun.pos === 'NOUN' && LOWER_FIRST.test(noun.text) ? k : -1;
}

/**
 * Whether tokens [k, to) hold a word written as a name's word, a capital then small letters ("Vell", "Inc"): not only
 * a code or symbol that a common noun before it classifies ("the enzyme **A2**", "cytokine TGF-β").
 */
function writtenWord(tokens: readonly Token[], k: number, to: number): boolean {
  for (let i = k; i < to; i += 1) if (CAPITAL_THEN_SMALL.test(tokens[i]!.text)) return true;
  return false;
}

/** What of a question the chunker reads, worked out once per question rather than per sentence. */
interface Asked {
  wanted: ReadonlySet<string>;
  counted: ReadonlySet<string>;
  focus: string | null;
  kindAsked: boolean;
  /**
   * Whether the question asks for a name ("What was the name of …", nameAsked.ts) or opens with "which": a phrase
   * introducing a name by a common noun then answers with the name (`nameAfterNoun`).
   */
  named: boolean;
}

let askedFor: FullQuery | undefined;
let asked: Asked = { wanted: new Set(), counted: new Set(), focus: null, kindAsked: false, named: false };

/** The question's terms and counted nouns as sets, its focus noun's term, and whether it asks for a kind of something. */
function askedOf(query: FullQuery): Asked {
  if (query !== askedFor) {
    askedFor = query;
    asked = {
      wanted: new Set(query.terms),
      counted: new Set(query.counted),
      focus: query.focus ? termOf(query.focus) : null,
      kindAsked: KIND_OF_QUESTION.test(query.text),
      named: asksForName(query.text) || WHICH_OPENING.test(query.text),
    };
  }
  return asked;
}

/**
 * Where a sentence's noun-phrase chunks lie, whatever the question: `bounds` holds each chunk's first token and
 * the token past its last, in pairs, and `inside` marks the tokens that belong in a noun phrase (`inChunk`).
 */
interface ChunkLayout {
  bounds: Int32Array;
  inside: Uint8Array;
}

/** Keyed by the sentence, not its token list: a loaded story decodes a sentence's tokens anew once they leave its small cache. */
const chunkMemo = sentenceSlots<StorySentence, ChunkLayout>(SENTENCE_MEMO_SIZE);

/** The chunks of runs of adjectives, nouns, proper nouns and numbers, "of" and "'s" inside, and the joiners of adjectives that share a noun. */
function chunkLayout(tokens: readonly Token[]): ChunkLayout {
  const inside = new Uint8Array(tokens.length);
  for (let k = 0; k < tokens.length; k += 1) inside[k] = inChunk(tokens, k) ? 1 : 0;
  // A clause's verb the tagger read as a noun ends the phrase before it ("Coastal ferries | lack | cabins").
  const verbs = verbsReadAsNouns(tokens);
  if (verbs) for (let k = 0; k < tokens.length; k += 1) if (verbs[k] === 1) inside[k] = 0;
  // The first word of a cause marker ends the phrase before it ("brittle slate | due to frost", "the win | thanks to
  // rain"): it opens what the phrase was caused by, and describes no noun of it.
  for (let k = 0; k < tokens.length; k += 1) if (inside[k] === 1 && opensCause(tokens, k)) inside[k] = 0;
  const series = adjectiveSeriesLinks(tokens);
  const bounds: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (inside[i] === 0) {
      i += 1;
      continue;
    }
    let j = i + 1;
    // A score or range opens a phrase of its own ("beat the Owls | 20–18"), but not inside one ("the 6–2–7 plan").
    while (
      j < tokens.length &&
      (inside[j] === 1 || series[j] === 1 || chunkLink(tokens, j)) &&
      (!opensRange(tokens, j) || FIGURE_DASH.test(tokens[j - 1]!.text))
    )
      j += 1;
    bounds.push(i, j);
    i = j;
  }
  return { bounds: Int32Array.from(bounds), inside };
}

/** A cause marker (reasonWords.ts) opening the words it is tested on. */
const CAUSE_OPENING = new RegExp(`^(?:${CAUSE_MARKERS.join('|')})\\b`, 'i');

/** The first words of the cause markers, in lower case: only a token written so can open one. */
const CAUSE_FIRST_WORDS: ReadonlySet<string> = new Set(CAUSE_MARKERS.map((m) => m.split(' ')[0]!));

/** Whether token k opens a cause marker, in lower case ("**due** to", "**owing** to", "**thanks** to"). */
function opensCause(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!CAUSE_FIRST_WORDS.has(t.text)) return false;
  const words = [t.text];
  for (let j = k + 1; j < tokens.length && j <= k + 3; j += 1) words.push(tokens[j]!.text);
  return CAUSE_OPENING.test(words.join(' '));
}

/**
 * Whether the question's words cut from one edge of a phrase, tokens [from, to), are a person's name of two words or more
 * ("the veteran skipper **Ada Vell**" when the question names Ada Vell): that phrase is the one the question
 * asks about, introduced by what is said of it, and no answer whole. (A single capitalised word cut off stays
 * evidence of the whole: "the harbour **Regatta**".)
 */
function cutsNamedPerson(sentence: StorySentence, from: number, to: number): boolean {
  if (to - from < 2) return false;
  const start = sentence.tokens[from]!.start;
  const end = sentence.tokens[to - 1]!.end;
  return sentence.entities.some((e) => e.type === 'PERSON' && e.start <= start && e.end >= end);
}

/**
 * For a question on someone's post ("What position does Ada Vell play?"), a phrase is shown as the common nouns
 * that name the post: without the names before them (the team's, the country's) and the person's name after them
 * ("the Harbour City **goalkeeper** Ada Vell"). Measured whole; unchanged where no common noun is left.
 */
function withPostShown(sentence: StorySentence, m: Mention, from: number, to: number, focus: string | undefined): Mention {
  if (!focus || !POST_NOUNS.has(focus) || m.shown) return m;
  const tokens = sentence.tokens;
  // "ranked **number 228**", "the world **No. 3**": a rank, not a post, shown whole (its figure is the point of it).
  const rank = rankPhraseAt(tokens, from, to);
  if (rank) return { ...m, shown: rank };
  // (Module functions and indexed loops: the closures made per phrase, and a slice of its tokens, were about 20 MB
  // of a warm 2,000-question pass at 100k.)
  const entities = sentence.entities;
  let a = from;
  let b = to;
  while (b > a && !postWord(entities, tokens[b - 1]!)) b -= 1;
  // The names before the post: the team's, the country's ("Harbour City", tagged a place, "City" a noun).
  while (a < b && beforePost(entities, tokens[a]!)) a += 1;
  if ((a === from && b === to) || b <= a || !holdsPostNoun(entities, tokens, a, b)) return m;
  return { ...m, shown: { start: tokens[a]!.start, end: tokens[b - 1]!.end } };
}

/** Whether a token lies inside an entity of one of two types. */
function inEntityOf(entities: readonly Entity[], t: Token, type: EntityType, other: EntityType): boolean {
  for (let i = 0; i < entities.length; i += 1) {
    const e = entities[i]!;
    if ((e.type === type || e.type === other) && e.start <= t.start && e.end >= t.end) return true;
  }
  return false;
}

/**
 * A common word of a post outside any person's name: a noun or an adjective, or a capitalised title heading a
 * sentence ("Goalkeeper Ada Vell"), a common noun of a person.
 */
function postWord(entities: readonly Entity[], t: Token): boolean {
  return (
    !inEntityOf(entities, t, 'PERSON', 'PERSON') &&
    (t.pos === 'NOUN' ||
      t.pos === 'ADJ' ||
      (t.pos === 'PROPN' && !isDemonym(t.text) && foldClass(nounClass(t.text.toLowerCase())) === 'person'))
  );
}

/** A word before a post that is not part of it: a place's or an organisation's name, or a name, article or "'s". */
function beforePost(entities: readonly Entity[], t: Token): boolean {
  return (
    inEntityOf(entities, t, 'PLACE', 'ORG') ||
    (!postWord(entities, t) && (t.pos === 'PROPN' || t.pos === 'DET' || POSSESSIVE_S.test(t.text)))
  );
}

/** Whether tokens [a, b) hold a post word other than an adjective. */
function holdsPostNoun(entities: readonly Entity[], tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k += 1) if (tokens[k]!.pos !== 'ADJ' && postWord(entities, tokens[k]!)) return true;
  return false;
}

/** The possessive "'s" written as a token. */
const POSSESSIVE_S = /^['’]s$/;

/** A word that puts a figure after it as a rank: "number 228", "No. 3", "# 5". */
const RANK_WORD = /^(?:number|no\.?|#)$/i;

/**
 * Where a phrase of tokens [from, to) ends in a rank ("world **number 228**", "**No. 3**"): the span of the rank word
 * and its figure, else undefined.
 */
function rankPhraseAt(tokens: readonly Token[], from: number, to: number): { start: number; end: number } | undefined {
  const figure = tokens[to - 1];
  const word = tokens[to - 2];
  if (to - 2 < from || !figure || !word || figure.pos !== 'NUM' || !RANK_WORD.test(word.text)) return undefined;
  return { start: word.start, end: figure.end };
}

/** "What kind of X …", "what type of X …": a kind of X is asked for (the focus noun is X, see namedFocus). */
export const KIND_OF_QUESTION = /\b(?:type|types|kind|kinds|sort|sorts|form|forms|variety|varieties)\s+of\b/i;

/**
 * Words that count or pick out things rather than tell their kind ("many", "other"): the quantifiers, their kin that
 * the tagger may read as adjectives ("numerous", "certain"), and the demonstratives.
 */
const NOT_KIND_WORDS: ReadonlySet<string> = new Set([
  ...QUANTIFIERS,
  'numerous',
  'various',
  'other',
  'such',
  'certain',
  'these',
  'those',
  'this',
  'that',
]);

/**
 * For "What kind of X …", a phrase that ends in a lower-case X is shown as the words that tell its kind, before X
 * (and the question's words that go with X) and after any "of" ("the use of **diesel** engines", "several **marble** fountains"); measured whole, and
 * unchanged where nothing would be left. Two or more such words ending in a noun keep X after them ("the **river pilot
 * boats**"), not after a hyphened word: SQuAD dev reading 16 won / 3 lost (golds write a kind headed by a noun with X, a
 * describing word alone).
 */
function withKindShown(
  tokens: readonly Token[],
  m: Mention,
  from: number,
  to: number,
  focus: string | null,
  wanted: ReadonlySet<string>,
): Mention {
  const last = tokens[to - 1]!;
  if (m.shown || focus === null || to - from < 2 || termOf(last.text) !== focus || !LOWER_FIRST.test(last.text)) return m;
  let a = from;
  for (let k = from; k < to - 1; k += 1) if (tokens[k]!.text.toLowerCase() === 'of') a = k + 1;
  while (a < to - 1 && (tokens[a]!.pos === 'DET' || NOT_KIND_WORDS.has(tokens[a]!.text.toLowerCase()))) a += 1;
  // The question's words before X name X too ("solar *grain* drying" for "what kind of grain drying"), and so does the
  // slash joining one to the word before it ("salt*/grain* drying").
  let b = to - 1;
  while (b > a && (wanted.has(termOf(tokens[b - 1]!.text) ?? '') || tokens[b - 1]!.text === '/')) b -= 1;
  if (a >= b) return m;
  // Two or more words ending in a noun name a thing of their own ("tide chart", "river pilot"): X stays after them
  // ("river pilot boats" for "what kind of boats"); not a hyphened word, which describes ("a two-mast boat").
  if (b - a >= 2 && b === to - 1 && NOUN_POS.has(tokens[b - 1]!.pos) && !(b - 2 > a && joinedByHyphen(tokens, b - 2)))
    return a === from ? m : { ...m, shown: { start: tokens[a]!.start, end: last.end } };
  return { ...m, shown: { start: tokens[a]!.start, end: tokens[b - 1]!.end } };
}

/** The phrase of tokens [from, to) as a mention, shown from past a focus noun that only introduces it. */
function phraseMention(
  text: string,
  tokens: readonly Token[],
  terms: readonly (string | null)[],
  from: number,
  to: number,
  focus: string | null,
): Mention {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const cut = pastFocus(tokens, terms, from, to, focus);
  if (cut < 0) return { type: 'PHRASE', text: text.slice(start, end), start, end };
  return { type: 'PHRASE', text: text.slice(start, end), start, end, shown: { start: tokens[cut]!.start, end } };
}

/**
 * Where a phrase's answer starts once the focus noun inside it is set aside with what comes before it and
 * the "of (the)" after it: the noun a "what/which NOUN" question names its answer by stays as a phrase's
 * head ("Harbour **Arena**") but, before the end, it only introduces the answer ("the name **pale road**", "a
 * replica of **the Old Bridge**", "the retired skater **Ann Lee**"). A capitalised focus is part of a name
 * ("Bank of Morland") and stays, and so does the phrase when nothing would be left (-1: no cut).
 */
function pastFocus(tokens: readonly Token[], terms: readonly (string | null)[], from: number, to: number, focus: string | null): number {
  if (focus === null) return -1;
  let at = -1;
  for (let f = from; f < to - 1; f += 1) if (terms[f] === focus && LOWER_FIRST.test(tokens[f]!.text)) at = f;
  if (at < 0) return -1;
  let k = at + 1;
  if (tokens[k]?.text.toLowerCase() === 'of') k += 1;
  if (tokens[k]?.pos === 'DET') k += 1;
  return k < to && CHUNK_POS.has(tokens[k]!.pos) ? k : -1;
}

/** A word opening with a small letter. */
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * Whether token j links two parts of one noun phrase: "of", "'s" or a hyphen before a content word, "of the"
 * ("singing of the hymns"), "and" between two nouns ("body and blood"), a dash between figures ("15–1"), or an en
 * dash between two nouns or names ("the Tarn–Velden canal"), a slash between two words ("skipper/owner").
 */
function chunkLink(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j]!.text.toLowerCase();
  const next = tokens[j + 1]?.pos ?? '';
  // "Music On Request": a function word a title capitalises, between the capitalised words of one name.
  if (j > 0 && CAPITALISED.test(tokens[j - 1]!.text) && titleCaseJoiner(tokens, j) > 0) return true;
  // "a 12–3 season": figures joined close up by a dash; "the Tarn–Velden canal": two nouns or names by an en dash (a
  // close em dash sets off an aside: "the mill—then idle—").
  if (FIGURE_DASH.test(word)) {
    const before = tokens[j - 1]?.pos ?? '';
    if (!writtenClose(tokens, j)) return false;
    return (before === 'NUM' && next === 'NUM') || (word === EN_DASH && NOUN_POS.has(before) && NOUN_POS.has(next));
  }
  // "212 ± 30 tonnes", "640 and 710 nm", "bays 3 through 8": a margin sign or a coordinating word between two figures
  // makes one amount or one set of them, the unit or the noun written once (as `figureRanges` joins them for the typed
  // answers); the second figure alone is half the answer.
  if (FIGURE_JOINER.test(word) && tokens[j - 1]?.pos === 'NUM' && next === 'NUM') return true;
  // "the Tarn/Velden ferry", "a skipper/owner": a slash written close up between two words of a phrase joins
  // alternatives of one phrase; the part after it alone is half the answer. Not a unit's "per" ("m3/s", "t/h"): each
  // side a word of two letters or more.
  if (word === '/')
    return (
      writtenClose(tokens, j) &&
      CHUNK_POS.has(tokens[j - 1]?.pos ?? '') &&
      CHUNK_POS.has(next) &&
      TWO_LETTERS.test(tokens[j - 1]!.text) &&
      TWO_LETTERS.test(tokens[j + 1]!.text)
    );
  if (PHRASE_LINK.test(word))
    return (
      CHUNK_POS.has(next) ||
      (word === 'of' && tokens[j + 1]?.pos === 'DET' && CHUNK_POS.has(tokens[j + 2]?.pos ?? '')) ||
      // "a steam-powered winch": a hyphen before a compound's last part the tagger read as a verb.
      (word === '-' && tokens[j + 1]?.pos === 'VERB' && participleAsAdjective(tokens, j + 1))
    );
  // "Velden am Tarn", "Alp aan de Tarn": a place's particle between two names, and a person's particle after it.
  if (PLACE_PARTICLES.has(word))
    return (
      tokens[j - 1]?.pos === 'PROPN' && (next === 'PROPN' || (PARTICLES.has(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.pos === 'PROPN'))
    );
  if (PARTICLES.has(word) && PLACE_PARTICLES.has(tokens[j - 1]?.text ?? '')) return next === 'PROPN';
  if (tokens[j]!.pos === 'DET' && tokens[j - 1]?.text.toLowerCase() === 'of') return CHUNK_POS.has(next);
  return (word === 'and' || word === '&') && NOUN_POS.has(tokens[j - 1]?.pos ?? '') && NOUN_POS.has(next);
}

const NOUN_POS = new Set(['NOUN', 'PROPN']);

/** The en dash, which joins the two parts of a compound ("the Brandt–Vell method"). */
const EN_DASH = '–';

/** A margin sign, or a word coordinating two figures or making them a range ("±", "and", "or", "to", "through"). */
const FIGURE_JOINER = new RegExp(`^(?:${MARGIN_SIGN}|and|or|to|through)$`);

/** Words that link two parts of a noun phrase before a content word. */
const PHRASE_LINK = /^(of|'s|’s|-)$/;

/** A word holding two letters or more: not a unit's letter or a figure ("m3", "s", "2"). */
const TWO_LETTERS = /\p{L}.*\p{L}/u;

/** Whether token j is a figure a dash joins close up to the next one ("**20**–18"). */
function opensRange(tokens: readonly Token[], j: number): boolean {
  return tokens[j]!.pos === 'NUM' && tokens[j + 1] !== undefined && FIGURE_DASH.test(tokens[j + 1]!.text) && chunkLink(tokens, j + 1);
}

/**
 * How the part of a name the question does not name is shown when the name ends in the noun the question
 * names its answer by: with it ("**Ostwick Forest**" for "Which forest …", as a reader writes the answer). The
 * part is still measured without it (the question names the noun, so the whole name is named in the question).
 * A part that is one common noun is shown as the whole name, whatever the question word ("**Tolly Gorge**" for "Where
 * does the Tolly flow?", "**Museum of Lace**" for "Where is the lace kept?", "**Vell Cup**" for "What did the Vell
 * club win?"): the thing is the name, not its noun. So for a part after capitalised words ending in the noun, a thing's
 * (`headNamesFocus`): "**Fort Mirela**" for "Which fort …".
 */
export function restShown(whole: NamedSpan, rest: NamedSpan, query: Pick<FullQuery, 'focus' | 'text' | 'written'>): Pick<Mention, 'shown'> {
  if (LONE_WORD.test(rest.text) && commonNounClasses(rest.text.toLowerCase()).length > 0)
    return { shown: { start: whole.start, end: whole.end } };
  const tail = rest.end < whole.end ? whole.text.slice(rest.end - whole.start).trim() : '';
  // "**Orsk Sign Language**" for "Into what language …", "**Tarn Valley Cable**" for "What cable company …": a common noun
  // ending the name that the question writes in small letters names the kind of thing, the name holds it.
  if (rest.start === whole.start && LONE_WORD.test(tail) && lowerCaseNounIn(tail, query.written ?? query.text))
    return { shown: { start: whole.start, end: whole.end } };
  const focus = query.focus;
  if (!focus) return NOT_SHOWN;
  const term = termOf(focus);
  const tailed = LONE_WORD.test(tail) && termOf(tail) === term;
  const headed = rest.start > whole.start && headNamesFocus(whole.text.slice(0, rest.start - whole.start), term, focus);
  return tailed || headed ? { shown: { start: headed ? whole.start : rest.start, end: tailed ? whole.end : rest.end } } : NOT_SHOWN;
}

/** Whether the question writes a word as it is written here, capitals and all, as a word of its own. */
function writtenAsIs(word: string, question: string): boolean {
  for (let at = question.indexOf(word); at >= 0; at = question.indexOf(word, at + 1)) {
    const before = question[at - 1];
    const after = question[at + word.length];
    if ((before === undefined || !WORD_CHAR.test(before)) && (after === undefined || !WORD_CHAR.test(after))) return true;
  }
  return false;
}

/** Whether a capitalised word of a name is a common noun the question writes in small letters ("Cable" → "cable"). */
function lowerCaseNounIn(word: string, question: string): boolean {
  const lower = word.toLowerCase();
  return lower !== word && commonNounClasses(lower).length > 0 && writtenAsIs(lower, question);
}

/**
 * Whether the capitalised words that open a name end in the noun a which/what question names its answer by, a thing's
 * noun ("**Fort** Mirela", "**Lake** Orsk" for "Which fort / lake …"): the noun is part of the thing's name, shown
 * with the rest as `restShown` shows a noun that ends it. Not a person's noun: "Harbour Commissioner **Ada Vell**"
 * for "Which commissioner …" is the person, the title before the name only describes her.
 */
function headNamesFocus(head: string, term: string | null, focus: string): boolean {
  const words = head.trim().split(SPACE);
  return term !== null && words.every(isCapitalised) && termOf(words.at(-1)!) === term && nounClass(focus) !== 'person';
}

/** One word, no space in it. */
const LONE_WORD = /^\S+$/;

/** Longest phrase answer, in words. */
export const MAX_PHRASE_WORDS = 8;

/** "he" or "she", in small letters or opening with a capital. */
const SUBJECT_PRONOUN = /\b(he|she|He|She)\b/;

/**
 * "He"/"She" before any name in a sentence stands for the first person named in the closest of the two
 * sentences before it in the same article: returned as a PERSON entity at the pronoun.
 */
function pronounReferents(story: Story, sentence: StorySentence): Entity[] {
  const pronoun = SUBJECT_PRONOUN.exec(sentence.text);
  if (!pronoun) return [];
  const firstPerson = sentence.entities.find((e) => e.type === 'PERSON');
  if (firstPerson && firstPerson.start < pronoun.index) return [];
  for (let back = 1; back <= 2; back += 1) {
    const prev = story.sentences[sentence.id - back];
    if (!prev || prev.articleId !== sentence.articleId) break;
    const person = prev.entities.find((e) => e.type === 'PERSON');
    if (person) {
      return [
        {
          type: 'PERSON',
          text: pronoun[0],
          start: pronoun.index,
          end: pronoun.index + pronoun[0].length,
          canonical: person.canonical ?? person.text,
        },
      ];
    }
  }
  return [];
}
