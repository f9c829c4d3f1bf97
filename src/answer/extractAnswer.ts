import type { Entity, EntityType, Token } from '../nlp/entities.js';
import { isDemonym, termOf } from '../search/terms.js';
import { namesNationality } from './demonyms.js';
import { frequencyIn, HOW_OFTEN_QUESTION } from './frequency.js';
import type { Story, StorySentence } from '../story/story.js';
import { slicedPerStory } from '../story/warmUp.js';
import { isGivenName } from '../text/places.js';
import { amountSpan, isTimeSpan } from './amountSpan.js';
import { ANSWER_TYPES, FALLBACK_TYPES } from './answerKind.js';
import {
  type CandidateFacts,
  candidateClass,
  candidateFeatures,
  candidateWeights,
  linearScore,
  questionWord,
  spanClass,
} from './candidateModel.js';
import type { CorroboratedSentence } from './corroborate.js';
import { nounClass, nounClasses, nounKinds } from '../lexicon/index.js';
import {
  bigramMatches,
  foldClass,
  headClass,
  questionBigrams,
  type SpanClass,
  SUBTYPE_QUESTION,
  spanLinks,
  toWordEdges,
} from './spanContext.js';
import { idf, namedInQuestion, type PreparedQuery } from './rankSentences.js';
import { type ClauseRoles, clauseRoles, holdsHead, IRREALIS_QUESTION, isVerbOfQuestion } from './clauseRoles.js';
import { focusNoun, POST_NOUNS } from './questionFrame.js';
import { firstEndingAfter, lastStartingBefore } from './spanWords.js';
import { type NamedSpan, unnamedPart } from './unnamedPart.js';
import { tokenTerms } from './termMemo.js';

/** A short answer, where it was found, and the evidence for it (what the confidence is made of). */
export interface ShortAnswer {
  text: string;
  type: EntityType | 'PHRASE';
  /** Rank (0-based) of the excerpt it came from. */
  from: number;
  /** The sentence it was taken from, and the span as written there. */
  sentenceId: number;
  written: string;
  evidence: AnswerEvidence;
  /** Another article's different value for the same thing ("four hours" against "five hours"), and where. */
  disagreement?: { text: string; sentenceId: number };
}

/** Why an answer was chosen, each in [0, 1]: the inputs of its confidence. */
export interface AnswerEvidence {
  /** idf-weighted share of the question's words near the answer in its best sentence. */
  near: number;
  /** The answer's share of the score of all candidates (1: no rival). */
  margin: number;
  /** Sentences (1, 2, 3+ → 0.33, 0.67, 1) that give the same answer in a matching context. */
  support: number;
  /** Whether the answer is of the wanted type (1) or a fallback type (0). */
  typed: number;
}

/** Evidence weights and limits, chosen on story-dev, storyD and storyE (README, "Quality"; each round's figures in docs/history.md). */
export const EXTRACTION = {
  /** Excerpt groups searched for candidates. */
  groups: 6,
  /** Sentences of other articles read per group (a fact a large corpus repeats often stays bounded work). */
  perGroup: 8,
  /** A question word `gap` words from the candidate counts 1 / (1 + gap × decay). */
  decay: 0.3,
  /** The candidate stands where the question puts its answer (before the verb for "who beat X", after for "who did X beat"). */
  role: 1.3,
  /** A person after "with/to/by/from…" is an object, not the one who acted ("who led …"). */
  objectPenalty: 0.6,
  /** Names inside a quotation rarely answer who said it or where. */
  quoted: 0.6,
  /** A number right before a word of the question ("12 drones" for "how many drones") is its count. */
  counted: 1.5,
  /** A number right after a word of the question ("hired 85" for "how many were hired"). */
  countedByVerb: 1.25,
  /** A number that is the object of a verb the question does not use. */
  otherVerb: 0.7,
  /** A run of proper nouns the tagger gave no type weighs this much against a typed entity. */
  untypedName: 0.6,
  /** A phrase holding the noun the question names its answer by ("What arena …" → "Harbour Arena"). */
  focus: 2,
  /** Another amount where the question asks for a percentage. */
  wrongAmount: 0.5,
  /** "dozens", "hundreds": a vague amount, weighed down against a figure. */
  vague: 0.5,
  /** For "when did X last …", a date after "since". */
  since: 2,
  /** A rival amount from another article scoring at least this share of the answer's is reported beside it. */
  disagree: 0.8,
  /** Each further sentence giving the same answer adds this share of its score. */
  support: 0.35,
} as const;

/** Amounts that give no figure. */
const VAGUE_AMOUNT = /^(?:dozens|hundreds|thousands|millions|billions|scores|several|many|few|numerous|some)(?:\s+of)?$/i;

/** Longest phrase answer, in words. */
const MAX_PHRASE_WORDS = 8;

