import type { EntityType } from '../nlp/entities.js';
import type { AnswerKind } from './answerKind.js';
import { nounClass } from '../lexicon/index.js';
import type { Token } from '../nlp/entities.js';
import { type LinearModel, linearScore, readLinearWeights, weightsInOrder } from './linearModel.js';
import { foldClass, HEAD_CLASSES, type HeadClass, SPAN_CLASSES, type SpanClass } from './spanContext.js';

/**
 * The learned scorer of answer candidates, in the spirit of the SQuAD paper's logistic regression: a
 * linear model over features of each candidate — the hand-weighted evidence (nearness, role, type fit,
 * support), the candidate's own shape (length, capitals, digits, question words inside it), its context
 * (question words right beside it, the gap to the nearest one, which side of them it stands, the
 * preposition before it, a question verb right before or after it) and conjunctions of the question's
 * wh-word and kind with the candidate's class. Fitted by `npm run fit:candidates` (softmax over each
 * question's candidates) and committed as src/answer/candidateWeights.json; weights are matched to
 * features by name, so a feature the file lacks weighs 0.
 */

/** What a candidate is: its entity type folded into a few classes, or a name run / noun phrase. */
export const CANDIDATE_CLASSES = ['person', 'place', 'org', 'date', 'number', 'duration', 'name', 'phrase'] as const;
export type CandidateClass = (typeof CANDIDATE_CLASSES)[number];

/** The classes of question the model's conjunctions read: the opening word ("whom", "whose" as "who"), 'other' where none. */
export const QUESTION_CLASSES = ['who', 'when', 'where', 'what', 'which', 'how many', 'how much', 'how', 'why', 'other'] as const;
export type QuestionClass = (typeof QUESTION_CLASSES)[number];

const KINDS: readonly AnswerKind[] = ['person', 'date', 'place', 'number', 'duration', 'other'];

/** Dense features, then the conjunctions (wh-word × class, kind × class). */
const DENSE = [
  'bias',
  'logScore',
  'score',
  'best',
  'near',
  'rankWeight',
  'logRole',
  'typeFit',
  'support',
  'articles',
  'from',
  'inTop',
  'share',
  'logShare',
  'words1',
  'words2',
  'words3',
  'words4to5',
  'words6plus',
  'questionWordShare',
  'questionEdge',
  'questionEdgeName',
  'questionHead',
  'questionPossessor',
  'leftMatch',
  'rightMatch',
  'left2',
  'right2',
  'gap0',
  'gap1to2',
  'gap3to5',
  'gap6plus',
  'invGap',
  'beforeAll',
  'afterAll',
  'between',
  'coverage',
  'focusIn',
  'hasDigit',
  'capitalised',
  'prevBy',
  'prevLocative',
  'prevOf',
  'prevTo',
  'prevWith',
  'objectOfVerb',
  'subjectOfVerb',
  'afterVerbPreposition',
  'agent',
  'agentSubject',
  'byPerson',
  'locativePlace',
  'locativeDate',
  'subjectRole',
  'objectRole',
  'pronoun',
  'typed',
  'counts',
  'countedRight',
  'ordinalHowMany',
  'commaBetween',
  'rareGap0',
  'rareGap1to3',
  'rareGap4plus',
  'headProper',
  'headNoun',
  'headAdj',
  'headNum',
  'headOther',
  'copulaBefore',
  'copulaAfterQuestion',
  'copulaBeforeQuestion',
  'named',
  'bigramLeft',
  'bigramRight',
  'bigramSentence',
  'focusClassMatch',
  'focusClassClash',
  'focusNounAfter',
  'focusNounBefore',
  'subtypeAdj',
  'subtypeModifier',
  'lastTermLeft',
  'firstTermRight',
  'beforeVerb',
  'subjectOfSentenceRole',
  'clauseSubject',
  'clauseSubjectRole',
  'clauseSubjectObjectAsked',
  'clauseObjectRole',
  'clauseObjectSubjectAsked',
  'passiveSubject',
  'passiveSubjectObjectAsked',
  'questionPreposition',
  'verbQuestionPreposition',
  'subjectFrameRole',
  'objectFrameRole',
  'passiveFrameObjectAsked',
  'personPhrase',
  'personPhraseBesideName',
  'clauseShare',
  'describesNoun',
  'describesNounCapital',
  'describesNounPerson',
  'describesNounPlace',
  'describesNounThing',
  'listCount',
  'listPlural',
  'listNamesAsked',
  'appositionHeld',
  'quoted',
  'openingSubjectHeld',
  'objectWritten',
  'keptByTitle',
  'keptByRole',
] as const;

