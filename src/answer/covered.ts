import { nounLemma } from '../lexicon/index.js';
import { tagSentence } from '../nlp/entities.js';
import { isDigitCode } from '../text/words.js';
import { termOf, termsOf, words } from '../search/terms.js';
import { headedBy } from './figureAsked.js';
import { HOW_MANY, type HeldWords } from './heldWords.js';
import { type LogisticModel, logistic, readLogisticModel } from './logisticModel.js';
import { personInTopSenses } from './personPhrases.js';

/** At this idf-weighted coverage of the question by the best sentence, the story covers it. */
export const MIN_COVERAGE = 0.5;
/**
 * Below this coverage it never does (but see `untyped` in CoverageEvidence). Re-measured with eval:refusal
 * (articles 24-47): at 0.2 SQuAD reading F1 0.430 → 0.436, but another article's questions refused
 * 0.909 → 0.827 and the kit's uncovered storyD 0.750/1.000 → 0.500/0.750, storyE 1.000 → 0.750; at 0.28 and
 * 0.3 the kit's answerable questions refused rise (storyE 2 → 4 and 6 of 72) for other article 0.927 / 0.945.
 * What puts a single paragraph's own question under it is mostly a verb or an adverb of the question the paragraph never
 * writes ("sent" told as "transported", "held", "formed", "mostly", "typically": its idf is the paragraph's highest), or
 * a name the paragraph writes only in another sentence than the answer's. Leaving a paragraph's unwritten verbs and
 * adverbs out of the coverage the floor reads (nouns and names kept) raised SQuAD reading F1 0.5451 → 0.5528, but a
 * question asked of the next paragraph was answered 611 → 745 times of 3,181 (`scripts/paragraphNear.ts`; another
 * article's 18 → 28 of 2,810); the adverbs alone, 0.5451 → 0.5469 for 610 → 631: the question's unwritten words are as
 * unwritten in a paragraph on another part of the topic, so leaving them out lowers the floor for both alike.
 */
export const MIN_COVERAGE_FLOOR = 0.25;
/**
 * Between the two, it does when a short answer was found with at least this confidence, or when an excerpt
 * names the question's subject beside an answer of the wanted kind (see subjectEvidence). It was 0.45
 * until the confidence's bias was lowered by 0.2 so that answers at 0.8 or more are right nine times in ten
 * on SQuAD too (scripts/fitConfidence.ts): 0.401 is the same evidence (logistic(logit(0.45) − 0.2)).
 * Round 25, read off eval:refusal's dump (2,000 sample, refusingCheck 'noRule' rows put through the later checks):
 * lowered for typed answers from the best excerpt to 0.35, the training half would cover 3 own questions (2 answered
 * right) for 14 near or other ones, at 0.3 4 (3 right) for 20, at 0.25 6 (3 right) for 23; the own questions this rule
 * leaves uncovered (36 on the training half, 11 with a right answer withheld) are not told from the near ones by the
 * confidence, the coverage or the held shares.
 */
export const COVERED_BELOW_MIN = 0.401;

/**
 * What decides whether the story covers a question. The checks that cost a walk over the excerpts are
 * functions, called only when the cheaper evidence leaves the question open.
 */
export interface CoverageEvidence {
  /** Idf-weighted share of the question the best excerpt covers. */
  coverage: number;
  /** The people catalogue holds a role or quotation of the person asked about. */
  described: boolean;
  /** A day or a figure the question names is in none of the best excerpts (missingDetail). */
  missingDetail: () => boolean;
  /** A day the question names is not one the short answer's sentence speaks of, in a dated article (missingDetail.answerOffDay). */
  answerOffDay: () => boolean;
  /**
   * The question asks how many or how much and the short answer counts no noun asked about: a rank (countAnsweredByRank)
   * or a measure (countAnsweredByMeasure) or a label (countAnsweredByLabel); or it asks how much and the short answer is a
   * count of things (countOfOther.amountAnsweredByCount: "three" of "its three main islands" for how much of a lake is fresh).
   */
  countUnanswered: boolean;
  /** The question asks when something is yet to happen and the short answer is a past date (futureAsked.pastForFuture). */
  pastForFuture: boolean;
  /**
   * The question asks when something is yet to happen and the short answer's sentence writes neither its verb nor one of
   * its nouns or names: the date is another event's (futureAsked.otherEventForFuture).
   */
  otherEventForFuture: boolean;
  /** The question asks a sum of money and the short answer is no sum (moneyAsked.moneyUnanswered). */
  moneyUnanswered: boolean;
  /** The question asks a figure by its noun or a time of day and the short answer writes no figure (figureAsked.figureUnanswered). */
  figureUnanswered: boolean;
  /** The question asks an amount in a named unit and the short answer writes no unit of that measure (unitFit.unitUnanswered). */
  unitUnanswered: boolean;
  /** The question asks a year, a month, a day of the week, a decade or a century by its noun and the short answer gives none (figureAsked.calendarUnanswered). */
  calendarUnanswered: boolean;
  /**
   * The question's wording asks a form of answer — a time of day ("At what time …"), a day ("On what date …"), an era, the
   * words an abbreviation stands for — and the short answer is not of it (answerForm.formUnanswered).
   */
  formUnanswered: boolean;
  /**
   * The question asks a measure and the short answer is an amount in a unit of another measure only (unitFit.measureClash),
   * or a bare figure its sentence writes as another thing's measure or a score (measureOfOther.measureByOther), or a date
   * for a length, a mass or a speed asked by its dimension (unitFit.measureAnsweredByDate: "1583" for how far).
   */
  measureClash: boolean;
  /** The question asks an age and the short answer is a figure its sentence does not write as one (ageAsked.ageUnanswered). */
  ageUnanswered: boolean;
  /** The question wants no type and asks no time, and the short answer is a date alone (figureAsked.dateUnasked). */
  dateUnasked: boolean;
  /** A date answer is the time of the question's verb done to another thing (objectAsked.objectUnasked). */
  objectUnasked: boolean;
  /** A date answer is the time of the question's verb done by another named doer (objectAsked.subjectUnasked). */
  subjectUnasked: boolean;
  /**
   * "When did X become Y?" is answered by a date from a sentence that tells no becoming (becomeAsked.becomingUntold), or
   * by no short answer at all.
   */
  becomingUntold: boolean;
  /** A date answers a when-question by the day something was said (sayingDated.sayingDated). */
  sayingDated: boolean;
  /** A date answers a when-question as the date of a work (a paper, a charter) the question does not ask of (workDated.workDated). */
  workDated: boolean;
  /** "When did X first …?" is answered by a date from a sentence whose "first" is another's (firstOfAnother.firstOfAnother). */
  firstOfAnother: boolean;
  /** "When did X first …?" is answered by the date a first is counted since (firstOfAnother.firstSinceDated). */
  firstSince: boolean;
  /** "When was X founded / built / first held?" is answered by a date from a sentence telling no coming to be (foundingAsked.foundingUntold). */
  foundingUntold: boolean;
  /**
   * "When did X last / first …?" is answered by a date its sentence tells as still to come, or after "before"; "When did X
   * …?" by one still to come after the story's last day (futureAsked.futureForPast).
   */
  futureForPast: boolean;
  /**
   * A when-question asking when a figure was crossed is answered by a date from a sentence that writes the figure only from
   * the other side, or not at all (thresholdAsked.thresholdUnmet).
   */
  thresholdUnmet: boolean;
  /** The question asks who holds a role that neither the short answer's sentence nor the one before writes (askedRole.roleUnfilled). */
  roleUnfilled: () => boolean;
  /** The question asks a named person's role or relative and the short answer's sentence names them neither by name nor by a pronoun after the sentence before (askedRole.ownerUnnamed). */
  ownerUnnamed: () => boolean;
  /**
   * The question asks a named person's role and the short answer is an organisation its sentence does not write with the
   * role (askedRole.roleHeldByBody).
   */
  roleHeldByBody: () => boolean;
  /** The question asks who someone's relative is and neither the short answer's sentence nor the one before tells of a family (askedRole.relativeUntold). */
  relativeUntold: () => boolean;
  /**
   * The short answer's own span is not of the kind the question asks for: a describing word for a person, place or
   * organisation, a common thing for a person (answerOwnKind.kindClash).
   */
  kindClash: () => boolean;
  /**
   * The question asks where, and the short answer is a place its sentence writes as the owner of a person ("Velden's
   * mayor"), which tells whose they are, not where anything is (placeOwner.placeOwnsPerson).
   */
  placeOwnsPerson: () => boolean;
  /**
   * The question asks how many of a thing and the short answer is a figure its sentence writes as a count of another
   * noun, never naming the thing counted (countOfOther.countAnsweredByOtherNoun).
   */
  countOfOtherNoun: () => boolean;
  /**
   * The question names a person the story reports on and the short answer, no person itself, comes from a sentence that
   * names another person but not that one, nor a pronoun for them, the sentence before not naming them either
   * (heldWords.otherPerson).
   */
  otherPerson: () => boolean;
  /**
   * The question names people of one sex the story reports on, and the short answer's sentence names none of them while
   * its pronouns of a person are all of the other sex (otherSexPronoun.otherSexPronoun).
   */
  otherSexPronoun: () => boolean;
  /**
   * The question names two people the story reports on, and the short answer's sentence (with the one before) names one
   * of them but not the other, while it names a third person and no pronoun that may stand for the one left out
   * (otherParty.otherParty).
   */
  otherParty: () => boolean;
  /** The question asks who founded, built, bought or owns something and the short answer's sentence tells no such deed (doerAsked.doerUntold). */
  doerUntold: () => boolean;
  /** The question asks where a body or a thing is based and the short answer is a place its sentence does not write as its seat (whereBased.seatUntold). */
  seatUntold: () => boolean;
  /** A name the question writes is nowhere in the story (subjectEvidence.absentName). */
  absentName: () => boolean;
  /**
   * So is one that is no abbreviation in capitals, which a story may spell out ("TV" written "television"): the
   * absent name is of a particular the story does not report.
   */
  absentSpelledName: () => boolean;
  /**
   * A concrete thing the question names by a common noun (a person, a thing made, an organisation, a place or a group),
   * not the answer's own noun, that the story never writes, nor a synonym, a kind of it or a typo of it (absentNoun).
   */
  absentNoun: () => boolean;
  /**
   * The question is a request by an imperative verb ("Name a …", read as "Which …") and the best excerpt writes none of
   * a name it writes that the story writes (requestName.ts requestNameUnheld).
   */
  requestNameUnheld: () => boolean;
  /** A name of several words the question writes is written whole by none of the candidate excerpts (subjectEvidence.unwrittenNameRun). */
  unwrittenName: () => boolean;
  /** A short answer was found. */
  answered: boolean;
  /**
   * No short answer was found to a question asking what a thing is or a figure, and no excerpt gives it in another form
   * (unshownFact).
   */
  unshownFact: () => boolean;
  /** The confidence model's probability that the short answer is right. */
  confidence: number;
  /** The question wants no entity type ("What did the crew change?"): a phrase answers it. */
  untyped: boolean;
  /** The question asks how something is done ("How did the crew free the boat?": mannerAdverb.ts MANNER_QUESTION). */
  mannerAsked: boolean;
  /** A best excerpt names the question's subject beside an answer of the wanted kind (subjectEvidence). */
  subjectBeside: () => boolean;
  /** The subject subjectBeside reads is the story's topic, written all through it (subjectEvidence.ts subjectTopical). */
  subjectTopical?: () => boolean;
  /** The short answer was taken from the best excerpt (its sentence or one corroborating it). */
  answerInBest: boolean;
  /**
   * The short answer's sentence holds every name and common noun of the question but its focus noun, a common noun
   * counting as held when the sentence writes its WordNet relative (paraphrasedDetails).
   */
  detailsInAnswer: () => boolean;
  /** What the story and the answer's sentence hold of the question's words (heldWords). */
  held: () => HeldWords;
  /**
   * A common noun of the question, not its focus, is written by the story but not by the short answer's article, nor in a
   * paraphrase the ranker reads (offArticleNoun).
   */
  offArticleNoun: () => boolean;
  /** How many sentences the story has. */
  storySentences: number;
  /** The best excerpt's ranking score (rankSentences' hand score; see BEST_SCORE_MIN), without what RANKING.beforeNames lent it. */
  bestScore: number;
}

/** The features of the support model, in the order of its weights. */
export const SUPPORT_FEATURES = ['coverage', 'answerHeld', 'absent', 'namesAbsent'] as const;
export type SupportFeature = (typeof SUPPORT_FEATURES)[number];

/** A logistic model of whether a question answered below MIN_COVERAGE is covered (src/answer/supportWeights.json). */
export type SupportModel = LogisticModel<SupportFeature>;

/**
 * Below MIN_COVERAGE, a question the rules would cover is covered only when the support model gives it
 * at least this probability of being asked of the story that holds its answer rather than of one on the
 * same topic whose answer's paragraphs are gone (fitted on eval:refusal's training half: scripts/fitSupport.ts).
 * At 0.25 eval:refusal's near questions were refused more, but storyD and storyE each left one more
 * answerable question uncovered (not-covered 0.028 → 0.056).
 */
export const SUPPORT_MIN = 0.2;

/**
 * The support a question needs when what covers it is a phrase answer the best excerpt gives to a question
 * wanting no type (`coveringRule` 'phrase'): a phrase can be any words of the excerpt, where a typed answer
 * must at least be of the wanted kind, so the excerpt's being about the question must show more in the
 * words it holds. eval:refusal, `--sample 6000`, articles 24–47 (chosen on 0–23): near refused 0.469 →
 * 0.483, other 0.936 → 0.944, own answered 0.962 → 0.959, own F1 0.4174 → 0.4171; at 0.35 near 0.530
 * but own answered 0.950 (more than one answerable question in twenty refused), at 0.4 0.562 / 0.942.
 * The kit's answerable questions answered this way have support 0.5 and more.
 */
export const SUPPORT_MIN_PHRASE = 0.3;

/**
 * A phrase answer's confidence weighs in its support: the support's odds times the confidence's odds over
 * those of a phrase answer at this confidence (about the middle of the phrase answers the rule covers) must
 * reach SUPPORT_MIN_PHRASE's odds, besides the support reaching it. A phrase the confidence model doubts is
 * weaker evidence that the best excerpt is about the question. Chosen on eval:refusal's training half
 * (`--sample 6000`, articles 0–23): at 0.2 fewer near questions refused for as many own ones lost, at 0.25
 * near refused +0.011 more for own answered −0.002; the figures are in isCovered.
 */
export const PHRASE_CONFIDENCE = 0.22;

/**
 * A phrase answer covers a question (`coveringRule` 'phrase', in a story of SUPPORT_MIN_SENTENCES or more) only
 * when its own sentence holds at least this idf-weighted share of the question's words (heldWords
 * `sentenceHeld`). A phrase can be any words of its sentence: what ties it to the question is that sentence,
 * and one holding little of the question was ranked first for the words its neighbours or its headline share
 * with it, as a story on the same topic that lacks the fact ranks a sentence near it. The sentence before
 * counts in the support model's `answerHeld` (it often names what a "he" refers to), not here: a pronoun does
 * not make the phrase's own sentence about the question. Chosen on eval:refusal's training half; the figures
 * are in isCovered. The subject and details rules, as weak evidence as a phrase, are held to it too.
 */
export const PHRASE_SENTENCE_MIN = 0.25;

/**
 * Below MIN_COVERAGE, in a story of SUPPORT_MIN_SENTENCES or more, a question wanting no type is not covered when the
 * passage its answer is read from (its sentence with the one before and the one after in its article, a word counting as
 * held when the passage writes a paraphrase the ranker reads: heldWords `aroundHeld`) holds under this idf-weighted share
 * of it. PHRASE_SENTENCE_MIN asks the answer's own sentence for a quarter; this asks the passage for more, since a phrase
 * is any words of its sentence and what ties it to the question is the text around it. Raising PHRASE_SENTENCE_MIN itself
 * to 0.3 refused own questions whose neighbours name what the sentence's "he" or "it" stands for (test half 123 near for
 * 33 own); the passage keeps them. Chosen on eval:refusal's training half (`--sample 6000`, covered questions the other
 * checks let through): under 0.25, 1 near question refused for no own one; under 0.3, 25 near or other for 5 own (2
 * answered right); under 0.35, 57 for 23 (10 right). The figures are in isCovered.
 */