/** A person after these words (past any title words) is the object of the verb before them. */
const OBJECT_PREPOSITIONS =
  /\b(with|to|by|from|for|about|against|of|met|meet|meeting|than|over|beat|beating|defeated|defeating)\s+(?:(?:the|[\p{Lu}][\p{L}.'’-]*|of|and|\d+\w*|seed|seeded|world|number|one|champion)\s+)*$/u;

/** "appointed by", "beaten by", "written by" (past any title words): the agent of a passive verb comes next. */
const PASSIVE_AGENT = /\b\p{L}{2,}(?:ed|en|wn)\s+by\s+(?:(?:the|[\p{Lu}][\p{L}.'’-]*|of|and)\s+)*$/u;

/** The marks `insideQuote` counts: a text without any has no quotation. */
const QUOTE_MARK = /["\u201C\u201D]/;

/** What PASSIVE_AGENT needs to match at all: "by" between white space. */
const BY_WORD = /\sby\s/;

/** Whether offset `at` lies inside a double quotation of the text. */
function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/\u201C/g) ?? []).length - (before.match(/\u201D/g) ?? []).length;
  return straight % 2 === 1 || open > 0;
}

/** A word of a sentence with its character offsets. */
export interface Word {
  start: number;
  end: number;
  term: string | null;
}

/**
 * Picks the short answer by evidence across the top excerpts (and the other articles' sentences folded
 * into them). For a typed question every entity of a wanted type that the question does not name is a
 * candidate; a mention scores by its sentence's rank score, by how many of the question's words
 * (weighted by idf) stand near it, by standing where the question puts its answer (subject or object
 * of its verb), and a candidate's score gathers the mentions that support it across sentences and
 * articles. Fallback types (an organisation for "who") count only when no wanted type is found. For
 * other questions it is the phrase beside the question's words ("critics described the plan as **a
 * costly gamble**").
 */
export function extractAnswer(story: Story, groups: CorroboratedSentence[], prepared: PreparedQuery): ShortAnswer | null {
  if (groups.length === 0) return null;
  const query: FullQuery = {
    types: ANSWER_TYPES[prepared.kind],
    fallback: FALLBACK_TYPES[prepared.kind],
    role: 'any',
    counted: [],
    ...prepared,
  };
  const named = namedFocus(query.text, query.focus);
  if (named) query.focus = named;
  // "What nationality is X?" asks for a demonym ("**Korean**"), which no entity type holds.
  const nationality = NATIONALITY_QUESTION.test(query.text) ? bestCandidate(story, groups, query, (s) => demonyms(s, query), 1) : null;
  if (nationality) return nationality;
  if (query.types.length === 0) {
    // "Why …" and "how did …" want a clause, not a noun phrase: the phrase beside the question's words.
    if (/^\W*(why|how)\b/i.test(query.text))
      return (HOW_OFTEN_QUESTION.test(query.text) ? frequencyAnswer(groups) : null) ?? extractPhrase(groups[0]!.sentence, query);
    return bestCandidate(story, groups, query, (s) => phraseChunks(s, query), 0);
  }
  const entities = (types: readonly EntityType[]) => (s: StorySentence) => entityMentions(story, s, types, query);
  if (query.types.some((t) => NAMED_TYPES.has(t))) {
    // Names the tagger did not type compete at a discount with those it did ("Port Alder" for "what town").
    const withRuns = (s: StorySentence) => {
      const typed = entityMentions(story, s, query.types, query);
      // A tagged organisation may answer who/where/which; a tagged person never answers where, nor a place who.
      const named = s.entities
        .filter(
          (e) =>
            e.type === 'ORG' &&
            !query.types.includes(e.type) &&
            e.text.length > 1 &&
            !(query.kind === 'person' && afterLocative(s.text, e.start)),
        )
        .flatMap((e): Mention[] => {
          if (!namesMention(e.canonical ?? e.text, e.text, query.text)) return [e];
          const rest = unnamedPart(e, query.text, false);
          return rest ? [{ type: e.type, ...rest, ...withFocusNoun(e, rest, query.focus) }] : [];
        });
      const tagged = [...typed, ...named];
      const out: Mention[] = [
        ...tagged,
        ...nameRuns(s, query).filter((r) => !tagged.some((e) => e.start < r.end && r.start < e.end) && fitsKind(story, r.text, query.kind)),
      ];
      return [...out, ...coordinated(s.text, out)];
    };
    return (
      bestCandidate(story, groups, query, withRuns, 1) ??
      bestCandidate(story, groups, query, entities(query.fallback), 0) ??
      nounPhrase(story, groups, query)
    );
  }
  return (
    bestCandidate(story, groups, query, entities(query.types), 1) ??
    bestCandidate(story, groups, query, entities(query.fallback), 0) ??
    nounPhrase(story, groups, query)
  );
}

/** A question that asks for a nationality or an ethnicity: a demonym answers it. */
const NATIONALITY_QUESTION = /\b(?:nationality|nationalities|ethnicity|ethnicities)\b/;

/** The demonyms of a sentence ("the **Korean** economist") that the question does not name. */
function demonyms(sentence: StorySentence, query: FullQuery): Mention[] {
  return sentence.tokens
    .filter((t) => namesNationality(t.text) && !namesMention(t.text, t.text, query.text))
    .map((t) => ({ type: 'PHRASE', text: t.text, start: t.start, end: t.end }));
}

/**
 * How the part of a name the question does not name is shown when the name ends in the noun the question
 * names its answer by: with it ("**Ostwick Forest**" for "Which forest …", as a reader writes the answer). The
 * part is still measured without it (the question names the noun, so the whole name is named in the question).
 */
function withFocusNoun(whole: NamedSpan, rest: NamedSpan, focus: string | undefined): Pick<Mention, 'shown'> {
  if (!focus || rest.end >= whole.end) return {};
  const tail = whole.text.slice(rest.end - whole.start).trim();
  return /^\S+$/.test(tail) && termOf(tail) === termOf(focus) ? { shown: { start: rest.start, end: whole.end } } : {};
}

/**
 * Nouns a question asks an answer's name by, not its kind: "the name of the X" asks for an X; and the nouns
 * of "what kind of X": a kind of X, named by the words before X ("**rounded** arches").
 */
const NAMING_NOUN = /^(?:name|names|title|titles|term|terms|type|types|kind|kinds|sort|sorts|form|forms|variety|varieties)$/;

/**
 * The noun a question names its answer by when its focus only asks for a name: "What was the name of the
 * ship's captain?" asks for a captain ("captain", read as a which-NOUN focus), not for a name.
 */
function namedFocus(text: string, focus: string | undefined): string | undefined {
  if (!focus || !NAMING_NOUN.test(focus)) return undefined;
  const m = new RegExp(`\\b${focus}\\s+of\\s+(?:the|a|an|this|that|his|her|its|their)?\\s*(.+)$`).exec(text);
  return m ? focusNoun(`which ${m[1]}`) : undefined;
}

/** What may stand between the members of a list of names: a comma, "and", "or", or a comma before either. */
const LIST_JOINER = /^(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)$/;

/**
 * Lists of the mentions a sentence gives side by side ("A, B and C", "A or B"), each as one more mention
 * of the first one's type: many questions ask for all of them ("Which two rivers meet here?").
 */
function coordinated(text: string, mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: Mention[] = [];
  let from = 0;
  for (let i = 1; i <= sorted.length; i += 1) {
    const prev = sorted[i - 1]!;
    const next = sorted[i];
    if (next && next.start >= prev.end && LIST_JOINER.test(text.slice(prev.end, next.start))) continue;
    // The run from..i-1 ends here: a list when it has two members or more and its last joiner is "and"/"or".
    if (i - from >= 2 && /\b(?:and|or)\s+$/.test(text.slice(sorted[i - 2]!.end, prev.start))) {
      const first = sorted[from]!;
      out.push({ type: first.type, text: text.slice(first.start, prev.end), start: first.start, end: prev.end });
    }
    from = i;
  }
  return out;
}

/** Kinds a common noun phrase may answer when no name is found ("Who shouted?" → "one spectator"); never a date or an amount. */
const PHRASE_KINDS: ReadonlySet<FullQuery['kind']> = new Set(['person', 'place', 'other']);

/** The last resort of a who/where/which question: the best noun phrase near the question's words. */
function nounPhrase(story: Story, groups: CorroboratedSentence[], query: FullQuery): ShortAnswer | null {
  return PHRASE_KINDS.has(query.kind) ? bestCandidate(story, groups, query, (s) => phraseChunks(s, query), 0) : null;
}

/** How well a phrase fits the noun a question names its answer by: holding it ("What arena …" → "Harbour Arena"). */
function phraseFit(text: string, focus: string | undefined): number {
  if (!focus) return 1;
  // Asked of every mention, and again of each candidate's best: kept per text for the question's focus.
  if (focus !== fitFocus) {
    fitFocus = focus;
    fitOf.clear();
  }
  let holds = fitOf.get(text);
  if (holds === undefined) {
    const f = termOf(focus);
    holds = text.split(/\s+/).some((w) => termOf(w) === f);
    if (fitOf.size >= 4_096) fitOf.clear();
    fitOf.set(text, holds);
  }
  return holds ? EXTRACTION.focus : 1;
}
let fitFocus = '';
const fitOf = new Map<string, boolean>();

/**
 * A lower-case phrase of describing words and the question's focus noun ("a **sleek new font**" for "What font
 * …", "the **wide valley**") restates the noun the question asks about rather than naming one, so it earns no
 * `phraseFit` bonus. Not for "what kind of …" (its describing words are the answer) nor where another noun tells
 * the kind ("the **knee ligament** injury").
 */
function restatesFocus(sentence: StorySentence, e: Mention, focus: string | undefined, subtype: boolean): boolean {
  if (!focus || subtype || /[\p{Lu}\d]/u.test(e.text)) return false;
  if (termOf(e.text.slice(e.text.lastIndexOf(' ') + 1)) !== termOf(focus)) return false;
  const inside = sentence.tokens.filter((t) => t.start >= e.start && t.end <= e.end);
  const head = inside.at(-1);
  if (!head || termOf(head.text) !== termOf(focus)) return false;
  return inside.slice(0, -1).every((t) => t.pos === 'ADJ' || t.pos === 'DET' || t.pos === 'ADV');
}

/** The question with every default filled in. */
type FullQuery = PreparedQuery & Required<Pick<PreparedQuery, 'types' | 'fallback' | 'role' | 'counted'>>;

/** Types that name someone or something: when none is tagged, a run of proper nouns stands in. */
const NAMED_TYPES: ReadonlySet<EntityType | 'PHRASE'> = new Set(['PERSON', 'PLACE', 'ORG']);

/** A span that could answer: a tagged entity, a run of proper nouns, or a noun phrase. */
type Mention = Omit<Entity, 'type'> & {
  type: EntityType | 'PHRASE';
  /** For an amount widened to its unit: where the figure itself stands (nearness is measured from it). */
  core?: { start: number; end: number };
  /** The amount took in the noun the question counts ("40 drones" for "how many drones"). */
  counts?: boolean;
  /** An untyped run of proper nouns (not a noun phrase). */
  run?: boolean;
  /** A rank the question's focus noun takes ("the **third** seed" for "which seed …"). */
  rank?: boolean;
  /**
   * The part of the sentence shown as the answer where it is not the span measured: a phrase whose focus noun
   * only introduces it ("the skater **Ann Lee**", measured whole: the focus beside the answer is evidence), or
   * the part of a name the question does not name with the focus noun after it ("**Ostwick Forest**" for
   * "Which forest …", measured without the noun the question names).
   */
  shown?: { start: number; end: number };
};

/**
 * The ranks a sentence gives the noun a which/what-NOUN question names: an ordinal right before it ("the
 * third seed", "second place") or right after its verb ("seeded third", "ranked fifth"). A question that
 * names a kind of position this way asks which one, whatever WordNet files the noun under.
 */
export function rankMentions(sentence: StorySentence, focus: string | null, question: string): Mention[] {
  if (focus === null) return [];
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  for (const e of sentence.entities) {
    // "The first series", "the first record": "first" orders events far more often than it ranks.
    if (e.type !== 'ORDINAL' || /^first$/i.test(e.text) || namedInQuestion(e.text, e.text, question)) continue;
    const first = tokens.findIndex((t) => t.start >= e.start);
    const last = tokens.findLastIndex((t) => t.end <= e.end);
    if (first < 0 || last < first) continue;
    const at = tokens[last + 1]?.text === '-' ? last + 2 : last + 1;
    const after = tokens[at];
    const before = tokens[first - 1];
    // "The seventh team to win it" counts who did a thing, it ranks no one.
    const record = tokens[at + 1]?.text.toLowerCase() === 'to' && tokens[at + 2]?.pos === 'VERB';
    if ((after && termOf(after.text) === focus && !record) || (before?.pos === 'VERB' && termOf(before.text) === focus))
      out.push({ type: 'ORDINAL', text: e.text, start: e.start, end: e.end, rank: true });
  }
  return out;
}

/** A sentence's mentions with its ranks of the focus noun, each span once. */
function withRanks(mentions: Mention[], ranks: Mention[]): Mention[] {
  if (ranks.length === 0) return mentions;
  return [...mentions.filter((m) => !ranks.some((r) => r.start < m.end && m.start < r.end)), ...ranks];
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
function namesMention(canonical: string, text: string, question: string): boolean {
  return namedInQuestion(canonical, text, question) || shortNameIn(text, question);
}

/** Two-letter words a question writes in lower case that an all-capitals name may spell ("US" and "us"). */
const SHORT_WORDS = new Set('am an as at be by do go he if in is it me my no of on or so to up us we'.split(' '));

/**
 * A name of initials only ("U.S.", "U.K.", "EU") that the (lower-cased) question holds as a word. Initials with
 * dots read alike in any case; two capitals without them only where they spell no short English word.
 */
function shortNameIn(text: string, question: string): boolean {
  const dotted = /^(?:\p{Lu}\.){2,}$|^(?:\p{Lu}\.)+\p{Lu}$/u.test(text);
  if (!dotted && !(/^\p{Lu}{2}$/u.test(text) && !SHORT_WORDS.has(text.toLowerCase()))) return false;
  const name = text.replace(/\.$/, '').toLowerCase();
  for (let at = question.indexOf(name); at >= 0; at = question.indexOf(name, at + 1)) {
    const before = question[at - 1];
    const after = question[at + name.length];
    if ((before === undefined || !/[\p{L}\p{N}.]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) return true;
  }
  return false;
}

/** Units of a span of time, as written in one ("10 years", "three months"). */
const TIME_UNITS = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))\b/gi;

/** Entities of the wanted types that the question does not name (amounts widened to their unit; "he" for a person). */
function entityMentions(story: Story, sentence: StorySentence, types: readonly EntityType[], query: FullQuery): Mention[] {
  if (types.length === 0) return [];
  const counted = new Set(query.counted);
  const out: Mention[] = [];
  const raw = figureRanges(sentence.text, [...sentence.entities, ...(types.includes('PERSON') ? pronounReferents(story, sentence) : [])]);
  for (let r of raw) {
    // wink types "since August 1995" as a duration; it dates when a thing last happened.
    const since = types.includes('DATE') && r.type === 'DURATION' ? /^since\s+(?=.*\d)/i.exec(r.text) : null;
    if (since) r = { ...r, type: 'DATE', text: r.text.slice(since[0].length), start: r.start + since[0].length };
    // wink types the year of "crowned in 1130" as a bare number; for a date question it is the year.
    if (types.includes('DATE') && r.type === 'CARDINAL' && isYear(sentence, r)) r = { ...r, type: 'DATE' };
    if (!types.includes(r.type) && !(types.includes('DURATION') && r.type === 'CARDINAL')) continue;
    // "to fall", "the spring of hope": a season word is a date only after "in/this/last/next/early/late …".
    if (
      r.type === 'DATE' &&
      /^(fall|spring|summer|winter|autumn)$/i.test(r.text) &&
      !/\b(in|this|last|next|early|late|mid|the|that|of)\s+$/i.test(sentence.text.slice(Math.max(0, r.start - 8), r.start))
    )
      continue;
    const e = isAmount(r.type) ? amountSpan(sentence.text, r, counted, false) : r;
    if (types.includes('DURATION') && e.type !== 'DURATION' && !isTimeSpan(e.text)) continue;
    // The widened amount holds the counted noun the question names ("85 workers"): test the figure alone; a span of
    // time holds its unit itself ("10 years" for "how many years").
    const figure = r.type === 'DURATION' ? r.text.replace(TIME_UNITS, '').trim() || r.text : figureOf(r);
    // A range the question names half of ("from 66-34 …") is named too.
    if (
      namesMention(r.canonical ?? figure, figure, query.text) ||
      figure.split(/[–—]/).some((h) => h !== figure && namedInQuestion(h, h, query.text))
    ) {
      // "*Harbour Commissioner* **Ada Vell**": the part of a name the question does not name.
      const rest =
        NAMED_TYPES.has(r.type) && (r.canonical === undefined || r.canonical === r.text)
          ? unnamedPart(r, query.text, r.type === 'PERSON')
          : null;
      if (rest) out.push({ type: r.type, ...rest, ...withFocusNoun(r, rest, query.focus) });
      continue;
    }
    const shown = isAge(r) && AGE_QUESTION.test(query.text) ? ageShown(r) : countedUnitShown(r, counted);
    if (e === r) out.push({ ...e, counts: countsAsked(sentence.text, r, counted), ...shown });
    else out.push({ ...e, core: { start: r.start, end: r.end }, counts: countsAsked(sentence.text, r, counted), ...shown });
  }
  return out;
}

/** An age written as one word ("42-year-old"; amounts.ts tags it QUANTITY in years old). */
function isAge(r: Entity): boolean {
  return r.type === 'QUANTITY' && r.unit === 'years old';
}

/** The figure opening an age. */
const AGE_FIGURE = /^\d+/;

/** A question on someone's age: "How old …", "What age …", "at what age", "the age of …". */
const AGE_QUESTION = /\bhow old\b|\b(?:what|which)\s+age\b|\bage\s+of\b/;

/** An age asked for is shown as its figure ("**42**-year-old"), as a reader answers "How old …?"; measured whole. */
function ageShown(r: Entity): Pick<Mention, 'shown'> {
  const figure = AGE_FIGURE.exec(r.text);
  return figure ? { shown: { start: r.start, end: r.start + figure[0].length } } : {};
}

/**
 * A span of time whose unit the question counts ("How many years …" → "four years") is shown as its figure
 * ("four"), as an amount whose unit the question names is ("how many yards" → "3,837"); measured whole.
 */
function countedUnitShown(r: Entity, counted: ReadonlySet<string>): Pick<Mention, 'shown'> {
  if (r.type !== 'DURATION' || counted.size === 0) return {};
  const m = /^(\S+)\s+(\p{L}+)$/u.exec(r.text);
  if (!m || !TIME_UNIT_WORD.test(m[2]!) || !counted.has(termOf(m[2]!) ?? '') || !/\d|^\p{L}+$/u.test(m[1]!)) return {};
  return { shown: { start: r.start, end: r.start + m[1]!.length } };
}

const TIME_UNIT_WORD = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))$/i;

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
    } else {
      out.push(e);
      // "75,000 to 100,000", "between 3 and 14": a range in words, one more candidate beside its two ends; never
      // "from 5% to 4%", a change from one value to another.
      if (next && isAmount(e.type) && next.type === e.type && wordRange(text, e, next))
        out.push({ type: e.type, text: text.slice(e.start, next.end), start: e.start, end: next.end });
    }
  }
  return out;
}