/** The extractor's hand filters that weigh a candidate they keep (a feature each) instead of narrowing the choice to them. */
export type SoftFilter = 'titles' | 'inRole';

/** Names of the answer-candidate features, in the order `candidateFeatures` gives them. */
export const CANDIDATE_FEATURES: readonly string[] = [
  ...DENSE,
  ...QUESTION_CLASSES.flatMap((w) => CANDIDATE_CLASSES.map((c) => `wh:${w}×${c}`)),
  ...KINDS.flatMap((k) => CANDIDATE_CLASSES.map((c) => `kind:${k}×${c}`)),
  ...QUESTION_CLASSES.flatMap((w) => HEAD_CLASSES.map((h) => `head:${w}×${h}`)),
  ...QUESTION_CLASSES.flatMap((w) => SPAN_CLASSES.map((c) => `span:${w}×${c}`)),
];

const INDEX = new Map(CANDIDATE_FEATURES.map((name, i) => [name, i]));

/** The places of a family of conjunction features (`${prefix}:${row}×${column}`), by row then column: no name is built per candidate. */
function conjunctionIndex<R extends string, C extends string>(
  prefix: string,
  rows: readonly R[],
  columns: readonly C[],
): ReadonlyMap<R, ReadonlyMap<C, number>> {
  return new Map(rows.map((r) => [r, new Map(columns.map((c) => [c, INDEX.get(`${prefix}:${r}×${c}`)!]))]));
}
const WH_CLASS = conjunctionIndex('wh', QUESTION_CLASSES, CANDIDATE_CLASSES);
const KIND_CLASS = conjunctionIndex('kind', KINDS, CANDIDATE_CLASSES);
const WH_HEAD = conjunctionIndex('head', QUESTION_CLASSES, HEAD_CLASSES);
const WH_SPAN = conjunctionIndex('span', QUESTION_CLASSES, SPAN_CLASSES);
/** The dense feature of each head class but 'proper' (which `headProper` already says). */
const HEAD_FEATURE: Readonly<Record<Exclude<HeadClass, 'proper'>, number>> = {
  noun: INDEX.get('headNoun')!,
  adj: INDEX.get('headAdj')!,
  num: INDEX.get('headNum')!,
  other: INDEX.get('headOther')!,
};