export const PHRASE_PASSAGE_MIN = 0.3;

/**
 * From MIN_COVERAGE up to NAME_RUN_COVERAGE, in a story of SUPPORT_MIN_SENTENCES or more, a question wanting no type is
 * not covered when its phrase answer's sentence with the one before (heldWords `answerHeld`) holds under this
 * idf-weighted share of it: the best excerpt matched the question, but a phrase is any words of its sentence, and one from
 * a sentence holding a third of the question or less was read beside the topic's words, not the fact asked ("What fuel do
 * the new ferries burn?" answered from a sentence on the harbour's old fuel depot), as a story on the same topic that
 * lacks the fact offers one. PHRASE_SENTENCE_MIN asks as much of the sentence below MIN_COVERAGE. Chosen on eval:refusal's training half (2,000
 * sample, phrase answers covered at 0.5–0.7): under 0.34, 8 near and 1 other question refused for 2 own (1 answered
 * right); under 0.3, 4 for 1; under 0.36, 10 for 6 (4 right); under 0.4, 13 for 15 (5 right). The kit's news stories have no
 * phrase answer so held (eval:kit `--dump`). The figures are in isCovered.
 */
export const PHRASE_HELD_MIN = 0.34;

/**
 * Below MIN_COVERAGE, in a story of SUPPORT_MIN_SENTENCES or more, no rule covers a question when this idf-weighted
 * share of its words or more is written by the story but by no sentence of the answer's article, nor in a paraphrase
 * the ranker reads (heldWords `offArticle`): an article that never writes most of what the question asks about, while
 * the story's other articles do, reports something else, and the excerpt matched the question's topic words. Chosen
 * on eval:refusal's training half, the largest share at which no own question answered right is refused on the 2,000
 * or the 6,000 sample; the figures are in isCovered. The kit's answerable questions covered this way reach 0.52.
 */
export const OFF_ARTICLE_MAX = 0.65;

/**
 * Below MIN_COVERAGE, in a story of SUPPORT_MIN_SENTENCES or more, no rule covers a question whose best excerpt's
 * ranking score (rankSentences' hand score) is under this. The score is the excerpt's BM25 share of the best (1
 * for the best), times one plus 0.6 of its contrastive coverage (each question word weighed by its idf and by how
 * few of the candidate sentences hold it) and one plus the wanted type's bonus when it holds an entity of that
 * type (none for a question wanting no type), plus its paragraph's BM25 share (1 for the best paragraph) and a
 * little for the question's word pairs it holds. Under 2.15 the best sentence of the best paragraph holds little
 * of the question's contrastive weight: the words it matches are those every candidate on the story's topic
 * holds, which is how a story on the same topic that lacks the fact is matched. Chosen on eval:refusal's training
 * half (`npm run fit:support` prints the table); the figures are in isCovered. It reads the ranker's scale:
 * re-check it when RANKING's coverage, answer-type, passage or bigram weights change.
 */
export const BEST_SCORE_MIN = 2.15;

/**
 * In a story of SUPPORT_MIN_SENTENCES or more, at any coverage, an answer does not cover a question whose best excerpt's
 * ranking score is under this, when a common noun of the question other than its focus is written by the story but not
 * by the answer's article (offArticleNoun) and OFF_ARTICLE_NOUN_SHARE of the question's weight or more is written only
 * in other articles (heldWords `offArticle`): the thing asked about is reported, but elsewhere, and the best excerpt
 * matched only the words every sentence on the story's topic holds. Chosen on eval:refusal's training half (`--sample
 * 6000`, articles 0–23; covered questions that every other check lets through): under 2.3, 89 near or other questions
 * refused for 22 own ones (4 answered right); under 2.35, 118 for 30 (5 right); under 2.4, 133 for 43 (11 right). The
 * figures are in isCovered. The kit's answerable questions that meet the other two conditions score 2.86 and more.
 */
export const OFF_ARTICLE_NOUN_SCORE = 2.35;

/**
 * Below MIN_COVERAGE, in a story of SUPPORT_MIN_SENTENCES or more, no rule covers a question whose best excerpt's ranking
 * score is under this when the question names a concrete thing by a common noun that the story never gives (absentNoun):
 * the same bar as OFF_ARTICLE_NOUN_SCORE's, a best excerpt matching the topic's words. A strong best excerpt says the
 * noun is the asker's own word for what the story tells (the kit's answerable question nearest it names a limit by a
 * word for a thing worn, the story giving the limit's rise in figures, and scores 3.47). Taken as it stands rather than
 * chosen: on eval:refusal's training half, under 2.7 the check refuses 4 near questions more for no own one; the figures
 * are in isCovered.
 */
export const ABSENT_NOUN_SCORE = OFF_ARTICLE_NOUN_SCORE;

/**
 * The share of the question's idf weight written only in other articles than the answer's (heldWords `offArticle`) at
 * which a noun the answer's article does not write refuses a weakly matched question (see OFF_ARTICLE_NOUN_SCORE).
 * Chosen with it on eval:refusal's training half (`--sample 6000`): at 0.25, 136 near or other questions for 45 own ones
 * (10 right), at 0.35, 100 for 21 (3 right). The kit's answerable question nearest it (a wrong answer withheld would
 * raise its not-covered) reaches 0.24 at a score of 2.26.
 */
export const OFF_ARTICLE_NOUN_SHARE = 0.3;

/**
 * Up to this coverage (from MIN_COVERAGE, in a story of SUPPORT_MIN_SENTENCES or more) a question naming a name
 * of several capitalised words no candidate excerpt holds together (subjectEvidence `unwrittenNameRun`) is not
 * covered either, as below MIN_COVERAGE: half the question's words matched are the name's family, not the name.
 * Chosen on eval:refusal's training half (`--sample 6000`): up to 0.7, 28 near questions refused for 2 own
 * ones (their F1 1.0); up to 0.8, 4 more near for 2 more own; the figures are in isCovered.
 */
export const NAME_RUN_COVERAGE = 0.7;

/**
 * Below MIN_COVERAGE, in a story of SUPPORT_MIN_SENTENCES or more, a sure answer taken from a lower excerpt than
 * the best covers a question only when its own sentence holds at least this idf-weighted share of the question's
 * words (heldWords `sentenceHeld`): one holding less is a thing of the wanted kind from a sentence about something
 * else, picked for its type near the question's topic, as a story on the same topic that lacks the fact offers
 * one. Chosen on eval:refusal's training half; the figures are in isCovered. The kit's answerable sure answers from
 * a lower excerpt hold 0.11 and more (a news sentence names its subject in other words), so it stays low.
 */
export const LOWER_SURE_SENTENCE_MIN = 0.1;

/**
 * From MIN_COVERAGE, in a story of SUPPORT_MIN_SENTENCES or more, an answer taken from a lower excerpt than the best
 * covers a question only when its passage (its sentence with the one before and the one after in its article, a word
 * counting as held when the passage writes a paraphrase the ranker reads: heldWords `aroundHeld`) holds at least this
 * idf-weighted share of the question: the best excerpt matched the question, but the answer is a thing of the wanted
 * kind from a passage about something else ("When will the bill take effect?" answered with the weekend some
 * meetings are held), as a story on the same topic that lacks the fact offers one. Chosen on eval:refusal's training
 * half (2,000 sample; covered answers from a lower excerpt at MIN_COVERAGE or more): under 0.2, 3 near or other
 * questions for 3 own ones, none answered right; under 0.25 one own answered right too, under 0.35, 6 right (F1 5.7)
 * for 9; without the paraphrases, under 0.2, 9 for 1 right. The figures are in isCovered. The kit's answerable
 * answers so read hold 0.43 and more.
 */
export const LOWER_PASSAGE_MIN = 0.2;

/**
 * A typed question's answer from the best excerpt, between MIN_COVERAGE_FLOOR and MIN_COVERAGE, is covered (`coveringRule`
 * 'rarest') when its own sentence holds the question's rarest words the story writes (heldWords `rarestHeld`) and at
 * least this idf-weighted share of the question: the sentence says what singles the question out, in the words that do,
 * where a paragraph on the same topic that lacks the fact matches its topic words. The figures are in isCovered.
 */
export const RAREST_SENTENCE_MIN = 0.35;

/**
 * A short story covers a question answered above MIN_COVERAGE_FLOOR when it never writes at most this share of the
 * question's terms (`coveringRule` 'written', writtenThroughout). Chosen on single SQuAD paragraphs
 * (scripts/paragraphRefusals.ts: each question asked of its own paragraph, the next one of its article and the
 * same-numbered one of the next article), among the questions refused for want of a rule: at 0.25 58 own questions
 * are covered (28 answered right) for 18 near and no other; at 0.34 112 (52 right) for 47 near and 1 other; at 0.4 135
 * (60 right) for 77 near; with no floor on the coverage, at 0.25 63 (28 right) for 20 near.
 */
export const WRITTEN_ABSENT_MAX = 0.25;

/**
 * The support model weighs only stories of at least this many sentences. It was fitted on halves of
 * Wikipedia articles (45 sentences and more) and on news stories (90 and more); that a story never writes
 * a word or a name says less the less text it has, and a single paragraph seldom restates its article's
 * subject (asked of each SQuAD paragraph alone, the model cost reading F1 0.437 → 0.430).
 */
export const SUPPORT_MIN_SENTENCES = 40;

let supportModel: SupportModel | undefined;

/**
 * The committed support model, fitted by `npm run fit:support` (scripts/fitSupport.ts).
 * @throws Error when the weights file is missing or malformed
 */
export function committedSupportModel(): SupportModel {
  return (supportModel ??= readLogisticModel<SupportFeature>(new URL('./supportWeights.json', import.meta.url), 'covered'));
}

/** The support model's features of a question's evidence. */
export function supportFeatures(coverage: number, held: HeldWords): Record<SupportFeature, number> {
  return { coverage, answerHeld: held.answerHeld, absent: held.absent, namesAbsent: held.namesAbsent };
}

/** Probability under a support model that the story holds the question's answer. */
export function supportProbability(model: SupportModel, features: Record<SupportFeature, number>): number {
  return logistic(model, SUPPORT_FEATURES, features);
}