/** Whether two figures of a sentence make a range in words: "A to B", "between A and B" (not "from A to B"). */
function wordRange(text: string, a: Entity, b: Entity): boolean {
  const between = text.slice(a.end, b.start);
  const before = text.slice(Math.max(0, a.start - 12), a.start);
  if (/^\s+to\s+$/.test(between)) return !/\bfrom\s+(?:about\s+|around\s+)?$/i.test(before);
  return /^\s+and\s+$/.test(between) && /\bbetween\s+$/i.test(before);
}

/** Prepositions a year follows ("in 1130", "by 1911", "until 1990"). */
const BEFORE_YEAR = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'after', 'before', 'during', 'around', 'circa']);

/**
 * Whether a bare number reads as a year: three or four digits after a preposition of time ("in 911", "until
 * 1990") and not followed by a noun it counts ("in 1200 houses").
 */
export function isYear(sentence: StorySentence, e: Entity): boolean {
  if (!/^\d{3,4}$/.test(e.text)) return false;
  const tokens = sentence.tokens;
  const at = tokens.findIndex((t) => t.start >= e.start);
  if (at < 1 || !BEFORE_YEAR.has(tokens[at - 1]!.text.toLowerCase())) return false;
  const next = tokens[at + 1];
  return next?.pos !== 'NOUN';
}