/** What the extractor knows of a candidate's best mention and its support: the inputs of its features. */
export interface CandidateFacts {
  score: number;
  best: number;
  topScore: number;
  near: number;
  rankWeight: number;
  role: number;
  typeFit: number;
  sentences: number;
  articles: number;
  /** Rank of the excerpt group it came from, and how many groups are read. */
  from: number;
  groups: number;
  /** Words of the candidate, and the share of them that are question words. */
  words: number;
  questionWordShare: number;
  /** A word of the question stands at an edge of the candidate (a phrase kept whole: "the harbour **Regatta**"). */
  questionEdge: boolean;
  /**
   * The candidate's last word is a word of the question outside the phrase it asks by ("the mill's new **engine**" for
   * "What drove the mill's engine?"): it names what the question is about, not what it asks.
   */
  questionHead: boolean;
  /** A word of the question owns the rest of the candidate ("the **mill's** engine"). */
  questionPossessor: boolean;
  /** Question words right beside the candidate (immediately, or one word further). */
  leftMatch: boolean;
  rightMatch: boolean;
  left2: boolean;
  right2: boolean;
  /** Words between the candidate and the nearest question word. */
  gap: number;
  /** Where the candidate stands among the question words of its sentence. */
  position: 'before' | 'after' | 'between';
  /** idf share of the question's words the sentence holds. */
  coverage: number;
  focusIn: boolean;
  hasDigit: boolean;
  capitalised: boolean;
  /** The word before the candidate, lower case. */
  previous: string;
  /** A verb of the question right before the candidate (its object) or right after it (its subject). */
  objectOfVerb: boolean;
  subjectOfVerb: boolean;
  /** A verb of the question and a preposition right before the candidate ("closing at X", "born in X"). */
  afterVerbPreposition: boolean;
  /** The agent of a passive verb ("appointed by X"). */
  agent: boolean;
  pronoun: boolean;
  /** 1 when of a type the question wants, 0 for a fallback type. */
  typed: number;
  /** An amount followed by the noun a how-many question counts ("40 drones"). */
  counts: boolean;
  /** A rank ("seventh") for a how-many question. */
  ordinal: boolean;
  /** Punctuation stands between the candidate and the nearest question word (another clause or an aside). */
  commaBetween: boolean;
  /** The question terms its piece of the sentence holds against the piece holding the most (clauseShare.ts), in [0, 1]. */
  clauseShare: number;
  /** Words between the candidate and the rarest question word of its sentence. */
  rareGap: number;
  /** The candidate ends in a proper noun. */
  headProper: boolean;
  /** The part of speech the candidate ends in. */
  head: HeadClass;
  /** A form of "be" right before it, after a question word, or after it with a question word beyond (spanContext). */
  copulaBefore: boolean;
  copulaAfterQuestion: boolean;
  copulaBeforeQuestion: boolean;
  /** A naming word right before it ("called X", "known as X"). */
  named: boolean;
  /** No verb stands before it in its sentence (it is in the sentence's subject). */
  beforeVerb: boolean;
  /** A pair of the question's consecutive terms ends up to three words before it / starts up to three after it / stands in its sentence. */
  bigramLeft: boolean;
  bigramRight: boolean;
  bigramSentence: boolean;
  /** What the candidate names (spanContext.spanClass) and the class of the question's focus noun ('none' without one). */
  spanClass: SpanClass;
  focusClass: SpanClass;
  /** The question's focus noun right after the candidate ("Varnholt **bank**"), or right before it or in apposition (focusBeside.ts). */
  focusNounAfter: boolean;
  focusNounBefore: boolean;
  /**
   * The candidate describes the lower-case noun right after it, neither the focus noun nor another question word ("the
   * **Norse** fleets" for "Who …", "**Supplementary** rules" for "What court …": describesNoun.ts).
   */
  describesNoun: boolean;
  /** The question asks for a subtype ("what kind of …"). */
  subtype: boolean;
  /** The candidate is a list ("A, B and C": a comma, "and" or "or" inside it). */
  list: boolean;
  /** How the question asks for several things (askedNumber.severalAsked): by a count, by a plural focus noun, otherwise, or not. */
  several: 'count' | 'noun' | 'other' | 'none';
  /**
   * The candidate is a list (`list`) and the question writes one of its members whole ("**Tarn** and Velden" for "Which
   * rivers flow past Tarn?", "**tillage** and grazing" for "Tillage and grazing both wear down what?"): it
   * names what the question gives, not what it asks for.
   */
  listNamesAsked: boolean;
  /**
   * The share of the question's term weight a phrase in apposition to the candidate holds ("**three blasts**, the harbour's
   * signal for …" for "What is the harbour's signal for …?": appositionHeld.ts).
   */
  appositionHeld: number;
  /** The candidate is a whole double quotation ("the so-called “**harbour drift**”": quotedSpan.ts). */
  quoted: boolean;
  /**
   * The share of the question's term weight the rest of its sentence holds after a candidate that opens the sentence and
   * holds no question word ("**The Morning Gull** carried the mail …" for "What ferry carried the mail?": openingSubject.ts).
   */
  openingSubjectHeld: number;
  /**
   * The object of the question's verb in its sentence, where the question writes that verb's object itself ("**its
   * fleece**" of "the guild traded its fleece for salt" for "What did the guild trade its wool for?"): the thing the
   * question names, not the one it asks for (objectWritten.ts).
   */
  objectWritten: boolean;
  /**
   * The hand filter of the extractor that weighs its candidates up instead of narrowing the choice to them, where it
   * keeps this one (extractAnswer.ts SOFT_FILTERS); 'none' otherwise.
   */
  keptBy: SoftFilter | 'none';
  /** The question's last content word stands up to two words before the candidate ("… known as **X**" for "… known as?"). */
  lastTermLeft: boolean;
  /** The question's first content word stands up to two words after it ("**X** experiences …" for "What experiences …?"). */
  firstTermRight: boolean;
  /** The candidate holds the subject (or the object) of a clause whose verb the question uses (clauseRoles.ts). */
  clauseSubject: boolean;
  clauseObject: boolean;
  /** It holds the subject of a question verb in the passive ("**X** was beaten"): the one the verb was done to. */
  passiveSubject: boolean;
  /**
   * The same, where the rest of that clause holds the question's words: the subject of a verb whose complement
   * does ("**A** won *the cup*" for "Who won the cup?"), a passive one's ("**B** was beaten *by A*"), and the
   * object of a verb whose subject does ("*A* beat **B**" for "Who did A beat?").
   */
  subjectFrame: boolean;
  passiveFrame: boolean;
  objectFrame: boolean;
  /** The preposition the question opens with stands right before it ("At what height …" → "at **120 metres**"), after a question verb too. */
  questionPreposition: boolean;
  verbQuestionPreposition: boolean;
  /**
   * A who-question's noun phrase of a person or a body of people by a common noun ("a passer-by", "the town
   * council"; personPhrases.ts): 'alone' where its
   * sentence offers no name, 'beside' where it offers one too; 'none' for any other candidate.
   */
  person: 'none' | 'alone' | 'beside';
  cls: CandidateClass;
  kind: AnswerKind;
  wh: QuestionClass;
  /** Where the question puts its answer: subject or object of its verb. */
  questionRole: 'subject' | 'object' | 'any';
  /** A who-question asks for the one a passive verb was done to ("Who was arrested?": patientAsked.ts). */
  patientAsked: boolean;
}