/**
 * Whether the story covers a question, from the evidence.
 *
 * A role or quotation the people catalogue holds for the person asked about covers it. A day or a figure
 * the question names that no best excerpt holds is not covered, however well its other words match
 * (missingDetail: kit refused storyE 0.750 → 1.000, not-covered unchanged; SQuAD reading unchanged).
 * Otherwise it is covered at MIN_COVERAGE, and between the floor and MIN_COVERAGE when the answer is
 * sure enough, or when one of the best excerpts names the question's subject beside an answer of the
 * wanted kind (subjectEvidence: kit not-covered mean 0.088 → 0.060, no uncovered question less refused).
 * For a question that wants no type the evidence is the phrase answer's own sentence naming the subject
 * (SQuAD reading F1 0.368 → 0.386, answered 0.698 → 0.754; kit answer 0.760/0.739 → 0.767/0.746,
 * not-covered 0.035/0.042 → 0.028/0.028, refused unchanged), and for one that names nothing, that
 * sentence holding every noun of the question (0.386 → 0.389, kit unchanged); such a question is read
 * below the floor too, the evidence check being stricter than the floor (0.394 → 0.399, answered
 * 0.763 → 0.786; kit unchanged).
 *
 * A question that wants no type has no kind to look for beside its subject, so between the floor and
 * MIN_COVERAGE its evidence is also the best excerpt itself giving the phrase answer (SQuAD reading,
 * first 4,000 questions: F1 0.400 → 0.423, answered 0.798 → 0.836; from any excerpt: 0.424; only when
 * the answer's sentence names every name the question writes: 0.414; kit not-covered storyD
 * 0.056 → 0.028, refused unchanged, storyF unchanged). A typed question's answer from the best excerpt
 * covers it too when its sentence holds every name and common noun the question uses but the focus
 * noun, so no detail the question gives is missing (first 4,000: F1 0.423 → 0.425, "which" 0.318 →
 * 0.335; kit unchanged, its uncovered questions still refused). A common noun counts as held there when the sentence writes
 * one of its WordNet relatives instead, as the ranker counts a paraphrase (paraphrasedDetails: "the property" ←
 * "the belongings"): SQuAD reading F1 0.4953 unchanged, held back 0.5166 → 0.5167 (one question won, none lost);
 * eval:refusal, kit and eval:typed identical.
 *
 * Below MIN_COVERAGE and short of a sure answer, a question naming something the story never writes
 * (absentName: "Who did Verdo beat?" of a story with no Verdo) is not covered: the excerpts cannot be
 * about its subject (eval:refusal, articles 24-47: other article refused 0.890 → 0.909, same article
 * without the answer's paragraphs 0.400 → 0.412, own article answered 0.971 → 0.969; SQuAD reading F1
 * 0.429 → 0.427, kit unchanged. Refusing it below MIN_COVERAGE whatever the confidence: 0.923 / 0.441 /
 * 0.969 but reading F1 0.424, each paragraph alone not restating its article's subject).
 *
 * What the rules cover below MIN_COVERAGE is then weighed by the support model: a question whose answer's
 * sentence (with the one before it) holds little of it, or whose names the story never writes, is more
 * often asked of a story on the same topic that lacks the fact (eval:refusal's near setting) than of the
 * story holding it (eval:refusal, articles 24-47: near refused 0.385 → 0.444, strict 0.400 → 0.470, other
 * article 0.909 → 0.943, own answered 0.970 → 0.966, own F1 0.450 → 0.449; another sample, `--seed 2`:
 * near 0.402 → 0.449, other 0.888 → 0.926, own answered 0.958 → 0.954, F1 0.434 → 0.432; kit unchanged;
 * SQuAD reading and pooled unchanged, their paragraphs being below SUPPORT_MIN_SENTENCES).
 *
 * In a story of SUPPORT_MIN_SENTENCES or more, a question is not read below the floor at all (the phrase
 * answer's sentence naming the subject was measured on single paragraphs; in an article's half it covered
 * 20 own questions, their F1 1.4 in all, against 60 near and 31 other-article ones: eval:refusal
 * `--sample 6000`), and a phrase answer the best excerpt gives needs SUPPORT_MIN_PHRASE. Together,
 * articles 24–47: near refused 0.469 → 0.497, other 0.936 → 0.949, own answered 0.962 → 0.957, own F1
 * 0.4174 → 0.4170; kit and SQuAD reading unchanged.
 *
 * There too, a how-many question whose answer's sentence (with the one before it) never names the counted
 * noun is not covered: the figure counts something else ("How many yards was the kick?" against "made all four
 * of his kicks"), the story's count of the noun asked about being in paragraphs it lacks (heldWords
 * `countedMissing`; at MIN_COVERAGE such answers were right too often to refuse: 23 own for 13 near on the
 * training half). eval:refusal `--sample 6000`, articles 24–47: near refused 0.460 → 0.467 (how many 0.400 →
 * 0.543), strict 0.496 → 0.502, other 0.948 → 0.949, own answered 0.958 and F1 0.423 unchanged (how-many own
 * answered 0.990 → 0.981, none of the two lost right); articles 0–23, where it was chosen (every counted term
 * missing, not any: 4 own for 16 near against 8 for 18): near 0.479 → 0.488, own 0.948 → 0.947; kit unchanged.
 *
 * So is one naming a year the story never writes (heldWords `yearAbsent`; an article's "this year" and "last
 * year" write the year it was published and the one before): it dates something the story does not report.
 * Test half: near refused 0.467 → 0.480, strict 0.502 → 0.517, other 0.949 → 0.952, own answered 0.958 →
 * 0.957 (one question, whose paragraph writes the decade), own F1 0.4223 → 0.4220; training half near
 * 0.488 → 0.497, no own question lost. And a sure answer to a question naming what the story never
 * writes (absentName, which already stops every other rule) no longer covers it there: a single paragraph
 * seldom restates its article's names, a story of many does (test half +6 near strict, +2 other, no own;
 * training half +6 near, −2 own, both answered wrongly).
 *
 * So is one naming a thing of several capitalised words the story writes but none of whose candidate excerpts
 * holds all of them (subjectEvidence `unwrittenNameRun`: "the Orvel Harbour Trust" of a story of the Orvel Rail
 * Trust and the harbour): absentName lets any word of a name stand for it, so the story's other things of the
 * same family covered it. eval:refusal `--sample 6000`, training half, where it was chosen: the name's words
 * adjacent as the question writes them, near +59 refused for 9 own lost; in one sentence in any order, a typo
 * read as the story's word, +39 for 3; a word the story never writes left out (a misspelt short name, "the
 * Brisko Idnex", had lost an answerable kit question in eval:typed's typo row), +25 near and +4 other for 2 own.
 * Together: training half near refused 0.510 → 0.518, other 0.952 → 0.953, own answered 0.944 → 0.943, own F1
 * 0.442 unchanged; test half near 0.497 → 0.504, strict 0.531 → 0.538, other 0.955 → 0.957, own answered
 * 0.957 → 0.956, own F1 0.427 → 0.426; kit and eval:typed unchanged. The own questions lost write a title or a
 * modifier beside a name ("the Varnia Governor", "a Varnian TV station"). Such a question is not covered at
 * MIN_COVERAGE either, up to NAME_RUN_COVERAGE: the words the best excerpt matches are then half the name's
 * family. eval:refusal, 2,000 sample: test half near refused 0.530 → 0.536, strict 0.562 → 0.567, own answered
 * 0.955 and F1 0.455 unchanged; training half near 0.523 → 0.529, own 0.943 and F1 0.444 unchanged; kit and
 * eval:typed unchanged; `--sample 6000`: test half near 0.520 → 0.525, own 0.952 unchanged; training half near
 * 0.531 → 0.540, own 0.941 → 0.940, F1 0.447 → 0.446; pooled SQuAD P@1 0.714 unchanged (with the phrase rule below: MRR 0.785 → 0.786,
 * who/when/where F1 0.488 → 0.487).
 *
 * There a phrase answer covers a question only when its own sentence holds PHRASE_SENTENCE_MIN of the question's
 * idf weight (heldWords `sentenceHeld`): a phrase can be any words of its sentence, and one whose sentence holds
 * little of the question was ranked first for its neighbours' or its headline's words, as on a story of the
 * same topic that lacks the fact. eval:refusal, 2,000 sample: test half near refused 0.510 → 0.530, strict 0.540
 * → 0.562, other 0.959 → 0.962, own answered 0.956 → 0.955, own F1 0.455 unchanged; training half, where it was
 * chosen, near 0.513 → 0.523, other 0.956 → 0.961, own 0.947 → 0.943, own F1 0.444 unchanged; `--sample 6000`, test
 * half near 0.505 → 0.520, strict 0.538 → 0.554, other 0.957 → 0.961, own 0.956 → 0.952, own F1 0.429 unchanged
 * (training half near 0.518 → 0.531, own 0.943 → 0.941, F1 0.447 unchanged).
 * At 0.3 (training half of the 6,000: 118 near for 26 own, F1 3.6) the test half lost 33 own questions, F1 6.8.
 * Kit and eval:typed unchanged. The same floor on a sure answer's sentence (with the one before) refused
 * answerable kit questions (storyD not-covered 0.028 → 0.083, storyE 0.028 → 0.056: a news story's answer
 * sentence often says "he" and "the final" in other words).
 *
 * Nor does a phrase answer whose sentence (with the one before) lacks a name the question writes that the story
 * writes in under RARE_NAME_SHARE of its sentences (heldWords `rareNameMissing`): the story's subject goes unnamed
 * in many a sentence about it, a particular person, place or thing does not, so the sentence is about another
 * particular — as a story on the same topic that lacks the fact gives a phrase from a sentence near it.
 * eval:refusal `--sample 6000`, training half, where the share was chosen (phrase answers only: a sure answer so
 * weighed lost 9 right own answers for 49 near): at 0.05 +15 near and +4 other refused for 10 own (F1 0.4 in
 * all), at 0.1 +23 / +4 for 15 (F1 1.2), at any share +36 / +4 for 29 (F1 4.4); test half at 0.05
 * near refused 0.542 → 0.556, strict 0.579 → 0.597, other 0.961 → 0.962, own answered 0.948 → 0.945, own F1 0.440
 * unchanged (training half near 0.548 → 0.554, own 0.936 → 0.932, F1 0.453 unchanged); the
 * 2,000 sample: test half near refused 0.558 → 0.568, strict 0.596 → 0.609, other 0.963 → 0.964, own answered
 * 0.955 → 0.951, own F1 0.471 unchanged; training half near 0.545 → 0.551, strict 0.597 → 0.604, own 0.936 →
 * 0.931, own F1 0.447 unchanged. Kit (storyF's summary line too) and eval:typed unchanged.
 * Nor, below NAME_RUN_COVERAGE, does a sure answer (confidence COVERED_BELOW_MIN or more) to a question wanting no type
 * whose sentence so lacks a rare name: a phrase, a reason or a manner is any words of its sentence, and the confidence
 * model reads a sentence matching the topic's words as sure of it ("Why did the Orsk ferry stop running?" answered
 * from a sentence on another ferry's last crossing); a typed answer is at least of the kind asked, and its sure answers
 * so placed were mostly right (on the 2,000 sample's test half 8 of 8 from 0.5 to 0.7). eval:refusal, 2,000 sample
 * (screened on both halves of seeds 1 and 2): seed 1 training half near strict refused 0.761 → 0.762, own answered 0.887
 * → 0.886 (a wrong answer), test half near 0.739 → 0.740 (strict 0.775 → 0.777); seed 2 training half near 0.691 → 0.692
 * (strict 0.726 → 0.728), own 0.876 → 0.875, test half near 0.707 → 0.709 (strict 0.747 → 0.750), own 0.892 → 0.891
 * (each a wrong answer); own F1, other and answers at ≥ 0.8 unchanged. Every row it refused was at MIN_COVERAGE or
 * more (below, the people catalogue covered the one sure phrase so placed). A lower bar (confidence 0.3 or 0.35)
 * refused right own answers (seed 2 test half: 6 right of 8), and so did coverage up to 0.8. Kit (no kit question of
 * story-dev, storyD or storyE meets it), eval:typed and SQuAD reading identical.
 *
 * So is one whose question names one sex as a category ("the boys' final", "female voters") when the answer's
 * sentence names only the other and neither it nor the sentence before names the one asked about (heldWords
 * `otherSex`): the answer is about the other category's event, as a story of a boys' and a girls' chess event
 * answers a question on the boys' final it never reports with a girl's win. No question of
 * eval:refusal's 6,000 sample meets it (a hyphenated "man-made" is no category); the kit's uncovered questions
 * refused: storyD command 0.750 → 1.000, nothing else moved (storyF's summary line unchanged; eval:typed unchanged).
 *
 * There no rule covers a question whose best excerpt's ranking score is under BEST_SCORE_MIN: a best excerpt
 * that matches only the words every candidate on the story's topic holds is how a story of the same topic that
 * lacks the fact is matched. eval:refusal, 2,000 sample: test half near refused 0.536 → 0.554, strict 0.567 →
 * 0.582, other 0.962, own answered 0.955 and own F1 0.4606 unchanged; training half near 0.529 → 0.546, strict
 * 0.584 → 0.599, own 0.943 → 0.940, F1 0.4476 → 0.4464; `--sample 6000` (chosen on its training half): training
 * half near 0.540 → 0.553 (41 questions), strict 0.587 → 0.600, other 0.957 → 0.958, own 0.940 → 0.937 (8
 * questions, F1 2.0 in all); test half near 0.525 → 0.540, strict 0.560 → 0.573, other 0.961 → 0.962, own 0.952
 * → 0.951, own F1 0.4336 → 0.4332. At 2.1, another 23 near and 6 other on the training half for 2 own questions
 * (test half near 0.550, own 0.950), but a misspelt four-letter name in eval:typed's hurried row
 * scored 2.087 and lost an answerable kit question; at 2.15, own answered 0.942 on the test half; for phrase
 * answers alone at 2.1, test half near 0.538. Raising SUPPORT_MIN_PHRASE to 0.32 instead traded 29 near for 10
 * own on the training half. Kit (storyF's summary line too) and eval:typed unchanged. It was 2.05 until, re-measured
 * on the rules of today, 2.15 (2,000 sample) refused on the training half near 0.572 → 0.595 (strict 0.632 → 0.655),
 * other 0.960 → 0.965, for own answered 0.924 → 0.920 (one of the four answered right), own F1 0.462 → 0.461; on the
 * test half near 0.591 → 0.608 (strict 0.626 → 0.641), other 0.966 → 0.973, own answered 0.944 → 0.938 (none of the
 * six answered right), own F1 0.482 unchanged; answers at ≥ 0.8 unchanged. Kit and eval:typed identical: the kit's
 * answerable questions below MIN_COVERAGE score 2.176 and more (at 2.2 the training half lost 17 own, 7 right).
 * SQuAD reading unchanged (a paragraph is too small a story); eval:squad's pooled story refuses two more right
 * who/when answers (sure answers scoring 2.094 and 2.142): who/when/where F1 0.513 → 0.512. At 2.09 nothing of
 * SQuAD moves, but the test half's near refused only 0.591 → 0.594 (training half 0.572 → 0.576).
 *
 * There only a sure answer is covered at SUPPORT_MIN: the excerpt naming the question's subject beside an
 * answer of its kind, or the answer's sentence holding its details, are evidence as weak as a phrase answer
 * and need SUPPORT_MIN_PHRASE; a phrase answer needs its confidence too (PHRASE_CONFIDENCE). eval:refusal
 * `--sample 6000`, test half: near refused 0.483 → 0.497, strict 0.520 → 0.531, other 0.952 → 0.955, own
 * answered 0.959 → 0.957, own F1 0.425 → 0.426 (training half near 0.498 → 0.510, own 0.947 → 0.944); the
 * 2,000 sample's test half near 0.487 → 0.501, own 0.961 → 0.958, own F1 0.452 unchanged; kit unchanged.
 *
 * Nor is a question asking how many or how much whose short answer is a rank counting nothing the question names
 * (countAnsweredByRank: "the 3rd century" for "how many bridges"; "the ninth wet week" still answers "how many
 * weeks of rain", "a third" is a share), at any coverage and in a story of any size. On eval:refusal's 6,000
 * sample, covered how-many/how-much questions answered by any rank were 24 near and 13 own (all wrong) on the training
 * half, 8 near, 3 other and 3 own (all wrong) on the test half. The 2,000 sample with the rule: training half near
 * refused 0.552 → 0.555 (strict 0.607 → 0.609), own answered 0.930 → 0.929, own F1 0.447 unchanged; test half near
 * 0.568 → 0.570 (strict 0.611 → 0.612), own 0.952 → 0.951 (a wrong answer), own F1 0.473 unchanged. Kit and
 * eval:typed unchanged (without the exceptions, storyD and storyE each lost an answerable count).
 *
 * Nor is one naming a calendar day whose short answer's sentence, in a dated article, tells of another day and is
 * corroborated by no sentence of that day (missingDetail `answerOffDay`; answerQuestion first looks for the answer again
 * in the excerpts of the day asked about): "How many ferries sailed on the 12th?" answered with the 3rd's sailings. Only
 * dated articles are weighed, so SQuAD (undated) does not move; the kit's answerable day questions are still answered
 * (one of storyE's, answered from another day's article before, is now read from its own day's article); of 20
 * uncovered questions written to probe storyE (not committed), one more is refused.
 *
 * Nor is one whose short answer comes from a fragment (heldWords `fragment`: a sentence of under FRAGMENT_WORDS words
 * with no verb, as a list of seeds or results writes "3 Rosa Pell (Varnia)"): such a line names someone beside a
 * figure or a place and says nothing of them, so "How tall is Pell?" or "Where was Pell born?" finds there only the
 * seed and the country the list gives. No covered answer of eval:refusal's sample comes from one (the tagger's
 * verbless sentences among them are 14 words and more); of 39 uncovered questions written to probe storyD, storyE
 * and the bundled story (not committed), two were answered from such lines and are now refused.
 *
 * Nor is one naming a country (by name or demonym) whose short answer's sentence, with the one before, names another
 * country but not that one (heldWords `otherCountry`: "Who is the Varnian trade minister?" answered with "Lindoria's
 * trade minister"), up to NAME_RUN_COVERAGE as a name no excerpt writes whole: the words matched are the role's, the
 * country the question gives is the detail the sentence lacks. eval:refusal, 2,000 sample: training half near refused
 * 0.556 → 0.559 (3 questions, 2 of them strict; one below MIN_COVERAGE), strict 0.611 → 0.613, for one own question
 * answered wrongly (own answered 0.928, own F1 0.453 unchanged); test half near 0.573 → 0.578 (5, 2 strict), strict
 * 0.614 → 0.617, own answered 0.951 → 0.950 (a wrong answer), own F1 0.478 unchanged; answers at ≥ 0.8 unchanged. In
 * SQuAD's halves it meets 3 covered own questions, none answered right. No answerable kit question meets it (kit and
 * eval:typed identical); of 67 uncovered questions written to probe storyD, storyE and the bundled story (not
 * committed), one more is refused (a minister of one country answered with another's).
 *
 * Nor is a sure answer from a lower excerpt than the best whose own sentence holds under LOWER_SURE_SENTENCE_MIN of the
 * question, below MIN_COVERAGE; nor, up to NAME_RUN_COVERAGE, a question wanting no type that names what the story
 * never writes (absentName), however much of its other words the best excerpt holds: a phrase can be any words of
 * a sentence on the topic. eval:refusal, 2,000 sample, the two together: training half near refused 0.559 → 0.566
 * (strict 0.613 → 0.624), other 0.960, own answered 0.926 → 0.925 (one wrong answer), own F1 0.461 unchanged; test
 * half near 0.580 → 0.587 (strict 0.617 → 0.625), other 0.964 → 0.965, own answered 0.950 → 0.948 (two wrong
 * answers), own F1 0.482 unchanged; answers at ≥ 0.8 unchanged. On the training half, where they were chosen, the
 * first alone refuses 6 near questions and no own one (at 0.15: 10 near and 1 other for 1 own), the second 2 near
 * for 1 own answered wrongly. Kit and eval:typed identical (storyF's summary line too).
 *
 * The rules as weak as a phrase answer (the subject beside an answer of its kind, the answer's sentence holding the
 * question's details) need what a phrase needs: the answer's own sentence holding PHRASE_SENTENCE_MIN of the
 * question. eval:refusal, 2,000 sample: training half near refused 0.566 → 0.572 (strict 0.624 → 0.632), own answered
 * 0.925 and F1 0.461 unchanged; test half near 0.587 → 0.588, other 0.965 → 0.966, own answered 0.948 → 0.947 (a
 * wrong answer), F1 0.482 unchanged. The kit's answerable questions these rules cover hold 0.26 and more (kit and
 * eval:typed identical).
 *
 * A year the story never writes (heldWords `yearAbsent`) is refused up to NAME_RUN_COVERAGE too, as another country
 * is: the words matched are the event's, the year is the detail the story lacks. eval:refusal, 2,000 sample: near
 * refused training half 0.572 → 0.573, test half 0.588 → 0.590 (strict 0.625 → 0.626), no own question lost on
 * either (at 0.7 and more, one own question answered right meets it); kit and eval:typed identical.
 *
 * So is one naming a year whose answer's sentence, with the one before, dates itself in another year but not that one
 * (heldWords `otherYear`: "Who won the cup in 1921?" answered from "In 1934 the cup went to …"), below MIN_COVERAGE and
 * up to NAME_RUN_COVERAGE: the story writes the year asked about elsewhere, or not at all, and the sentence tells of
 * another year's event. eval:refusal, 2,000 sample: test half near refused 0.608 → 0.618 (strict 0.641 → 0.650), other
 * 0.973 unchanged, own answered 0.938 → 0.937 (answered wrongly), own F1 0.482 unchanged; training half near 0.595 →
 * 0.597 (strict 0.655 → 0.656), own 0.920 → 0.918 (two, both answered wrongly), own F1 0.461 unchanged; answers at
 * ≥ 0.8 unchanged; kit and eval:typed identical.
 *
 * An answer taken from a lower excerpt than the best, from MIN_COVERAGE up to NAME_RUN_COVERAGE, does not cover a
 * question naming a name the story writes in under RARE_NAME_SHARE of its sentences when no sentence of the answer's
 * article writes it (heldWords `rareNameOffArticle`): an article names the particular person, place or thing it reports
 * on somewhere, so one that never does reports something else, the best excerpt having matched the question's other
 * words without giving the answer. eval:refusal, 2,000 sample, training half (where it was chosen among article-wide
 * checks: any name the article never writes, not only a rare one, refused 2 more near questions for 5 more own ones,
 * one answered right; an answer from the best excerpt too, 10 more own, 5 of them right, for 11 more near; below
 * MIN_COVERAGE it refused a right kit answer read from another article): near refused 0.599 → 0.610 (strict 0.660 →
 * 0.666), other 0.965 → 0.966, own answered 0.919 → 0.915 (four questions, all answered wrongly), own F1 0.463
 * unchanged; test half near 0.614 → 0.620 (strict 0.649 → 0.657), other 0.975 → 0.977, own answered 0.937 → 0.935 (two,
 * both answered wrongly), own F1 0.483 unchanged; answers at ≥ 0.8 unchanged; kit, eval:typed and SQuAD reading (F1
 * 0.4839) identical.
 *
 * Nor is one whose answer's article leaves most of what the story writes of the question to its other articles
 * (heldWords `offArticle` at OFF_ARTICLE_MAX or more, a word counting as written when the article writes a paraphrase
 * the ranker reads): "What did the crew rename the ferry?" answered from an article on the harbour's works, the crew
 * and the ferry written only in the story's other articles. eval:refusal, 2,000 sample: training half near refused
 * 0.609 → 0.614 (strict 0.667 → 0.675), other 0.965 → 0.966, own answered 0.917 and F1 0.483 unchanged; test half near
 * 0.619 → 0.629 (strict 0.655 → 0.663), own answered 0.935 → 0.934 (a wrong answer), F1 0.506 unchanged; 6,000 sample:
 * training half near 0.601 → 0.605 (strict 0.646 → 0.651), own answered 0.916 → 0.915 (two wrong answers), F1 0.483;
 * test half near 0.607 → 0.614 (strict 0.644 → 0.650), own 0.927 and F1 0.479 unchanged (one wrong answer). At 0.55 for
 * the rules as weak as a phrase the 2,000 sample lost no own question, but the 6,000 sample lost four right ones (test
 * own F1 0.479 → 0.478); for sure answers at 0.55 or 0.6 the training half lost right ones, and without the paraphrases
 * 0.65 did. Kit, eval:typed and SQuAD reading identical.
 *
 * In a story of under SUPPORT_MIN_SENTENCES sentences, a typed question's answer from the best excerpt is covered too
 * when its own sentence holds the question's two rarest words the story writes and RAREST_SENTENCE_MIN of the question
 * (`coveringRule` 'rarest'): SQuAD reading F1 0.5103 → 0.5117, held back 0.5338 → 0.5348 (19 questions won, none lost;
 * *which* 0.4244 → 0.4303, *who* 0.5800 → 0.5833, *where* 0.4792 → 0.4851); asked of the next paragraph
 * (`scripts/paragraphNear.ts`, every third question) 608 → 610 of 3,181 answered, of another article's 17 of 2,810
 * unchanged; at 0.3 reading 0.5122 for 613 near. In longer stories it covers nothing: there, with the support checks,
 * it answered 4 more near questions on each half of eval:refusal (train near refused 0.613 → 0.609, test 0.624 →
 * 0.620) and not one more own question. Kit, eval:typed and eval:refusal identical.
 *
 * Nor is a question asking a sum of money ("How much did X pay for Y?", "how much money …") whose short answer is no
 * sum (moneyAsked.moneyUnanswered: a share, a count, a date, neither tagged as money nor a scaled figure nor a figure
 * before a currency word), at any coverage and in a story of any size: a story that never gives the price offers the
 * deal's other figures. Nor, in a story of SUPPORT_MIN_SENTENCES or more, a copular question asking who holds a role
 * ("Who is the chairman of X?", "Who is X's coach?") whose answer's sentence, with the one before it, writes neither
 * the role's noun nor a WordNet relative of it (askedRole.roleUnfilled; roles one holds towards another, an opponent
 * or a brother, are told by a verb or the converse role and are left out): the name is not said to hold it, as a story
 * that never fills the role gives a name from a sentence about its organisation. eval:refusal, 2,000 sample: training
 * half near refused 0.616 → 0.617 (strict 0.674 → 0.675), own answered 0.917 → 0.916 (a wrong answer), own F1 0.491
 * unchanged; test half near 0.628 and other 0.979 unchanged, own answered 0.933 → 0.931 (two wrong answers), own F1
 * 0.524 unchanged. Asked of single paragraphs (SQuAD reading) the role rule refused four right answers whose sentence
 * tells the role by its verb ("wrote" for the author, "ruled" for the leader), hence the story size; the money rule
 * moved no F1 there. Kit and eval:typed identical; of 64 uncovered questions written to probe storyD, storyE and the
 * bundled story (not committed), 7 more are refused (3 roles, 4 sums). A relative of the role counts only as a verb
 * ("governs") or as a noun whose first sense is a person (askedRole's writesRole): another noun sharing a relative's
 * stem ("government" for a governor, "regulators" by a machine part's sense) had let a sentence about the role's
 * organisation name its holder.
 * eval:refusal training half near refused 0.666 → 0.667, own answered 0.898 → 0.897 (a wrong answer), own F1 0.495
 * unchanged; test half, kit, eval:typed and SQuAD reading identical.
 *
 * Nor, at any coverage and in a story of any size, is a question asking a figure by its noun ("What was X's approval
 * rating?", "What is the highest measured tide in Y?", "What is the number of …?") or a time of day ("At what time
 * …") whose short answer writes no figure, number word or time of day (figureAsked.figureUnanswered): the rate or the
 * total asked is not where the answer was read, as a story on the same topic that never gives it offers a phrase from a
 * sentence on the measure's subject ("slower cooling" for a kiln's lowest temperature). eval:refusal, 2,000
 * sample: training half near refused 0.699 → 0.706 (strict 0.740 → 0.750), own answered 0.896 → 0.892 (4 questions, all
 * answered wrongly), own F1 0.507 unchanged; test half near 0.724 → 0.726 (strict 0.755 → 0.758), own answered 0.910 →
 * 0.908 (2, both wrong), own F1 0.537 unchanged; answers at ≥ 0.8 unchanged. SQuAD reading: 17 answers withheld, one
 * of them partly right (F1 0.30). Kit and eval:typed identical. The figure noun must head the phrase after the copula:
 * as a modifier ("income inequality") or with its complement asked ("the length of rope wound onto …?") it asks
 * no figure, and two right SQuAD answers were lost without that.
 *
 * Nor, at any coverage and in a story of any size, is a question asking an amount in a named unit ("How many yards …",
 * "… weigh in pounds?") whose short answer writes no unit of that measure in it or within a few words after it
 * (unitFit.unitUnanswered: "four" of "four titles" for how many yards), nor one asking a year, a month, a day of the week,
 * a decade or a century by its noun whose short answer gives none (figureAsked.calendarUnanswered: "night" or "September
 * 29" for "In what year …"), nor a how-many question answered by a figure that labels one of the things counted
 * (countAnsweredByLabel: "season 17" for how many seasons): the story's figure or date for what is asked is not where the
 * answer was read. eval:refusal, 2,000 sample, the three together: training half near refused 0.703 → 0.707 (strict 0.745
 * → 0.748), own answered 0.894 and own F1 0.512 unchanged; test half near 0.725 → 0.728 (strict 0.758 → 0.763), own
 * answered 0.908 → 0.903 (5 questions, all answered wrongly), own F1 0.542 unchanged; answers at ≥ 0.8 unchanged. SQuAD
 * reading: 12 answers withheld, none right (F1 0.5425 unchanged). A right answer with its unit on the figure's second
 * writing ("four cups over his four years"), by a prefixed unit ("2.5 gigatons"), a century for a year or a spelt rank
 * for a century had been lost to the first forms.
 *
 * From MIN_COVERAGE up to NAME_RUN_COVERAGE, in a story of SUPPORT_MIN_SENTENCES or more, a typed answer no longer
 * covers a question naming what the story never writes either (the phrase answer already did not), unless the name is
 * an abbreviation in capitals, which a story may spell out (`absentSpelledName`: "TV" written "television", "DSMs"
 * written in full each lost a right own answer): the words matched are the topic's, the particular asked about is not
 * reported. eval:refusal, 2,000 sample: training half near refused 0.617 → 0.619 (strict 0.675 → 0.677), other 0.966 →
 * 0.967, own answered 0.916 → 0.915 (a wrong answer), own F1 0.491 unchanged; test half near 0.628 → 0.630 (strict
 * 0.661 → 0.664), other 0.979 → 0.981, own unchanged. Kit and eval:typed identical; SQuAD reading unmoved (a paragraph
 * is under SUPPORT_MIN_SENTENCES).
 *
 * Nor is a question asking when something is yet to happen ("When will …", "when is X expected to …") whose short
 * answer is a date before its article's day or written as past (futureAsked.pastForFuture: "last week", "2003" in an
 * article of 2008), at any coverage and in a story of any size: the date is of something that has happened. No question
 * of eval:refusal's sample nor of SQuAD reading meets it (figures identical); kit and eval:typed identical; of the 64
 * uncovered probe questions, 2 more are refused, and 7 answerable future questions written to probe storyD, storyE and
 * the bundled story (not committed) are all still answered.
 *
 * From MIN_COVERAGE, in a story of SUPPORT_MIN_SENTENCES or more, an answer from a lower excerpt than the best whose
 * passage (its sentence with its neighbours, paraphrases counted) holds under LOWER_PASSAGE_MIN of the question is not
 * covered. eval:refusal, 2,000 sample: training half near refused 0.619 → 0.622 (strict 0.677 → 0.679), own answered
 * 0.915 → 0.913 (three wrong answers), own F1 0.491 unchanged; test half near 0.630 → 0.634 (strict 0.664 → 0.669),
 * own answered 0.931 → 0.926 (five wrong answers), own F1 0.524 unchanged. Kit and eval:typed identical; SQuAD reading
 * unmoved (a paragraph is under SUPPORT_MIN_SENTENCES).
 *
 * In a story of SUPPORT_MIN_SENTENCES or more, at any coverage, an answer does not cover a question whose best excerpt
 * scores under OFF_ARTICLE_NOUN_SCORE when a common noun of the question other than its focus is written by the story
 * but not by the answer's article, nor in a paraphrase (offArticleNoun), and OFF_ARTICLE_NOUN_SHARE of the question's
 * weight or more is written only in other articles: the thing asked about is reported elsewhere, and the excerpt matched
 * the topic's words. eval:refusal, 2,000 sample: training half near refused 0.624 → 0.654 (strict 0.682 → 0.705), other
 * 0.968 → 0.969, own answered 0.913 → 0.901 (13 own refused, 3 of them answered right), own F1 0.494 → 0.492; test half
 * near 0.635 → 0.671 (strict 0.670 → 0.707), other 0.982 → 0.985, own 0.925 → 0.918 (8, 2 right), own F1 0.525 → 0.523.
 * Kit (storyF's summary line too), eval:typed and SQuAD reading (single paragraphs) identical.
 *
 * Below MIN_COVERAGE, in a story of SUPPORT_MIN_SENTENCES or more, a question wanting no type whose answer's passage
 * (paraphrases counted) holds under PHRASE_PASSAGE_MIN of it is not covered either. eval:refusal, 2,000 sample: training
 * half near refused 0.654 → 0.661 (strict 0.705 → 0.710), other 0.969 → 0.970, own answered 0.901 → 0.900 (one own
 * question, answered right), own F1 0.492 → 0.491; test half near 0.671 → 0.676 (strict 0.707 → 0.711), other 0.985 →
 * 0.987, own 0.918 → 0.915 (three, all answered wrong), own F1 0.523 unchanged. Kit and eval:typed identical.
 *
 * From MIN_COVERAGE, in a story of any size, a question asking what a thing is ("What is X?") or a figure by its opening
 * ("How many / how much / how long …") that the extractor found no short answer to is not covered when no excerpt gives
 * the fact in another form (unshownFact: X as a copula's subject or complement, named, or named between commas or in
 * brackets after a noun; an amount of a word of the question, or a stretch of time in words): the excerpts only mention
 * X or what is counted, as a story on the same topic that lacks the fact does, and the member is told the story does
 * not say rather than shown excerpts that do not answer. eval:refusal, 2,000 sample: training half, where it was chosen,
 * near refused 0.667 → 0.672 (strict 0.710 → 0.717: 5 questions), other 0.970 → 0.971, own answered 0.897 → 0.896 (one
 * question, which had no short answer), own F1 0.495 unchanged; test half near 0.676 → 0.684 (strict 0.713 → 0.720: 5
 * strict, 2 more near), own answered 0.913 and F1 0.528 unchanged; `--sample 6000`: training half 9 near (8 strict)
 * and 2 other refused for 4 own (near 0.660 → 0.663, own 0.895 → 0.894), test half 13 near (11 strict) for 3 own (near
 * 0.660 → 0.665, own 0.906 → 0.905); own F1 unchanged on both (no short answer is lost). The kit's answerable
 * questions are all covered with a short answer (kit, storyF's summary line and eval:typed identical); SQuAD reading
 * counts no answer either way (its rows identical).
 *
 * Below MIN_COVERAGE, in a story of SUPPORT_MIN_SENTENCES or more, a typed answer from a lower excerpt than the best does
 * not cover a question naming a name the story writes in under RARE_NAME_SHARE of its sentences that the answer's article
 * has not written by the answer's sentence (heldWords `rareNameBefore`): an article introduces the person or organisation
 * it reports on before it tells what they did, so a sentence its article has not yet tied to them tells of someone else.
 * A person the story quotes is left out (a quotation comes before its speaker's name). eval:refusal, 2,000 sample:
 * training half near refused 0.672 → 0.677 (strict 0.717 → 0.719), other 0.971 unchanged, own answered 0.896 → 0.894
 * (two own questions, one answered right), own F1 0.494 → 0.493; test half near 0.684 → 0.693 (strict 0.720 → 0.726),
 * other 0.987 unchanged, own answered 0.913 → 0.912 (two, both answered wrong), own F1 0.528 unchanged; answers at ≥ 0.8
 * unchanged (58 at 0.052 wrong, 42 at 0.071); `--sample 6000`: training half near 0.664 → 0.667 (strict 0.703 → 0.704),
 * own 0.894 → 0.893 (6, 2 right), own F1 0.498 → 0.497; test half near 0.665 → 0.670 (strict 0.704 → 0.708), own 0.905 →
 * 0.904 (5, 1 right), own F1 0.495 unchanged; `--seed 2`: training half near 0.657 → 0.660, own 0.892 → 0.890, test half
 * near 0.677 → 0.681, own 0.912 → 0.911, own F1 unchanged on both. The name missing from the whole article instead (`rareNameOffArticle`)
 * refused 3 near for 1 own on the training half; with any excerpt's answer, 5 own (2 right) for 15 near. Without the
 * speakers left out, the kit lost an answer: a question on what a quoted analyst thought was answered with the right
 * figure from another article's sentence. Kit, eval:typed and SQuAD reading rows identical.
 *
 * Below MIN_COVERAGE, in a story of SUPPORT_MIN_SENTENCES or more, no rule covers a question whose best excerpt scores
 * under ABSENT_NOUN_SCORE when it names a concrete thing by a lower-case common noun the story never gives (absentNoun:
 * every WordNet sense of the noun a person, a thing made, an organisation, a place or a group; the story writing neither
 * the noun, its lemma, a WordNet relative, a kind of it nor a word it is a typo of; the answer's own noun left out): "Who
 * did the airline appoint?" of a story with no airline is about something it does not report. eval:refusal, 2,000
 * sample: training half near refused 0.677 → 0.683 (strict 0.719 → 0.729), other 0.970 → 0.972, own answered 0.894 and
 * F1 0.494 unchanged; test half near 0.693 → 0.699 (strict 0.726 → 0.733), other 0.987 → 0.989, own answered 0.912 →
 * 0.910 (two questions, one answered right: a noun the asker misspelt as another word, a verb the tagger read as a
 * noun), own F1 0.531 → 0.530; answers at ≥ 0.8 unchanged; `--seed 2`: training half near 0.660 → 0.665 (strict 0.703 →
 * 0.708), other 0.967 → 0.970, own answered 0.890 → 0.888 (two, one right: "St" written for a saint), own F1 0.514 →
 * 0.513; test half near 0.680 → 0.681, other 0.972 → 0.973, own unchanged; `--sample 6000`: training half near 0.666 →
 * 0.671 (strict 0.704 → 0.710), other 0.972 → 0.973, own 0.893 → 0.892 (three, one right), own F1 0.499 unchanged; test
 * half near 0.670 → 0.673 (strict 0.708 → 0.711), other 0.978 → 0.980, own 0.904 → 0.903 (four, two right), own F1 0.496
 * unchanged. Any noun of the question (an abstract one, "factor", "lack",
 * "event", is how an asker sums up what a paragraph tells in other words), below MIN_COVERAGE and at any score: training
 * half 5 own (all answered right) for 28 near and 11 other, test half 9 (5 right) for 28 and 5; from MIN_COVERAGE, 14 own
 * (9 right) for 3 near on the training half. With only the noun's most frequent sense concrete, at any score the kit
 * lost three answerable questions (one names a limit by a noun for a thing worn and scores 3.47), under 2.35 one. Kit
 * (storyF's summary line too), eval:typed and the SQuAD reading rows identical.
 *
 * Below MIN_COVERAGE and up to NAME_RUN_COVERAGE, in a story of SUPPORT_MIN_SENTENCES or more, a question naming a small
 * figure in digits that the story never writes, in digits, before a scale or as a number word (heldWords `figureAbsent`:
 * "at 60 kPa", "45 degrees south"; a day of a month, a time, a decade, a rank and a year's last digits in a list are no
 * such figure) measures or counts something the story does not report, as a year it never writes dates something it
 * does not report (a larger figure is missingDetail's, looked for in the best excerpts). eval:refusal, 2,000 sample:
 * training half near refused 0.683 → 0.686 (strict 0.729 → 0.732), test half 0.699 → 0.700 (strict 0.733 → 0.734), own
 * answered, own F1 and other unchanged on both; `--seed 2`: 0.665 → 0.668 and 0.681 → 0.682, own unchanged; `--sample
 * 6000`: 0.671 → 0.672 and 0.673 → 0.674, own answered 0.892 → 0.892 (one own refused on the training half, answered
 * wrong), test half own unchanged. Without the day of a month left out, the kit lost a storyE question asking an amount on
 * a day of a month (its article of that day says "today"); without a year's last digits left out, the 6,000 sample's
 * test half lost a right own answer ("in 1841, 42, 43"). Kit (storyF's summary line too), eval:typed and SQuAD reading
 * rows identical.
 *
 * At any coverage, in a story of SUPPORT_MIN_SENTENCES or more, a short answer whose own span is not of the kind the
 * question asks for does not cover it (answerOwnKind.ts `kindClash`, read from the span's words, the word after it and the
 * lexicon, not from the question's): one capitalised describing word right before a noun ("**Supplementary** rules",
 * "**Catholic** schools") for a person, a place or an organisation; such a word alone, a demonym or a person noun, for a
 * place; a capitalised name headed by a noun of a thing made, written, a time, an amount or a place for a person ("Edict
 * of X", "X Television"). eval:refusal, 2,000 sample: training half near refused 0.688 → 0.694 (strict 0.733 → 0.741),
 * other 0.972 → 0.974, own answered 0.896 → 0.893 (three more refused, all answered wrong), own F1 0.494 unchanged; test
 * half near 0.699 → 0.706 (strict 0.733 → 0.739), other 0.989, own answered 0.910 and own F1 0.528 unchanged; answers at
 * ≥ 0.8 unchanged; `--seed 2`: training half near 0.668 → 0.671 (strict 0.710 → 0.714), own 0.885 → 0.882 (four, one
 * right), own F1 0.510 → 0.509; test half near 0.681 → 0.685 (strict 0.716 → 0.718), own unchanged. With any common noun
 * heading a name (not only those classes), storyE lost a charity named by a noun of an act in eval:typed's fragment row;
 * with given names read as describing words and any describing word alone for a place, seed 2's test half lost 3 right
 * own answers ("Mirela" of a fort, "Upper" of a river's region). Kit (storyF's summary line too) and SQuAD reading rows
 * identical.
 *
 * From MIN_COVERAGE up to NAME_RUN_COVERAGE, in a story of SUPPORT_MIN_SENTENCES or more, a phrase answer whose sentence
 * with the one before holds under PHRASE_HELD_MIN of the question does not cover it. eval:refusal, 2,000 sample: training
 * half near refused 0.695 → 0.703 (strict 0.738 → 0.746), other 0.974 → 0.975, own answered 0.893 → 0.891 (two refused, one
 * answered right), own F1 0.500 → 0.499; test half near 0.708 → 0.718 (strict 0.739 → 0.749), other 0.989 → 0.990, own
 * answered 0.911 → 0.908 (three, none right), own F1 0.534 unchanged; answers at ≥ 0.8 unchanged; `--seed 2`: training half
 * near 0.670 → 0.682 (strict 0.712 → 0.722), own answered 0.884 → 0.878 (4 of the refused answered right), own F1 0.517 →
 * 0.513; test half near 0.685 → 0.692 (strict 0.717 → 0.727), own 0.906 → 0.902, own F1 0.512 unchanged. Kit (storyF's
 * summary line too), eval:typed and SQuAD reading rows identical (single paragraphs are under SUPPORT_MIN_SENTENCES).
 *
 * At any coverage and in a story of any size, a request by an imperative verb ("Name a river ferry of X", read as
 * "Which luxury division of X": questionWord.ts) whose best excerpt lacks a name the question writes and the story
 * writes is not covered (requestName.ts `requestNameUnheld`): read as a which-question, the request's verb, which no
 * story writes, no longer counts against its coverage, and a sentence on another part of the topic that writes the
 * noun phrase's rarer words ("luxury sedans") covered it. eval:refusal, 2,000 sample, with the rewrite: training half
 * near refused 0.706 back to 0.707 (the rewrite alone had answered one near question so), own F1 0.514 → 0.515 (one own
 * answer mended by the rewrite); test half identical. Every SQuAD dev question opening with such a verb (13), asked of
 * its half, the other half and the next article's half: own F1 4.5 → 6.4 in all, near answered 0 → 3 (4 with the rewrite
 * alone; the three left write no name: two untyped phrase answers that repeat the focus noun's topic, one partly right).
 * SQuAD reading F1 0.5449 → 0.5451 (the rewrite's; the check refuses no reading question), kit and eval:typed identical.
 *
 * Below MIN_COVERAGE, in a story of SUPPORT_MIN_SENTENCES or more, a phrase answer to a question asking how something
 * was done ("How did the crew free the ferry?": mannerAdverb.ts MANNER_QUESTION) is no sure answer, however confident the
 * model (`mannerSure`): any clause of a sentence on the question's topic reads as a way or a means, so where the story
 * does not tell the way, a clause beside the topic's words is given at the confidence of a right one. eval:refusal,
 * 2,000 sample: training half near refused 0.707 → 0.714 (strict 0.749 → 0.756), other 0.975, own answered 0.894 →
 * 0.892 (two refused, one answered right), own F1 0.514 unchanged; test half near 0.728 → 0.733 (strict 0.763 → 0.767),
 * other 0.990, own answered 0.903 → 0.900 (two, one right), own F1 0.545 → 0.544; `--seed 2`: training half near 0.681 →
 * 0.683 (strict 0.719 → 0.721), other 0.973 → 0.974, own 0.880 → 0.879 (one, wrong), own F1 0.524; test half near 0.699 →
 * 0.705 (strict 0.736 → 0.743), other 0.977 → 0.978, own 0.898 → 0.895 (three, none right: two partly, F1 0.22 and
 * 0.40), own F1 0.516 → 0.515; `--sample 6000`: training half near 0.691 → 0.696 (strict 0.729 → 0.734), own 0.885 →
 * 0.883, own F1 0.515 unchanged; test half near 0.694 → 0.699 (strict 0.732 → 0.738), own 0.893 → 0.891, own F1 0.510 →
 * 0.509 (the check stands before others that refuse some of the same: it names 11 own refusals, 4 answered right, on the
 * training half and 12, 3 right, on the test half). Sent on to the phrase rule instead of refused, the same answers nearly all passed its
 * checks (near +1 a half, seed 1); any sure phrase answer refused, not only to how-questions, would cost right own answers
 * to why- and what-questions (seed 1's dump: test half 3 right own for 3 strict near). Kit (storyF's summary line too),
 * eval:typed and SQuAD reading rows identical (single paragraphs are under SUPPORT_MIN_SENTENCES).
 *
 * At any coverage and in a story of any size, an answer of the wrong measure does not cover a question: an amount whose
 * only units measure something else than the measure asked by its unit, its noun or a how-word (unitFit.ts
 * `measureClash`: "12.5 mg" or "1,742 m" for a temperature, "about 60 km" or "18-yard" for how old someone was; a rate
 * and a figure with no unit left alone); a date alone for a question that wants no type and asks no time (figureAsked.ts
 * `dateUnasked`: "March 18" for what a merged company was known as, "January 2003" for what kind of government a
 * country has); a figure that is no sum for a sum asked by its noun (moneyAsked.ts `moneyUnanswered`, MONEY_NOUN_ASKED:
 * "10" of ten events for what they cost). eval:refusal, 2,000 sample: training half near refused 0.714 → 0.715 (strict
 * 0.756 → 0.757), other 0.975 → 0.976, own answered 0.892 → 0.888 (four refused, all answered wrong), own F1 0.514
 * unchanged; test half near 0.734 → 0.738 (strict 0.767 → 0.774), own answered 0.900 → 0.899 (one, wrong), own F1 0.547
 * unchanged; `--seed 2`: training half near 0.682 → 0.691 (strict 0.719 → 0.726), own answered 0.879 → 0.875 (four, all
 * wrong), own F1 0.525 unchanged; test half near 0.705 → 0.708 (strict 0.743 → 0.747), own answered 0.894 → 0.892 (two,
 * wrong), own F1 0.516 unchanged; `--sample 6000`: training half near 0.695 → 0.697 (strict 0.734 → 0.735), own answered
 * 0.883 → 0.881 (seven, all wrong), test half near 0.699 → 0.701 (strict 0.738 → 0.740), own answered 0.891 → 0.889 (three,
 * all wrong), own F1 unchanged on both; answers at ≥ 0.8 unchanged. SQuAD reading: 23 answers withheld, one partly right (F1
 * 0.4), reading F1 0.5462 and held back 0.5712 unchanged. Kit (storyF's summary line too), eval:typed and the bundled
 * snapshot identical. Dropped: "how far" answered by a figure with no unit (two near questions on one sample, but "how far
 * behind" is answered by "two strokes" in sport), "how long" so (the kit's right "24" for a winning streak).
 *
 * At any coverage, a date the question's verb is told at, done to another thing, does not cover a question
 * (objectAsked.ts `objectUnasked`: "a council elected Ada as chair in 1201" for when Bo was elected). eval:refusal,
 * 2,000 sample: train near 0.714 → 0.715 (with countAnsweredByYearSpan's one), test 0.738 → 0.739, own unchanged;
 * `--seed 2` train near 0.690 → 0.691, own answered 0.876 → 0.875 (one, wrong), test unchanged. SQuAD reading, kit and
 * typed unchanged. Its first forms (any common noun the question lacks; a verb in the passive) withheld four right
 * SQuAD when-answers ("approved the deal" for the sale, "announced a plan to join").
 *
 * Nor does one whose verb is told of another named doer (objectAsked.ts `subjectUnasked`: "When Ada Vell died in 1901,
 * Bo Vell was called home" for when Bo Vell died). eval:refusal, 2,000 sample: test half answers at ≥ 0.8 45 at 0.067
 * wrong → 44 at 0.045 (one own wrong answer refused); 6,000 sample (first form) also refuses the wrong near answers of
 * two questions shown at 0.77. Kit, eval:typed identical. Its first forms refused right answers: every proper noun of
 * the subject compared (a relative clause's subject read back into an apposition, "Ada Rand, captain of the Tolly
 * Rovers, who died …"), the question's first verb taken (a participle after a question verb tagged a noun), a name
 * asked by its abbreviation, an epithet ("Ivo the Elder") read as another name.
 *
 * Answers of the wrong kind, read from their own words: a capitalised plural of a noun whose first WordNet sense is a
 * person for a where-question that names no kind of place ("Drovers"; answerOwnKind.ts `kindClash` 'people': "What
 * house …" answered by a house called "The Coopers" had been refused), a figure in digits with a noun of an amount
 * for a person ("1200 kelvins", 'measure'), and no figure for "the total" of something or no figure nor stretch of
 * time for how long (figureAsked.ts `figureUnanswered`); and a description (the people catalogue, a definition, a
 * speaker's words) no longer covers a question below MIN_COVERAGE by itself, but goes through the checks as any answer
 * does (a speaker's words on another matter were given at coverage 0.25). eval:refusal, 2,000 sample, the four together: training half
 * near refused 0.718 → 0.721 (strict 0.764 → 0.768), other 0.976 → 0.977, own answered 0.886 → 0.885 (one, answered
 * wrong), own F1 0.510 unchanged; test half near 0.739 → 0.744 (strict 0.775 → 0.781), own answered 0.899 → 0.898 (one,
 * wrong), own F1 0.555 unchanged; answers at ≥ 0.8 unchanged. Kit (storyF's summary line too) and eval:typed identical;
 * SQuAD reading withholds three wrong answers, F1 unchanged. Dropped: a share in words answering no how-many ("one
 * ninth" of a river's flow for how many channels: one near question) — SQuAD reading lost three right answers, a share of
 * a people answering how many of them died or live poor ("half", "two-thirds").
 *
 * A where-answer that is no place, for a where-question naming no kind of place (answerOwnKind.ts `kindClash`
 * 'placeless'): a body or a person its sentence writes after no preposition of place, opens with none and sets in
 * apposition to no place phrase, one of whose names joined by "and" is headed by a noun with no WordNet sense of a place
 * or a thing made ("the Tarn Institute and the Velden Trust will hold their meetings" for "Where will the guild meet?";
 * "the Orsk Museum preserves …" and "at a weaving school, the Orsk Institute" still answer); or a lower-case noun of a
 * quality or an amount, never a place, a thing made, a body or a writing ("fell in value"). Probes (uncovered
 * where-questions for storyE, storyD and the bundled story) 1 → 4 of 15 refused, controls kept; eval:refusal near where
 * 0.725 → 0.775 (train) and 0.605 → 0.658 (test), own where answered 0.900 → 0.875 (train: one partly right answer),
 * test unchanged; pooled SQuAD 4 wrong short answers withheld, short where F1 unchanged; kit identical.
 *
 * At any coverage, in a story of SUPPORT_MIN_SENTENCES or more, an answer that is no person does not cover a question
 * naming a person the story reports on when its sentence names another person but no name the question writes, nor that
 * person by another spelling, nor a pronoun that may stand for them, and the sentence before does not name them either
 * (heldWords.ts `otherPerson`: "Where does Brandt live?" answered from "Ada Vik, who lives in Orsk, …"; "When did Brandt
 * turn professional?" from the next sentence of her profile). A news story names many people, and a sentence about one
 * of them that holds the question's verb is read as about the one asked. eval:refusal, 2,000 sample: training half near
 * refused 0.720 → 0.722 (3 questions), own answered 0.885 and own F1 0.512 unchanged; test half near 0.744 → 0.745
 * (strict 0.781 → 0.783: 6 strict near questions), own answered 0.898 → 0.897 (one, partly right: F1 0.4), own F1
 * 0.560 unchanged; other and answers at ≥ 0.8 unchanged. The kit's answerable questions all still answered (a first
 * form lost one that asks by a given name the sentence writes as the surname); SQuAD reading identical (a paragraph is
 * too small a story); eval:squad's pooled story withholds one right where-answer (where F1 0.522 → 0.520); `--seed 2`
 * test half near 0.709 → 0.711 (strict 0.750 → 0.753), own unchanged on both halves. Its first form (every person the
 * names stage finds, any word of their name) refused 5 own questions on each half, 3 answered right (a city, a list of a
 * college's alumni, a show's title).
 *
 * At any coverage, a bare figure (no unit, no year: "eight" of "the last eight", "12 to 19") does not cover how long
 * asked by a verb of its own ("How long did the siege of Orsk last?"; figureAsked.ts `figureUnanswered`); "How long is
 * the unbeaten run?" keeps its count. "How long will …" is read as a future question (futureAsked.ts FUTURE_ASKED), so
 * a past date does not cover it. SQuAD reading: two wrong answers withheld, none lost (F1 unchanged); kit: one wrong
 * bare figure withheld on storyD (not covered 0.056 → 0.083, answers unchanged; eval:typed the same on every form). eval:refusal, 2,000 sample: training half own answered 0.883 → 0.882 (one, wrong), near unchanged;
 * `--seed 2`: test half near 0.710 → 0.711 (strict 0.753 → 0.754), training half own 0.876 → 0.875 (one, wrong).
 *
 * At any coverage, a figure its sentence does not write as an age does not cover a question asking one (ageAsked.ts
 * `ageUnanswered`: "1" of a seeding table's "1 Ivo Brandt (Velden)", "two" of "the two sides", "20" of "a 20-point plan"
 * for how old someone is; an age is a figure with a unit of time or "old" after it, "age" / "aged" / "turned" before it,
 * a copula or "at" before it ending its clause, or set off by commas or brackets), and no short answer to "How old …"
 * where no excerpt writes an age in any form (unshownFact.ts). In a story of SUPPORT_MIN_SENTENCES or more, a name or a
 * title does not cover "Who is / What is the name of X's wife / father …?" or "Who did X marry?" when neither its
 * sentence nor the one before writes a noun of a family or a marriage or a word telling one (askedRole.ts
 * `relativeUntold`: "Velden's mayor" from "Velden's mayor, Ivo Brandt, opened the pier" for Brandt's wife); and "What is
 * the name of X's coach?" is read as asking who holds the role (askedRole, first WordNet sense a person), so
 * `roleUnfilled` weighs it. Found by writing 126 uncovered questions for storyD, storyE and the bundled story (kept out
 * of the repository): 50 answered before, 39 after (ages 7, relatives 2, and 2 sums by moneyAsked's "What price …" and
 * "how much profit …", which move no eval:refusal or SQuAD reading row). eval:refusal, 2,000 sample: training half near refused 0.724 → 0.726
 * (strict 0.769 → 0.772), own answered 0.884 → 0.883 (one, answered wrong), own F1 0.511 unchanged; test half near
 * 0.745 → 0.746 (strict 0.783 → 0.784), own unchanged. SQuAD reading: four wrong answers withheld (how old, at what
 * age), F1 unchanged; kit identical. Its first form of the name question (any person sense) refused a right-in-part
 * "a rite of the Tarn monks" for "the name of the woven sort of X" ("sort" is a person in a later sense).
 *
 * In a story of SUPPORT_MIN_SENTENCES or more, a name does not cover "Who is X's coach?" (or "What is the name of X's
 * deputy?", "Who is X's successor as …?") when X is a person the story names and the answer's sentence names them by no
 * word of their name, nor, X named in the sentence before, by a pronoun (askedRole.ts `ownerUnnamed`: "Ada Vell's coach
 * praised her serve" for Brandt's coach); a place or an organisation owning the role ("Velden's mayor") is left alone.
 * And a date told by a verb in the past ("As the regatta began Sunday") does not answer when something will happen in an
 * undated article either (futureAsked.ts `toldAsPast`; not after "will", "is", "to", nor a date aimed at: "scheduled
 * for Friday"). Of the 126 uncovered probe questions (see above) 87 were refused before, 92 after (owner 4, the verb 1);
 * eval:refusal (2,000 sample), SQuAD reading, eval:kit and eval:typed identical: SQuAD rarely asks a person's role
 * so, and "When will …" hardly at all.
 *
 * Nor, at any coverage and in a story of any size, is a question asking when something is yet to happen answered by a
 * date from a sentence that writes neither the question's verb (nor a WordNet relative or converse of it) nor one of
 * its common nouns, or of its names that the sentence before does not write either (futureAsked.ts
 * `otherEventForFuture`: "Friday" of "Ada Vell will open the pier on Friday, as the ferry sails for Orsk" for
 * "When will the ferry return from Velden?"); and a verb written as its lemma right after "he", "she" or "it" is read
 * as past by `toldAsPast` ("the crew she beat in the 2029 regatta"). 43 new uncovered probe questions on time (future
 * events, later steps, "when did X first …"; kept out of the repository) refused 22 → 29, round 42's 126 refused 92 → 96
 * (and its second 38, 29 → 30); of 16 answerable future questions written beside them, one wrong answer is withheld
 * (a year a verb in the past tells, written as its lemma after "he"), every right one still answers. eval:refusal (row by row), SQuAD
 * reading (0 won / 0 lost), eval:kit and eval:typed identical. The same test for when-questions on the past, screened on
 * eval:refusal's dump, would refuse 12 near questions for 12 own ones answered right: left out.
 *
 * At any coverage, in a story of SUPPORT_MIN_SENTENCES or more, a where-answer its sentence writes as whose a person is
 * does not cover the question (placeOwner.ts `placeOwnsPerson`: "Velden" of "Velden's mayor, Ivo Brandt, …" or of
 * "Velden harbour officials", "the Tarn Board" of "a spokesperson for the Tarn Board", for where Brandt was born or grew
 * up): the sentence tells whose the person is, not where anything is or happened; a question asking where someone
 * comes from, works or studies is left alone, and so is "Ivo Brandt of Velden". Nor is an organisation its sentence does
 * not write with the role an answer to a named person's role (askedRole.ts `roleHeldByBody`: "Who is Vell's coach?"
 * answered by the paper she spoke to). And a figure the extractor cut from its hyphened compound is read as the measure
 * it is (`countAnsweredByMeasure`: "ten" of "a ten-storey block" for how many people live there or for a population).
 * eval:refusal, 2,000 sample: test half near refused 0.746 → 0.747 (where 0.579 → 0.605: a country
 * named as whose an envoy is, for where the place he is sent to lies), training half, own answered and own F1 unchanged on both halves; `--sample
 * 6000`: test half one near question more, two own answers withheld, both wrong (a plural that WordNet also files as a
 * person's name, "waters", had withheld a right one: a plural is read as its singular). SQuAD reading 0 won / 0 lost. Of 126 and
 * 42 uncovered probe questions written for storyD, storyE and the bundled story (not committed), 92 → 95 and 30 → 34
 * refused. Kit and eval:typed identical.
 *
 * In a story of SUPPORT_MIN_SENTENCES or more, "When did X become Y?" is not covered by a date from a sentence that
 * tells no becoming — no word of taking a post or a state (became, elected, appointed, took, joined …), no "as" before
 * a word of Y, no verb WordNet derives from Y's head, no "since" or "by" before the date — when the sentence writes Y's
 * head as a title or does not name X (becomeAsked.ts `becomingUntold`: "Friday" of "Harbour warden Ivo Brandt opened the
 * pier on Friday" for when Brandt became warden), nor by no date at all. Nor is a when-question covered by a date a verb
 * of saying is told at, before what was said (sayingDated.ts: "Friday" of "Ada Vell said on Friday that the mill had
 * closed" for when the mill closed), unless the question asks of a saying or a statement. 44 new uncovered time probes
 * on storyD, storyE and the bundled story (kept out of the repository) refused 11 → 25, round 43's 85 63 → 68, round
 * 42's 126 99 unchanged. eval:refusal, 2,000 sample: near refused 0.726 → 0.728 (train; when 0.612 → 0.642) and 0.746 →
 * 0.747 (test; when 0.738 → 0.754), strict 0.772 → 0.774 / 0.784 → 0.786; own answered train 0.883 → 0.882 (a wrong
 * year withheld), own F1 unchanged. SQuAD reading 0 won / 0 lost (its paragraphs are below the story size); kit, typed
 * identical. Before the title-or-X guard and "by", two own answers were refused (a verb derived from what X became, and
 * a state said to hold by the date). Screened on the dump, not built: a date another verb of the sentence dates
 * while the sentence also writes the question's verb (8 own right against 5 near).
 *
 * In a story of SUPPORT_MIN_SENTENCES or more, a when-question is not covered by a date written before the noun of a
 * work — a noun whose most frequent WordNet sense is a communication: a report, a letter, a charter, a treaty — when
 * neither that noun, the words of its phrase nor a title right after it are words of the question or their relatives
 * (workDated.ts: "2031" of "Her 2031 report on the Tolly mill found it sound" for when the mill closed): the date tells
 * when the work was made, not when what it tells of happened. A date before a span or an event ("the 2031 season", "the
 * 2031 flood") is left alone: what happened in it is dated by it — screened on the eval:refusal dump of 6,000 (seed 2),
 * every noun a date describes refused 10 near answers against 17 own right ones; works alone 4 near, 0 own. An "of"
 * phrase after the work's noun naming the event asked counts as named ("the 2031 announcement of the discovery"): without
 * it the pooled reading lost one. eval:refusal 6,000 (seed 2): near refused 0.709 → 0.710 (train; when 0.622 → 0.638)
 * and 0.712 → 0.713 (test), own answered and own F1 unchanged; the 2,000 sample, SQuAD reading, kit, typed identical.
 *
 * In a story of SUPPORT_MIN_SENTENCES or more, "When did X first …?" is not covered by a date from a sentence that
 * writes "first" but none of the capitalised words the question writes before its "first", nor a pronoun that may stand
 * for X (firstOfAnother.ts: "1931" of "Ada Vik hopes to become the first Velden rower to win the cup since 1931" for when
 * Ivo Brandt first won the Velden cup): that "first" is another's. heldWords' otherPerson misses it when the sentence
 * writes another word the question names ("Velden"). A sentence with no "first" is left alone: the sentence dating a
 * first deed often does not write the word. 44 uncovered time probes on storyD, storyE and the bundled story (kept out
 * of the repository) refused 25 → 27; the older 126, 85 and 43 probes unchanged. eval:refusal, 2,000 sample: identical
 * (it holds two when-first questions). Every when-first question of SQuAD dev naming a doer (24), asked of its own half
 * and of the other: own unchanged, near one more refused (test half). Kit (storyF's summary line too) identical; SQuAD
 * reading 0 won / 0 lost, pooled unchanged.
 *
 * In a story of SUPPORT_MIN_SENTENCES or more, four more date checks of the same kind. "When did X first …?" is not
 * covered by the date a first is counted since (firstOfAnother.ts `firstSinceDated`: "1931" of "his first cup since the
 * regatta of 1931"); "When was X founded / built / opened / first held?" by a date from a sentence that, outside its
 * names, writes no word of a coming to be, no WordNet relative of the question's verb and no "since", unless the date is
 * part of a name the question writes ("the 1921 Harbour Toll Act") (foundingAsked.ts: "Sunday" of "The guild met at the
 * Tolly mill on Sunday" for when the mill was built); "When did X last …?" by a date its sentence tells as still to
 * come (futureAsked.ts `futureForPast`: "will meet on Friday"); "When did X first close above 7,500?" by a date from a
 * sentence that writes the figure only from the other side or not at all (thresholdAsked.ts). At any size, "How far /
 * tall / fast …?" is not covered by a bare figure its sentence hyphens to a word that is no unit of the dimension, nor by
 * a score (measureOfOther.ts, in `measureClash`: "16" of "a 16-point charter" for how far), and a rank hyphened to its noun
 * after "one" ("one second-heat lapse") is no share (`countAnsweredByRank`). Found by ~40 new uncovered probes on storyD,
 * storyE and the bundled story (kept out of the repository) and round 44's leads: the 380 probes of rounds 42–45 refused
 * 277 → 300, round 45's 44 new 20 → 33. Every SQuAD dev question these rules can meet (764: founding, first, last,
 * threshold, how many), asked of its own half and the other half of stories of 40+ sentences: near 8 more refused (6 with
 * no gold answer in that half), own 2 refused, both answered wrong. Kit, typed, eval:refusal's 2,000 sample and SQuAD reading rows identical. Dropped:
 * the plan date for any past when-question (a kit question like "When was the regatta?" answered by "will row in Saturday's regatta"),
 * "introduced" as a founding verb (a right own answer refused), a figure picking members of a group ("one of the
 * quays") read as counting that group (2 own right lost for 1 near).
 *
 * Nor, at any coverage and in a story of any size, is a how-many question answered by a value that counts nothing
 * (countOfOther.ts `countAnsweredByValue`, in `countUnanswered`: a sum of money, or a percentage its sentence writes as
 * a change, "17%" of "the shares fell 17%" for how many staff a firm has) or by the "one" that picks a member of a group
 * a superlative ranks (`countAnsweredByPick`: "one of the oldest mills"), nor "How long is / was X?" by a bare figure
 * from a sentence that writes no common noun of X (figureAsked.ts `bareFigureUnheld`, in `figureUnanswered`: "29" of a
 * seeded list's line for how long a match lasted; "12" of "extending its winning run to 12" still answers how long the
 * run is). And in a story of SUPPORT_MIN_SENTENCES or more a how-many answer its sentence writes as a count of another
 * noun, never naming the thing counted, is not covered (`countOfOtherNoun`: "12" of "the board sets out 12 harbour
 * bylaws" for how many ferries sail from Orsk; synonyms, kinds, people, classing nouns and a noun derived from a word of
 * the question left alone). Single paragraphs
 * are left out: there a paraphrase of the counted noun is the rule ("four saves" for how many shots were
 * stopped), and SQuAD reading lost six right answers to it. eval:refusal, 2,000 sample: training half near refused
 * 0.726 → 0.728, test half 0.746 → 0.747 (strict 0.784 → 0.786), own answered 0.883 → 0.882 (one, answered wrong), own
 * F1 unchanged on both halves; `--sample 6000` near 0.703 → 0.704 / 0.706 → 0.707 (7 near questions), own answered
 * 0.876 → 0.875 (four, one of them right: a paraphrase of the
 * counted noun); SQuAD reading rows identical. Of 43 uncovered probe questions on amounts, lengths, counts,
 * prices and ages written for storyD, storyE and the bundled story (not committed), 29 → 33 refused.
 *
 * Round 46, from round 45's leads, in a story of SUPPORT_MIN_SENTENCES or more: "When did X first …?" is read as "last"
 * is (futureAsked.ts `futureForPast`: "next week", "expected to sail on Monday" answer neither), and for either a date
 * after "before" in its clause is a bound or a later deed's date ("would meet the board before Friday", "before the
 * crews leave for Velden on Friday"); an answer whose sentence names none of the people the question names, all of one
 * sex by their given names, while its pronouns of a person are all of the other sex is that other person's
 * (otherSexPronoun.ts: "He has won four Velden cups" for how many Marta Lindqvist has won). At any size, "how fast" is
 * not answered by a bare figure counting things (measureOfOther.ts `countsThings`: "two" of "two old Orsk ferries"; not
 * "18 knots", "40 strokes a minute"). The 380 probes of rounds 42–45 refused 300 → 305, round 46's 40 new 22 → 28.
 *
 * Round 52, at any coverage and in a story of any size: an answer not of the form the question's own wording asks
 * (answerForm.ts `formUnanswered`): a date alone for "At what time …" (a year or a decade for when the ferry left), a
 * date coarser than a day for "On what date …" ("on" dates a day; "What date …" alone is asked of years), one day, a
 * month, a season or a single year for "which era / period" (a span answers it), words whose initials do not spell the
 * abbreviation "What does X stand for?" asks about. eval:refusal, 2,000 sample: training half near refused 0.730 → 0.734
 * (strict 0.773 → 0.780), other 0.974 → 0.975, own answered 0.883 → 0.882 (one, answered wrong), own F1 0.521
 * unchanged; test half near 0.747 → 0.748 (strict 0.787 → 0.789), own unchanged; answers at ≥ 0.8 on the training half
 * 103 at 0.068 wrong → 102 at 0.059. SQuAD reading: 0 won, 0 lost (six wrong answers withheld); kit identical. A first
 * form reading any "what date" and "what time" lost five right reading answers ("prior to which date" → a year, "during
 * what time" → "the 1540s", "on what day" → "Christmas").
 *
 * @example isCovered({ coverage: 0.3, untyped: true, answered: true, answerInBest: true, … }) // → true
 */