/** Runs of proper nouns (wink's PROPN tags, joined by "of"/"'s"/"&") that the question does not name. */
function nameRuns(sentence: StorySentence, query: FullQuery): Mention[] {
  const tokens = sentence.tokens;
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    // A name after "on/in/at…" is a place or a medium ("wrote on X"), not the person asked for.
    const after = tokens[i - 1]?.text.toLowerCase() ?? '';
    if (!nameWord(tokens, i) || i === 0 || (query.kind === 'person' && LOCATIVES.has(after))) {
      i += 1;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && (nameWord(tokens, j) || (/^(of|'s|’s|&|de|la|von|van)$/i.test(tokens[j]!.text) && nameWord(tokens, j + 1))))
      j += 1;
    if (!tokens.slice(i, j).some((t) => t.pos === 'PROPN')) {
      i = j;
      continue;
    }
    const text = sentence.text.slice(tokens[i]!.start, tokens[j - 1]!.end);
    if (text.length > 1 && !(j === i + 1 && isDemonym(text))) {
      const span = { text, start: tokens[i]!.start, end: tokens[j - 1]!.end };
      const rest = namesMention(text, text, query.text) ? unnamedPart(span, query.text, query.kind === 'person') : span;
      if (rest) out.push({ type: 'PHRASE', ...rest, run: true, ...(rest !== span ? withFocusNoun(span, rest, query.focus) : {}) });
    }
    i = j;
  }
  return out;
}

/** The story's names by kind, folded: every word of the people's names, and the places' names whole. */
const namesByKind = slicedPerStory(function* (story: Story) {
  const personWords = new Set<string>();
  const places = new Set<string>();
  for (let i = 0; i < story.sentences.length; i += 1) {
    if (i % 128 === 127) yield; // a warm-up's slice ends here (see slicedPerStory)
    const s = story.sentences[i]!;
    for (const e of s.entities) {
      if (e.type === 'PERSON') for (const w of (e.canonical ?? e.text).toLowerCase().split(/\s+/)) personWords.add(w);
      else if (e.type === 'PLACE') places.add(e.text.toLowerCase());
    }
  }
  return { personWords, places };
});

/**
 * Whether an untyped run of proper nouns may answer a question of this kind given what the rest of the story
 * calls that name: a person's name ("Lind" where "Mara Lind" is tagged a person elsewhere) answers no
 * "where", and a name the story tags a place (and no person bears, nor opens with a given name) answers no "who".
 */
export function fitsKind(story: Story, text: string, kind: FullQuery['kind']): boolean {
  if (kind !== 'place' && kind !== 'person') return true;
  const { personWords, places } = namesByKind(story);
  const lower = text.toLowerCase();
  const words = text.split(/\s+/);
  const lastWord = lower.split(/\s+/).at(-1) ?? '';
  // "Tam Ferrow", which the tagger may have filed as a place: a given name and a surname name a person.
  const personal = personWords.has(lastWord) || (kind === 'person' && words.length >= 2 && isGivenName(words[0]!));
  return kind === 'place' ? !personal || places.has(lower) : !places.has(lower) || personal;
}

/** Whether the word before offset `at` is a locative preposition ("wrote on X", "in Paris"). */
function afterLocative(text: string, at: number): boolean {
  const before = /(\p{L}+)\W*$/u.exec(text.slice(Math.max(0, at - 20), at));
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
  return k > 0 && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.text) && !/[.!?:"“]$/.test(tokens[k - 1]!.text);
}

/** Parts of speech the tagger gives a title's capitalised words ("Orla Vance **Presents**", "**Home** Harbour"). */
const TITLE_WORD_POS = new Set(['VERB', 'ADV', 'AUX']);

/**
 * Whether token k belongs in a noun phrase: a noun, proper noun, adjective or figure, or a capitalised word inside
 * the sentence that the tagger read as a verb or an adverb — a word of a name or a title ("Orla Vance **Presents**").
 */
function inChunk(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (CHUNK_POS.has(t.pos)) return true;
  return TITLE_WORD_POS.has(t.pos) && capitalisedInside(tokens, k);
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
function phraseChunks(sentence: StorySentence, query: FullQuery): Mention[] {
  const tokens = sentence.tokens;
  const terms = tokenTerms(tokens);
  const wanted = new Set(query.terms);
  const focus = query.focus ? termOf(query.focus) : null;
  const kindAsked = KIND_OF_QUESTION.test(query.text);
  // The phrase of tokens [a, b) as a mention, with the part shown that a question on a post or a kind asks for.
  const mention = (a: number, b: number) => {
    const m = withPostShown(sentence, phraseMention(sentence.text, tokens, a, b, focus), a, b, query.focus);
    return kindAsked ? withKindShown(tokens, m, a, b, focus, wanted) : m;
  };
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!inChunk(tokens, i)) {
      i += 1;
      continue;
    }
    let j = i + 1;
    // A score or range opens a phrase of its own ("beat the Owls | 20–18").
    while (j < tokens.length && (inChunk(tokens, j) || chunkLink(tokens, j)) && !(j > i && opensRange(tokens, j))) j += 1;
    let from = i;
    let to = j;
    while (from < to && (isAskedTerm(terms[from], wanted, focus) || !inChunk(tokens, from))) from += 1;
    while (to > from && (isAskedTerm(terms[to - 1], wanted, focus) || !inChunk(tokens, to - 1))) to -= 1;
    if (to - from > 0 && to - from <= MAX_PHRASE_WORDS && holdsUnasked(terms, from, to, wanted, focus)) {
      out.push(mention(from, to));
      // The whole phrase too, question words at its edges kept ("the Latin **Mass**" for a question on the mass).
      let a = i;
      let b = j;
      while (a < b && !inChunk(tokens, a)) a += 1;
      while (b > a && !inChunk(tokens, b - 1)) b -= 1;
      if ((a < from || b > to) && b - a <= MAX_PHRASE_WORDS && !cutsNamedPerson(sentence, a, from) && !cutsNamedPerson(sentence, to, b))
        out.push(mention(a, b));
    }
    i = j;
  }
  return out;
}

/**
 * Whether the question's words cut from one edge of a phrase, tokens [from, to), are a person's name of two words or more
 * ("the veteran skipper **Ada Vell**" when the question names Ada Vell): that phrase is the one the question
 * asks about, introduced by what is said of it, and no answer whole. (A single capitalised word cut off stays
 * evidence of the whole: "the Latin **Mass**".)
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
  let a = from;
  let b = to;
  const inPerson = (t: Token) => sentence.entities.some((e) => e.type === 'PERSON' && e.start <= t.start && e.end >= t.end);
  // A capitalised title heading a sentence ("Goalkeeper Ada Vell") is a common noun of a person.
  const common = (t: Token) =>
    !inPerson(t) &&
    (t.pos === 'NOUN' ||
      t.pos === 'ADJ' ||
      (t.pos === 'PROPN' && !isDemonym(t.text) && foldClass(nounClass(t.text.toLowerCase())) === 'person'));
  while (b > a && !common(tokens[b - 1]!)) b -= 1;
  // The names before the post: the team's, the country's ("Harbour City", tagged a place, "City" a noun).
  const inName = (t: Token) =>
    sentence.entities.some((e) => (e.type === 'PLACE' || e.type === 'ORG') && e.start <= t.start && e.end >= t.end);
  const before = (t: Token) => inName(t) || (!common(t) && (t.pos === 'PROPN' || t.pos === 'DET' || /^['’]s$/.test(t.text)));
  while (a < b && before(tokens[a]!)) a += 1;
  if ((a === from && b === to) || b <= a || !tokens.slice(a, b).some((t) => t.pos !== 'ADJ' && common(t))) return m;
  return { ...m, shown: { start: tokens[a]!.start, end: tokens[b - 1]!.end } };
}

/** "What kind of X …", "what type of X …": a kind of X is asked for (the focus noun is X, see namedFocus). */
const KIND_OF_QUESTION = /\b(?:type|types|kind|kinds|sort|sorts|form|forms|variety|varieties)\s+of\b/i;

/** Words that count or pick out things rather than tell their kind ("many", "other"). */
const QUANTIFIER = /^(?:many|numerous|several|various|other|some|few|most|all|such|certain|these|those|this|that)$/i;

/**
 * For "What kind of X …", a phrase that ends in a lower-case X is shown as the words that tell its kind, before X
 * (and the question's words that go with X) and after any "of" ("the use of **diesel** engines", "several **marble** fountains"); measured whole, and
 * unchanged where nothing would be left.
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
  if (m.shown || focus === null || to - from < 2 || termOf(last.text) !== focus || !/^\p{Ll}/u.test(last.text)) return m;
  let a = from;
  for (let k = from; k < to - 1; k += 1) if (tokens[k]!.text.toLowerCase() === 'of') a = k + 1;
  while (a < to - 1 && (tokens[a]!.pos === 'DET' || QUANTIFIER.test(tokens[a]!.text))) a += 1;
  // The question's words before X name X too ("portable *water* filtering" for "what kind of water filtering").
  let b = to - 1;
  while (b > a && wanted.has(termOf(tokens[b - 1]!.text) ?? '')) b -= 1;
  if (a >= b) return m;
  return { ...m, shown: { start: tokens[a]!.start, end: tokens[b - 1]!.end } };
}

/** The phrase of tokens [from, to) as a mention, shown from past a focus noun that only introduces it. */
function phraseMention(text: string, tokens: readonly Token[], from: number, to: number, focus: string | null): Mention {
  const start = tokens[from]!.start;
  const end = tokens[to - 1]!.end;
  const cut = pastFocus(tokens, from, to, focus);
  return { type: 'PHRASE', text: text.slice(start, end), start, end, ...(cut >= 0 ? { shown: { start: tokens[cut]!.start, end } } : {}) };
}

/**
 * Where a phrase's answer starts once the focus noun inside it is set aside with what comes before it and
 * the "of (the)" after it: the noun a "what/which NOUN" question names its answer by stays as a phrase's
 * head ("Harbour **Arena**") but, before the end, it only introduces the answer ("the name **atra mors**", "a
 * replica of **the Old Bridge**", "the retired skater **Ann Lee**"). A capitalised focus is part of a name
 * ("Bank of Morland") and stays, and so does the phrase when nothing would be left (-1: no cut).
 */
function pastFocus(tokens: readonly Token[], from: number, to: number, focus: string | null): number {
  if (focus === null) return -1;
  let at = -1;
  for (let f = from; f < to - 1; f += 1) if (termOf(tokens[f]!.text) === focus && /^\p{Ll}/u.test(tokens[f]!.text)) at = f;
  if (at < 0) return -1;
  let k = at + 1;
  if (tokens[k]?.text.toLowerCase() === 'of') k += 1;
  if (tokens[k]?.pos === 'DET') k += 1;
  return k < to && CHUNK_POS.has(tokens[k]!.pos) ? k : -1;
}

/**
 * Whether token j links two parts of one noun phrase: "of", "'s" or a hyphen before a content word, "of the"
 * ("singing of the hymns"), "and" between two nouns ("body and blood"), or a dash between figures ("15–1").
 */
function chunkLink(tokens: readonly Token[], j: number): boolean {
  const word = tokens[j]!.text.toLowerCase();
  const next = tokens[j + 1]?.pos ?? '';
  // "a 15–1 record": figures joined close up by a dash.
  if (FIGURE_DASH.test(word))
    return (
      tokens[j - 1]?.pos === 'NUM' && next === 'NUM' && tokens[j - 1]!.end === tokens[j]!.start && tokens[j]!.end === tokens[j + 1]!.start
    );
  if (/^(of|'s|’s|-)$/.test(word))
    return CHUNK_POS.has(next) || (word === 'of' && tokens[j + 1]?.pos === 'DET' && CHUNK_POS.has(tokens[j + 2]?.pos ?? ''));
  if (tokens[j]!.pos === 'DET' && tokens[j - 1]?.text.toLowerCase() === 'of') return CHUNK_POS.has(next);
  return word === 'and' && NOUN_POS.has(tokens[j - 1]?.pos ?? '') && NOUN_POS.has(next);
}

const NOUN_POS = new Set(['NOUN', 'PROPN']);

/** Whether token j is a figure a dash joins close up to the next one ("**20**–18"). */
function opensRange(tokens: readonly Token[], j: number): boolean {
  return tokens[j]!.pos === 'NUM' && tokens[j + 1] !== undefined && FIGURE_DASH.test(tokens[j + 1]!.text) && chunkLink(tokens, j + 1);
}

interface Candidate {
  score: number;
  best: number;
  entity: Mention;
  from: number;
  sentenceId: number;
  near: number;
  /** Best mention score in each sentence that gives it. */
  sentences: Map<number, number>;
  /** Where the best mention stands and what was measured of it: the model reads its facts from this when asked. */
  at: MentionAt;
}

/** A mention as the extractor measured it, kept for the one that ends up its candidate's best. */
type MentionAt = Pick<
  Measured,
  'rankWeight' | 'role' | 'typeFit' | 'near' | 'from' | 'gap' | 'position' | 'coverage' | 'agent' | 'pairs' | 'counts'
> & {
  sentence: StorySentence;
  words: readonly Word[];
  e: Mention;
  /** The first and last word of the mention (its figure, for an amount). */
  first: number;
  last: number;
};

/** What every mention of one extraction shares: the question's side of the model's facts. */
type QuestionSide = Pick<Measured, 'kind' | 'wh' | 'questionRole' | 'typed' | 'ends' | 'focusClass' | 'preposition' | 'irrealis'> & {
  weights: ReadonlyMap<string, number>;
  focus: string | undefined;
};

/** The facts of one mention: CandidateFacts less what only the whole candidate knows. */
type MentionFacts = Omit<CandidateFacts, 'score' | 'best' | 'topScore' | 'sentences' | 'articles' | 'groups'>;

/** The best-supported candidate of those `mentionsOf` gives in the top excerpts, or null when they hold none. */
function bestCandidate(
  story: Story,
  groups: CorroboratedSentence[],
  query: FullQuery,
  mentionsOf: (s: StorySentence) => Mention[],
  typed: number,
): ShortAnswer | null {
  const weights = new Map(query.terms.map((t) => [t, idf(story, t)]));
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const top = groups[0]!.score || 1;
  const types = query.types;

  const lastTime = query.kind === 'date' && /\blast\b/.test(query.text);
  const percentAsked = PERCENT_QUESTION.test(query.text);
  const wh = questionWord(query.text);
  const bigrams = questionBigrams(query.terms);
  const ends = { first: query.terms[0], last: query.terms.at(-1), subtype: SUBTYPE_QUESTION.test(query.text) };
  const focusClass = query.focus ? foldClass(nounClass(query.focus)) : 'none';
  const focusTerm = query.focus ? termOf(query.focus) : null;
  // The names WordNet files as kinds or instances of the noun a typed which/what-NOUN question asks about.
  const focusKinds: ReadonlySet<string> = new Set(query.focus && types.length > 0 ? nounKinds(query.focus.toLowerCase()) : []);
  const candidates = new Map<string, Candidate>();
  // Other articles' copies of a sentence share its text, and so its reading against the question.
  const readings = new Map<string, TextReading>();
  for (const [rank, group] of groups.slice(0, EXTRACTION.groups).entries()) {
    for (const { sentence, score: sentenceScore } of [group, ...group.others.slice(0, EXTRACTION.perGroup)]) {
      const rankWeight = Math.max(0, sentenceScore / top);
      let reading = readings.get(sentence.text);
      if (!reading) readings.set(sentence.text, (reading = readText(sentence.text, weights, total, bigrams)));
      const { words, anchors, coverage, pairs } = reading;
      if (anchors.length === 0) continue;
      for (const e of withRanks(mentionsOf(sentence), rankMentions(sentence, focusTerm, query.text))) {
        const name = e.canonical ?? e.text;
        const span = e.core ?? e;
        const first = firstEndingAfter(words, span.start);
        const last = Math.max(first, lastStartingBefore(words, span.end));
        // Each question word counts once, at its occurrence nearest the candidate.
        const nearest = new Map<string, number>();
        let before = 0;
        let after = 0;
        let minGap = Number.POSITIVE_INFINITY;
        for (const a of anchors) {
          if (a.i >= first && a.i <= last) continue;
          const gap = a.i < first ? first - a.i - 1 : a.i - last - 1;
          minGap = Math.min(minGap, gap);
          const value = a.weight / (1 + EXTRACTION.decay * gap);
          if (value > (nearest.get(a.term) ?? 0)) nearest.set(a.term, value);
          if (a.i < first) before += a.weight;
          else after += a.weight;
        }
        let near = 0;
        for (const v of nearest.values()) near += v;
        near /= total;
        let role = 1;
        // The figure is followed by the noun the question counts, and no other verb governs it.
        let counts = e.counts === true;
        const preceding = sentence.text.slice(Math.max(0, e.start - 60), e.start);
        // "was appointed by the mayor": the agent of a passive verb did the action, as a subject does.
        const agent = reading.passive && PASSIVE_AGENT.test(preceding);
        if (agent && query.role === 'subject') role *= EXTRACTION.role;
        if (query.role === 'subject' && after > before) role *= EXTRACTION.role;
        if (query.role === 'object' && before > after) role *= EXTRACTION.role;
        // The object test last: only where it can matter (a regular expression per mention was a share of the
        // extraction's time; a closure per mention for it was another, tsx naming each one it makes).
        if ((e.type === 'PERSON' || types.includes('PERSON')) && query.role !== 'object' && !agent && OBJECT_PREPOSITIONS.test(preceding))
          role *= EXTRACTION.objectPenalty;
        // "12 drones" for "how many drones", and "hired 85" for "how many were hired": the count of that thing.
        if (query.kind === 'number') {
          // "sold at least three mills" does not answer "how many were hired"; and where the sentence uses the
          // question's verb for another figure ("sold three mills and hired many more"), the figure another verb
          // governs counts that verb's object: the counted noun beside it ("how many mills were hired") earns nothing.
          const otherVerb = governedByOtherVerb(sentence, (e.core ?? e).start, weights);
          if (otherVerb) role *= EXTRACTION.otherVerb;
          if (otherVerb && usesQuestionVerb(sentence, weights)) {
            // no bonus: the figure counts what the other verb did
            counts = false;
          } else if (e.counts || anchors.some((a) => a.i > last && a.i - last <= 2)) role *= EXTRACTION.counted;
          else if (anchors.some((a) => a.i === first - 1)) role *= EXTRACTION.countedByVerb;
        }
        if (reading.quoted && insideQuote(sentence.text, e.start)) role *= EXTRACTION.quoted;
        if (VAGUE_AMOUNT.test(e.text)) role *= EXTRACTION.vague;
        // "When was X last this low?" → "… not seen since May 1971".
        if (lastTime)
          role *= /\bsince\s+(?:(?:early|late|mid|the|at least)\s+)?$/i.test(sentence.text.slice(Math.max(0, e.start - 20), e.start))
            ? EXTRACTION.since
            : 1 / EXTRACTION.since;
        const at = e.type === 'PHRASE' ? -1 : types.indexOf(e.type);
        const typeFit = amountFit(
          e,
          percentAsked,
          e.rank
            ? EXTRACTION.focus
            : types.length === 0
              ? phraseFit(e.text, query.focus) / (restatesFocus(sentence, e, query.focus, ends.subtype) ? EXTRACTION.focus : 1)
              : at === 0
                ? 1
                : at > 0
                  ? 0.85
                  : EXTRACTION.untypedName,
        );
        const score = rankWeight * near * role * typeFit;
        const key = name.toLowerCase();
        const prev = candidates.get(key);
        if (prev && score <= prev.best) {
          prev.sentences.set(sentence.id, Math.max(score, prev.sentences.get(sentence.id) ?? 0));
          continue;
        }
        // Kept only for a mention that is its candidate's best so far (most mentions never are); the model's
        // facts are read from it when the candidates are ranked.
        const kept: MentionAt = {
          sentence,
          words,
          e,
          first,
          last,
          rankWeight,
          role,
          typeFit,
          near,
          from: rank,
          gap: Number.isFinite(minGap) ? minGap : words.length,
          position: after === 0 ? 'after' : before === 0 ? 'before' : 'between',
          coverage,
          agent,
          pairs,
          counts,
        };
        if (!prev)
          candidates.set(key, {
            score: 0,
            best: score,
            entity: e,
            from: rank,
            sentenceId: sentence.id,
            near,
            sentences: new Map([[sentence.id, score]]),
            at: kept,
          });
        else {
          prev.sentences.set(sentence.id, Math.max(score, prev.sentences.get(sentence.id) ?? 0));
          prev.best = score;
          prev.entity = e;
          prev.from = rank;
          prev.sentenceId = sentence.id;
          prev.near = near;
          prev.at = kept;
        }
      }
    }
  }
  // A candidate's score: its best mention plus a share of every other sentence that gives it.
  for (const c of candidates.values()) {
    let others = 0;
    for (const v of c.sentences.values()) others += v;
    c.score = c.best + EXTRACTION.support * (others - c.best);
  }
  const every = [...candidates.values()].sort((a, b) => b.score - a.score);
  if (!every[0] || every[0].score <= 0) return null;
  // "Which country …": where some candidates are countries by WordNet, a sea, a port or a day beside the
  // question's words is not what was asked (SQuAD reading F1 0.430 → 0.432, which 0.329 → 0.335). Only the
  // choice is narrowed: the margin and the share of the top score are still read against every candidate,
  // so the filter does not make an answer look surer than its evidence (eval:refusal's ≥ 0.8 answers).
  const ofKind = every.filter((c) => focusKinds.has((c.entity.canonical ?? c.entity.text).toLowerCase()));
  // "How old was Ada?": where a figure is given as the age of someone the question names, ages of others are not.
  const owned = AGE_QUESTION.test(query.text) ? every.filter((c) => ageOfNamed(c.at.sentence, c.at.e, query.text)) : [];
  // "What position does Ada Vell play?": where some candidates end in a common noun of a person ("goalkeeper",
  // "chief engineer"), a post is one of them, not a figure or a name beside the question's words.
  // Only in the best excerpt, and not for several things ("Which two roles …": parts played, by their names) nor a
  // kind ("what type of role …").
  const postAsked =
    query.focus !== undefined && POST_NOUNS.has(query.focus) && !asksSeveral(query.text, query.focus) && !KIND_OF_QUESTION.test(query.text);
  const posts = postAsked ? every.filter((c) => c.from === 0 && namesPost(shownText(story, c).text)) : [];
  // "What kind of landing …": where some of the best excerpt's candidates stand right before the noun X ("a
  // **floating** landing") or end in it, the kind is one of them, not a name beside the question's words.
  const kindTerm = KIND_OF_QUESTION.test(query.text) && query.focus ? termOf(query.focus) : null;
  const kinds = kindTerm ? every.filter((c) => c.from === 0 && modifiesNoun(story.sentences[c.sentenceId]!, c.entity, kindTerm)) : [];
  // "What is the mouth tube called?": where some of the best excerpt's candidates are given as a name ("known as X",
  // "called 'X'", a quoted name, "X ('mouth tube')"), the name asked for is one of them.
  const namings = NAMING_QUESTION.test(query.text)
    ? every.filter((c) => c.from === 0 && givenAsName(story.sentences[c.sentenceId]!.text, c.entity, weights))
    : [];
  // "Which park …": where some of the best excerpt's candidates are names ending in the noun ("Ostwick Park"), the
  // park asked for is one of them, not another name beside the question's words.
  const nameFocus = query.focus && !kindTerm && !postAsked ? query.focus.toLowerCase() : null;
  const nameOfFocus = nameFocus ? every.filter((c) => c.from === 0 && endsInFocusName(shownText(story, c).text, nameFocus)) : [];
  const byHand =
    owned.length > 0
      ? owned
      : ofKind.length > 0
        ? ofKind
        : posts.length > 0
          ? posts
          : kinds.length > 0
            ? kinds
            : namings.length > 0
              ? namings
              : nameOfFocus.length > 0
                ? nameOfFocus
                : every;
  const all = every.reduce((a, c) => a + c.score, 0);
  const preposition = OPENING_PREPOSITION.exec(query.text)?.[1]?.toLowerCase();
  const irrealis = IRREALIS_QUESTION.test(query.text);
  const side: QuestionSide = {
    weights,
    focus: query.focus,
    kind: query.kind,
    wh,
    questionRole: query.role,
    typed,
    ends,
    focusClass,
    preposition,
    irrealis,
  };
  const features = byHand.map((c) => featuresOf(story, c, every[0]!.score, side));
  observer?.(byHand.map((c, i) => ({ text: shownText(story, c).text, features: features[i]! })));
  const model = candidateWeights();
  const ranked = model
    ? byHand
        .map((c, i) => ({ c, z: linearScore(model, features[i]!) }))
        .sort((a, b) => b.z - a.z)
        .map((r) => r.c)
    : byHand;
  // (The list is looked for among every candidate: a list is no WordNet kind of the focus noun, its members may be.)
  const winner = (asksSeveral(query.text, query.focus) ? listHolding(ranked[0]!, every) : undefined) ?? ranked[0]!;
  const shown = withPossessedFocus(story, winner, shownText(story, winner), query.focus);
  const short: ShortAnswer = {
    text: query.kind === 'date' && query.focus?.toLowerCase() === 'year' ? yearOf(shown.text) : shown.text,
    type: winner.entity.type,
    from: winner.from,
    sentenceId: winner.sentenceId,
    written: shown.written,
    evidence: { near: Math.min(1, winner.near), margin: winner.score / all, support: Math.min(1, winner.sentences.size / 3), typed },
  };
  const rival = disagreeing(story, winner, ranked[1]);
  if (rival) short.disagreement = { text: rival.entity.text, sentenceId: rival.sentenceId };
  return short;
}

/**
 * A question asking what something is called ("What is the mouth tube called?", "What was it known as?", "What did Ada
 * call the plan?", "What was the name of the plan?"); not one that names the thing by its name ("a contest called
 * 'Harbour Days'").
 */
const NAMING_QUESTION =
  /^\W*(?:what|which)\b(?:.*\b(?:called|known\s+as|named|termed|dubbed|nicknamed|referred\s+to\s+as)\b(?!\s*["“'‘\p{Lu}])|\s+(?:did|do|does|would|will)\b.*\bcall\b(?!\s*["“'‘])|\s+(?:is|was|are|were)\s+the\s+(?:name|names|title|term)\s+(?:of|for)\b)/iu;

/** Words that give a name right after them: "known as", "called", "named", "dubbed", "termed", "branded as"; "call" before a quote. */
const NAMING_BEFORE =
  /\b(?:called|known\s+as|named|dubbed|termed|nicknamed|branded(?:\s+as)?|referred\s+to\s+as|titled|entitled|calls?(?=\s+["“'‘]))\s*["“'‘]?\s*(?:the\s+)?["“'‘]?\s*$/i;

/**
 * Whether a mention is given as a name in its sentence: after a naming word ("known as **X**"), between quotes
 * ("the '**X**'"), or before a gloss in brackets or quotes that holds a question word ("a **siphon** ('mouth tube')").
 */
function givenAsName(text: string, e: Mention, weights: ReadonlyMap<string, number>): boolean {
  const before = text.slice(Math.max(0, e.start - 30), e.start);
  if (NAMING_BEFORE.test(before)) return true;
  const after = text.slice(e.end, e.end + 40);
  if (/["“‘']\s*(?:the\s+)?$/i.test(before) && /^[,.;:]?\s*["”’']/.test(after)) return true;
  const gloss = /^[”"']?\s*\(\s*["“]?([^)]{1,30})\)/.exec(after)?.[1];
  return (gloss?.split(/[^\p{L}\p{N}-]+/u) ?? []).some((w) => {
    const t = termOf(w);
    return t !== null && weights.has(t);
  });
}

/** Whether a text is a name of two or more capitalised words ending in the noun `focus` ("Ostwick Park" for "park"). */
function endsInFocusName(text: string, focus: string): boolean {
  const words = text.split(/\s+/);
  const last = words.at(-1)!;
  return words.length >= 2 && /^\p{Lu}/u.test(last) && /^\p{Lu}/u.test(words[0]!) && termOf(last) === termOf(focus);
}

/** Whether a mention stands right before the noun `term` names, or ends in it after other words ("**clerical** marriage"). */
function modifiesNoun(sentence: StorySentence, e: Mention, term: string): boolean {
  const tokens = sentence.tokens;
  const next = tokens.find((t) => t.start >= e.end);
  if (next && termOf(next.text) === term) return true;
  const last = tokens.findLast((t) => t.end <= e.end);
  return last !== undefined && last.start > e.start && termOf(last.text) === term;
}

/**
 * Whether a phrase ends in a lower-case noun that WordNet files as a person by one of its two most frequent senses
 * ("the veteran **goalkeeper**", "chief **engineer**"): a phrase that names a post. A capitalised word is left out
 * (a name's word, "Super" of a title, is no post).
 */
export function namesPost(text: string): boolean {
  const last = /([\p{L}-]+)\W*$/u.exec(text)?.[1];
  return last !== undefined && /^\p{Ll}/u.test(last) && nounClasses(last).slice(0, 2).includes('person');
}

/**
 * Whether a figure is given as the age of a person the question names: right after the name and "is/was" or a
 * comma ("Ada Vell was 26", "Ada Vell, 26,") or before "-year-old" and the name ("the 26-year-old Ada Vell").
 */
function ageOfNamed(sentence: StorySentence, e: Mention, question: string): boolean {
  const tokens = sentence.tokens;
  const first = tokens.findIndex((t) => t.start >= e.start);
  if (first < 0) return false;
  const last = tokens.findLastIndex((t) => t.end <= e.end);
  const asked = (t: Token | undefined) => t !== undefined && t.pos === 'PROPN' && namesMention(t.text, t.text, question);
  let k = first - 1;
  if (/^(?:is|was|aged|,)$/i.test(tokens[k]?.text ?? '')) k -= 1;
  if (k < first - 1 && asked(tokens[k])) return true;
  const after = sentence.text.slice(tokens[last]?.end ?? e.end);
  const old = /^[-\s]*years?[-\s]*old\s+/i.exec(after);
  if (!old) return false;
  const next = tokens.findIndex((t) => t.start >= (tokens[last]?.end ?? e.end) + old[0].length);
  return asked(tokens[next]) || asked(tokens[next + 1]);
}

/**
 * How a candidate is written in the answer: its canonical name, or its text widened to whole words where
 * the tagger cut it inside one ("Tomasz Ka" of "Tomasz Kałdowić"). Its features stay those of the tagged span.
 */
function shownText(story: Story, c: Candidate): { text: string; written: string } {
  const e = c.entity;
  const sentence = story.sentences[c.sentenceId]!.text;
  if (e.shown) {
    const part = toWordEdges(sentence, e.shown.start, e.shown.end, e.type === 'PHRASE' || !isAmount(e.type));
    const text = sentence.slice(part.start, part.end);
    return { text, written: text };
  }
  const w = toWordEdges(sentence, e.start, e.end, e.type === 'PHRASE' || !isAmount(e.type));
  if (w.start === e.start && w.end === e.end) return { text: e.canonical ?? e.text, written: e.text };
  const whole = sentence.slice(w.start, w.end);
  return { text: e.canonical && e.canonical !== e.text ? e.canonical : whole, written: whole };
}

/**
 * A number of things asked for ("Which two rivers …", "What are three …") or a plural focus noun ("Which cities …").
 * A number after "of" chooses among things ("Which of the two teams …", "one of the three"): one is asked for.
 */
function asksSeveral(text: string, focus: string | undefined): boolean {
  if (/\bof\s+(?:the\s+|these\s+|those\s+)?(?:two|three|four|five|six|both)\b/i.test(text)) return false;
  if (/\b(?:two|three|four|five|six|both)\b/i.test(text)) return true;
  return focus !== undefined && /[^su]s$/i.test(focus) && termOf(focus) !== focus.toLowerCase();
}

/**
 * For a question that asks for several things, the list the first candidate stands in ("**A, B and C**"),
 * when that list is a candidate from the same sentence: one member answers a part of the question.
 */
function listHolding(first: Candidate, every: readonly Candidate[]): Candidate | undefined {
  if (/,|\b(?:and|or)\b/.test(first.entity.text)) return undefined;
  return every.find(
    (c) =>
      c !== first &&
      c.sentenceId === first.sentenceId &&
      c.entity.start <= first.entity.start &&
      c.entity.end >= first.entity.end &&
      /,|\b(?:and|or)\b/.test(c.entity.text),
  );
}

/**
 * A name followed by "'s" and the noun the question names its answer by is shown with them: "**Brandt's
 * theorem**" for "Which theorem …", as a reader writes it (the name alone is the owner, not the thing asked for).
 */
function withPossessedFocus(
  story: Story,
  winner: Candidate,
  shown: { text: string; written: string },
  focus: string | undefined,
): { text: string; written: string } {
  if (!focus || !/^[\p{Lu}]/u.test(shown.text)) return shown;
  const sentence = story.sentences[winner.sentenceId]!.text;
  const end = winner.entity.shown?.end ?? winner.entity.end;
  const m = /^['’]s\s+([\p{L}-]+)/u.exec(sentence.slice(end));
  if (!m || termOf(m[1]!) !== termOf(focus)) return shown;
  const text = `${shown.text}${sentence.slice(end, end + m[0].length)}`;
  return { text, written: `${shown.written}${sentence.slice(end, end + m[0].length)}` };
}

/** The year a date names, for "what year …" ("7 January 1943" → "1943"); the date itself when it names none or two. */
function yearOf(date: string): string {
  const years = date.match(/\b\d{3,4}\b/g);
  return years?.length === 1 ? years[0]! : date;
}

/** One candidate as the fitting script sees it. */
export interface ObservedCandidate {
  text: string;
  features: number[];
}

let observer: ((candidates: ObservedCandidate[]) => void) | undefined;

/** Sees every candidate list the extractor ranks (for fitting the candidate model); undefined stops. */
export function observeCandidates(fn: ((candidates: ObservedCandidate[]) => void) | undefined): void {
  observer = fn;
}

/** The model's features of a candidate: its best mention's facts and its support across the story. */
function featuresOf(story: Story, c: Candidate, topScore: number, q: QuestionSide): number[] {
  const articles = new Set<string | undefined>();
  for (const id of c.sentences.keys()) articles.add(story.sentences[id]?.articleId);
  const m = c.at;
  // The mention's facts are made afresh by each call, so they are completed in place rather than copied
  // (a copy of some fifty fields for every candidate of every question was a tenth of the answer's time).
  // Field by field: spreading the two objects into one cost more than the rest of this function.
  const facts = mentionFacts(m.sentence, m.words, m.e, m.first, m.last, q.weights, {
    rankWeight: m.rankWeight,
    role: m.role,
    typeFit: m.typeFit,
    near: m.near,
    from: m.from,
    gap: m.gap,
    position: m.position,
    coverage: m.coverage,
    focusIn: q.focus !== undefined && phraseFit(m.e.text, q.focus) > 1,
    kind: q.kind,
    wh: q.wh,
    questionRole: q.questionRole,
    typed: q.typed,
    agent: m.agent,
    pairs: m.pairs,
    ends: q.ends,
    focusClass: q.focusClass,
    counts: m.counts,
    preposition: q.preposition,
    irrealis: q.irrealis,
  }) as CandidateFacts;
  facts.score = c.score;
  facts.best = c.best;
  facts.topScore = topScore;
  facts.sentences = c.sentences.size;
  facts.articles = articles.size;
  facts.groups = EXTRACTION.groups;
  return candidateFeatures(facts);
}

/** What the extractor has measured of a mention, handed to `mentionFacts`. */
interface Measured {
  rankWeight: number;
  role: number;
  typeFit: number;
  near: number;
  from: number;
  gap: number;
  position: MentionFacts['position'];
  coverage: number;
  focusIn: boolean;
  kind: MentionFacts['kind'];
  wh: MentionFacts['wh'];
  questionRole: MentionFacts['questionRole'];
  typed: number;
  agent: boolean;
  /** Where the sentence repeats a pair of the question's consecutive terms (word indices). */
  pairs: [number, number][];
  /** The question's first and last content terms, and whether it asks for a subtype ("what kind of …"). */
  ends: { first: string | undefined; last: string | undefined; subtype: boolean };
  /** The class of the noun the question names its answer by. */
  focusClass: SpanClass;
  /** The amount counts the noun the question counts, and no other verb of the sentence governs it. */
  counts: boolean;
  /** The preposition the question opens with ("at" of "At what height …"), if any. */
  preposition: string | undefined;
  /** The question asks what may or is meant to happen (clauseRoles.IRREALIS_QUESTION). */
  irrealis: boolean;
}

/** A question that opens with a preposition before its wh-word ("At what height …", "In which year …"). */
const OPENING_PREPOSITION =
  /^\W*(in|at|on|by|to|from|for|with|during|since|until|after|before|under|over|into|against)\s+(?:what|which|whom|how)\b/i;

/** Verbs' helpers and adverbs between a subject and its verb ("X has also beaten"). */
const BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);

/** Whether a word is one of the question's (weighted) terms. */
function isWeighted(w: Word | undefined, weights: ReadonlyMap<string, number>): boolean {
  return w?.term != null && weights.has(w.term);
}

/** Words between word `i` and the span of words [first, last]. */
function gapOf(i: number, first: number, last: number): number {
  return i < first ? first - i - 1 : i - last - 1;
}

/** The clause roles of a sentence for the question being answered: worked out once per sentence, not per mention. */
const ROLES = new WeakMap<readonly Token[], { weights: ReadonlyMap<string, number>; irrealis: boolean; roles: ClauseRoles }>();

function rolesOf(
  tokens: readonly Token[],
  weights: ReadonlyMap<string, number>,
  irrealis: boolean,
  isQuestionTerm: (t: Token) => boolean,
): ClauseRoles {
  const kept = ROLES.get(tokens);
  if (kept && kept.weights === weights && kept.irrealis === irrealis) return kept.roles;
  const roles = clauseRoles(tokens, isQuestionTerm, irrealis);
  ROLES.set(tokens, { weights, irrealis, roles });
  return roles;
}

/**
 * Whether a token's index term is one of the question's (`weights`' keys), as a function made outside the
 * caller: tsx names each closure bound to a name when it is made, which per mention was a share of the
 * extraction's time.
 */
function questionTermTest(weights: ReadonlyMap<string, number>): (t: Token) => boolean {
  return (t) => {
    const term = termOf(t.text);
    return term !== null && weights.has(term);
  };
}

/**
 * The context of a mention the model reads: question words right beside it, the preposition before it,
 * a verb of the question right before it (it is that verb's object) or right after it (its subject).
 */
function mentionFacts(
  sentence: StorySentence,
  words: readonly Word[],
  e: Mention,
  first: number,
  last: number,
  weights: ReadonlyMap<string, number>,
  m: Measured,
): MentionFacts {
  const inside = words.slice(first, last + 1);
  const tokens = sentence.tokens;
  const startAt = tokens.findIndex((t) => t.end > e.start);
  const endAt = tokens.findLastIndex((t) => t.start < e.end);
  let k = startAt - 1;
  while (k >= 0 && tokens[k]!.pos === 'DET') k -= 1;
  const preposition = tokens[k]?.pos === 'ADP' ? k : -1;
  let n = endAt + 1;
  while (n < tokens.length && n <= endAt + 2 && BEFORE_VERB.has(tokens[n]!.pos)) n += 1;
  const previous = words[first - 1];
  // The nearest question word, and the nearest occurrence of the rarest one the sentence holds.
  let nearest = -1;
  let rarest = -1;
  let rarestWeight = 0;
  for (const [i, w] of words.entries()) {
    if ((i >= first && i <= last) || !isWeighted(w, weights)) continue;
    if (nearest < 0 || gapOf(i, first, last) < gapOf(nearest, first, last)) nearest = i;
    const weight = weights.get(w.term!)!;
    if (weight > rarestWeight || (weight === rarestWeight && gapOf(i, first, last) < gapOf(rarest, first, last)))
      [rarest, rarestWeight] = [i, weight];
  }
  const between =
    nearest < 0
      ? ''
      : nearest < first
        ? sentence.text.slice(words[nearest]!.end, e.start)
        : sentence.text.slice(e.end, words[nearest]!.start);
  const isQuestionTerm = questionTermTest(weights);
  const links = spanLinks(tokens, startAt, endAt, isQuestionTerm);
  const roles = rolesOf(tokens, weights, m.irrealis, isQuestionTerm);
  const openedBy = m.preposition !== undefined && preposition > 0 && tokens[preposition]!.text.toLowerCase() === m.preposition;
  return {
    copulaBefore: links.copulaBefore,
    copulaAfterQuestion: links.copulaAfterQuestion,
    copulaBeforeQuestion: links.copulaBeforeQuestion,
    named: links.named,
    beforeVerb: links.beforeVerb,
    head: headClass(tokens[endAt]),
    spanClass: spanClass(candidateClass(e.type, e.run === true), tokens[endAt]),
    focusClass: m.focusClass,
    subtype: m.ends.subtype,
    lastTermLeft: m.ends.last !== undefined && [words[first - 1], words[first - 2]].some((w) => w?.term === m.ends.last),
    firstTermRight: m.ends.first !== undefined && [words[last + 1], words[last + 2]].some((w) => w?.term === m.ends.first),
    bigramLeft: m.pairs.some(([, b]) => b < first && first - b <= 3),
    bigramRight: m.pairs.some(([a]) => a > last && a - last <= 3),
    bigramSentence: m.pairs.length > 0,
    commaBetween: /[,;:()—–]/.test(between),
    rareGap: rarest < 0 ? words.length : gapOf(rarest, first, last),
    headProper: tokens[endAt]?.pos === 'PROPN',
    near: m.near,
    rankWeight: m.rankWeight,
    role: m.role,
    typeFit: m.typeFit,
    from: m.from,
    words: inside.length || 1,
    questionWordShare: inside.length ? inside.filter((w) => isWeighted(w, weights)).length / inside.length : 0,
    questionEdge: inside.length > 1 && (isWeighted(inside[0], weights) || isWeighted(inside.at(-1), weights)),
    leftMatch: isWeighted(words[first - 1], weights),
    rightMatch: isWeighted(words[last + 1], weights),
    left2: isWeighted(words[first - 2], weights),
    right2: isWeighted(words[last + 2], weights),
    gap: m.gap,
    position: m.position,
    coverage: m.coverage,
    focusIn: m.focusIn,
    hasDigit: /\d/.test(e.text),
    capitalised: /^[\p{Lu}]/u.test(e.text),
    previous: previous ? sentence.text.slice(previous.start, previous.end).toLowerCase() : '',
    objectOfVerb: startAt > 0 && isVerbOfQuestion(tokens[k], isQuestionTerm, false),
    afterVerbPreposition: preposition > 0 && isVerbOfQuestion(tokens[preposition - 1], isQuestionTerm, false),
    agent: m.agent,
    subjectOfVerb: endAt >= 0 && isVerbOfQuestion(tokens[n], isQuestionTerm, false),
    pronoun: /^(he|she)$/i.test(e.text),
    counts: m.counts,
    ordinal: e.type === 'ORDINAL',
    clauseSubject: holdsHead(roles.subjects, startAt, endAt),
    clauseObject: holdsHead(roles.objects, startAt, endAt),
    passiveSubject: holdsHead(roles.passiveSubjects, startAt, endAt),
    subjectFrame: holdsHead(roles.subjectFrames, startAt, endAt),
    passiveFrame: holdsHead(roles.passiveFrames, startAt, endAt),
    objectFrame: holdsHead(roles.objectFrames, startAt, endAt),
    questionPreposition: openedBy,
    verbQuestionPreposition: openedBy && isVerbOfQuestion(tokens[preposition - 1], isQuestionTerm),
    cls: candidateClass(e.type, e.run === true),
    kind: m.kind,
    wh: m.wh,
    questionRole: m.questionRole,
    typed: m.typed,
  };
}

/**
 * A rival amount another article gives in the same kind of context ("four hours" against "five hours"):
 * of the same type, nearly as well supported (EXTRACTION.disagree of the winner's score), and only in
 * sentences of other articles than the winner's.
 */
function disagreeing(story: Story, winner: Candidate, second: Candidate | undefined): Candidate | undefined {
  if (!second || !isAmount(winner.entity.type as EntityType) || second.entity.type !== winner.entity.type) return undefined;
  if (second.score < EXTRACTION.disagree * winner.score) return undefined;
  const articlesOf = (c: Candidate) => new Set([...c.sentences.keys()].map((id) => story.sentences[id]!.articleId));
  const mine = articlesOf(winner);
  return [...articlesOf(second)].some((a) => !mine.has(a)) ? second : undefined;
}

/**
 * A candidate's type fit, given the question's wording: a share asked for ("what percentage", "how many per
 * cent") wants a percentage. (A rank for "how many" stays: "her seventh title" counts them.)
 */
function amountFit(e: Mention, percentAsked: boolean, fit: number): number {
  if (!percentAsked) return fit;
  return e.type === 'PERCENT' ? 1 : fit * EXTRACTION.wrongAmount;
}

/** The question asks for a share (tested once per extraction, not per mention). */
const PERCENT_QUESTION = /\b(?:percent|percentage|per cent|pct)\b|%/;

/** Whether the noun a how-many question counts follows the figure within three words ("40 new berths"). */
export function countsAsked(text: string, figure: Entity, counted: ReadonlySet<string>): boolean {
  if (counted.size === 0) return false;
  // The counted noun may be a unit the amount already holds ("103 miles" for "how many miles").
  const widened = amountSpan(text, figure, counted);
  return text
    .slice(figure.end, widened.end)
    .split(/[^\p{L}'-]+/u)
    .some((w) => {
      const term = termOf(w);
      return term !== null && counted.has(term);
    });
}

/** Words between a verb and the number it governs ("killed *at least* three"). */
const NUMBER_HEDGES =
  /^(at|least|most|about|around|nearly|almost|roughly|some|more|less|fewer|than|over|under|up|to|just|only|another|an|a|the|estimated|approximately)$/i;

/** Whether a verb of the sentence (or a participle the tagger took for a noun: "and wounding …") is one of the question's words. */
export function usesQuestionVerb(sentence: StorySentence, questionTerms: ReadonlyMap<string, number>): boolean {
  return sentence.tokens.some((t) => {
    if (t.pos !== 'VERB' && !/\p{L}{3}(?:ing|ed)$/u.test(t.text)) return false;
    const term = termOf(t.text);
    return term !== null && questionTerms.has(term);
  });
}

/** Whether the verb just before a number (past hedges like "at least") is one the question does not use. */
function governedByOtherVerb(sentence: StorySentence, at: number, questionTerms: ReadonlyMap<string, number>): boolean {
  const tokens = sentence.tokens;
  let k = tokens.findIndex((t) => t.start >= at) - 1;
  while (k >= 0 && NUMBER_HEDGES.test(tokens[k]!.text)) k -= 1;
  const verb = tokens[k];
  if (verb?.pos !== 'VERB') return false;
  const term = termOf(verb.text);
  return term !== null && !questionTerms.has(term);
}

function isAmount(type: EntityType): boolean {
  return type === 'CARDINAL' || type === 'MONEY' || type === 'PERCENT' || type === 'DURATION' || type === 'QUANTITY';
}

/** A question word at word `i` of a sentence, with its idf weight. */
interface Anchor {
  i: number;
  term: string;
  weight: number;
}

/** What a sentence's text holds of the question: its words, the question's words among them, their share, its pairs. */
interface TextReading {
  words: readonly Word[];
  anchors: readonly Anchor[];
  /** idf-weighted share of the question's terms the text holds. */
  coverage: number;
  pairs: [number, number][];
  /** The text holds a quotation mark, so a mention may stand inside a quotation. */
  quoted: boolean;
  /** The text holds "by" between spaces, so a mention may be the agent of a passive verb (PASSIVE_AGENT). */
  passive: boolean;
}

/** Reads a sentence's text against the question's term weights (their sum `total`) and consecutive pairs. */
function readText(text: string, weights: ReadonlyMap<string, number>, total: number, bigrams: ReadonlySet<string>): TextReading {
  const words = wordsOf(text);
  const anchors: Anchor[] = [];
  const held = new Set<string>();
  let coverage = 0;
  for (const [i, w] of words.entries()) {
    const weight = w.term === null ? undefined : weights.get(w.term);
    if (weight === undefined) continue;
    anchors.push({ i, term: w.term!, weight });
    if (!held.has(w.term!)) {
      held.add(w.term!);
      coverage += weight;
    }
  }
  if (anchors.length === 0) return { words, anchors, coverage: 0, pairs: [], quoted: false, passive: false };
  const pairs = bigramMatches(
    words.map((w) => w.term),
    bigrams,
  );
  return { words, anchors, coverage: coverage / total, pairs, quoted: QUOTE_MARK.test(text), passive: BY_WORD.test(text) };
}

/**
 * The words of a text with offsets and index terms, kept for the recent texts: the extractor reads the
 * same candidate sentences for each kind of candidate it tries, and popular sentences recur across
 * questions. The lists are shared, never changed. Bounded like `termsOf`'s cache.
 */
export function wordsOf(text: string): readonly Word[] {
  const known = wordCache.get(text);
  if (known) return known;
  const out: Word[] = [];
  for (const m of text.matchAll(WORD_SPAN)) out.push({ start: m.index, end: m.index + m[0].length, term: termOf(m[0]) });
  if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear();
  wordCache.set(text, out);
  return out;
}

/** A word as `termOf` reads one: letters and digits, keeping inner apostrophes, dots and separators. */
const WORD_SPAN = /[\p{L}\p{N}]+(?:[.'’,-][\p{L}\p{N}]+)*/gu;
const wordCache = new Map<string, readonly Word[]>();
const WORD_CACHE_SIZE = 20_000;

/**
 * "He"/"She" before any name in a sentence stands for the first person named in the closest of the two
 * sentences before it in the same article: returned as a PERSON entity at the pronoun.
 */
function pronounReferents(story: Story, sentence: StorySentence): Entity[] {
  const pronoun = /\b(he|she|He|She)\b/.exec(sentence.text);
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

/** Words before the means something was done by ("by ship", "through sponsors", "as an auditor"), and its weight among the spans of a how-question. */
const MEANS = new Set(['by', 'through', 'via', 'using', 'as', 'with']);
const MEANS_WEIGHT = 2.5;
const EDGE_POS = new Set(['DET', 'ADP', 'AUX', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'ADV']);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'NUM']);

/** "How often …?": the phrase that says how often (frequency.ts) in the best excerpt, else the next two; or null. */
function frequencyAnswer(groups: readonly CorroboratedSentence[]): ShortAnswer | null {
  const [found, sentence] = groups
    .slice(0, 3)
    .map((g) => [frequencyIn(g.sentence.text), g.sentence] as const)
    .find(([f]) => f !== null) ?? [null, null];
  if (!found) return null;
  return {
    text: found.text,
    type: 'PHRASE',
    from: groups.findIndex((g) => g.sentence === sentence),
    sentenceId: sentence.id,
    written: found.text,
    evidence: { near: 0.5, margin: 0.5, support: 0.33, typed: 0 },
  };
}

/** The phrase beside the question's words that the question does not hold (the sentence's own wink tokens). */
function extractPhrase(sentence: StorySentence, query: FullQuery): ShortAnswer | null {
  const tokens = sentence.tokens;
  const wanted = new Set(query.terms);
  const matched = tokens.map((t) => {
    const term = termOf(t.text);
    return term !== null && wanted.has(term);
  });
  const breaks = (t: Token) => t.pos === 'PUNCT' || /^["“”«»()[\]]$/.test(t.text);
  const asksHow = /^\W*how\b/i.test(query.text);

  let best: { score: number; from: number; to: number } | undefined;
  let i = 0;
  while (i < tokens.length) {
    if (matched[i] || breaks(tokens[i]!)) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < tokens.length && !matched[j] && !breaks(tokens[j]!)) j += 1;
    // Trim function words off both edges.
    let from = i;
    let to = j;
    while (from < to && EDGE_POS.has(tokens[from]!.pos)) from += 1;
    while (to > from && EDGE_POS.has(tokens[to - 1]!.pos)) to -= 1;
    const span = tokens.slice(from, to);
    // "How did the rocks compare?" → "extremely **old**": a how-question may be answered by a describing word alone.
    if (span.length > 0 && span.length <= MAX_PHRASE_WORDS && span.some((t) => CONTENT_POS.has(t.pos) || (asksHow && t.pos === 'ADJ'))) {
      // "How did X …?": the means, the phrase after "by / through / using / as …" ("reached the island by **helicopter**").
      const means = asksHow && from > i && MEANS.has(tokens[i]!.text.toLowerCase()) ? MEANS_WEIGHT : 0;
      const score = (matched[i - 1] ? 2 : 0) + (matched[j] ? 1 : 0) - 0.05 * span.length + means;
      if (!best || score > best.score) best = { score, from, to };
    }
    i = j;
  }
  if (!best || best.score <= 0) return null;
  const text = sentence.text.slice(tokens[best.from]!.start, tokens[best.to - 1]!.end);
  return {
    text,
    type: 'PHRASE',
    from: 0,
    sentenceId: sentence.id,
    written: text,
    evidence: { near: 0.5, margin: 0.5, support: 0.33, typed: 0 },
  };
}