/** Classes of a figure, a date or a span of time. */
const VALUE_CLASSES: ReadonlySet<CandidateClass> = new Set(['date', 'number', 'duration']);

const LOCATIVE = new Set(['in', 'at', 'on', 'near', 'from', 'into', 'across', 'throughout', 'inside', 'outside', 'during']);

/** Sets feature `name` of `x` (a plain function: a closure made per candidate cost as much as the features). */
function set(x: number[] | Float64Array, name: string, value: number | boolean): void {
  x[INDEX.get(name)!] = Number(value);
}

/**
 * A zeroed feature vector whose elements V8 holds as doubles, copied for each candidate (one block copied): a new array
 * filled with 0 holds small integers and changes kind at its first fractional feature, about 3× slower to make.
 */
const ZERO_FEATURES: readonly number[] = Array.from(CANDIDATE_FEATURES, () => 0.5).fill(0);

/** The features of one candidate, in CANDIDATE_FEATURES order. */
export function candidateFeatures(f: CandidateFacts): number[] {
  const x = ZERO_FEATURES.slice();
  writeFeatures(f, x);
  return x;
}

/** The one vector `candidateScore` writes each candidate's features into and reads back. */
const scratch = new Float64Array(CANDIDATE_FEATURES.length);

/**
 * A candidate's score under the model (`linearScore(w, candidateFeatures(f))`, the same figure), without a vector
 * made per candidate (353 doubles, about 2.8 kB each, most of what scoring the candidates allocated).
 */