export function isCovered(e: CoverageEvidence, model: SupportModel = committedSupportModel()): boolean {
  return refusingCheck(e, model) === undefined;
}

/**
 * The check of isCovered that refuses a question, or undefined when the story covers it: one name per check, so
 * eval:refusal can count which check refuses the questions asked of the story that holds their answer.
 * @example refusingCheck({ coverage: 0.1, answered: false, … }) // → 'noRule'
 */
export function refusingCheck(e: CoverageEvidence, model: SupportModel = committedSupportModel()): string | undefined {
  // What the story says of the person or thing asked about covers a question it matches; below MIN_COVERAGE the
  // description answers it as any answer does, through the checks (see isCovered).
  if (e.described && e.coverage >= MIN_COVERAGE) return undefined;
  if (e.missingDetail()) return 'missingDetail';
  // A rank or a measure is no count: the figure the story gives is of something else (see isCovered).
  if (e.countUnanswered) return 'countUnanswered';
  // A share, a count or a date is no sum of money, a past date no answer to when something will happen (see isCovered).
  if (e.moneyUnanswered) return 'moneyUnanswered';
  // Words that write no figure do not give a rate, a total or a time the question asks for (see isCovered).
  if (e.figureUnanswered) return 'figureUnanswered';
  // A figure with no unit of the measure asked counts or dates something else (see isCovered).
  if (e.unitUnanswered) return 'unitUnanswered';
  // Words that give no year, month or weekday do not date what the question asks the year, month or weekday of (see isCovered).
  if (e.calendarUnanswered) return 'calendarUnanswered';
  // A year for a time of day or a day, a day for an era, words not spelling the abbreviation asked: another thing's (see answerForm.ts).
  if (e.formUnanswered) return 'formUnanswered';
  // An amount in a unit of another measure measures something else than the one asked (see isCovered).
  if (e.measureClash) return 'measureClash';
  // A figure not written as an age counts or ranks something else than how old the one asked about is (see isCovered).
  if (e.ageUnanswered) return 'ageUnanswered';
  // A date alone is no thing, name or event, which a question asking no time wants (see isCovered).
  if (e.dateUnasked) return 'dateUnasked';
  // A date the question's verb is told at, done to another thing, dates something else (see isCovered).
  if (e.objectUnasked) return 'objectUnasked';
  // The question's verb told of another named doer at that date dates another's deed (see isCovered).
  if (e.subjectUnasked) return 'subjectUnasked';
  if (e.pastForFuture) return 'pastForFuture';
  // A date from a sentence telling neither the event asked about nor all it names is another event's (see isCovered).
  if (e.otherEventForFuture) return 'otherEventForFuture';
  // A date from a sentence naming X by what X is, telling no becoming, dates another deed of X's; no date tells none (see isCovered).
  if (e.storySentences >= SUPPORT_MIN_SENTENCES && e.becomingUntold) return 'becomingUntold';
  // A date a verb of saying is told at dates the saying, not what was said (see isCovered).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.sayingDated) return 'sayingDated';
  // A date before the noun of a work the question does not name dates the work's making (see isCovered).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.workDated) return 'workDated';
  // A date from a sentence whose "first" is another's dates another's deed, not X's first (see isCovered).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.firstOfAnother) return 'firstOfAnother';
  // A date a first is counted since is the deed before it, never the first (see isCovered).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.firstSince) return 'firstSince';
  // A date from a sentence telling no founding, building or opening is another event's at the place (see isCovered).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.foundingUntold) return 'foundingUntold';
  // A date told as still to come is of a plan, not of what happened (see isCovered).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.futureForPast) return 'futureForPast';
  // A date from a sentence never telling the figure asked crossed is of another move of the thing (see isCovered).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.thresholdUnmet) return 'thresholdUnmet';
  // A name from a sentence that never writes the role asked about is not said to hold it (see isCovered).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.roleUnfilled()) return 'roleUnfilled';
  // A name from a sentence that never names the person whose coach or successor is asked is someone else's (see isCovered).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.ownerUnnamed()) return 'ownerUnnamed';
  // A body is no one's coach or deputy unless its sentence says so (see isCovered).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.roleHeldByBody()) return 'roleHeldByBody';
  // A name or a title from a sentence that tells of no family is not said to be the relative asked about (see isCovered).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.relativeUntold()) return 'relativeUntold';
  // An answer that is no thing of the kind asked for names something else (see isCovered).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.kindClash()) return 'kindClash';
  // A place written as whose a person is tells no place of what the question asks (see isCovered).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.placeOwnsPerson()) return 'placeOwnsPerson';
  // A figure counting another noun, from a sentence that never names the thing counted, counts something else (see isCovered).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.countOfOtherNoun()) return 'countOfOtherNoun';
  // An answer from a sentence about another person than the one asked about tells of that person (see isCovered).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.otherPerson()) return 'otherPerson';
  // An answer from a sentence whose "he" or "she" is of the other sex than everyone asked about tells of another (see isCovered).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.otherSexPronoun()) return 'otherSexPronoun';
  // An answer from a sentence pairing one of the two people asked about with a third tells of another meeting (see otherParty.ts).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.otherParty()) return 'otherParty';
  // A name from a sentence that tells no founding or sale is not said to have founded or bought anything (see doerAsked.ts).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.doerUntold()) return 'doerUntold';
  // A place named away from the thing asked about, in a sentence telling no seat, is where something else is (see whereBased.ts).
  if (e.answered && e.storySentences >= SUPPORT_MIN_SENTENCES && e.seatUntold()) return 'seatUntold';
  // An answer told of another day than the one asked about is of another day's event (see isCovered).
  if (e.answered && e.answerOffDay()) return 'answerOffDay';
  // A request whose best excerpt lacks the name it asks about matched its noun phrase elsewhere (see isCovered).
  if (e.requestNameUnheld()) return 'requestNameUnheld';
  if (e.coverage >= MIN_COVERAGE) {
    // Excerpts that only mention the thing asked about or what is counted do not tell what it is or how many (see isCovered).
    if (!e.answered && e.unshownFact()) return 'unshownFact';
    if (e.storySentences < SUPPORT_MIN_SENTENCES) return undefined;
    // An answer read from a passage that holds little of the question is a thing of the wanted kind from another part of the story (see LOWER_PASSAGE_MIN).
    if (e.answered && !e.answerInBest && e.held().aroundHeld < LOWER_PASSAGE_MIN) return 'lowerPassage';
    // A phrase from a sentence that holds little of the question is read beside the topic's words (see PHRASE_HELD_MIN).
    if (e.answered && e.untyped && e.coverage < NAME_RUN_COVERAGE && e.held().answerHeld < PHRASE_HELD_MIN) return 'phraseHeld';
    const lacked = e.coverage < NAME_RUN_COVERAGE ? askedParticularLacked(e) : undefined;
    return lacked ?? (e.answered && nounReportedElsewhere(e) ? 'offArticleNoun' : undefined);
  }
  if (!e.answered) return 'unanswered';
  const rule = coveringRule(e);
  if (rule === undefined) return 'noRule';
  if (e.storySentences < SUPPORT_MIN_SENTENCES) return undefined;
  // The rarest words held cover a single paragraph's question only: in a longer story they answered only near questions (see RAREST_SENTENCE_MIN).
  if (rule === 'rarest') return 'rarestInLongStory';
  // A phrase telling how something was done is no sure answer below MIN_COVERAGE (see isCovered).
  if (rule === 'sure' && e.untyped && e.mannerAsked) return 'mannerSure';
  // Below the floor only a single paragraph's phrase answer is read (see the floor rule above).
  if (e.coverage < MIN_COVERAGE_FLOOR) return 'belowFloor';
  // The best excerpt must match more than the story's topic words (see BEST_SCORE_MIN).
  if (e.bestScore < BEST_SCORE_MIN) return 'bestScore';
  const held = e.held();
  // A sure answer from a lower excerpt whose own sentence holds almost none of the question is a thing of the
  // wanted kind from another part of the story (see LOWER_SURE_SENTENCE_MIN).
  if (rule === 'sure' && !e.answerInBest && held.sentenceHeld < LOWER_SURE_SENTENCE_MIN) return 'lowerSureSentence';
  // A typed answer from a lower excerpt whose article has not yet named the particular asked about tells of another (see isCovered).
  if (!e.untyped && !e.answerInBest && held.rareNameBefore === 1) return 'rareNameBefore';
  // A count whose sentence never names the counted noun counts something else; a year or a name the story
  // never writes is of something it does not report, however sure the answer, and one dating its sentence in another
  // year than the question's is of another year's event; an answer's sentence naming only
  // the other sex is about the other category's event, one naming only another country than the one asked about
  // is about that country's; a fragment tells nothing of what it names (see isCovered).
  if (held.countedMissing >= 1) return 'countedMissing';
  if (held.yearAbsent === 1) return 'yearAbsent';
  if (held.figureAbsent === 1) return 'figureAbsent';
  if (held.otherYear === 1) return 'otherYear';
  if (held.otherSex === 1) return 'otherSex';
  if (held.fragment === 1) return 'fragment';
  if (held.otherCountry === 1) return 'otherCountry';
  if (rule === 'sure' && e.absentName()) return 'absentName';
  // A concrete thing the story never writes, under a weak best excerpt, is something it does not report (see ABSENT_NOUN_SCORE).
  if (e.bestScore < ABSENT_NOUN_SCORE && e.absentNoun()) return 'absentNoun';
  if (e.unwrittenName()) return 'unwrittenName';
  // An article that never writes most of what the story writes of the question reports something else (see OFF_ARTICLE_MAX).
  if (held.offArticle >= OFF_ARTICLE_MAX) return 'offArticle';
  // A thing the question asks about that another article reports, under a weak best excerpt (see OFF_ARTICLE_NOUN_SCORE).
  if (nounReportedElsewhere(e)) return 'offArticleNoun';
  // The sentence a phrase is taken from must itself be about the question (see PHRASE_SENTENCE_MIN), and about
  // the particular the question names (see isCovered); so must the answer's sentence of the rules as weak as a phrase.
  if (rule !== 'sure' && held.sentenceHeld < PHRASE_SENTENCE_MIN) return 'phraseSentence';
  if (e.untyped && held.aroundHeld < PHRASE_PASSAGE_MIN) return 'phrasePassage';
  if ((rule === 'phrase' || (rule === 'sure' && e.untyped)) && held.rareNameMissing === 1) return 'rareNameMissing';
  const support = supportProbability(model, supportFeatures(e.coverage, held));
  if (rule === 'sure') return support >= SUPPORT_MIN ? undefined : 'support';
  if (support < SUPPORT_MIN_PHRASE) return 'support';
  return rule !== 'phrase' || phraseSupported(support, e.confidence) ? undefined : 'phraseSupport';
}