export function candidateScore(w: ArrayLike<number>, f: CandidateFacts): number {
  scratch.fill(0);
  writeFeatures(f, scratch);
  return linearScore(w, scratch);
}

/** Writes the features of one candidate into `x`, a zeroed vector in CANDIDATE_FEATURES order. */
function writeFeatures(f: CandidateFacts, x: number[] | Float64Array): void {
  const share = f.topScore > 0 ? f.score / f.topScore : 0;
  set(x, 'bias', 1);
  set(x, 'logScore', Math.log(Math.max(1e-4, f.score)));
  set(x, 'score', Math.min(2, f.score));
  set(x, 'best', Math.min(2, f.best));
  set(x, 'near', Math.min(1, f.near));
  set(x, 'rankWeight', f.rankWeight);
  set(x, 'logRole', Math.log(f.role));
  set(x, 'typeFit', f.typeFit);
  set(x, 'support', Math.min(1, f.sentences / 3));
  set(x, 'articles', Math.min(1, f.articles / 3));
  set(x, 'from', f.from / f.groups);
  set(x, 'inTop', f.from === 0);
  set(x, 'share', share);
  set(x, 'logShare', Math.log(Math.max(1e-3, share)));
  set(x, f.words <= 1 ? 'words1' : f.words === 2 ? 'words2' : f.words === 3 ? 'words3' : f.words <= 5 ? 'words4to5' : 'words6plus', 1);
  set(x, 'questionWordShare', f.questionWordShare);
  set(x, 'questionEdge', f.questionEdge);
  // A name keeps the question's word ("Harbour **Arena**"); a common phrase seldom needs it.
  set(x, 'questionEdgeName', f.questionEdge && f.capitalised);
  // A common phrase ending in a word of the question outside the phrase asked by, or owned by one (askedPhrase.ts).
  set(x, 'questionHead', f.questionHead && !f.capitalised);
  set(x, 'questionPossessor', f.questionPossessor);
  set(x, 'leftMatch', f.leftMatch);
  set(x, 'rightMatch', f.rightMatch);
  set(x, 'left2', f.left2);
  set(x, 'right2', f.right2);
  set(x, f.gap === 0 ? 'gap0' : f.gap <= 2 ? 'gap1to2' : f.gap <= 5 ? 'gap3to5' : 'gap6plus', 1);
  set(x, 'invGap', 1 / (1 + f.gap));
  set(x, f.position === 'before' ? 'beforeAll' : f.position === 'after' ? 'afterAll' : 'between', 1);
  set(x, 'coverage', f.coverage);
  set(x, 'focusIn', f.focusIn);
  set(x, 'hasDigit', f.hasDigit);
  set(x, 'capitalised', f.capitalised);
  set(x, 'prevBy', f.previous === 'by');
  set(x, 'prevLocative', LOCATIVE.has(f.previous));
  set(x, 'prevOf', f.previous === 'of');
  set(x, 'prevTo', f.previous === 'to');
  set(x, 'prevWith', f.previous === 'with');
  set(x, 'objectOfVerb', f.objectOfVerb);
  set(x, 'subjectOfVerb', f.subjectOfVerb);
  set(x, 'afterVerbPreposition', f.afterVerbPreposition);
  set(x, 'agent', f.agent);
  set(x, 'agentSubject', f.agent && f.questionRole === 'subject');
  // "Who was arrested?" asks for the one acted on: a person after "by" is the agent, not the answer; so does "Who did
  // Ada hire?", its verb's object (SQuAD reading: 1 won, 0 lost).
  set(x, 'byPerson', f.previous === 'by' && f.kind === 'person' && !f.patientAsked && f.questionRole !== 'object');
  set(x, 'locativePlace', LOCATIVE.has(f.previous) && f.kind === 'place');
  set(x, 'locativeDate', LOCATIVE.has(f.previous) && f.kind === 'date');
  set(x, 'subjectRole', f.questionRole === 'subject' && f.subjectOfVerb);
  set(x, 'objectRole', f.questionRole === 'object' && f.objectOfVerb);
  set(x, 'pronoun', f.pronoun);
  set(x, 'typed', f.typed);
  set(x, 'counts', f.counts);
  set(x, 'countedRight', f.kind === 'number' && f.rightMatch);
  set(x, 'ordinalHowMany', f.ordinal && f.wh === 'how many');
  set(x, 'commaBetween', f.commaBetween);
  set(x, f.rareGap === 0 ? 'rareGap0' : f.rareGap <= 3 ? 'rareGap1to3' : 'rareGap4plus', 1);
  set(x, 'headProper', f.headProper);
  if (f.head !== 'proper') x[HEAD_FEATURE[f.head]] = 1;
  set(x, 'copulaBefore', f.copulaBefore);
  set(x, 'copulaAfterQuestion', f.copulaAfterQuestion);
  set(x, 'copulaBeforeQuestion', f.copulaBeforeQuestion);
  set(x, 'named', f.named);
  set(x, 'bigramLeft', f.bigramLeft);
  set(x, 'bigramRight', f.bigramRight);
  set(x, 'bigramSentence', f.bigramSentence);
  x[WH_HEAD.get(f.wh)!.get(f.head)!] = 1;
  x[WH_SPAN.get(f.wh)!.get(f.spanClass)!] = 1;
  const classed = f.focusClass !== 'none' && f.spanClass !== 'none';
  set(x, 'focusClassMatch', classed && f.focusClass === f.spanClass);
  set(x, 'focusClassClash', classed && f.focusClass !== f.spanClass);
  set(x, 'focusNounAfter', f.focusNounAfter);
  set(x, 'focusNounBefore', f.focusNounBefore);
  set(x, 'subtypeAdj', f.subtype && f.head === 'adj');
  set(x, 'subtypeModifier', f.subtype && f.rightMatch);
  set(x, 'lastTermLeft', f.lastTermLeft);
  set(x, 'firstTermRight', f.firstTermRight);
  set(x, 'beforeVerb', f.beforeVerb);
  // "Who won the title?": the one the sentence is about, not the one beaten ("X beat Y to win the title").
  set(x, 'subjectOfSentenceRole', f.beforeVerb && f.questionRole === 'subject');
  // "Who won X?" in "A rallied to beat B and win X": A, the subject of the clause that holds "win".
  set(x, 'clauseSubject', f.clauseSubject);
  set(x, 'clauseSubjectRole', f.clauseSubject && f.questionRole === 'subject');
  set(x, 'clauseSubjectObjectAsked', f.clauseSubject && f.questionRole === 'object');
  set(x, 'clauseObjectRole', f.clauseObject && f.questionRole === 'object');
  set(x, 'clauseObjectSubjectAsked', f.clauseObject && f.questionRole === 'subject');
  set(x, 'passiveSubject', f.passiveSubject);
  set(x, 'passiveSubjectObjectAsked', f.passiveSubject && f.questionRole === 'object');
  set(x, 'subjectFrameRole', f.subjectFrame && f.questionRole === 'subject');
  set(x, 'objectFrameRole', f.objectFrame && f.questionRole === 'object');
  set(x, 'passiveFrameObjectAsked', f.passiveFrame && f.questionRole === 'object');
  set(x, 'questionPreposition', f.questionPreposition);
  set(x, 'verbQuestionPreposition', f.verbQuestionPreposition);
  set(x, 'personPhrase', f.person === 'alone');
  set(x, 'personPhraseBesideName', f.person === 'beside');
  set(x, 'clauseShare', f.clauseShare);
  // A lone word taken out of its noun phrase; not a value, whose noun is its unit or the thing it counts ("40 drones"),
  // nor a longer name, which a noun after it seldom makes less of an answer ("the Red Harbour Guild team").
  if (f.describesNoun && f.words <= 1 && !VALUE_CLASSES.has(f.cls)) {
    set(x, 'describesNoun', 1);
    set(x, 'describesNounCapital', f.capitalised);
    set(x, 'describesNounPerson', f.kind === 'person');
    set(x, 'describesNounPlace', f.kind === 'place');
    set(x, 'describesNounThing', f.kind === 'other');
  }
  // A list where the question opens with a count or asks by a plural noun ("Which rivers …"); not where only a plural
  // verb or a count elsewhere says so (fitted +0.27 alone, it lost "What are the secretions called?" and the like).
  set(x, 'listCount', f.list && f.several === 'count');
  set(x, 'listPlural', f.list && f.several === 'noun');
  set(x, 'listNamesAsked', f.listNamesAsked);
  set(x, 'appositionHeld', f.appositionHeld);
  set(x, 'quoted', f.quoted);
  // A question asking for a thing: the thing a sentence opens with is what its rest tells of; a person opening it is the
  // one who does what it tells, and who-, when- and where-questions read the doer, the date and the place by their roles.
  if (f.kind === 'other' && f.cls !== 'person') set(x, 'openingSubjectHeld', f.openingSubjectHeld);
  set(x, 'objectWritten', f.objectWritten);
  set(x, 'keptByTitle', f.keptBy === 'titles');
  set(x, 'keptByRole', f.keptBy === 'inRole');
  x[WH_CLASS.get(f.wh)!.get(f.cls)!] = 1;
  x[KIND_CLASS.get(f.kind)!.get(f.cls)!] = 1;
}