/**
 * Which particular the answer does not reach, if any, of a question the best excerpt matches from MIN_COVERAGE up to
 * NAME_RUN_COVERAGE (refusingCheck's name for it): a name of several words no candidate excerpt holds whole, a country or a year the answer's
 * sentence (with the one before) or the story does not write, a year the answer's sentence gives another for, a name
 * the story never writes (for a typed question, one that is no abbreviation in capitals), for an answer taken from
 * a lower excerpt than the best, a name the story writes rarely that the answer's article never writes, or, for a sure
 * answer to a question wanting no type, a name the story writes rarely that its sentence (with the one before) lacks
 * (see isCovered).
 */
function askedParticularLacked(e: CoverageEvidence): string | undefined {
  if (e.unwrittenName()) return 'unwrittenName';
  if (!e.answered) return undefined;
  const held = e.held();
  if (held.otherCountry === 1) return 'otherCountry';
  if (held.yearAbsent === 1) return 'yearAbsent';
  if (held.figureAbsent === 1) return 'figureAbsent';
  if (held.otherYear === 1) return 'otherYear';
  if ((e.untyped && e.absentName()) || e.absentSpelledName()) return 'absentName';
  if (!e.answerInBest && held.rareNameOffArticle === 1) return 'rareNameOffArticle';
  // A sure phrase from a sentence that never names the rare particular asked about tells of another one (see isCovered).
  if (e.untyped && e.confidence >= COVERED_BELOW_MIN && held.rareNameMissing === 1) return 'rareNameMissing';
  return undefined;
}

/** Whether a weakly matched question asks about a thing another article than the answer's reports (see OFF_ARTICLE_NOUN_SCORE). */
function nounReportedElsewhere(e: CoverageEvidence): boolean {
  return e.bestScore < OFF_ARTICLE_NOUN_SCORE && e.held().offArticle >= OFF_ARTICLE_NOUN_SHARE && e.offArticleNoun();
}

const logit = (p: number) => Math.log(p / (1 - p));

/**
 * Whether a phrase answer's support and confidence together reach SUPPORT_MIN_PHRASE (see PHRASE_CONFIDENCE;
 * `centre` is that constant, given otherwise only by scripts/fitSupport.ts to choose it).
 * @example phraseSupported(0.35, 0.1) // → false: the support does not make up for a doubtful phrase
 */
export function phraseSupported(support: number, confidence: number, centre = PHRASE_CONFIDENCE): boolean {
  if (support >= 1 || confidence >= 1 || centre <= 0) return true;
  if (support <= 0 || confidence <= 0) return false;
  return logit(support) + logit(confidence) - logit(centre) >= logit(SUPPORT_MIN_PHRASE);
}

const COUNT_ASKED = /\bhow\s+(?:many|much)\b/i;

/** The words before an ordinal that make it a share ("a third", "one fifth", "two-thirds"). */
const SHARE_BEFORE = /\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]*$/i;