/** The class of a candidate: its entity type folded, or how an untyped phrase was found. */
export function candidateClass(type: EntityType | 'PHRASE', nameRun: boolean): CandidateClass {
  switch (type) {
    case 'PERSON':
      return 'person';
    case 'PLACE':
      return 'place';
    case 'ORG':
      return 'org';
    case 'DATE':
    case 'TIME':
      return 'date';
    case 'DURATION':
      return 'duration';
    case 'PHRASE':
      return nameRun ? 'name' : 'phrase';
    default:
      return 'number';
  }
}

/** What each candidate class names, for matching the question's focus noun (a noun phrase: its head noun's class). */
const SPAN_CLASS_OF: Readonly<Record<Exclude<CandidateClass, 'phrase'>, SpanClass>> = {
  person: 'person',
  place: 'place',
  org: 'organization',
  date: 'time',
  duration: 'time',
  number: 'quantity',
  name: 'none',
};

/**
 * What a candidate names: its class where the tagger typed it, else the WordNet class of a noun phrase's
 * head noun ("a tide **gauge**" → thing, "the **pastor**" → person); 'none' for an untyped name.
 */
export function spanClass(cls: CandidateClass, head: Token | undefined): SpanClass {
  if (cls !== 'phrase') return SPAN_CLASS_OF[cls];
  return head?.pos === 'NOUN' ? foldClass(nounClass(head.text)) : 'none';
}

/** A question's class: its opening word, lower case ("how many" as one, "whom" as "who"); 'other' for a slash command's query. */
export function questionClass(text: string): QuestionClass {
  const m = /^\W*(who|whom|whose|when|where|what|which|how many|how much|how|why)\b/i.exec(text);
  const w = m?.[1]?.toLowerCase();
  if (!w) return 'other';
  return w === 'whom' || w === 'whose' ? 'who' : (w as QuestionClass);
}

let loaded: Float64Array | null | undefined;
let handOnly = false;

/** Ranks candidates by hand weights (true) or by the committed model (false, the default when it exists). */
export function useHandWeights(on: boolean): void {
  handOnly = on;
}

/** The committed model's weights in CANDIDATE_FEATURES order, or null when there is none (the hand score ranks). */
export function candidateWeights(): Float64Array | null {
  if (handOnly) return null;
  if (loaded === undefined) loaded = readLinearWeights(new URL('./candidateWeights.json', import.meta.url), alignWeights);
  return loaded;
}

/** A model's weights laid out in CANDIDATE_FEATURES order (features it does not know weigh 0). */
export function alignWeights(model: LinearModel): Float64Array | null {
  return weightsInOrder(model, INDEX, CANDIDATE_FEATURES.length);
}