/** How many words after a rank may hold what it counts ("the ninth *wet week*", "his ninth *county chess title*"). */
const RANK_NOUN_WORDS = 4;

/**
 * A rank is a tally, the count of a series so far, when its owner's possessive stands before it ("*his* ninth title",
 * "*the club's* third cup": the owner has nine titles, three cups) …
 */
const TALLY_BEFORE = /(?:\b(?:his|her|their|its|our|my|your)|\p{L}['’]s?)\s+$/iu;
/**
 * … or when it counts a run ("the seventh *straight* day", "the fourth *consecutive* win", "the third day *in a row*")
 * or those that have done a thing ("the fifth crew *to row* …": five crews have).
 */
const TALLY_AFTER = /^\s+(?:(?:[\p{L}'-]+\s+){0,3}(?:in\s+a\s+row|to\s+\p{L}+)\b|(?:straight|consecutive|successive|running)\b)/iu;

/** A word the question itself ranks ("in the *fourth round*", "the 3rd stage"): the rank's noun follows it. */
const QUESTION_RANK =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last|final|\d+(?:st|nd|rd|th))\s+([\p{L}'-]+)/giu;

/** The term of "times": "how many times …" counts occurrences of what the question names, not a noun of its own. */
const OCCURRENCES = 'time';

/** Most words after "how many/much" the counted noun phrase is read in. */
const COUNTED_WORDS = 6;

/**
 * The index terms of the nouns a how-many/how-much question counts, read with the tagger: the nouns after "how
 * many/much" up to the first auxiliary, or the first verb, preposition or determiner after a noun ("How many missing
 * *boats* did the storm leave …", "How many *ferries* sail …"); none when an auxiliary follows at once ("How much did the
 * city get?"). A participle before the noun ("missing") is passed over. A determiner after a noun opens the next phrase: a
 * verb the tagger reads as a noun ("how many guilds *fish* this bay") then counts no more than itself, not the
 * bay too (eval:refusal: with countedTerms reading these nouns, one train near how-many question answered without
 * the determiner stop, refused with it).
 *
 * @example countedNouns('How many missing boats did the storm leave?') // → Set { 'boat' }
 */
export function countedNouns(question: string): ReadonlySet<string> {
  // One question asks for these up to three times (countedTerms, countAnsweredByRank, countAnsweredByMeasure): the
  // last question's reading is kept, so it is tagged once.
  if (question === lastCounted.question) return lastCounted.nouns;
  const nouns = readCountedNouns(question);
  lastCounted = { question, nouns };
  return nouns;
}

/** The question countedNouns last read, with what it read. */
let lastCounted: { question: string | undefined; nouns: ReadonlySet<string> } = { question: undefined, nouns: new Set() };

function readCountedNouns(question: string): ReadonlySet<string> {
  const m = COUNT_ASKED.exec(question);
  const out = new Set<string>();
  if (!m) return out;
  const tokens = tagSentence(question.slice(m.index + m[0].length)).tokens.slice(0, COUNTED_WORDS);
  for (const t of tokens) {
    if (t.pos === 'AUX' || t.pos === 'PUNCT' || ((t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'DET') && out.size > 0)) break;
    const term = t.pos === 'NOUN' || t.pos === 'PROPN' ? termOf(t.text) : null;
    if (term) out.add(term);
  }
  return out;
}

/**
 * Whether a question asking how many or how much was answered by a rank that counts nothing the question counts ("the
 * 3rd century" for "how many bridges"): the story's figure for what is asked, if any, is not in the excerpts.
 * A rank followed within RANK_NOUN_WORDS words by the noun the question counts answers the count when it is a tally
 * (TALLY_BEFORE, TALLY_AFTER: "his ninth title" for "how many titles", "the ninth straight week" for "how many weeks of
 * rain"), unless the question ranks that word itself: "How many points did she drop in the fifth stage?" asks a count
 * within a stage, and "the third stage" of another race is no answer to it.
 *
 * Only the nouns the question counts answer (countedNouns), not any of its words: a rank before the question's name or
 * topic ("the first <event> held in <city>", "the 5th tier in <country>") ranks that thing and counts nothing, and a
 * how-much question that counts no noun ("How much did the city get?") is never answered by a rank but a share.
 * "How many times …" counts what the question names (OCCURRENCES): there any of its words after the rank answers, as
 * "their second final" answers how many times they reached the final. eval:refusal `--sample 6000`, covered count
 * questions answered by a rank: 16 near and 1 other-article question, 9 own ones answered wrong, 2 answered right (a
 * share and the verb "number", both still answered); refused now, train 3 near for 5 own (all answered wrong), test 1
 * near. A rank that is no tally ("the third lock of the canal", "the first museum of its kind") names one of a
 * series, not how many there are: train 4 more near for 1 own, test 1 near for 1 own (both answered wrong); SQuAD
 * reading F1 unchanged (5 wrong rank answers withheld, none right).
 *
 * @param written the rank as its sentence writes it
 * @example countAnsweredByRank('How many titles has she won?', 'ORDINAL', 'fourth', 'She is the fourth seed.') // → true
 */
export function countAnsweredByRank(question: string, answerType: string, written: string, sentence: string): boolean {
  if (answerType !== 'ORDINAL' || !COUNT_ASKED.test(question)) return false;
  const at = sentence.indexOf(written);
  if (at < 0) return true;
  // "the members number 300": the tagger reads "number N" as a rank even where "number" is the verb that counts.
  if (countingNumberVerb(written, sentence)) return false;
  // "a third of the vote", "one fifth": a share, which the tagger also reads as a rank; not one hyphened to a noun ("one
  // second-set lapse" ranks the set).
  if (SHARE_BEFORE.test(sentence.slice(0, at)) && !RANK_HYPHENED.test(written) && !HYPHENED_WORD.test(sentence.slice(at + written.length)))
    return false;
  // "How many times …" counts the occurrences of what the question names: "their second final" says two finals.
  const counted = countedNouns(question);
  const counts = counted.has(OCCURRENCES) ? new Set(termsOf(question)) : counted;
  // A noun the question ranks itself ("dropped in the fifth stage") is where the count is asked, not what it counts.
  const ranked = new Set([...question.matchAll(QUESTION_RANK)].map((m) => termOf(m[1]!) ?? ''));
  const rest = sentence.slice(at + written.length);
  // "the third lock of the canal": a rank that is no tally names one of a series, not how many there are.
  if (!TALLY_BEFORE.test(sentence.slice(0, at)) && !TALLY_AFTER.test(rest)) return true;
  const after = words(rest).slice(0, RANK_NOUN_WORDS);
  return !after.some((w) => {
    const t = termOf(w) ?? '';
    return counts.has(t) && !ranked.has(t);
  });
}

/**
 * A figure joined by a hyphen to the word it measures ("a 33-*yard* kick", "a 5-*time* winner"): a measure, no count.
 * A share ("two-thirds") is none: it may count part of what is asked; nor "strong" ("a 400-strong crew"), which counts.
 */
const MEASURE =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[-‐](?!(?:half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|strong)$)(\p{L}+)$/iu;

/** A rank written joined by a hyphen to the word it ranks ("second-set", "third-round"): a describing word, no share. */
const RANK_HYPHENED = /^\p{L}+[-‐]\p{L}/u;

/** A hyphen and the word it joins to a figure, right after the figure ("-storey" after the "ten" of "a ten-storey block"). */
const HYPHENED_WORD = /^[-‐]\p{L}+/u;

/** A letter or a digit: a figure written inside a longer word or number ("ten" of "often", "10" of "2010") is not it. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The answer as a measure, when its sentence joins it by a hyphen to the word it measures, with the sentence after that
 * compound: the answer itself when it holds the hyphen ("33-yard"), else the figure with the word every place its
 * sentence writes it is joined to ("ten" of "a ten-storey block" → "ten-storey"), as the extractor may cut the figure from
 * its compound; else the answer as written.
 */
function measureWritten(written: string, sentence: string): { measure: string; after: string } {
  const figure = written.trim();
  if (figure === '') return { measure: figure, after: '' };
  if (MEASURE.test(figure)) {
    const at = sentence.indexOf(figure);
    return { measure: figure, after: at < 0 ? '' : sentence.slice(at + figure.length) };
  }
  let joined: { measure: string; after: string } | undefined;
  for (let at = sentence.indexOf(figure); at >= 0; at = sentence.indexOf(figure, at + 1)) {
    const end = at + figure.length;
    if (WORD_CHAR.test(sentence.charAt(at - 1)) || WORD_CHAR.test(sentence.charAt(end))) continue;
    const word = HYPHENED_WORD.exec(sentence.slice(end))?.[0];
    if (word === undefined) return { measure: figure, after: '' };
    joined ??= { measure: figure + word, after: sentence.slice(end + word.length) };
  }
  return joined ?? { measure: figure, after: '' };
}

/**
 * The word a figure is joined to by a hyphen where its sentence writes it (measureWritten: "storey" of the "ten" of "a
 * ten-storey block", "yard" of "33-yard"), or undefined where it stands alone.
 * @example hyphenedWord('ten', 'The block is a ten-storey tower.') // → 'storey'
 */
export function hyphenedWord(written: string, sentence: string): string | undefined {
  return MEASURE.exec(measureWritten(written, sentence).measure)?.[1];
}

/**
 * Whether the word a figure is joined to names people, whom it then counts ("a two-*man* crew", "a 400-*member* choir", "a
 * five-*person* board"): "person" itself (of no class in the lexicon) or a noun WordNet files as a person (personInTopSenses).
 */
export function countsPeople(word: string): boolean {
  const lemma = nounLemma(word.toLowerCase()) ?? word.toLowerCase();
  return lemma === 'person' || personInTopSenses(lemma);
}

/**
 * "What is the population of Velden?", "What was the attendance?": a count of people asked by its noun (figureAsked.ts
 * headedBy), which a figure measuring another word does not give.
 */
const PEOPLE_COUNT_ASKED = headedBy('population|attendance|membership');

/**
 * Whether a question asking how many was answered by a measure that counts nothing the question counts: a figure joined
 * by a hyphen to another word than the counted noun ("the 33-yard kick" for "how many kicks") measures that word, as a
 * compound adjective, and counts no kick. One joined to the counted noun answers ("a 33-yard kick" for "how many
 * yards", "a five-set final" for "how many sets"). eval:refusal `--sample 6000`: covered how-many questions answered
 * so, 5 near questions and no own one. The figure is read as its sentence writes it (measureWritten), the extractor
 * having cut it from its compound ("ten" of "a ten-storey block" for how many people live there); and a count of people
 * asked by its noun (PEOPLE_COUNT_ASKED: "What is the population of Orsk?") is not given by a figure measuring any word.
 * A figure joined to people counts them ("the two-man crew" for how many people sailed: countsPeople), and one joined to
 * "time" counts what follows it ("a six-time Orsk Cup winner" for how many Orsk Cups).
 *
 * @param written the answer as its sentence writes it
 * @param sentence the answer's sentence, where the figure's compound is read
 * @example countAnsweredByMeasure('How many kicks did Tesk make?', '33-yard') // → true
 * @example countAnsweredByMeasure('How many people live in the block?', 'ten', 'The block is a ten-storey tower.') // → true
 */
export function countAnsweredByMeasure(question: string, written: string, sentence = ''): boolean {
  const peopleCount = PEOPLE_COUNT_ASKED.test(question);
  if (!peopleCount && !HOW_MANY.test(question)) return false;
  const { measure, after } = measureWritten(written, sentence);
  const m = MEASURE.exec(measure);
  if (!m || countsPeople(m[1]!)) return false;
  // The counted noun as the question writes it, mostly a plural: "bit" and "bits" stem apart ("bite", "bit").
  const unit = [termOf(m[1]!), termOf(`${m[1]!}s`)];
  const counted = countedNouns(question);
  if (unit.every((t) => t === null)) return false;
  if (peopleCount) return true;
  if (unit.some((t) => t !== null && counted.has(t))) return false;
  // "a six-time Orsk Cup winner": so many times of what follows, which answers how many Orsk Cups.
  return !(
    unit.includes(OCCURRENCES) &&
    words(after)
      .slice(0, RANK_NOUN_WORDS)
      .some((w) => counted.has(termOf(w) ?? ''))
  );
}

/**
 * Whether a question asking how many was answered by a figure that labels one of the things it counts rather than counts
 * them: the figure right after the counted noun ("season 17", "chapter 12", "article 50") names the seventeenth season, and
 * says nothing of how many there are. eval:refusal (2,000 sample): one covered question answered so, a near one; SQuAD
 * reading one, answered wrongly ("Apollo 11" for how many missions).
 *
 * @param written the answer as its sentence writes it
 * @example countAnsweredByLabel('How many seasons did the show run?', '17', 'It ran on up to season 17.') // → true
 */
export function countAnsweredByLabel(question: string, written: string, sentence: string): boolean {
  if (!HOW_MANY.test(question) || !/^\d/.test(written)) return false;
  const places = figurePlaces(sentence, written);
  const counted = countedNouns(question);
  // Every place the sentence writes the figure must label ("season 17 … 17 seasons" counts them).
  return places.length > 0 && places.every((at) => counted.has(termOf(WORD_BEFORE.exec(sentence.slice(0, at))?.[1] ?? '') ?? ''));
}

/** The word right before a figure, with the space between ("season " of "season 17"). */
const WORD_BEFORE = /(\p{L}+)\s+$/u;

/**
 * Where a sentence writes a figure as a number of its own, not inside a longer one: the "17" of "season 17", not of
 * "2017" or "175".
 * @example figurePlaces('Season 17 ran in 2017.', '17') // → [7]
 */
export function figurePlaces(sentence: string, figure: string): number[] {
  const places: number[] = [];
  if (figure === '') return places;
  for (let at = sentence.indexOf(figure); at >= 0; at = sentence.indexOf(figure, at + 1)) {
    if (!isDigitCode(sentence.charCodeAt(at - 1)) && !isDigitCode(sentence.charCodeAt(at + figure.length))) places.push(at);
  }
  return places;
}

/**
 * Whether a question asking how many was answered by the end of a span of years rather than a count: a figure written
 * right after a year and a dash or slash ("the 2003–04 season", "in 1998/99") is the year that span ends in, and
 * counts nothing. Every place the sentence writes the figure must end such a span.
 *
 * @param written the answer as its sentence writes it
 * @example countAnsweredByYearSpan('How many games were played?', '04', 'In the 2003–04 season they won.') // → true
 */
export function countAnsweredByYearSpan(question: string, written: string, sentence: string): boolean {
  if (!HOW_MANY.test(question) || !/^\d{2}(?:\d{2})?$/.test(written)) return false;
  const places = figurePlaces(sentence, written);
  return places.length > 0 && places.every((at) => YEAR_SPAN_BEFORE.test(sentence.slice(0, at)));
}

/** A year and the dash or slash that opens the end of its span ("2003–", "1998/"), right before a figure. */
const YEAR_SPAN_BEFORE = /\b(?:1[5-9]|20)\d\d\s?[-–—/]\s?$/u;

/**
 * Whether a rank written "number N" is the verb "number" giving a count ("The crew alone number 40."), as the tagger
 * reads the word, rather than a rank ("the number 3 seed"): wink tags "number" and a figure after it as a rank either
 * way. eval:refusal: test half own answered 0.924 → 0.925 and own F1 0.523 → 0.524 (a right count was withheld); training
 * half, near and other refused, kit and SQuAD reading (F1 0.5188) unchanged.
 * @example countingNumberVerb('number 40', 'The crew alone number 40.') // → true
 */
export function countingNumberVerb(written: string, sentence: string): boolean {
  if (!/^number\s/i.test(written)) return false;
  const tokens = tagSentence(sentence).tokens;
  return tokens.some((t, i) => t.pos === 'VERB' && t.text.toLowerCase() === 'number' && /\d/.test(tokens[i + 1]?.text ?? ''));
}

/**
 * Which rule covers a question answered below MIN_COVERAGE (described nor missing a detail), if any: a sure
 * answer above the floor (`sure`), the best excerpt giving the phrase answer of a question that wants no
 * type (`phrase`) or a typed answer whose sentence misses no detail of the question (`details`) or holds its rarest
 * words (`rarest`, a single paragraph's only; see RAREST_SENTENCE_MIN), or an
 * excerpt naming the question's subject beside an answer of the wanted kind (`subject`; see isCovered).
 */
export function coveringRule(e: CoverageEvidence): 'sure' | 'phrase' | 'details' | 'rarest' | 'subject' | 'written' | undefined {
  const aboveFloor = e.coverage >= MIN_COVERAGE_FLOOR;
  if (aboveFloor && e.confidence >= COVERED_BELOW_MIN) return 'sure';
  if (e.absentName()) return undefined;
  if (aboveFloor && e.answerInBest && e.untyped) return 'phrase';
  if (aboveFloor && e.answerInBest && e.detailsInAnswer()) return 'details';
  if (aboveFloor && e.answerInBest && holdsRarest(e)) return 'rarest';
  // In a long story its topic stands beside things of every kind: only something it names less often is evidence.
  const topical = e.storySentences >= SUPPORT_MIN_SENTENCES && (e.subjectTopical?.() ?? false);
  if ((aboveFloor || e.untyped) && !topical && e.subjectBeside()) return 'subject';
  return writtenThroughout(e) ? 'written' : undefined;
}

/**
 * Whether a short story (under SUPPORT_MIN_SENTENCES) writes nearly every word of a question answered above the floor,
 * though no one sentence holds half of it (`coveringRule` 'written'): a paragraph asked about a fact tells it over
 * several sentences ("Orla Tellin opened the quay in the Velmian era. It served the salt trade…" for "What trade did
 * the quay Orla Tellin opened serve?"), where a paragraph on another part of the same topic shares its names and topic
 * words but lacks the words of the fact asked about, which it never writes (heldWords `absent`). A long story writes
 * most words somewhere, so its unwritten share says little and the rule reads only short ones. See WRITTEN_ABSENT_MAX.
 */
function writtenThroughout(e: CoverageEvidence): boolean {
  return e.storySentences < SUPPORT_MIN_SENTENCES && e.coverage >= MIN_COVERAGE_FLOOR && e.held().absent <= WRITTEN_ABSENT_MAX;
}

/** Whether the answer's sentence holds the question's rarest written words and RAREST_SENTENCE_MIN of it (see RAREST_SENTENCE_MIN). */
function holdsRarest(e: CoverageEvidence): boolean {
  if (e.untyped) return false;
  const held = e.held();
  return held.rarestHeld === 1 && held.sentenceHeld >= RAREST_SENTENCE_MIN;
}

/** Whether the rules cover a question answered below MIN_COVERAGE (see coveringRule). */
export function rulesCover(e: CoverageEvidence): boolean {
  return coveringRule(e) !== undefined;
}
