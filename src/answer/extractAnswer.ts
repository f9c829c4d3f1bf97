import type { EntityType, Token } from '../nlp/entities.js';
import { ofAskedGrain } from './dayAsked.js';
import { askedPhraseTerms } from './askedPhrase.js';
import { headlineNamesParties, VALUE_KINDS } from './headlineKind.js';
import { askedSex, ofAskedSex } from './askedSex.js';
import { comparedAnswer } from './comparedAnswer.js';
import { absorbWholeName } from './ofTheName.js';
import { numeralTwin } from './numeralTwins.js';
import { mannerAdverb } from './mannerAdverb.js';
import { degreeAsked } from './degreeAsked.js';
import { spokenForm } from './spokenForm.js';
import { wayOf } from './wayOf.js';
import { convertedFrom, dimensionNouns } from './measureNoun.js';
import { eventTime } from './eventTime.js';
import { forEachWordMatch, questionFrameNouns, termOf, termOfSpan } from '../search/terms.js';
import { namesNationality, namesPeopleOfPlace } from './demonyms.js';
import { askedPeopleKind, peopleWordRuns } from './peopleWords.js';
import { asksDirection, directionWords } from './directionAsked.js';
import { actionOnObject, actionPhrase } from './actionPhrase.js';
import { frequencyIn, HOW_OFTEN_QUESTION } from './frequency.js';
import { beComplement } from './beComplement.js';
import { subjectPredicate } from './subjectPredicate.js';
import { whatDone } from './whatDone.js';
import { viewedAs } from './viewedAs.js';
import { purposeMeans, resultAction } from './purposeMeans.js';
import { meansAfterObject } from './meansAfterObject.js';
import type { Story, StorySentence } from '../story/story.js';
import { isCapitalised, isPossessiveMark } from '../text/words.js';
import { finalPreposition, innerPreposition, openingPreposition, STRANDED_PREPOSITION } from './askedPreposition.js';
import { asksStatementName, asksStatementObject } from './statementQuestion.js';
import { standsAfterWords, wordsBeforeAsked } from './wordsBeforeAsked.js';
import { ANSWER_TYPES, asksWhereQuestion, FALLBACK_TYPES, mainClause } from './answerKind.js';
import {
  type CandidateFacts,
  candidateClass,
  candidateFeatures,
  candidateScore,
  candidateWeights,
  questionClass,
  type SoftFilter,
  spanClass,
} from './candidateModel.js';
import type { CorroboratedSentence } from './corroborate.js';
import { writesTime } from './timeWords.js';
import { hasNameSense, nounClass, nounKindNames, nounLemma, type PeopleKind, singularNoun } from '../lexicon/index.js';
import {
  bigramMatches,
  foldClass,
  headClass,
  questionBigrams,
  type QuestionBigrams,
  type SpanClass,
  SUBTYPE_QUESTION,
  spanLinks,
  toWordEdges,
} from './spanContext.js';
import { evidenceScore, holdsUnit, idf, type PreparedQuery } from './rankSentences.js';
import {
  beforeOf,
  type ClauseRoles,
  clauseRoles,
  describedHead,
  holdsHead,
  IRREALIS_QUESTION,
  isVerbOfQuestion,
  opensName,
  peopleHeadAfter,
} from './clauseRoles.js';
import { nounDoers, type VerbNouns, verbNounsOf } from './nounDoers.js';
import { doesRelatedVerb, relatedVerbTerms, verbsToldBy } from './relatedDoers.js';
import { converseRoles } from './converseRoles.js';
import { converseTerms } from './paraphrase.js';
import { parallelPerson } from './parallelPerson.js';
import { focusBeside, focusIntroduces, focusNamesNext, introducesAfter } from './focusBeside.js';
import { writtenInQuotes } from './quotedSpan.js';
import { appositionHeld } from './appositionHeld.js';
import { openingSubjectHeld } from './openingSubject.js';
import { describesNoun } from './describesNoun.js';
import { focusModifiers } from './focusModifier.js';
import { focusNoun, POST_NOUNS } from './questionFrame.js';
import { firstEndingAfter, lastEndingBy, lastStartingBefore } from './spanWords.js';
import { askedRole, holdsRoleBeside } from './askedRole.js';
import { roleWordsHeld } from './roleWords.js';
import { unnamedPart } from './unnamedPart.js';
import { questionEcho } from './questionEcho.js';
import { askedSide, contestSideAt } from './contestSides.js';
import { amountUnit, askedUnit, unitFit } from './unitFit.js';
import { asksPeople } from './peopleAsked.js';
import { namesPost, personPhrases } from './personPhrases.js';
import { namesThing } from './thingWord.js';
import { askedNamePart, asksForName, nameAfterNoun, namedNoun, namePart, QUESTION_NAMING_WORD, writtenAsName } from './nameAsked.js';
import { otherNameAnswer } from './otherName.js';
import { NAMING_NOUN } from './namingNouns.js';
import {
  afterWordAndPreposition,
  asksPassive,
  wordBeforeFinalPreposition,
  subjectOfCopula,
  tokenRange,
  WHAT_IS,
} from './whatAnswerPlace.js';
import { asksPatient, asksThingPatient } from './patientAsked.js';
import { objectOfVerbTerm, verbWithWrittenObject } from './objectWritten.js';
import { withoutQuestionHead } from './questionHead.js';
import { kindShown } from './kindShown.js';
import { datedByVerb } from './datedByVerb.js';
import { subjectUnasked } from './objectAsked.js';
import { namesPlaceAsked, placingAsked, questionNouns, questionVerbs } from './placeAsked.js';
import {
  bracketedAfter,
  coordinatedPlace,
  describedByName,
  placedAfterNamed,
  placedBeforeNamed,
  placedByNoun,
  firstPlaced,
  placedByVerb,
  placedIn,
  placePhrases,
  relationBefore,
  withBearing,
  placedToward,
  widerPlace,
  questionNamesPlace,
  withRegion,
} from './placePhrases.js';
import { alikeList, coordinated } from './coordinatedLists.js';
import { askedCount, asksCount, asksOne, asksSeveral, mayAskSeveral, severalAsked } from './askedNumber.js';
import { MEMBER_JOINER } from './listHeld.js';
import { coMembersOf, namedMembers } from './coMembers.js';
import { dateSpanAsked, dateSpans } from './howLongDates.js';
import { meansClause } from './clauseAnswers.js';
import { multipliers } from './multipliers.js';
import { isAmount } from './amountSpan.js';
import {
  afterLocative,
  AGE_QUESTION,
  entityMentions,
  fitsKind,
  KIND_OF_QUESTION,
  knownPlace,
  MAX_PHRASE_WORDS,
  NAMED_TYPES,
  nameRuns,
  namesMention,
  phraseChunks,
  rankMentions,
  restShown,
  runJoinedBy,
  withRanks,
  writesFigureWithLetterAfter,
  type FullQuery,
  type Mention,
} from './mentions.js';
import { SentenceScores } from './sentenceScores.js';
import { phraseAnswer } from './phraseAnswer.js';
import { abbreviationSpellings } from './acronym.js';
import { clauseShare } from './clauseShare.js';
import { quotedNames, titleSpans, writtenAsTitle } from './titleSpans.js';
import { NAMING_WORD, namedAfter } from './namedAfter.js';
import { SAYER_ASKED, statesThatClause } from './thatClause.js';
import { strandedInside, subjectOfLink, WHO_IS } from './whoAnswerPlace.js';
import { textMemo } from '../text/textMemo.js';
import { RELATIVE_PRONOUNS } from '../text/functionWords.js';
import { agentName, inAgentSlot } from './passiveAgent.js';

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
  /** A list of the outermost mentions only (`Mention.outer`). */
  outerList?: boolean;
  /**
   * The terms of the question's verbs its sentence tells by a verb WordNet relates to them, where the answer is that
   * verb's doer (relatedDoers.ts `verbsToldBy`): "yell" for "a deckhand shouted" answering "Who yelled?".
   */
  verbsTold?: string[];
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
  /** The candidate stands on the side of a contest the question asks for ("B" of "A beat B" for "Who did A beat?"). */
  sameSide: 1.3,
  /** The candidate stands on the other side ("A" of "A beat B" for "Who did A beat?"). */
  otherSide: 0.5,
  /**
   * Names inside a quotation rarely answer who said it or where. Only for a question that wants a typed entity: for
   * one that wants none, a phrase between quotes is as often a term or a title as speech ("based on "tenure"").
   */
  quoted: 0.6,
  /** A number right before a word of the question ("12 drones" for "how many drones") is its count. */
  counted: 1.5,
  /** A number right after a word of the question ("hired 85" for "how many were hired"). */
  countedByVerb: 1.25,
  /** A number that is the object of a verb the question does not use. */
  otherVerb: 0.7,
  /** A run of proper nouns the tagger gave no type weighs this much against a typed entity. */
  untypedName: 0.6,
  /** The words describing the question's focus noun ("his **left** foot" for "Which foot …") weigh this much against a whole phrase or a name. */
  modifier: 0.6,
  /** A phrase holding the noun the question names its answer by ("What arena …" → "Harbour Arena"). */
  focus: 2,
  /** An amount in another unit of what the question measures ("miles" for "how many kilometres"). */
  otherUnit: 0.15,
  /**
   * An amount in a unit of something else than the question measures ("hours" for "how far"); also, where the
   * question's noun asks for one shape of value (PreparedQuery.unit: "What was the score …") and a top excerpt holds
   * one, an amount not in it ("3,000 fans" beside "7-5 6-4").
   */
  otherMeasure: 0.4,
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
  /**
   * A typed answer (not of the first type asked) read from a lower excerpt scoring under this share of the best one gives
   * way to the best excerpt's own phrase where the best offers no candidate of the type asked (`typedOrBestExcerpt`).
   */
  lowerShare: 0.55,
} as const;

/** Amounts that give no figure. */
export const VAGUE_AMOUNT = /^(?:dozens|hundreds|thousands|millions|billions|scores|several|many|few|numerous|some)(?:\s+of)?$/i;

/** A person after these words (past any title words) is the object of the verb before them. */
const OBJECT_PREPOSITIONS =
  /\b(with|to|by|from|for|about|against|of|met|meet|meeting|than|over|beat|beating|defeated|defeating)\s+(?:(?:the|[\p{Lu}][\p{L}.'’-]*|of|and|\d+\w*|seed|seeded|world|number|one|champion)\s+)*$/u;

/** The marks `insideQuote` counts: a text without any has no quotation. */
const QUOTE_MARK = /["\u201C\u201D]/;

/** What a passive's agent needs before it at all: "by" between white space. */
const BY_WORD = /\sby\s/;

/** Whether offset `at` lies inside a double quotation of the text. */
function insideQuote(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/\u201C/g) ?? []).length - (before.match(/\u201D/g) ?? []).length;
  return straight % 2 === 1 || open > 0;
}

/** A word of a sentence with its character offsets. */
export interface TermWord {
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
  // "What nationality is X?" asks for a demonym ("**Korean**"), "In what language …" for a language ("**Gaelic**"),
  // "What denomination …" for a religion ("**Anglican**"), which no entity type holds (peopleWords.ts); a question whose
  // kind is a date, a number or a name ("When was the Nationality Charter signed?") never does.
  // A question asking for several ("Which languages …") is left to the lists of the phrase reader (`withDemonyms`).
  const peopleKind = query.kind === 'other' && !asksSeveral(query.text, query.focus) ? askedPeopleKind(query.text, query.focus) : undefined;
  const peopleWord = peopleKind ? bestCandidate(story, groups, query, (s) => peopleWordsOf(s, query, peopleKind), 1) : null;
  if (peopleWord) return peopleWord;
  // "Which direction does the river flow?" asks a compass heading (directionAsked.ts): a compass word of the excerpts
  // ("flows **westward**") the question does not write, which no noun phrase or name holds.
  const direction = asksDirection(query.text)
    ? bestCandidate(story, groups, query, (s) => directionWords(s, (word) => namesMention(word, word, query.text)), 1)
    : null;
  if (direction) return direction;
  // "What is another term for X?": what the story also calls X ("X (**Y**)", "X, also called **Y**").
  const otherName = query.kind === 'other' ? otherNameAnswer(groups, query.text) : null;
  if (otherName) return otherName;
  if (query.types.length === 0) {
    // "Why …" and "how did …" want a clause, not a noun phrase: the phrase beside the question's words.
    if (/^\W*(why|how)\b/i.test(query.text))
      return (
        (HOW_OFTEN_QUESTION.test(query.text) ? frequencyAnswer(groups) : null) ??
        howMeans(groups, query) ??
        extractPhrase(groups[0]!.sentence, query)
      );
    // "What did X do with the barge?": the verb acting on the barge in the best excerpts ("he **sold the barge**"), first
    // (actionPhrase.ts `actionOnObject`).
    const onObject = actionOnObject(groups, query.text);
    if (onObject) return onObject;
    // "What did X do …?" asks a deed: the predicate the best excerpt gives X, not a noun phrase beside it.
    const done = whatDone(groups[0]!.sentence, query.text, query.terms);
    if (done) return { ...done, from: 0, evidence: { near: 0.5, margin: 0.5, support: 0.33, typed: 0 } };
    // "What did X do with the barge?": the verb phrase after the question's words in the best excerpts (actionPhrase.ts),
    // where the predicate right after X is none.
    const acted = actionPhrase(groups, query.text);
    if (acted) return acted;
    return withNamePart(bestCandidate(story, groups, query, chunksOf(query), 0), query.text);
  }
  const entities = (types: readonly EntityType[]) => (s: StorySentence) => entityMentions(story, s, types, query);
  if (query.types.some((t) => NAMED_TYPES.has(t))) {
    // Names the tagger did not type compete at a discount with those it did ("Port Alder" for "what town").
    // The people of a place ("the Danes") answer no where-question: only its name does.
    const peopleForPlace = query.kind === 'place';
    const where = peopleForPlace && asksWhere(query);
    const placing = where ? placingAsked(query.written ?? query.text) : undefined;
    const several = asksSeveral(query.text, query.focus);
    // "Who were two people at the talks?" asks for people: an organisation, or a phrase naming a body of people, answers
    // it only where no person does.
    const people = asksPeople(query.kind, query.text, query.focus);
    const notPeople = (s: StorySentence, e: Mention) => !peopleForPlace || !namesPeopleOfPlace(e.text) || namesByAdjective(s, e, query);
    // (Read once a question, not once a name run.)
    const who = WHO_QUESTION.test(query.text);
    // "Who did the empire ally with?" → "allied with **Tarnia**": a name right after a word of the question and the
    // preposition the question leaves stranded is the party asked for, whatever its spelling makes it — a country, a
    // body after "from" ("a licence from **the Board**") —, as a passive's agent is (strandedParty).
    const party = who ? strandedParty(story, groups, query) : undefined;
    const withRuns = (s: StorySentence) => {
      // The typed entities (a fresh list, added to here), then the names and the lists they stand in. The people of a
      // place are dropped from it in place (a filtered copy per sentence, where most questions drop none).
      const out = entityMentions(story, s, query.types, query);
      if (peopleForPlace) keepOnly(out, s, notPeople);
      // A tagged organisation may answer who/where/which; a tagged person never answers where, nor a place who.
      for (const e of s.entities) {
        if (
          e.type !== 'ORG' ||
          query.types.includes(e.type) ||
          e.text.length <= 1 ||
          (query.kind === 'person' && afterLocative(s.text, e.start) && !party?.(s, e)) ||
          !notPeople(s, e)
        )
          continue;
        if (!namesMention(e.canonical ?? e.text, e.text, query.text)) {
          out.push(e);
          continue;
        }
        const rest = unnamedPart(e, query.text, false);
        if (rest) out.push({ type: e.type, ...rest, ...restShown(e, rest, query) });
      }
      // A place the story tags, standing in the stranded preposition's slot.
      if (party) for (const e of s.entities) if (e.type === 'PLACE' && !overlapsAny(out, out.length, e) && party(s, e)) out.push(e);
      let tagged = out.length;
      for (const r of nameRuns(story, s, query)) {
        if (withinDate(s, r)) continue;
        // "the Museum of the Orrin Valley": typed parts of a name joined through "of the" give way to it whole.
        if (overlapsAny(out, tagged, r)) {
          tagged = absorbWholeName(out, tagged, r, runJoinedBy(s, r));
          continue;
        }
        // "a seal granted by Orla": the name a passive's "by" gives did the verb, a person or a body, whatever its
        // spelling alone would make it (a thing's word, a town some gazetteer holds).
        if (who && (agentRun(s, r) || party?.(s, r) === true)) out.push(r);
        else if (
          !(who && namesThing(r.text)) &&
          (peopleForPlace && namesPeopleOfPlace(r.text) ? namesByAdjective(s, r, query) : fitsKind(story, r.text, query.kind))
        )
          out.push(r);
      }
      // The organisations kept the name runs inside them out; a question asking for people takes none of them.
      if (people) keepOnly(out, s, notOrganisation);
      // "Who shouted?" → "a bystander": a noun phrase ending in a common noun of a person competes with the names.
      if (query.kind === 'person') for (const c of personPhrases(s, phraseChunks(s, query), out, !people, query.terms)) out.push(c);
      // "Where is heat rejected?" → "in **the condenser**": a sentence that names no place offers the phrases it places things in.
      if (where && out.length === 0 && s === groups[0]!.sentence) for (const c of placePhrases(s, phraseChunks(s, query))) out.push(c);
      // "Where did Ada hide?" → "in **a hay loft**": where no name the sentence writes says where (after a preposition
      // of place or the question's verb), the phrase the question's verb places.
      else if (
        placing &&
        s === groups[0]!.sentence &&
        !out.some((e) => placedIn(s, e) || placedByVerb(s, e, placing.verbs, placing.destination))
      )
        for (const c of placePhrases(s, phraseChunks(s, query))) if (placedByVerb(s, c, placing.verbs, placing.destination)) out.push(c);
      // "Where did the crew run tests at Tolly Field?" → "in **the pressure hall** at the Tolly Field": the place phrase
      // placed in a place the question names, beside the names the sentence gives.
      if (where && s === groups[0]!.sentence) {
        const named = out.length;
        for (const c of placePhrases(s, phraseChunks(s, query)))
          if (LOWER_CASE_END.test(c.text) && !overlapsAny(out, named, c) && placedBeforeNamed(s, c, query.text)) out.push(c);
      }
      for (const list of listsIn(s, several ? withDemonyms(s, out, query) : out, query)) out.push(list);
      return out;
    };
    return typedOrBestExcerpt(
      story,
      groups,
      query.types,
      (gs) => bestCandidate(story, gs, query, withRuns, 1),
      (gs) => bestCandidate(story, gs, query, entities(query.fallback), 0),
      (gs) => nounPhrase(story, gs, query),
    );
  }
  // "How long ago …?", "How long has X been …?": a date answers ("300 years ago", "since the 1950s").
  const dateAsked = query.kind === 'duration' || query.kind === 'date' ? dateSpanAsked(query.text) : undefined;
  const typed = dateAsked
    ? (s: StorySentence) => [...entities(query.types)(s), ...dateSpans(s, dateAsked)]
    : query.kind === 'date' && asksSeveral(query.text, query.focus)
      ? (s: StorySentence) => {
          // "In which months …": the dates a sentence lists side by side ("in May, June and July") as one.
          const dates = entities(query.types)(s);
          return [...dates, ...coordinated(s.text, dates)];
        }
      : query.kind === 'number' && MULTIPLIER_QUESTION.test(query.text)
        ? (s: StorySentence) => [...entities(query.types)(s), ...multipliers(s)]
        : entities(query.types);
  return withOuterMeasure(
    story,
    typedOrBestExcerpt(
      story,
      groups,
      query.types,
      (gs) => bestCandidate(story, gs, query, typed, 1),
      (gs) => bestCandidate(story, gs, query, entities(query.fallback), 0),
      (gs) => nounPhrase(story, gs, query),
      query.kind === 'date' ? (gs) => eventTime(gs, query.text) : undefined,
    ),
    query.text,
  );
}

/**
 * The answer of the type asked (`typed`), else a name of another type (`fallback`), else a noun phrase (`phrase`),
 * read from the excerpts given. "What area do the floods come from?" → "the **high ice fields**", not "the Orvella
 * Growers Union" of a weaker excerpt: where the best excerpt offers no candidate of the type asked and the typed answer
 * is no name of the first type asked (an organisation for a place, a name run the tagger left untyped) from a lower
 * excerpt scoring under EXTRACTION.lowerShare of the best, the best excerpt's own noun phrase is taken instead. Not a
 * name of another type from the best excerpt (a person's name for "Where was the regatta held?"), and not over a name
 * of the very type asked (a place for "Where …?"), which the lower excerpt tells as the question asks it.
 * Of SQuAD reading's 567 short answers from a lower excerpt, 134 came where the best offered no candidate at all, 124
 * of them wrong with the gold in the best. The share was set on the training half (0.5: 4 won / 1 lost, 0.55: 11 / 3,
 * 0.6: 11 / 5, any share: 17 / 18). SQuAD reading 15 won / 2 lost, held back 9 / 1; over a name of the first type as
 * well 28 / 6 (held back 19 / 5), but a held-out kit answer lost and a storyD where-answer at risk.
 * A date of such a lower excerpt for "When …?" gives way likewise to the time the best excerpt tells by another event
 * (`time`, eventTime.ts: "after the great storm" over "1921" of "A new ferry office opened in 1921"), where the best
 * holds no date: SQuAD reading 3 won / 0 lost (held back 1 / 0), pooled short when-answers 10 / 0, eval:refusal near
 * refused unchanged (one near question was answered until eventTime read no contrasting "…, while others …"); with no
 * share asked of the lower excerpt 4 / 1. Keeping the displaced date's evidence for the time changed no answer.
 */
function typedOrBestExcerpt(
  story: Story,
  groups: CorroboratedSentence[],
  types: readonly EntityType[],
  typed: (groups: CorroboratedSentence[]) => ShortAnswer | null,
  fallback: (groups: CorroboratedSentence[]) => ShortAnswer | null,
  phrase: (groups: CorroboratedSentence[]) => ShortAnswer | null,
  time?: (groups: CorroboratedSentence[]) => ShortAnswer | null,
): ShortAnswer | null {
  const found = typed(groups);
  if (!found) return fallback(groups) ?? phrase(groups);
  if (found.from === 0 || evidenceScore(groups[found.from]!) >= EXTRACTION.lowerShare * evidenceScore(groups[0]!)) return found;
  const best = groups.slice(0, 1);
  if (found.type === types[0]) return (time && !typed(best) ? time(best) : null) ?? found;
  if (typed(best)) return found;
  const own = phrase(best);
  return own && !taggedOtherwise(story.sentences[own.sentenceId]!, own.written, types) ? own : found;
}

/** Whether a phrase holds a name the tagger typed as none of `types` ("Ada Vell", a person, for "Where …?"). */
function taggedOtherwise(sentence: StorySentence, written: string, types: readonly EntityType[]): boolean {
  return sentence.entities.some((e) => !types.includes(e.type) && written.includes(e.text));
}

/**
 * "How high was the wall?" → "a **12-foot** (3.7 m) wall": an amount its sentence brackets as the conversion of the
 * measure written just before it gives way to that measure, the one the text states (measureNoun.ts `convertedFrom`).
 */
function withOuterMeasure(story: Story, answer: ShortAnswer | null, question: string): ShortAnswer | null {
  if (answer === null || answer.type === 'PHRASE' || answer.type === 'DATE') return answer;
  const outer = convertedFrom(story.sentences[answer.sentenceId]?.text ?? '', answer.written, question);
  return outer === undefined ? answer : { ...answer, text: outer, written: outer };
}

/**
 * Whether a word of the people of a place stands as an adjective before a noun ("**Varish** rule") in answer to a
 * which-NOUN question ("Which kingdom ruled the isles?"): the adjective names which one of the NOUN's kind, as the
 * people ("the Varish") do not; a where-question still wants the place's own name.
 */
function namesByAdjective(sentence: StorySentence, e: Mention, query: FullQuery): boolean {
  if (!query.focus || asksWhere(query)) return false;
  const next = sentence.tokens.find((t) => t.start >= e.end);
  return next !== undefined && next.pos === 'NOUN' && /^\s+$/.test(sentence.text.slice(e.end, next.start));
}

/**
 * For a who-question leaving a preposition stranded ("Who did the empire ally with?", "Who did the guild buy salt from in
 * 1820?"), whether a mention stands right after a word of the question and that preposition ("allied with **Tarnia**",
 * "bought salt from **the Orsk Board**"); undefined for a question leaving none. The question's own preposition reads
 * what follows it as the party asked for, not as a setting, so a name there answers "who" whatever its spelling makes it.
 */
function strandedParty(
  story: Story,
  groups: CorroboratedSentence[],
  query: FullQuery,
): ((s: StorySentence, e: { start: number; end: number }) => boolean) | undefined {
  const asked = mainClause(query.text);
  if (questionClass(asked) !== 'who') return undefined;
  const preposition = STRANDED_PREPOSITION.exec(asked)?.[1]?.toLowerCase() ?? strandedInside(asked);
  if (preposition === undefined) return undefined;
  const isQuestionTerm = questionTermTestOf(questionReading(story, query, groups).weights);
  return (s, e) => afterWordAndPreposition(s.tokens, e, preposition, isQuestionTerm) && !ownsOrDescribes(s.tokens, e.end);
}

/**
 * Whether the word after offset `end` makes the name before it an owner or a describing word, not the party itself:
 * a possessive ("the assassination of **Velden**'s mayor") or a lower-case noun ("allied with **Orsk** traders").
 */
function ownsOrDescribes(tokens: readonly Token[], end: number): boolean {
  const next = tokens.find((t) => t.start >= end);
  return next !== undefined && (isPossessiveMark(next.text) || (next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)));
}

/** Whether a name run opens the agent's slot of a passive ("granted by **Orla Tellin**"). */
function agentRun(sentence: StorySentence, r: Mention): boolean {
  const tokens = sentence.tokens;
  const from = tokens.findIndex((t) => t.start === r.start);
  if (from < 0) return false;
  let to = from + 1;
  while (to < tokens.length && tokens[to]!.end <= r.end) to += 1;
  return agentName(tokens, from, to);
}

/** Whether a mention's words stand in a passive's agent slot as its agent (passiveAgent.ts `inAgentSlot`). */
function agentMention(tokens: readonly Token[], span: { start: number; end: number }): boolean {
  const first = firstEndingAfter(tokens, span.start);
  return first >= 0 && inAgentSlot(tokens, first, Math.max(first, lastStartingBefore(tokens, span.end)));
}

/** A phrase ending in a lower-case word: a common noun's phrase, not a name ("the pressure **hall**"). */
const LOWER_CASE_END = /(?:^|\s)\p{Ll}[\p{L}\p{M}'’-]*$/u;

/**
 * Focus nouns that ask for a town or a spot the way "where" does ("In what area did the fair open?" → "Velden, Tarnmark"):
 * the answer is shown with its region as a where-answer is (not "state", "country" or "region", which ask the region).
 */
const TOWN_FOCUS = new Set(['city', 'town', 'area', 'location', 'place', 'village']);

/** Whether a question asks "where …" (after any phrase that sets its scene). */
function asksWhere(query: FullQuery): boolean {
  return asksWhereQuestion(query.text);
}

/** How many of the top excerpts are read for the "as"-phrase a how-question on a view or a description asks for. */
const SEEN_AS_EXCERPTS = 3;

/** "How much …?", "how many times …?": a multiplier may answer ("**twice** the figure", "**sevenfold**"). */
const MULTIPLIER_QUESTION = /\bhow\s+(?:much|many\s+times)\b/;

/**
 * "How did X …?": the means the best excerpt gives ("by **gripping the bark**"), else the manner ("sliced
 * **thinly**"), as the phrase answer gives it.
 */
function howMeans(groups: CorroboratedSentence[], query: FullQuery): ShortAnswer | null {
  if (!/^\W*how\b/i.test(query.text)) return null;
  const best = groups[0]!.sentence;
  const asked =
    // As the question is written: the names it capitalises tell which of several a sentence spells (spokenForm.ts).
    spokenForm(best, query.written ?? query.text) ??
    degreeAsked(best, query.text) ??
    wayOf(best, query.text, query.terms) ??
    comparedAnswer(best, query.text);
  // "How did X view / describe Y?": the "as"-phrase of the first of the top excerpts that writes one (viewedAs.ts), the
  // best excerpt often naming Y without telling how it is seen ("… raiding Velden with a fleet of Orsk boats" before "She
  // saw the Orsk as a curse").
  for (let k = asked ? SEEN_AS_EXCERPTS : 0; k < Math.min(groups.length, SEEN_AS_EXCERPTS); k += 1) {
    const seen = viewedAs(groups[k]!.sentence, query.text, query.terms, k > 0);
    if (seen) return { ...seen, from: k, evidence: { near: 0.5, margin: 0.5, support: 0.33, typed: 0 } };
  }
  const means =
    asked ??
    meansClause(best, query.terms) ??
    mannerAdverb(best, query.text, query.terms) ??
    purposeMeans(best, query.text, query.terms) ??
    meansAfterObject(best, query.text, query.verb, query.terms) ??
    resultAction(best, query.text, query.terms) ??
    beComplement(best, query.text, query.terms) ??
    subjectPredicate(best, query.text, query.terms, query.verb);
  return means && { ...means, from: 0, evidence: { near: 0.5, margin: 0.5, support: 0.33, typed: 0 } };
}

/** Keeps in `mentions`, in order, only those `keep` accepts (in place). */
function keepOnly(mentions: Mention[], s: StorySentence, keep: (s: StorySentence, e: Mention) => boolean): void {
  let kept = 0;
  for (let i = 0; i < mentions.length; i += 1) if (keep(s, mentions[i]!)) mentions[kept++] = mentions[i]!;
  mentions.length = kept;
}

/** Whether a mention is not a tagged organisation. */
function notOrganisation(_: StorySentence, e: Mention): boolean {
  return e.type !== 'ORG';
}

/** Whether one of the first `count` mentions overlaps `span`. */
function overlapsAny(mentions: readonly Mention[], count: number, span: Mention): boolean {
  for (let k = 0; k < count; k += 1) if (mentions[k]!.start < span.end && span.start < mentions[k]!.end) return true;
  return false;
}

/** Whether a name run lies inside a date or time the tagger found ("on **Tuesday**", "in **March**"): no name then. */
function withinDate(sentence: StorySentence, run: Mention): boolean {
  // By index, with no closure: asked of every name run and, for a what-question, every phrase of a candidate sentence.
  const entities = sentence.entities;
  for (let k = 0; k < entities.length; k += 1) {
    const e = entities[k]!;
    if ((e.type === 'DATE' || e.type === 'TIME') && e.start <= run.start && run.end <= e.end) return true;
  }
  return false;
}

/** A span of years written in figures alone ("1641–1679"), which the tagger reads as a duration. */
const YEAR_SPAN = /^\d{3,4}\s*[–-]\s*\d{2,4}$/;

/**
 * Whether a phrase lies inside a span of years the tagger found ("Ada Vell (**1641–1679**) named it …"): a person's
 * years answer no what-question asking for a thing (SQuAD reading 1 won / 0 lost beside the dates of `chunksOf`).
 */
function withinYearSpan(sentence: StorySentence, c: Mention): boolean {
  const entities = sentence.entities;
  for (let k = 0; k < entities.length; k += 1) {
    const e = entities[k]!;
    if (e.type === 'DURATION' && e.start <= c.start && c.end <= e.end && YEAR_SPAN.test(e.text)) return true;
  }
  return false;
}

/**
 * A sentence's phrases less those inside a date, a time (`withinDate`) or a span of years (`withinYearSpan`): the list
 * itself where the sentence tags no date, time or span of time (most sentences), else a copy without them. (A filtered
 * copy per sentence, its closure holding the sentence, was the largest thing a what-question's extraction allocated.)
 */
export function outsideDates(sentence: StorySentence, phrases: readonly Mention[]): readonly Mention[] {
  const entities = sentence.entities;
  let dated = false;
  for (let k = 0; k < entities.length && !dated; k += 1) {
    const type = entities[k]!.type;
    dated = type === 'DATE' || type === 'TIME' || type === 'DURATION';
  }
  if (!dated) return phrases;
  let out: Mention[] | undefined;
  for (let i = 0; i < phrases.length; i += 1) {
    const c = phrases[i]!;
    if (withinDate(sentence, c) || withinYearSpan(sentence, c)) out ??= phrases.slice(0, i);
    else out?.push(c);
  }
  return out ?? phrases;
}

/**
 * The lists a sentence's mentions stand in (coordinatedLists.ts), each shown with the nouns after its last member ("the
 * Ash and Elm **mills**"), but not for a who-question that writes those nouns: "Who were the mills named after?" asks
 * for the people the mills are named after, not for the mills. (For every question naming no noun for its answer: 5
 * SQuAD reading questions won, 4 lost, held back −0.00005.)
 */
function listsIn(sentence: StorySentence, mentions: readonly Mention[], query: FullQuery, determined = false): Mention[] {
  const lists = coordinated(sentence.text, mentions, sentence.tokens, asksSeveral(query.text, query.focus), determined);
  // (The lists themselves where none is shown with nouns after it, as most sentences give none: no copy made.)
  if (!WHO_QUESTION.test(query.text) || !someShown(lists)) return lists;
  const asked = (l: Mention) =>
    sentence.text
      .slice(l.end, l.shown!.end)
      .split(/\s+/)
      .some((w) => query.terms.includes(termOf(w) ?? ''));
  return lists.map((l) =>
    l.shown && asked(l) ? { type: l.type, text: l.text, start: l.start, end: l.end, ...(l.outer && { outer: true }) } : l,
  );
}

/** Whether one of the mentions is shown with more than its span. */
function someShown(mentions: readonly Mention[]): boolean {
  for (let i = 0; i < mentions.length; i += 1) if (mentions[i]!.shown) return true;
  return false;
}

/** The demonyms of a sentence ("the **Korean** economist") that the question does not name. */
function demonyms(sentence: StorySentence, query: FullQuery): Mention[] {
  return sentence.tokens
    .filter((t) => namesNationality(t.text) && !namesMention(t.text, t.text, query.text))
    .map((t) => ({ type: 'PHRASE', text: t.text, start: t.start, end: t.end }));
}

/**
 * A hyphen and a lower-case word after it: a people word so joined answers alone ("**Breton**-speaking"); one joined
 * to another name is shown with it ("Manx-**Norse**").
 */
const JOINED_LOWER = /^-\p{Ll}/u;

/** The people words of a kind in a sentence ("a **Roman Catholic** school") that the question does not name. */
function peopleWordsOf(sentence: StorySentence, query: FullQuery, kind: PeopleKind): Mention[] {
  const { tokens } = sentence;
  return peopleWordRuns(tokens, kind, (w) => namesMention(w, w, query.text)).map(({ first, last }) => {
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    const wordAlone = JOINED_LOWER.test(sentence.text.slice(end, end + 2));
    return { type: 'PHRASE', text: sentence.text.slice(start, end), start, end, ...(wordAlone ? { wordAlone } : {}) };
  });
}

/**
 * A sentence's mentions and the words of a people in it that no mention covers, for the lists they stand in ("Which
 * languages …" → "**Korean, Mongolian, and Tibetan**", where the tagger typed none of them): a member of a list, never
 * an answer alone. For a question that asks for several things (with the capital "The" joiner: SQuAD reading F1 0.5323
 * → 0.5326, 5 won / 0 lost).
 */
function withDemonyms(sentence: StorySentence, mentions: readonly Mention[], query: FullQuery): readonly Mention[] {
  const words = demonyms(sentence, query).filter((d) => !overlapsAny(mentions, mentions.length, d));
  return words.length === 0 ? mentions : [...mentions, ...words];
}

/**
 * The noun a question names its answer by when its focus only asks for a name: "What was the name of the
 * ship's captain?" asks for a captain ("captain", read as a which-NOUN focus), not for a name.
 */
function namedFocus(text: string, focus: string | undefined): string | undefined {
  if (!focus || !NAMING_NOUN.test(focus)) return undefined;
  let named = namedBy.get(focus);
  if (named === undefined) {
    named = new RegExp(`\\b${focus}\\s+of\\s+(?:(?:the|a|an|this|that|his|her|its|their)\\s+)?(.+)$`);
    namedBy.set(focus, named);
  }
  const m = named.exec(text);
  return m ? focusNoun(`which ${m[1]}`) : undefined;
}

/** `namedFocus`'s "NOUN of …" pattern of each NAMING_NOUN noun asked by so far: each compiled once, not once a question. */
const namedBy = new Map<string, RegExp>();

/** Kinds a common noun phrase may answer when no name is found ("Who shouted?" → "a bystander"); never a date or an amount. */
const PHRASE_KINDS: ReadonlySet<FullQuery['kind']> = new Set(['person', 'place', 'other']);

/**
 * Nouns of a span of time that English names ("the Bronze **Age**", "the Jurassic **period**", "the Victorian **era**"):
 * a question asking for one by its noun ("During which era …") is answered by the name when the excerpts date nothing.
 */
const NAMED_SPANS: ReadonlySet<string> = new Set('period periods era eras eon eons epoch epochs age ages time'.split(' '));

/** Whether a question asks for a date by a noun of a span English names ("During which era …"). */
function asksNamedSpan(query: FullQuery): boolean {
  return query.kind === 'date' && query.focus !== undefined && NAMED_SPANS.has(query.focus);
}

/**
 * Whether a what/which question asks for a time only by the noun it names ("Which cycle …", "In what season …"), not by
 * its question word ("When …", "How long …"): the noun's class made the kind, and where the excerpts date nothing the
 * time is named by a phrase ("the Tellin **cycle**", "**c1650**"), as a span English names is (asksNamedSpan). SQuAD
 * reading 7 won / 0 lost (held back 6 / 0), 7 of its 9 new answers right. An amount asked by its noun ("What level of
 * …", "At what rate …") is left alone: read so too, 11 won / 0 lost, but 13 of its 24 new answers wrong.
 */
function asksDateByNoun(query: FullQuery): boolean {
  if (query.kind !== 'date' || query.focus === undefined) return false;
  const wh = questionClass(mainClause(query.text));
  return wh !== 'when' && wh !== 'how';
}

/** The last resort of a who/where/which question: the best noun phrase near the question's words. */
function nounPhrase(story: Story, groups: CorroboratedSentence[], query: FullQuery): ShortAnswer | null {
  const byNounOnly = !PHRASE_KINDS.has(query.kind) && !asksNamedSpan(query);
  if (byNounOnly && !asksDateByNoun(query)) return null;
  // (A time asked by its noun is no figure with a letter against its end: "scanned in 1440p" for "In what year …".)
  const written = chunksOf(query);
  const chunks = byNounOnly ? (s: StorySentence) => written(s).filter((c) => !writesFigureWithLetterAfter(c.text)) : written;
  // The people of a place ("the Danes") answer no where-question, as a phrase no more than as a name (a which-NOUN
  // question may be answered so: "Which side held the pass?" → "the Danes").
  if (!asksWhere(query)) return bestCandidate(story, groups, query, chunks, 0);
  return bestCandidate(story, groups, query, (s) => chunks(s).filter((c) => !namesPeopleOfPlace(c.text)), 0);
}

/**
 * A sentence's noun-phrase chunks; for a question asking for several things, with the lists they stand in ("the
 * **chalk, flint and clay** beds" for "What are the three kinds of bed?"), as names' lists are.
 */
function chunksOf(query: FullQuery): (s: StorySentence) => readonly Mention[] {
  // "Which episode …": the titles written with small words inside, which the chunker cuts, as well (and the lists they
  // stand in: "What two shows …").
  // "What was the campaign called?", "What slogan did the ferry line run?" (a question asking for a thing, not a person):
  // the whole quoted name, its opening small word with it ("“Every Tide Home”"), which the chunker cuts off; not one
  // that only repeats the question's words (the question names it already).
  // (For one asking what something is called, the name after a naming word too, which the chunker may cut or miss:
  // "known as **free-runners**", namedAfter.ts.)
  const naming = namingAsked(query);
  const quotedAsked =
    !query.titled && (naming || (query.kind === 'other' && (query.focus === undefined || nounClass(query.focus) !== 'person')));
  const echoes = quotedAsked ? questionEcho(query.text) : undefined;
  const written = query.titled
    ? (s: StorySentence) => withSpans(phraseChunks(s, query), titleSpans(s))
    : echoes
      ? (s: StorySentence) =>
          withSpans(
            phraseChunks(s, query),
            [...quotedNames(s), ...(naming ? namedAfter(s) : [])].filter((m) => !echoes(m.text)),
          )
      : (s: StorySentence) => phraseChunks(s, query);
  // A question asking for a thing that is no time (kind 'other': "What wrecked the fleet?") is not answered by a phrase
  // the tagger reads as a date or a time ("In **1881** a gale wrecked the fleet" → "gale"); unless it writes a noun of
  // time ("What was the only year …", which its opening reads as asking for a thing). SQuAD reading 11 won / 1 lost
  // (what F1 0.4993 → 0.5002); without the noun-of-time guard 12 won / 9 lost.
  const phrases =
    query.kind === 'other' && !writesTime(query.written ?? query.text) ? (s: StorySentence) => outsideDates(s, written(s)) : written;
  if (asksSeveral(query.text, query.focus))
    return (s) => {
      const chunks = phrases(s);
      return [...chunks, ...listsIn(s, chunks, query)];
    };
  if (!mayAskSeveral(query.text, query.focus) || asksOne(query.text)) return phrases;
  // A question that names no noun for its answer ("What caused the delay?") may want the list its best phrase stands
  // in ("fog, ice and a late crew"), as a name's list answers "Who led the survey?"; but such a list only stands in
  // for its winning member, never competes itself, and only a list of things of one kind. Its last member may open with
  // "a" or a possessive ("tallow **or a** brazier", "the guild **and its** members"): SQuAD reading 4 won, 1 lost (held back 2 /
  // 1); offered for every list, names' lists and those of a plural focus as well, 4 won and 4 lost ("Ada Vell **and
  // her** crew").
  return (s) => {
    const chunks = phrases(s);
    const lists = listsIn(s, chunks, query, true).filter((l) => alikeList(s.text, l, chunks));
    return lists.length === 0 ? chunks : [...chunks, ...lists.map((l) => ({ ...l, standsIn: true }))];
  };
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
  if (!focus || subtype) return false;
  const focusTerm = termOf(focus);
  if (termOf(e.text.slice(e.text.lastIndexOf(' ') + 1)) !== focusTerm) return false;
  // The tokens inside the mention, read in place (a filtered copy and its slice per mention were about 23 MB of a
  // warm 2,000-question pass at 100k).
  const tokens = sentence.tokens;
  let head = -1;
  for (let k = 0; k < tokens.length; k += 1) if (tokens[k]!.start >= e.start && tokens[k]!.end <= e.end) head = k;
  if (head < 0 || termOf(tokens[head]!.text) !== focusTerm) return false;
  // Where the noun goes on to name the thing ("a major grain, millet,", "the **comet** (Vessa)"), its phrase restates
  // the question whatever describes the noun, a figure or a sentence's capitalised first word too; not a name.
  if (introducesAfter(tokens, head)) return !namedBefore(tokens, e, head);
  if (CAPITAL_OR_DIGIT.test(e.text)) return false;
  for (let k = 0; k < head; k += 1) {
    const t = tokens[k]!;
    if (t.start >= e.start && t.end <= e.end && t.pos !== 'ADJ' && t.pos !== 'DET' && t.pos !== 'ADV') return false;
  }
  return true;
}

/** Whether a word of the mention before its head `head` is capitalised, other than the sentence's first ("**Amazon** rainforest"). */
function namedBefore(tokens: readonly Token[], e: Mention, head: number): boolean {
  for (let k = 1; k < head; k += 1) {
    const t = tokens[k]!;
    if (t.start >= e.start && t.end <= e.end && isCapitalised(t.text)) return true;
  }
  return false;
}

/**
 * A capital or a digit anywhere. (A module constant: a regular expression written in a function is a new object each
 * time it runs, and `restatesFocus` runs for every phrase of every candidate sentence.)
 */
const CAPITAL_OR_DIGIT = /[\p{Lu}\d]/u;

/**
 * The hand filters that weigh up the candidates they keep (a candidate-model feature each: keptByTitle, keptByRole)
 * instead of narrowing the choice to them: where one decides, every candidate offered is ranked, and one outside its
 * list wins only where the model prefers it by more than the feature's weight (a title the tagger split, an object the
 * clause reader missed). Census (scripts/handFilterCensus.ts, SQuAD reading, each filter dropped in turn by re-scoring
 * its questions' candidates): every hand filter wins more than it loses as a hard one (inRole: dropping it 8 won / 11
 * lost on the training half, 8 / 20 held back; all filters 124 / 415: the golds they drop, in 317 of the 2,784
 * questions they decide, are outnumbered by the wrong answers they keep out), but these as a weight won on the training
 * half (title at 1.5, role at 1.5: the best weights there). SQuAD reading 12 won / 7 lost, held back 5 / 2 (title 7 / 4,
 * role 5 / 3); eval:refusal near and other identical; eval:kit, typed, actors identical. The kind filter (ofKind) as a
 * weight too (2.5, the training half's best) went 22 / 14, held back 11 / 6 with these, but answered a near question
 * eval:refusal must refuse (test near 0.753 → 0.752): left a filter.
 */
const SOFT_FILTERS: ReadonlySet<HandFilter> = new Set<SoftFilter>(['titles', 'inRole']);
/** Whether a hand filter weighs up the candidates it keeps instead of narrowing the choice to them. */
function isSoftFilter(name: HandFilter): name is SoftFilter {
  return SOFT_FILTERS.has(name);
}

/** The hand filters that may narrow an answer's choice, by the name of the list each keeps. */
export type HandFilter =
  | 'owned'
  | 'coMembers'
  | 'ofKind'
  | 'posts'
  | 'kinds'
  | 'namings'
  | 'nameOfFocus'
  | 'names'
  | 'titles'
  | 'roleHolders'
  | 'described'
  | 'sayers'
  | 'patients'
  | 'doers'
  | 'inRole'
  | 'linked'
  | 'afterPreposition'
  | 'afterAsked'
  | 'besideNamed'
  | 'byVerb'
  | 'byVerbDate'
  | 'byNoun'
  | 'toward';

/**
 * A candidate answer: its best mention as the extractor measured it (where it stands and what was measured of it: the
 * model reads its facts from this when asked), and its scores. One record, its mention's fields changed in place when a
 * better mention of it is found (a record of the mention apart, made for each candidate, was a share of what the
 * extractor allocated).
 */
interface Candidate extends MentionAt {
  score: number;
  best: number;
  /** The best mention (`e`). */
  entity: Mention;
  sentenceId: number;
  /** Best mention score in each sentence that gives it. */
  sentences: SentenceScores;
}

/** A mention as the extractor measured it, kept for the one that ends up its candidate's best. */
type MentionAt = Pick<
  Measured,
  'rankWeight' | 'role' | 'typeFit' | 'near' | 'from' | 'gap' | 'position' | 'coverage' | 'agent' | 'pairs' | 'counts'
> & {
  sentence: StorySentence;
  words: readonly TermWord[];
  e: Mention;
  /** The first and last word of the mention (its figure, for an amount). */
  first: number;
  last: number;
};

/** What every mention of one extraction shares: the question's side of the model's facts. */
type QuestionSide = Pick<
  Measured,
  'kind' | 'wh' | 'questionRole' | 'patientAsked' | 'typed' | 'ends' | 'focusClass' | 'preposition' | 'irrealis' | 'converse' | 'several'
> & {
  /**
   * The question asks the thing its verb is done to: the object, a stranded preposition's complement or a passive's
   * subject ("What did the guild build?", "What was the mill blamed for?", "What was built?"): openingSubject.ts.
   */
  objectAsked: boolean;
  /** The term of the question's verb whose object the question writes itself (objectWritten.ts), or null. */
  writtenVerb: string | null;
  weights: ReadonlyMap<string, number>;
  /** The sum of `weights`. */
  total: number;
  focus: string | undefined;
  /** The focus noun's index term, or null without one. */
  focusTerm: string | null;
  /** The index terms of the phrase the question asks by (askedPhrase.ts): an answer may end in one of them. */
  askedTerms: ReadonlySet<string>;
  /** The soft filter that decided this question and the candidates it kept (they weigh up), if one did. */
  soft: { by: SoftFilter; kept: ReadonlySet<Candidate> } | undefined;
};

/** The facts of one mention: CandidateFacts less what only the whole candidate knows. */
type MentionFacts = Omit<CandidateFacts, 'score' | 'best' | 'topScore' | 'sentences' | 'articles' | 'groups'>;

/**
 * What every `bestCandidate` call of one question reads its sentences with: the question terms' idf weights, their
 * sum, the question's bigrams, and each sentence text's reading against them (other articles' copies of a sentence
 * share its text, and a question's later kinds of candidate — the fallback types, noun phrases — read the same
 * excerpts again). Kept for the latest question only: all of it follows from the story and the question's terms.
 */
interface QuestionReading {
  /** The question's terms the extractor weighs, in the question's order (weighedTerms). */
  weighed: readonly string[];
  weights: ReadonlyMap<string, number>;
  total: number;
  bigrams: QuestionBigrams;
  /**
   * The terms of the capitalised words that spell out a short question word the story never writes, each with that
   * word's term ("prime", "minister" → "pm"): they hold it where the ranker found it held (abbreviationSpellings).
   */
  spelledAs: ReadonlyMap<string, string>;
  readings: Map<string, TextReading>;
}

let readingFor: { story: Story; query: FullQuery; reading: QuestionReading } | undefined;

/**
 * The question's words the extractor weighs and looks for beside a candidate: all but the nouns of its frame ("what
 * is the **name** of", "what **kind** of", "in what **year**": questionFrameNouns), which name what the answer is, so
 * a candidate written beside one ("the **name** A was dropped; it now plays as B") is no nearer the answer for it. The
 * frame's verbs stay: the answer's sentence writes them beside it ("is **called** X", "**lasted** three hours").
 * SQuAD reading (round 29) F1 0.5230 → 0.5243, EM 0.434 → 0.436, held back 0.5501 → 0.5518: 22 won / 5 lost (name
 * 10 / 3, kind-of 8 / 2, year and day 4 / 0); kit identical. Every frame word left out but "when": 0.5241 (27 won, 11
 * lost: the verbs 5 / 6); with "when" too: 0.5239 (its when-questions 1 won / 4 lost).
 */
function weighedTerms(query: PreparedQuery): string[] {
  const nouns = questionFrameNouns(query.text);
  if (nouns.size === 0) return query.terms;
  const frame = new Set([...nouns].map(termOf));
  const weighed = query.terms.filter((t) => !frame.has(t));
  return weighed.length > 0 ? weighed : query.terms;
}

/** The question's {@link QuestionReading}, made on the first `bestCandidate` call of the question. */
function questionReading(story: Story, query: FullQuery, groups: readonly CorroboratedSentence[]): QuestionReading {
  if (readingFor?.story === story && readingFor.query === query) return readingFor.reading;
  const weighed = weighedTerms(query);
  const weights = new Map(weighed.map((t) => [t, idf(story, t)]));
  // "How tall …?": the dimension's noun stands as a word of the question ("It rises to a **height** of 90 metres").
  for (const noun of dimensionNouns(query.text)) {
    const t = termOf(noun);
    if (t && !weights.has(t)) weights.set(t, idf(story, t));
  }
  const total = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
  const spelledAs = new Map<string, string>();
  const spelled = abbreviationSpellings(story, query.terms, excerptSentences(groups));
  for (const [abbreviation, spelt] of spelled ?? []) for (const t of spelt) if (!weights.has(t)) spelledAs.set(t, abbreviation);
  const reading = { weighed, weights, total, bigrams: questionBigrams(query.terms), spelledAs, readings: new Map<string, TextReading>() };
  readingFor = { story, query, reading };
  return reading;
}

/** The sentences of the excerpts the extractor reads (EXTRACTION.groups and EXTRACTION.perGroup). */
function* excerptSentences(groups: readonly CorroboratedSentence[]): Generator<StorySentence> {
  for (const group of groups.slice(0, EXTRACTION.groups)) {
    yield group.sentence;
    for (const other of group.others.slice(0, EXTRACTION.perGroup)) yield other.sentence;
  }
}

/**
 * The key a mention's candidate is kept by: its name in lower case, kept per name (a name with capitals made a new
 * string each time one of its mentions was read, for each kind of candidate of each question that reads it).
 */
function candidateKey(name: string): string {
  return lowerNames.get(name, lowerCase);
}
const lowerNames = textMemo<string>(20_000);
const lowerCase = (name: string) => name.toLowerCase();

/**
 * Every candidate the mentions of the top excerpts give, each with its best mention and the best score in each sentence
 * that gives it. Its own function, apart from the choice among the candidates: the compiler optimises this loop, which
 * every mention runs through, without the rest. As one function of both it took 1–2 s of the compiler's time each time
 * it was optimised, 8 times in 600 questions (answerReplay at 100k, `node --trace-opt`, the loaded machine; 12.9 s in
 * all, 9.2 s apart), and the mentions ran unoptimised meanwhile; the first pass over 2,000 questions allocated 1,248 →
 * 1,207 MB. (Each sentence's mentions scored in a function of their own as well: 5.5 s of compiling and 1,194 MB, but
 * the second pass 0.5 ms a question slower, main-thread CPU 5.29 → 6.22 s in all.)
 */
function gatherCandidates(
  groups: CorroboratedSentence[],
  query: FullQuery,
  mentionsOf: (s: StorySentence) => readonly Mention[],
  scoring: MentionScoring,
): Map<string, Candidate> {
  const { reading: questionRead, top, types, personAsked, lastTime, percentAsked, unitAsked, shapeAsked, sideAsked, focusTerm } = scoring;
  const { weights, total, bigrams, spelledAs, readings } = questionRead;
  const candidates = new Map<string, Candidate>();
  // The records of the call before are free again: its candidates were read by its `bestCandidate`, which is done.
  let pooled = 0;
  // Each mention's nearest value of each question word, by the word's slot in its sentence (left zeroed after each mention).
  let nearest = new Float64Array(16);
  const nearestOrder: number[] = [];
  // Indexed loops in what runs per mention and per question word (an iterator's result per step, where the compiler
  // kept one, was a share of what the first pass allocated).
  const groupCount = Math.min(groups.length, EXTRACTION.groups);
  for (let rank = 0; rank < groupCount; rank += 1) {
    const group = groups[rank]!;
    const sentenceCount = 1 + Math.min(group.others.length, EXTRACTION.perGroup);
    for (let k = 0; k < sentenceCount; k += 1) {
      const excerpt = k === 0 ? group : group.others[k - 1]!;
      const sentence = excerpt.sentence;
      const rankWeight = Math.max(0, evidenceScore(excerpt) / top);
      let reading = readings.get(sentence.text);
      if (!reading) readings.set(sentence.text, (reading = readText(sentence.text, weights, total, bigrams, spelledAs)));
      const { words, anchors, coverage, pairs } = reading;
      // A value question's best excerpt may hold none of its words where it is told under a headline naming the
      // question's two parties (headlineKind.ts): its one mention of the type asked is read as near them, at the
      // excerpt's coverage.
      const lent =
        anchors.length === 0 && rank === 0 && k === 0 && scoring.headlined ? loneTyped(mentionsOf(sentence), types[0]) : undefined;
      if (anchors.length === 0 && lent === undefined) continue;
      const ranked = withRanks(lent ? [lent] : mentionsOf(sentence), rankMentions(sentence, focusTerm, query.text));
      const mentions = scoring.modifierAsked
        ? withSpans(
            ranked,
            focusModifiers(sentence, focusTerm, (t) => weights.has(t)),
          )
        : ranked;
      for (let mi = 0; mi < mentions.length; mi += 1) {
        const e = mentions[mi]!;
        const name = e.canonical ?? e.text;
        const span = e.core ?? e;
        const first = firstEndingAfter(words, span.start);
        const last = Math.max(first, lastStartingBefore(words, span.end));
        // Each question word counts once, at its occurrence nearest the candidate: its best value by slot, summed in
        // the order the words first count (a Map made per mention was a share of the extraction's time).
        if (nearest.length < anchors.length) nearest = new Float64Array(anchors.length * 2);
        let counted = 0;
        let before = 0;
        let after = 0;
        let minGap = Number.POSITIVE_INFINITY;
        for (let ai = 0; ai < anchors.length; ai += 1) {
          const a = anchors[ai]!;
          if (a.i >= first && a.i <= last) continue;
          const gap = a.i < first ? first - a.i - 1 : a.i - last - 1;
          minGap = Math.min(minGap, gap);
          const value = a.weight / (1 + EXTRACTION.decay * gap);
          if (value > nearest[a.slot]!) {
            if (nearest[a.slot] === 0) nearestOrder[counted++] = a.slot;
            nearest[a.slot] = value;
          }
          if (a.i < first) before += a.weight;
          else after += a.weight;
        }
        let near = 0;
        for (let j = 0; j < counted; j += 1) {
          near += nearest[nearestOrder[j]!]!;
          nearest[nearestOrder[j]!] = 0;
        }
        near = lent ? group.coverage : near / total;
        let role = 1;
        // The figure is followed by the noun the question counts, and no other verb governs it.
        let counts = e.counts === true;
        // The text before the mention, read only where a test below may need it.
        const personal = e.type === 'PERSON' || personAsked;
        const preceding = reading.passive || personal ? sentence.text.slice(Math.max(0, e.start - 60), e.start) : '';
        // "was appointed by the mayor": the agent of a passive verb did the action, as a subject does; a word describing
        // the agent's noun does not ("by **Velden** architect Ada Vell"). BY_WORD first, a cheap screen: the pattern once
        // tried here at each word of the 60 characters before was 0.4% of a warm replay's CPU at 100k.
        const agent = reading.passive && BY_WORD.test(preceding) && agentMention(sentence.tokens, span);
        if (agent && query.role === 'subject') role *= EXTRACTION.role;
        if (query.role === 'subject' && after > before) role *= EXTRACTION.role;
        if (query.role === 'object' && before > after) role *= EXTRACTION.role;
        // The object test last: only where it can matter (a regular expression per mention was a share of the
        // extraction's time; a closure per mention for it was another, tsx naming each one it makes).
        if (personal && query.role !== 'object' && !agent && OBJECT_PREPOSITIONS.test(preceding)) role *= EXTRACTION.objectPenalty;
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
          } else if (e.counts || anchorWithin(anchors, last, 2)) role *= EXTRACTION.counted;
          else if (anchorAt(anchors, first - 1)) role *= EXTRACTION.countedByVerb;
        }
        // "How many kilometres …": "90 miles" is another unit of it, "36 hours" a measure of something else.
        if (unitAsked && e.type !== 'PHRASE' && isAmount(e.type)) {
          const at = (e.core ?? e).start;
          role *= unitFit(unitAsked, amountUnit(sentence.text.slice(at, at + 60)), EXTRACTION.otherUnit, EXTRACTION.otherMeasure);
        }
        if (shapeAsked && e.type !== 'PHRASE' && isAmount(e.type) && e.unit !== shapeAsked) role *= EXTRACTION.otherMeasure;
        if (sideAsked) {
          const side = contestSideAt(sentence.tokens, span.start, span.end);
          if (side) role *= side === sideAsked ? EXTRACTION.sameSide : EXTRACTION.otherSide;
        }
        // (A question that wants no typed entity: the quoted phrase is weighed as the same words unquoted.)
        if (types.length > 0 && reading.quoted && insideQuote(sentence.text, e.start)) role *= EXTRACTION.quoted;
        if (VAGUE_AMOUNT.test(e.text)) role *= EXTRACTION.vague;
        // "When was X last this low?" → "… not seen since May 1971".
        if (lastTime)
          role *= SINCE_BEFORE.test(sentence.text.slice(Math.max(0, e.start - 20), e.start)) ? EXTRACTION.since : 1 / EXTRACTION.since;
        const at = e.type === 'PHRASE' ? -1 : types.indexOf(e.type);
        const typeFit = amountFit(
          e,
          percentAsked,
          e.rank
            ? EXTRACTION.focus
            : types.length === 0
              ? phraseFit(e.text, query.focus) / (restatesFocus(sentence, e, query.focus, scoring.subtype) ? EXTRACTION.focus : 1)
              : at === 0
                ? 1
                : at > 0
                  ? 0.85
                  : EXTRACTION.untypedName,
        );
        const score = rankWeight * near * role * typeFit * (e.describes ? EXTRACTION.modifier : 1);
        const key = candidateKey(name);
        let prev = candidates.get(key);
        if (prev && score <= prev.best) {
          prev.sentences.keep(sentence.id, score);
          continue;
        }
        const gap = Number.isFinite(minGap) ? minGap : words.length;
        const position = after === 0 ? 'after' : before === 0 ? 'before' : 'between';
        if (prev) prev.sentences.keep(sentence.id, score);
        else {
          prev = candidatePool[pooled];
          if (!prev) {
            const made: Candidate = {
              score: 0,
              best: score,
              entity: e,
              sentenceId: sentence.id,
              sentences: new SentenceScores(sentence.id, score),
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
              gap,
              position,
              coverage,
              agent,
              pairs,
              counts,
            };
            candidatePool.push(made);
            pooled += 1;
            candidates.set(key, made);
            continue;
          }
          pooled += 1;
          prev.score = 0;
          prev.sentences.restart(sentence.id, score);
          candidates.set(key, prev);
        }
        prev.best = score;
        prev.entity = e;
        prev.sentenceId = sentence.id;
        prev.sentence = sentence;
        prev.words = words;
        prev.e = e;
        prev.first = first;
        prev.last = last;
        prev.rankWeight = rankWeight;
        prev.role = role;
        prev.typeFit = typeFit;
        prev.near = near;
        prev.from = rank;
        prev.gap = gap;
        prev.position = position;
        prev.coverage = coverage;
        prev.agent = agent;
        prev.pairs = pairs;
        prev.counts = counts;
      }
    }
  }
  return candidates;
}

/**
 * Candidate records kept from one `gatherCandidates` call to the next and written again field by field (with their
 * `SentenceScores` begun again): every candidate of every question was a new record of some twenty fields, its numbers
 * each boxed apart, the largest share of what the extractor allocated (~58 MB of a first 2,000-question pass at 100k).
 * A call's candidates are read only by the `bestCandidate` that asked for them, before the next call is made: the
 * answer it returns holds their values, never the records.
 */
const candidatePool: Candidate[] = [];

/**
 * Whether a question word stands within `words` words after word `last`. A module function: the closures
 * `gatherCandidates` made for these two tests held each mention's first and last word, so every mention of every
 * question made a context object for them (with the regular expression below written in the loop, about 8 MB of a
 * warm 2,000-question pass at 100k).
 */
function anchorWithin(anchors: readonly Anchor[], last: number, words: number): boolean {
  for (let i = 0; i < anchors.length; i += 1) if (anchors[i]!.i > last && anchors[i]!.i - last <= words) return true;
  return false;
}

/**
 * Whether a which / what-NOUN question may be answered by the words that describe its noun ("Which foot …" → "his
 * **left** foot"): a thing's question, not one for a kind ("what kind of …", answered by its own phrases) nor a post,
 * nor a direction (answered by a compass word: "the **overall** direction" tells no heading).
 */
function modifierAsked(query: FullQuery): boolean {
  return (
    query.focus !== undefined &&
    !asksDirection(query.text) &&
    (query.kind === 'other' || query.kind === 'place') &&
    !KIND_OF_QUESTION.test(query.text) &&
    !POST_NOUNS.has(query.focus)
  );
}

/** The mentions with more spans after them (the describing words of the focus noun, titles), each span once. */
function withSpans(mentions: readonly Mention[], more: readonly Mention[]): readonly Mention[] {
  if (more.length === 0) return mentions;
  const out = [...mentions];
  for (const m of more) if (!mentions.some((e) => e.start === m.start && e.end === m.end)) out.push(m);
  return out;
}

/** Whether a question word stands at word `at`. */
function anchorAt(anchors: readonly Anchor[], at: number): boolean {
  for (let i = 0; i < anchors.length; i += 1) if (anchors[i]!.i === at) return true;
  return false;
}

/** "… not seen since (early) May": the words before a date that mark it as when a thing last happened. */
const SINCE_BEFORE = /\bsince\s+(?:(?:early|late|mid|the|at least)\s+)?$/i;

/**
 * What one `bestCandidate` call reads each mention against: the question's side of a mention's score, worked out
 * once per call.
 */
interface MentionScoring {
  reading: QuestionReading;
  /**
   * The best excerpt's score as evidence (without a ranking-only lift: evidenceScore), which each sentence's is read
   * against (1 where it is 0).
   */
  top: number;
  types: readonly EntityType[];
  personAsked: boolean;
  lastTime: boolean;
  percentAsked: boolean;
  unitAsked: ReturnType<typeof askedUnit>;
  shapeAsked: FullQuery['unit'];
  sideAsked: ReturnType<typeof askedSide>;
  focusTerm: string | null;
  subtype: boolean;
  /** Whether the describing words before the question's focus noun are candidates (focusModifier.ts). */
  modifierAsked: boolean;
  /**
   * Whether a value question's best excerpt is told under a headline writing two of the names it asks by apart
   * (headlineKind.ts `headlineNamesParties`): an excerpt there may leave the question's words to the headline.
   */
  headlined: boolean;
}

/** The best-supported candidate of those `mentionsOf` gives in the top excerpts, or null when they hold none. */
function bestCandidate(
  story: Story,
  groups: CorroboratedSentence[],
  query: FullQuery,
  mentionsOf: (s: StorySentence) => readonly Mention[],
  typed: number,
): ShortAnswer | null {
  const reading = questionReading(story, query, groups);
  const { weights } = reading;
  const types = query.types;
  const personAsked = types.includes('PERSON');
  // "What was the score …": where a top excerpt holds a value in that unit, another amount measures something else.
  const shapeAsked =
    query.unit !== undefined && groups.slice(0, EXTRACTION.groups).some((g) => holdsUnit(g.sentence, query.unit!)) ? query.unit : undefined;
  // The question as asked after a phrase setting the scene ("After the vote, what …"): its question word and shape.
  const asked = mainClause(query.text);
  const wh = questionClass(query.text);
  const askedWh = questionClass(asked);
  // "Who did A beat?" asks for the loser of a contest, "Who beat B?" for the winner (a /who query "did A beat" too).
  const sideAsked = askedSide(query.text, query.kind === 'person');
  // The terms of the question verbs' converses the story holds ("beat" for "lost"): their parties, turned round, hold roles too.
  const converse: ReadonlySet<string> = new Set([...converseTerms(story, query.text, query.terms).values()].flat());
  const ends = { first: reading.weighed[0], last: reading.weighed.at(-1), subtype: SUBTYPE_QUESTION.test(query.text) };
  const focusClass = query.focus ? foldClass(nounClass(query.focus)) : 'none';
  const focusTerm = query.focus ? termOf(query.focus) : null;
  // The names WordNet files as kinds or instances of the noun a which/what-NOUN question asks about.
  const focusKinds: ReadonlySet<string> = query.focus ? nounKindNames(query.focus.toLowerCase()) : new Set();
  const candidates = gatherCandidates(groups, query, mentionsOf, {
    reading,
    top: evidenceScore(groups[0]!) || 1,
    types,
    personAsked,
    lastTime: query.kind === 'date' && /\blast\b/.test(query.text),
    percentAsked: PERCENT_QUESTION.test(query.text),
    unitAsked: query.kind === 'number' || query.kind === 'duration' ? askedUnit(query.text) : undefined,
    shapeAsked,
    sideAsked,
    focusTerm,
    subtype: ends.subtype,
    modifierAsked: modifierAsked(query),
    headlined: VALUE_KINDS.has(query.kind) && headlineNamesParties(story, groups[0]!.sentence, query.parties),
  });
  // A candidate's score: its best mention plus a share of every other sentence that gives it.
  for (const c of candidates.values()) {
    const others = c.sentences.sum();
    c.score = c.best + EXTRACTION.support * (others - c.best);
  }
  const every = [...candidates.values()].sort((a, b) => b.score - a.score);
  if (!every[0] || every[0].score <= 0) return null;
  // "On what date did X die?": a day of a month, not the hour or the year of the same telling; "In what year …": a year,
  // not a century, a weekday or an hour (dayAsked.ts). Left out before any rule below narrows the choice, so that none of
  // them (the date the question's verb governs, "sank at **4:10 a.m.** on 9 October") keeps the other grain. Only the
  // choice: the margin is still read against every candidate.
  const grained = ofAskedGrain(
    every,
    query.text,
    (c) => c.entity.type,
    (c) => c.entity.text,
  );
  // "When did Ivo Tarnel row for Orrin?": a date of the best excerpt that times the question's verb done by another named
  // doer ("Mara Dunn rowed for Orrin in 1961; …") is that one's time (objectAsked.ts `subjectUnasked`, which refuses such
  // an answer), no choice where another date is. Only the choice, as above.
  const otherDoers = query.kind === 'date' ? grained.filter((c) => c.from === 0 && toldOfOtherDoer(query.written ?? query.text, c)) : [];
  const offered = otherDoers.length > 0 && otherDoers.length < grained.length ? grained.filter((c) => !otherDoers.includes(c)) : grained;
  // "Which country …": where some candidates are countries by WordNet, a sea, a port or a day beside the
  // question's words is not what was asked (SQuAD reading F1 0.430 → 0.432, which 0.329 → 0.335). Only the
  // choice is narrowed: the margin and the share of the top score are still read against every candidate,
  // so the filter does not make an answer look surer than its evidence (eval:refusal's ≥ 0.8 answers).
  // (A name the story itself writes as one of the noun, "the Tarsk River" for "Which river …", is of the kind too:
  // WordNet lists only the best known.)
  // A question answered by a phrase ("Which planet …") takes only names WordNet writes as names too ("Venus", not a
  // kind capitalised, "Jungle"), and not where it asks a kind of the noun or something the noun owns ("the planet's …").
  const phraseKinds =
    types.length === 0 && query.focus !== undefined && !KIND_OF_QUESTION.test(query.text) && !writesAsOwner(query.text, query.focus);
  const listed = offered.filter((c) => {
    const text = (c.entity.canonical ?? c.entity.text).toLowerCase();
    if (!focusKinds.has(text)) return false;
    return types.length > 0 || (phraseKinds && hasNameSense(text) && writtenAsName(c.sentence, c.e.start, c.e.end));
  });
  const ofKind =
    listed.length > 0
      ? offered.filter((c) => listed.includes(c) || namedAsKind(story.sentences[c.sentenceId]!, c.entity, query.focus!))
      : listed;
  // "How old was Ada?": where a figure is given as the age of someone the question names, ages of others are not.
  const owned = AGE_QUESTION.test(query.text) ? offered.filter((c) => ageOfNamed(c.sentence, c.e, query.text)) : [];
  // "What position does Ada Vell play?": where some candidates end in a common noun of a person ("goalkeeper",
  // "chief engineer"), a post is one of them, not a figure or a name beside the question's words.
  // Only in the best excerpt, and not for several things ("Which two roles …": parts played, by their names) nor a
  // kind ("what type of role …").
  const postAsked =
    query.focus !== undefined && POST_NOUNS.has(query.focus) && !asksSeveral(query.text, query.focus) && !KIND_OF_QUESTION.test(query.text);
  const posts = postAsked ? offered.filter((c) => c.from === 0 && namesPost(shownText(story, c).text)) : [];
  // "What kind of landing …": where some of the best excerpt's candidates stand right before the noun X ("a
  // **floating** landing") or end in it, the kind is one of them, not a name beside the question's words.
  const kindTerm = KIND_OF_QUESTION.test(query.text) && query.focus ? termOf(query.focus) : null;
  const kinds = kindTerm ? offered.filter((c) => c.from === 0 && modifiesNoun(story.sentences[c.sentenceId]!, c.entity, kindTerm)) : [];
  // "What is the mouth tube called?": where some of the best excerpt's candidates are given as a name ("known as X",
  // "called 'X'", a quoted name, "X ('mouth tube')"), the name asked for is one of them.
  const namings =
    asksWhatCalled(query.text, query.written ?? query.text) || asksStatementName(query.text)
      ? offered.filter((c) => c.from === 0 && givenAsName(story.sentences[c.sentenceId]!.text, c.entity, weights))
      : [];
  // "Which park …": where some of the best excerpt's candidates are names ending in the noun ("Ostwick Park"), the park
  // asked for is one of them, not another name beside the question's words; where none is, one opening with it ("Fort
  // Mirela", "Sea of Tarn"), written as the name's first word (not "Cup IX" of "Harbour Cup IX").
  // (For a span of time, "During which era …", a lower-case noun after a capitalised word ends one too: "the Velmian
  // era", "pre-Orskian period"; so for any time a what/which question asks by its noun, "Which cycle …": "the Tellin cycle".)
  const nameFocus = query.focus && !kindTerm && !postAsked && !writesAsOwner(query.text, query.focus) ? query.focus.toLowerCase() : null;
  const spanFocus = asksNamedSpan(query) || asksDateByNoun(query);
  const edges = nameFocus ? offered.map((c) => (c.from === 0 ? focusEdge(shownText(story, c).text, nameFocus, spanFocus) : undefined)) : [];
  const endingInFocus = offered.filter((_, i) => edges[i] === 'last');
  const nameOfFocus = endingInFocus.length > 0 ? endingInFocus : offered.filter((c, i) => edges[i] === 'first' && !afterNameWord(story, c));
  // "What was the name of the ferry?": where some of the best excerpt's candidates are written as names, the name
  // asked for is one of them, not a lower-case phrase beside the question's words.
  // (Where the noun named is a person's, "What is the last name of the player who …", a person's name: its last word
  // capitalised, not a figure nor a thing named by a common noun, "83 yards", "Ada's hand".)
  const nameAsked = asksForName(query.text);
  const noun = nameAsked ? namedNoun(query.text) : undefined;
  const personNamed = noun !== undefined && nounClass(noun) === 'person';
  const allNames = nameAsked
    ? offered.filter(
        (c) => c.from === 0 && writtenAsName(c.sentence, c.e.start, c.e.end) && (!personNamed || endsCapitalised(shownText(story, c).text)),
      )
    : [];
  // Where some of those names stand beside the noun named ("the Tolly warden, Ada Vell,", "his nephew Dorn", "Ada Vell,
  // the new warden" for "What was the name of the warden?"), the name asked for is one of them, not a name that holds the
  // noun ("the Tolly warden") nor another name of the sentence.
  const namedTerm = noun === undefined || allNames.length < 2 ? null : termOf(noun);
  const namedBeside = namedTerm ? allNames.filter((c) => !holdsNoun(c, namedTerm) && nameBesideNoun(c, namedTerm)) : [];
  const names = namedBeside.length > 0 ? namedBeside : allNames;
  // "Which episode …": where some of the best excerpt's candidates are written as titles ("The Night Hour with Ann Lee",
  // a quoted name), the title asked for is one of them, not a phrase that holds one ("a late broadcast of …").
  // (Not one that only repeats the question's words: "Night Hour" for "Which Night Hour episode …".)
  // (A weight, not a filter: SOFT_FILTERS.)
  const echoes = questionEcho(query.text);
  const titles = query.titled ? offered.filter((c) => c.from === 0 && writtenAsTitle(c.sentence, c.e) && !echoes(c.entity.text)) : [];
  // "Who is the chief engineer of the Tolly mill?": where some of the best excerpt's people are written with the role's
  // noun ("chief engineer Dorn Vekla", "hired Dorn Vekla as chief engineer"), the holder is one of them, not another
  // person of the sentence ("owner Ivo Brandt"). A name only: a lower-case phrase after "as" is no holder.
  // (SQuAD 1 won / 0 lost.)
  const role = personAsked ? askedRole(query.text) : undefined;
  const roleTerm = role === undefined ? null : termOf(role);
  const allHolders = roleTerm
    ? offered.filter(
        (c) => c.from === 0 && (c.entity.type !== 'PHRASE' || writtenAsName(c.sentence, c.e.start, c.e.end)) && roleBeside(c, roleTerm),
      )
    : [];
  // Where several hold it, each with what they hold it in ("Ada Vell, chair of the harbour board, and Ivo Brandt, chair of
  // the ferry trust"), the one asked for is among those whose role phrase holds the most of the question's other words
  // (roleWords.ts), not the first named.
  const roleHolders = roleTerm && allHolders.length > 1 ? mostDescribed(allHolders, weights, roleTerm) : allHolders;
  // "What caused the flood?" / "What did the flood destroy?": where some of the best excerpt's candidates are the
  // subject (or the object) of the question's verb there, the thing asked for is one of them.
  // (Not the object where the question ends in its preposition: "What did they describe it as?" wants what follows "as".)
  // ("The guild sold what?": the object, the question word written where its answer stands.)
  // (A weight, not a filter: SOFT_FILTERS.)
  const roleAsked =
    askedWh === 'what' && types.length === 0 && query.role !== 'any' && !(query.role === 'object' && STRANDED_PREPOSITION.test(asked))
      ? query.role
      : types.length === 0 && asksStatementObject(query.text)
        ? 'object'
        : undefined;
  const irrealis = IRREALIS_QUESTION.test(query.text);
  // (A phrase that only restates the noun asked about, "a **bold new font**" for "What new font …", is no such
  // candidate: the name it stands beside is the answer.)
  const inRole = roleAsked
    ? offered.filter(
        (c) =>
          c.from === 0 &&
          holdsRole(c, roleAsked, weights, irrealis, converse) &&
          !restatesFocus(c.sentence, c.e, query.focus, ends.subtype),
      )
    : [];
  // "What is a common penalty?": where some of the best excerpt's candidates are the subject of "be" whose complement
  // holds the question's words ("**the fine** is the most common penalty"), the thing asked for is one of them.
  // (Not where the question ends in its preposition, "What is X based on?", unless it asks what X is known as: "What is
  // the study of knots called / known as?" → "**Tarnwork** is the study of knots". SQuAD reading, round 45, 2 won / 0 lost.)
  const copulaAsked =
    askedWh === 'what' &&
    types.length === 0 &&
    WHAT_IS.test(asked) &&
    (!STRANDED_PREPOSITION.test(asked) || asksWhatCalled(asked, query.written ?? query.text));
  const isQuestionTerm = questionTermTestOf(weights);
  const passiveAsked = copulaAsked && asksPassive(asked);
  const linked = copulaAsked
    ? offered.filter((c) => c.from === 0 && subjectOfCopula(c.sentence.tokens, c.e, isQuestionTerm, passiveAsked))
    : [];
  // "Who was the first mayor of Tarnby?": where some of the best excerpt's candidates are the subject of "be" or
  // "become" whose complement holds the question's words ("**Ivo Brandt** became the first mayor"), the one asked for
  // is one of them, not a name inside the description ("a rival of Ada Vell"). (Not one that repeats the question.)
  const described =
    personAsked && WHO_IS.test(asked)
      ? offered.filter((c) => c.from === 0 && !echoes(c.entity.text) && subjectOfLink(c.sentence.tokens, c.e, isQuestionTerm))
      : [];
  // "Who claimed that the mill burned?": where some are the subject of a verb with a that-clause holding the question's
  // words ("**Ivo Brandt** (1908) observed that …"), the one who said it is one of them, not a name inside the clause.
  const sayers = personAsked && SAYER_ASKED.test(asked) ? offered.filter((c) => c.from === 0 && statesThat(c, isQuestionTerm)) : [];
  // "Who was sacked?": where some are the one the question's verb was done to there ("**Ivo** was sacked by Ada", "Ada
  // sacked **Ivo**"), the one asked for is one of them, not the doer after "by" (patientAsked.ts).
  const patientAsked = query.kind === 'person' && asksPatient(asked, true);
  const patients = personAsked && patientAsked ? offered.filter((c) => c.from === 0 && actedOn(c, weights, irrealis, converse)) : [];
  // "Who approved the plan?": where some are the one who does the question's verb there ("**Ada Vell** approved it", "it was
  // approved by the Velden ferryman, **Jan de Moor**"), the one asked for is one of them, not a name the sentence gives
  // another verb ("prompted by Ivo Brandt") nor one inside the doer's description.
  const doerAsked = personAsked && query.role === 'subject' && !patientAsked && askedWh === 'who';
  const ownDoers = doerAsked ? offered.filter((c) => c.from === 0 && holdsRole(c, 'subject', weights, irrealis, converse)) : [];
  // (Where none ends the doer's phrase, one the sentence names by the verb's noun, "its host, **Ivo Brandt**" for "Who hosted
  // the show?" (nounDoers.ts); else a name that opens the doer's phrase, cut short ("**Orsk Radio** Four aired the regatta"),
  // the part before its "of" ("**friends** of Ada Vell rebuilt the weir"), or a name describing its people noun ("**Orsk**
  // harbour pilots rebuilt the weir", shown with the nouns below: `insideDoers`).)
  // (Where none is, first those who do a verb WordNet relates to the question's, "**a deckhand** shouted at the ferryman"
  // for "Who yelled at the ferryman?" (relatedDoers.ts), a person's noun phrase as well as a name.)
  const relatedTerms = doerAsked && ownDoers.length === 0 ? relatedVerbTerms(query.written ?? query.text, weights) : undefined;
  const relatedDone =
    relatedTerms && relatedTerms.size > 0
      ? offered.filter((c) => c.from === 0 && doesRelated(c, relatedTerms, isQuestionTerm, irrealis))
      : [];
  const verbNouns = doerAsked && ownDoers.length === 0 && relatedDone.length === 0 ? verbNounsOf(query.written ?? query.text) : undefined;
  const nounNamed = verbNouns ? offered.filter((c) => c.from === 0 && doesByNoun(c, verbNouns)) : [];
  const insideDoers = doerAsked && ownDoers.length === 0 && relatedDone.length === 0 && nounNamed.length === 0;
  const doers =
    ownDoers.length > 0 || !doerAsked
      ? ownDoers
      : relatedDone.length > 0
        ? relatedDone
        : nounNamed.length > 0
          ? nounNamed
          : offered.filter((c) => c.from === 0 && insideRole(c, weights, irrealis, converse));
  // "What is the pull proportional to?": where some of the best excerpt's candidates follow a question word and that
  // preposition ("equal to **the load**"), the thing asked for is one of them.
  // ("The pull is proportional to what?": the same, the question word written where its answer stands.)
  // ("Who did the guild trade with in 1820?": the same for a who-question, its preposition stranded at the end or before
  // a later phrase: "traded with **the Orsk harbour board**".)
  const stranded =
    types.length === 0
      ? ((askedWh === 'what' ? STRANDED_PREPOSITION.exec(asked)?.[1]?.toLowerCase() : undefined) ??
        finalPreposition(query.text) ??
        thingAfterPreposition(query.text))
      : personAsked && askedWh === 'who'
        ? (STRANDED_PREPOSITION.exec(asked)?.[1]?.toLowerCase() ?? strandedInside(asked))
        : undefined;
  const afterAnyWord = stranded
    ? offered.filter((c) => c.from === 0 && afterWordAndPreposition(c.sentence.tokens, c.e, stranded, isQuestionTerm))
    : [];
  // First those after the very word the question writes before its preposition ("groups of **small fish**" for "…
  // groups of what?", not "nets of the guild").
  const ownWord = stranded ? wordBeforeFinalPreposition(query.text, stranded) : undefined;
  const ownTerm = ownWord ? termOf(ownWord) : undefined;
  const afterOwnWord = ownTerm
    ? afterAnyWord.filter((c) => afterWordAndPreposition(c.sentence.tokens, c.e, stranded!, (t) => termOf(t.text) === ownTerm))
    : [];
  const afterPreposition = afterOwnWord.length > 0 ? afterOwnWord : afterAnyWord;
  // "Where is the Tarn Lace School?": where some of the best excerpt's places stand right after that name and a preposition
  // of place ("the Tarn Lace School in **Velden**"), the place asked for is one of them, not another the sentence names;
  // so for a place phrase right before a preposition of place and a name the question writes ("**the pressure hall**
  // at the Tolly Field" for "Where did the crew run tests at Tolly Field?").
  const besideNamed = asksWhere(query)
    ? offered.filter(
        (c) =>
          c.from === 0 &&
          (placedAfterNamed(c.sentence, c.e, query.text) || (c.entity.type === 'PHRASE' && placedBeforeNamed(c.sentence, c.e, query.text))),
      )
    : [];
  // "Where did Ada work?": where some of the best excerpt's places stand after a preposition the question's verb governs
  // ("worked at **the Tolly mill**"), the place asked for is one of them, not one another verb tells ("moved to Velden").
  const placing = asksWhere(query) ? placingAsked(query.written ?? query.text) : undefined;
  // (Not a place the next preposition puts in one of them: "worked at the Tolly mill in Velden" — firstPlaced.)
  const top = placing ? offered.filter((c) => c.from === 0) : [];
  const byVerb = placing ? firstPlaced(top, placing.verbs, placing.destination) : [];
  // "When did the feud reach its height?": where some of the best excerpt's dates are the time of the question's verb
  // ("reached its height by **1888**"), the date asked for is one of them, not one another verb tells ("smouldering since 1886").
  const timeVerbs = query.kind === 'date' ? questionVerbs(query.written ?? query.text) : undefined;
  const byVerbDate = timeVerbs ? offered.filter((c) => c.from === 0 && datedByVerb(c.sentence, c.e, timeVerbs)) : [];
  // "Where was the river dammed with a lower weir?": where some of the best excerpt's places stand after a preposition
  // of place right after a noun the question writes ("a lower weir **at Tolly**"), the place asked for is one of those
  // whose noun phrase holds the most of the question's words (not "an upper weir near Orsk").
  const nouns = placing && !placing.destination && byVerb.length === 0 ? questionNouns(query.text) : undefined;
  const nounHeld = nouns ? offered.map((c) => (c.from === 0 ? placedByNoun(c.sentence, c.e, nouns, query.terms) : 0)) : [];
  const mostHeld = Math.max(0, ...nounHeld);
  const byNoun = mostHeld > 0 ? offered.filter((_, i) => nounHeld[i] === mostHeld) : [];
  // "Where did the weavers flee?": where some of the best excerpt's places stand after "to" or "into", the place gone
  // to is one of them, not the one left ("from") or stayed in.
  const towardAny = asksWhere(query) ? offered.filter((c) => c.from === 0 && placedToward(c.sentence, c.e)) : [];
  const toward = towardAny.length > 0 && placing?.destination ? towardAny : [];
  // "Along with X, what other town …?": where some of the best excerpt's candidates stand in a list beside X, the
  // town asked for is one of them, not X nor a phrase elsewhere.
  const coMembers = coMembersIn(offered, query.text);
  // "The mill was sold to the weavers of what town?": where some of the best excerpt's candidates stand right after the
  // words the question writes before its question word ("the weavers of **Velden**"), the thing asked for is one of them.
  const wordsBefore = wordsBeforeAsked(query.written ?? query.text);
  const afterAsked = wordsBefore ? offered.filter((c) => c.from === 0 && standsAfterWords(c.sentence.tokens, c.e, wordsBefore)) : [];
  // The hand filters in order of precedence: the first that keeps any candidate narrows the choice to them (a soft one
  // weighs them up among all offered instead: SOFT_FILTERS).
  const handFilters: readonly (readonly [HandFilter, readonly Candidate[]])[] = [
    ['owned', owned],
    ['coMembers', coMembers],
    ['ofKind', ofKind],
    ['posts', posts],
    ['kinds', kinds],
    ['namings', namings],
    ['nameOfFocus', nameOfFocus],
    ['names', names],
    ['titles', titles],
    ['roleHolders', roleHolders],
    ['described', described],
    ['sayers', sayers],
    ['patients', patients],
    ['doers', doers],
    ['inRole', inRole],
    ['linked', linked],
    ['afterPreposition', afterPreposition],
    ['afterAsked', afterAsked],
    ['besideNamed', besideNamed],
    ['byVerb', byVerb],
    ['byVerbDate', byVerbDate],
    ['byNoun', byNoun],
    ['toward', toward],
  ];
  const deciding = handFilters.find(([, list]) => list.length > 0);
  const soft = deciding && isSoftFilter(deciding[0]) ? { by: deciding[0], kept: new Set(deciding[1]) } : undefined;
  const byHand = soft ? offered : (deciding?.[1] ?? offered);
  // A candidate that only repeats the question's words is no answer where another one is.
  // "Where is the airport?": a name of the thing asked about ("the Tolly Field Airport") is no place of it (a phrase
  // may be: "the grounds of the abbey" for "Where are abbey gardens?").
  const placeOfItself = asksWhere(query) ? namesPlaceAsked(query.text) : undefined;
  const fresh = byHand.filter(
    (c) => !echoes(c.entity.text) && !(c.entity.type !== 'PHRASE' && placeOfItself?.(c.entity.text, c.sentence.text.slice(c.e.end))),
  );
  // "Where did Ada spend the summer?": not a place in the bracket after the place the sentence names ("went to Halden
  // (Tarn County, Orsk Province)"), which tells where that one lies; nor a name set beside a person as that person's like
  // ("Ivo Brandt of Velden and Halvor Orrowe of Orsk": parallelPerson.ts).
  const unbracketed = asksWhere(query)
    ? fresh.filter(
        (c) =>
          !parallelPerson(c.sentence, c.e) &&
          !bracketedAfter(
            c.sentence,
            c.e,
            every.flatMap((o) => (o.sentence === c.sentence && o !== c ? [o.e] : [])),
            query.text.toLowerCase(),
          ),
      )
    : fresh;
  const unechoed = unbracketed.length > 0 ? unbracketed : fresh.length > 0 ? fresh : byHand;
  // "Who did A beat?": where some candidates stand on the side of a contest the question asks for (a loser), they are
  // what was asked, not a name beside the question's words nor the winner.
  const sideTerm = sideAsked ? questionTermTestOf(weights) : undefined;
  // First those whose other side (or prize) holds a question word: "Nell Rand" of "Ada beat Nell Rand" for "Who did Ada
  // beat?", not the loser of another match.
  const sideOf = (c: Candidate, term?: (t: Token) => boolean) => contestSideAt(c.sentence.tokens, c.e.start, c.e.end, term);
  const facing = sideAsked ? unechoed.filter((c) => sideOf(c, sideTerm) === sideAsked) : [];
  // Else any on that side in a sentence holding a question's noun, name or adjective beside the candidate (the prize,
  // the round), not a lower excerpt's other match that shares only the verb and a number with "Who did A beat in the
  // four-set final?".
  const sided = sideAsked && facing.length === 0 ? unechoed.filter((c) => sideOf(c) === sideAsked && holdsOtherTerm(c, sideTerm!)) : facing;
  // "Who took the girls' sprint?": a man named beside the question's words loses to a woman (`askedSex.ts`).
  const sexAsked = personAsked ? askedSex(query.text) : undefined;
  const sexed = ofAskedSex(sided.length > 0 ? sided : unechoed, (c) => c.entity.canonical ?? c.entity.text, sexAsked);
  // A list that only stands in for its member is looked for among every candidate (listHolding), not ranked.
  const members = sexed.some((c) => c.entity.standsIn) ? sexed.filter((c) => !c.entity.standsIn) : sexed;
  const preposition =
    openingPreposition(query.text)?.preposition ??
    STRANDED_PREPOSITION.exec(query.text)?.[1]?.toLowerCase() ??
    innerPreposition(query.text);
  const side: QuestionSide = {
    weights,
    total: reading.total,
    focus: query.focus,
    focusTerm,
    askedTerms: askedPhraseTerms(query.written ?? query.text),
    kind: query.kind,
    wh,
    questionRole: query.role,
    objectAsked:
      query.kind === 'other' && (query.role === 'object' || STRANDED_PREPOSITION.test(query.text) || asksThingPatient(query.text)),
    writtenVerb: query.role === 'object' ? verbWithWrittenObject(query.text) : null,
    // Read only where it counts: byPerson applies to person questions alone.
    patientAsked,
    typed,
    ends,
    focusClass,
    preposition,
    irrealis,
    converse,
    several: severalAsked(query.text, query.focus),
    soft,
  };
  // Each candidate's facts are read once by the model, in one scratch record.
  const model = candidateWeights();
  const ranked = model
    ? members
        .map((c) => ({ c, z: candidateScore(model, factsOf(story, c, every[0]!.score, side, scratchFacts())) }))
        .sort((a, b) => b.z - a.z)
        .map((r) => r.c)
    : members;
  // (The list is looked for among every candidate: a list is no WordNet kind of the focus noun, its members may be.)
  // "Who was the chief clerk …?" asks for one person as a singular focus noun does ("What singer …?").
  const onePerson = query.focus === undefined && asksOnePerson(query.text);
  const several = !onePerson && (asksSeveral(query.text, query.focus) || mayAskSeveral(query.text, query.focus));
  const chosen =
    (several
      ? countedOut(
          listHolding(ranked[0]!, every, query) ?? (asksCount(query.text) ? (listBeside(ranked) ?? pairOf(ranked[0]!, query)) : undefined),
          ranked[0]!,
          query,
        )
      : onePerson || (query.focus !== undefined && side.several === 'none')
        ? memberAsked(ranked, query)
        : undefined) ?? ranked[0]!;
  // "… share the quay road with what?" → "handcarts and **bicycles**": the member the question does not write.
  const winner = unnamedMember(chosen, query) ?? chosen;
  // The studies' views of this choice (observeExtraction), each read only where one observes it.
  if (observer) {
    // A fresh record of facts for each candidate: the views keep them.
    const featuresOf = (c: Candidate) => candidateFeatures(factsOf(story, c, every[0]!.score, side));
    observer.candidates?.(members.map((c) => ({ text: shownText(story, c).text, features: featuresOf(c) })));
    if (observer.handFilter && deciding && model) {
      // The deciding filter: what the model ranks first among its candidates, among the next filter's (or all offered
      // where none is next) and among all offered, each without the question's echoes.
      const first = (list: readonly Candidate[]) => {
        const unechoedList = list.filter((c) => !echoes(c.entity.text));
        const pool = unechoedList.length > 0 ? unechoedList : list;
        const best = pool
          .map((c) => ({ c, z: candidateScore(model, factsOf(story, c, every[0]!.score, side)) }))
          .sort((a, b) => b.z - a.z)[0]?.c;
        return best ? shownText(story, best).text : '';
      };
      const next = handFilters.slice(handFilters.indexOf(deciding) + 1).find(([, list]) => list.length > 0);
      observer.handFilter({
        filter: deciding[0],
        offered: offered.map((c) => ({
          text: shownText(story, c).text,
          features: featuresOf(c),
          kept: deciding[1].includes(c),
          echo: echoes(c.entity.text),
        })),
        first: first(deciding[1]),
        next: next?.[0] ?? 'offered',
        nextFirst: first(next?.[1] ?? offered),
        offeredFirst: first(offered),
      });
    }
    observer.choice?.({
      rule: deciding?.[0] ?? 'offered',
      every: every.map((c) => ({
        text: shownText(story, c).text,
        sentenceId: c.sentenceId,
        from: c.from,
        score: c.score,
        offered: offered.includes(c),
        member: members.includes(c),
        features: featuresOf(c),
      })),
      winner: every.indexOf(winner),
      modelFirst: chosen === ranked[0],
    });
  }
  // (A person's noun phrase beside a name, "a passer-by" in a sentence naming Ada Vell, is no rival in the answer's
  // margin: the confidence was fitted on candidate lists without them. Counted as rivals, they cost SQuAD reading F1
  // 0.5196 → 0.5192, four right answers refused, and a held-out kit answer. Nor is a name run typed a person by its
  // spelling alone: counted, such rivals refused a right who-answer (eval:refusal train who own F1 0.569 → 0.561).)
  // Where several things are asked, a list that won is the answer its members are parts of: they agree with it, no
  // rivals either (SQuAD reading F1 0.5425 → 0.5427, held back 0.5668 → 0.5670: 2 won, 0 lost, lists refused before;
  // eval:refusal unchanged but one more right test answer at 0.8 or more). For every list winner: 4 won, 0 lost, but
  // a near where-question answered (refusal test near 0.725 → 0.724, train own F1 −0.001).
  const agree = asksSeveral(query.text, query.focus) && LIST_WORD.test(winner.entity.text);
  const all = every.reduce((a, c) => (c !== winner && (noMarginRival(c.entity) || (agree && memberOf(c, winner))) ? a : a + c.score), 0);
  // "Where was the academy?" → "in **Velden, Tarnmark**": a place with the place it lies in, as the sentence writes them
  // (a region answer with the town written before it; for "In what town …?" too);
  // "Where is Tarnish spoken?" → "in **trade, schooling and law**": a place phrase with those the sentence joins to it.
  // "Where did the riders camp?" → "**west of Velden**", "at **12 Harbour Road**": a place with the bearing or the house
  // number written before it.
  const chunks = asksWhere(query) ? phraseChunks(winner.sentence, query) : [];
  const describing = (e: Mention) =>
    isCapitalised(e.text) ? describedByName(winner.sentence, chunks, e, (name) => knownPlace(name.toLowerCase())) : undefined;
  const townAsked = query.focus !== undefined && TOWN_FOCUS.has(query.focus.toLowerCase()) && winner.entity.type !== 'PHRASE';
  const wider = !asksWhere(query)
    ? townAsked
      ? withRegion(winner.sentence, winner.entity, questionNamesPlace(query.text))
      : undefined
    : winner.entity.type !== 'PHRASE'
      ? (widerPlace(winner.sentence, chunks, winner.entity) ??
        withRegion(winner.sentence, winner.entity, questionNamesPlace(query.text)) ??
        withBearing(winner.sentence, winner.entity) ??
        describing(winner.entity))
      : (describing(winner.entity) ??
        coordinatedPlace(winner.sentence, chunks, winner.entity) ??
        (winner.entity.run ? withBearing(winner.sentence, winner.entity) : undefined));
  // "Who rebuilt the weir?" → "**Orsk harbour pilots**", not "Orsk": a name describing the people who did it is shown
  // with the nouns that name them (clauseRoles `describedHead`).
  // Any who-answer that is a name describing people ("the **Orsk** delegation", "**Velden** rebels") is shown so, in
  // whatever part of its clause it stands: the name alone tells where they are from, not who they are (`peopleHeadAt`).
  const headAt =
    insideDoers && doers.includes(winner)
      ? doerHead(winner, weights, irrealis, converse)
      : personAsked && askedWh === 'who'
        ? peopleHeadAt(winner)
        : -1;
  const placed = wider
    ? { text: wider.text, written: wider.text }
    : headAt >= 0
      ? withHead(winner, headAt)
      : withPossessedFocus(story, winner, shownText(story, winner), query.focus);
  // "Where do the eels live?" → "**among the** reeds", "Where was Ada then?" → "**not in** Velden": a place told by its
  // relation to another is shown with it, as the noun phrase alone names another place.
  const possessed = asksWhere(query) ? withRelation(winner, wider, placed, query.text) : placed;
  // "Whose boat sank?" → "Ada Vell's", as the sentence writes the owner.
  const marked = WHOSE_QUESTION.test(mainClause(query.text)) ? withOwnerMark(possessed, ownerMarkAfter(story, winner)) : possessed;
  // "… large loads of what?" → "salted herring", not "large loads of salted herring": the question writes the head itself.
  const unheaded = types.length === 0 && marked.text === marked.written ? withoutQuestionHead(marked.text, query.text) : marked.text;
  // "What kind of trade is Velmouth known for?" → "ropemaking trade", not "Velmouth's ropemaking trade".
  const headless = types.length === 0 && marked.text === marked.written ? kindShown(unheaded, query.text, query.focus) : unheaded;
  const shown = headless === marked.text ? marked : { text: headless, written: headless };
  const short: ShortAnswer = {
    text: query.kind === 'date' && query.focus?.toLowerCase() === 'year' ? yearOf(shown.text) : shown.text,
    type: winner.entity.type,
    from: winner.from,
    sentenceId: winner.sentenceId,
    written: shown.written,
    evidence: { near: Math.min(1, winner.near), margin: winner.score / all, support: Math.min(1, winner.sentences.size / 3), typed },
  };
  if (winner.entity.outer) short.outerList = true;
  if (relatedTerms && relatedDone.includes(winner)) short.verbsTold = verbsToldBy(winner.sentence.tokens, relatedTerms);
  const rival = disagreeing(story, winner, ranked[1]);
  if (rival) short.disagreement = { text: rival.entity.text, sentenceId: rival.sentenceId };
  return short;
}

/**
 * A question asking what something is called ("What is the mouth tube called?", "What is the basin called in Orskian?",
 * "What was it known as?", "What did Ada call the plan?", "What was the name of the plan?"); not one that names the thing
 * by a quoted name ("a contest called 'Harbour Days'") nor asks what it is named after or called for. (A capitalised name
 * after the naming word is told on the question as written: NAMED_BY_QUESTION.)
 */
const NAMING_QUESTION = new RegExp(
  String.raw`^\W*(?:what|which)\b(?:.*\b(?:${QUESTION_NAMING_WORD})\b(?!\s*["“'‘]|\s+(?:after|for)\b)|\s+(?:did|do|does|would|will)\b.*\bcall\b(?!\s*["“'‘])|\s+(?:is|was|are|were)\s+(?:the\s+|an?\s+|another\s+|one\s+)?(?:[\p{L}-]+\s+)?(?:name|names|title|titles|term|terms|word|words|nickname|nicknames)\s+(?:of|for|given\s+to|used\s+for)\b)`,
  'iu',
);

/**
 * A name the question gives after a naming word ("a contest called Harbour Days", "known as the Long Reach"), read case-sensitively: under the
 * "i" flag `\p{Lu}` matches every letter, so one pattern could not tell "called Harbour Days" from "called in Orskian".
 */
const NAMED_BY_QUESTION = new RegExp(String.raw`\b(?:${QUESTION_NAMING_WORD})\s+(?:the\s+)?\p{Lu}`, 'u');

/**
 * Whether a question (`text`, lower case; `written`, as written) asks what something is called (NAMING_QUESTION) and
 * does not give the name itself.
 */
function asksWhatCalled(text: string, written: string): boolean {
  return NAMING_QUESTION.test(text) && !NAMED_BY_QUESTION.test(written);
}

/** Whether a question asks what something is named or called (asksWhatCalled, a statement asking it, asksForName). */
function namingAsked(query: { text: string; written?: string }): boolean {
  return asksWhatCalled(query.text, query.written ?? query.text) || asksStatementName(query.text) || asksForName(query.text);
}

/**
 * Words that give a name right after them: "known as", "called", "named", "dubbed", "termed", "branded as"; "call" before
 * a quote. An article may stand between ("is known as a **tillerman**").
 */
const NAMING_BEFORE = new RegExp(String.raw`\b(?:${NAMING_WORD}|calls?(?=\s+["“'‘]))\s*["“'‘]?\s*(?:(?:the|an?)\s+)?["“'‘]?\s*$`, 'i');

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

/**
 * Whether the question writes its focus word as an owner ("What was the name of Ivo Brandt's partner?", read as asking
 * about Brandt): a name ending in it ("Ivo Brandt") is that owner, not the thing asked for.
 */
function writesAsOwner(question: string, focus: string): boolean {
  const at = question.toLowerCase().indexOf(focus.toLowerCase());
  return at >= 0 && OWNER_MARK.test(question.slice(at + focus.length));
}

/**
 * "What is the last name of the warden?" → "Vell" of "Ada Vell": the word of the name the question asks for (nameAsked.ts),
 * where a person's noun is named ("the given name of the stadium" is the name it was given, whole). And "What was the
 * title of the show?" → "Evening Hour" of "launch of the Evening Hour": a name asked, a lower-case noun and "of" before
 * it are no part of it (`nameAfterNoun`).
 */
function withNamePart(found: ShortAnswer | null, question: string): ShortAnswer | null {
  const named = found && asksForName(question) ? nameAfterNoun(found.text) : undefined;
  const answer =
    found && named !== undefined && named !== found.text ? { ...found, text: named, written: nameAfterNoun(found.written) } : found;
  const part = answer ? askedNamePart(question) : undefined;
  const noun = part ? namedNoun(question) : undefined;
  if (!answer || !part || noun === undefined || nounClass(noun) !== 'person') return answer;
  const text = namePart(answer.text, part);
  return text === answer.text ? answer : { ...answer, text, written: namePart(answer.written, part) };
}

/** Whether a text's last word opens with a capital letter, as a person's name ends ("Ada Vell", "Louis XIV"; not "83 yards"). */
function endsCapitalised(text: string): boolean {
  return /^\p{Lu}/u.test(text.split(/\s+/).at(-1) ?? '');
}

/**
 * Where a name of two or more words holds the noun `focus`: as its last word, both ends capitalised ("Ostwick Park" for
 * "park"), or as its first, its last word capitalised or a figure ("Fort Mirela", "Sea of Tarn", "Thesis 12" for
 * "fort", "sea", "thesis"): either way the name names one of the things the question asks for. For a span of time
 * (`span`), a lower-case noun after a capitalised word is a name's last word too ("the **Velmian** era", "the
 * pre-**Orskian** period": English names periods so).
 */
function focusEdge(text: string, focus: string, span: boolean): 'last' | 'first' | undefined {
  const words = text.split(SPACES);
  if (words.length < 2) return undefined;
  const first = words[0]!;
  const last = words.at(-1)!;
  const term = termOf(focus);
  const named = (isCapitalised(first) && isCapitalised(last)) || (span && words.slice(0, -1).some((w) => CAPITAL.test(w)));
  if (termOf(last) === term && named) return 'last';
  return isCapitalised(first) && termOf(first) === term && NAME_END.test(last) ? 'first' : undefined;
}

/** The white space between a name's words. */
const SPACES = /\s+/;

/** A capital letter anywhere in a word ("pre-**O**rskian"). */
const CAPITAL = /\p{Lu}/u;

/** Whether a date candidate times the question's verb done by another named doer (objectAsked.ts `subjectUnasked`). */
function toldOfOtherDoer(question: string, c: Candidate): boolean {
  return c.entity.type === 'DATE' && subjectUnasked(question, c.sentence, c.sentence.text.slice(c.e.start, c.e.end));
}

/** Whether the word before a candidate's shown text is a capitalised one, not an article: the candidate is cut from a longer name. */
function afterNameWord(story: Story, c: Candidate): boolean {
  const e = c.entity;
  const before = WORD_BEFORE.exec(story.sentences[c.sentenceId]!.text.slice(0, e.shown?.start ?? e.start))?.[1];
  return before !== undefined && isCapitalised(before) && !ARTICLE.test(before);
}

/** The word right before an offset, no mark between ("Tarn River, Fort Mirela" has none before "Fort"). */
const WORD_BEFORE = /([\p{L}\p{N}]+)\s+$/u;
/** An article, capitalised at a sentence's start. */
const ARTICLE = /^(?:the|a|an)$/i;

/** The last word of a name: a capital or a figure first ("Thesis **12**", "Sea of **Tarn**"). */
const NAME_END = /^[\p{Lu}\p{N}]/u;

/**
 * Whether a name is written with the noun asked about as the noun it names, right after it or as its last word, in
 * the number asked ("the **Tarsk** index", "**Ostwick Park**" for "Which index / park …"; not "**Western**
 * countries" for "Which country …").
 */
function namedAsKind(sentence: StorySentence, e: Mention, focus: string): boolean {
  const noun = focus.toLowerCase();
  return writtenAsName(sentence, e.start, e.end) && beforeOrEndingIn(sentence, e, (word) => word.toLowerCase() === noun);
}

/** Whether a mention stands right before the noun `term` names, or ends in it after other words ("**floating** harbour"). */
function modifiesNoun(sentence: StorySentence, e: Mention, term: string): boolean {
  return beforeOrEndingIn(sentence, e, (word) => termOf(word) === term);
}

/** Whether the word right after a mention, or its own last word after others, is the noun `isNoun` tells. */
function beforeOrEndingIn(sentence: StorySentence, e: Mention, isNoun: (word: string) => boolean): boolean {
  const tokens = sentence.tokens;
  const next = tokens.find((t) => t.start >= e.end);
  if (next && isNoun(next.text)) return true;
  const at = lastEndingBy(tokens, e.end);
  const last = at >= 0 ? tokens[at] : undefined;
  return last !== undefined && last.start > e.start && isNoun(last.text);
}

/** Whether a candidate's sentence writes the role `roleTerm` beside it (askedRole.ts `holdsRoleBeside`). */
function roleBeside(c: Candidate, roleTerm: string): boolean {
  const tokens = c.sentence.tokens;
  return holdsRoleBeside(tokens, firstEndingAfter(tokens, c.e.start), lastStartingBefore(tokens, c.e.end), roleTerm);
}

/**
 * The role holders whose role phrase holds the most weight of the question's words besides the role's (roleWords.ts
 * `roleWordsHeld`); all of them where none holds any, or where every one holds as much.
 */
function mostDescribed(holders: readonly Candidate[], weights: ReadonlyMap<string, number>, roleTerm: string): Candidate[] {
  const held = holders.map((c) => {
    const [startAt, endAt] = tokenRange(c.sentence.tokens, c.e.start, c.e.end);
    return roleWordsHeld(c.sentence.tokens, startAt, endAt, weights, roleTerm);
  });
  const most = Math.max(...held);
  return most > 0 && held.some((h) => h < most) ? holders.filter((_, i) => held[i] === most) : [...holders];
}

/** Whether one of a candidate's own words is the noun `term` names ("the Tolly **warden**"). */
function holdsNoun(c: Candidate, term: string): boolean {
  const [startAt, endAt] = tokenRange(c.sentence.tokens, c.e.start, c.e.end);
  for (let k = startAt; k <= endAt; k += 1) if (termOf(c.sentence.tokens[k]!.text) === term) return true;
  return false;
}

/**
 * Whether a candidate stands beside the noun `term` names: right after it or in apposition after it ("his nephew **Dorn**",
 * "**Ada Vell**, the new warden": focusBeside), or set off by a comma right after it, an article allowed ("the Tolly
 * warden, **Ada Vell**, …", "its ferry, the **Morning Gull** (…)"). Not a role's other marks (holdsRoleBeside's "as X", a
 * bracket): there they pick out a figure or another name as often as the one named.
 */
function nameBesideNoun(c: Candidate, term: string): boolean {
  const tokens = c.sentence.tokens;
  const [startAt, endAt] = tokenRange(tokens, c.e.start, c.e.end);
  if (focusBeside(tokens, startAt, endAt, term).before) return true;
  const comma = tokens[startAt - 1]?.pos === 'DET' ? startAt - 2 : startAt - 1;
  const noun = tokens[comma - 1];
  return (
    tokens[comma]?.text === ',' && noun?.pos === 'NOUN' && termOf(noun.text) === term && NAME_CLOSER.test(tokens[endAt + 1]?.text ?? '.')
  );
}

/** Marks that close a name set off by a comma after the noun it names. */
const NAME_CLOSER = /^[,.;(]$/;

/** Whether a candidate is the subject of a verb whose that-clause holds a question word (thatClause.ts). */
function statesThat(c: Candidate, isQuestionTerm: (t: Token) => boolean): boolean {
  const [startAt, endAt] = tokenRange(c.sentence.tokens, c.e.start, c.e.end);
  return statesThatClause(c.sentence.tokens, startAt, endAt, isQuestionTerm);
}

/** Whether a candidate is what a question verb was done to in its sentence: the subject of its passive, or its object. */
function actedOn(c: Candidate, weights: ReadonlyMap<string, number>, irrealis: boolean, converse: ReadonlySet<string>): boolean {
  const tokens = c.sentence.tokens;
  const [startAt, endAt] = tokenRange(tokens, c.e.start, c.e.end);
  const roles = rolesOf(tokens, weights, irrealis, questionTermTestOf(weights), converse);
  return holdsHead(roles.passiveSubjects, startAt, endAt) || holdsHead(roles.objects, startAt, endAt);
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

/** What stands between a question's words, as a preposition is looked for in it. */
const NOT_WORD = /[^\p{L}\p{M}]+/gu;

/**
 * A where-answer as shown, with what the sentence writes before it to place it by a relation (placePhrases.ts
 * `relationBefore`): "among the reeds", "not in Velden"; as shown where nothing does.
 */
function withRelation(
  winner: Candidate,
  wider: Mention | undefined,
  shown: { text: string; written: string },
  question: string,
): { text: string; written: string } {
  const sentence = winner.sentence.text;
  const e = winner.entity;
  const start = wider?.start ?? toWordEdges(sentence, e.shown?.start ?? e.start, e.shown?.end ?? e.end).start;
  const asked = ` ${question.toLowerCase().replace(NOT_WORD, ' ')} `;
  const at = relationBefore(winner.sentence, start, (word) => asked.includes(` ${word} `));
  if (at < 0) return shown;
  const before = sentence.slice(at, start);
  return { text: `${before}${shown.text}`, written: `${before}${shown.written}` };
}

/**
 * How a candidate is written in the answer: its canonical name, or its text widened to whole words where
 * the tagger cut it inside one ("Tomasz Kal" of "Tomasz Kalกos"); a word answering alone (`wordAlone`) as it is.
 * Its features stay those of the tagged span.
 */
function shownText(story: Story, c: Candidate): { text: string; written: string } {
  const e = c.entity;
  const sentence = story.sentences[c.sentenceId]!.text;
  if (e.shown) {
    const part = toWordEdges(sentence, e.shown.start, e.shown.end, e.type === 'PHRASE' || !isAmount(e.type));
    const text = sentence.slice(part.start, part.end);
    return { text, written: text };
  }
  const w = e.wordAlone ? e : toWordEdges(sentence, e.start, e.end, e.type === 'PHRASE' || !isAmount(e.type));
  if (w.start === e.start && w.end === e.end) return { text: e.canonical ?? e.text, written: e.text };
  const whole = sentence.slice(w.start, w.end);
  return { text: e.canonical && e.canonical !== e.text ? e.canonical : whole, written: whole };
}

/**
 * For a question that asks for several things, the list the first candidate stands in ("**A, B and C**"),
 * when that list is a candidate from the same sentence: one member answers a part of the question. Not a list
 * whose other members the question names ("What are A and B?", "… A and what else?"): the first candidate alone answers;
 * nor, for a where-question, one taking in a name set beside a person as that person's like (parallelPerson.ts).
 */
function listHolding(first: Candidate, every: readonly Candidate[], query: FullQuery): Candidate | undefined {
  if (LIST_WORD.test(first.entity.text)) return wholeList(first, every, query);
  const where = asksWhere(query);
  const list = every.find(
    (c) =>
      c !== first &&
      c.sentenceId === first.sentenceId &&
      c.entity.start <= first.entity.start &&
      c.entity.end >= first.entity.end &&
      LIST_WORD.test(c.entity.text) &&
      !(where && parallelPerson(c.sentence, c.e)),
  );
  if (!list) return phraseList(first, query);
  if (namesOtherMember(list, first, query)) return undefined;
  return list;
}

/**
 * For a question whose focus noun is a plural ("What crews opened the season?"), the list of common phrases a winning
 * phrase stands in, as its sentence coordinates them ("**deckhands or harbour pilots** opened the season"), where no
 * list was offered beside it (the phrases of a who-question come from the nouns of people, not the sentence's chunks):
 * the phrase chunks of its sentence read for lists, one holding the winner whose members are all common phrases
 * (`alikeList`) and the winner opens a member. Not one whose other members the question names. Without the guard that
 * the winner opens a member: a describer inside one ("**Orsk** riders" of "the incursion of Orsk riders") widened, one
 * more question lost.
 */
function phraseList(first: Candidate, query: FullQuery): Candidate | undefined {
  const focus = query.focus?.toLowerCase();
  if (first.entity.type !== 'PHRASE' || !focus || singularNoun(focus) === undefined) return undefined;
  const sentence = first.sentence;
  const chunks = phraseChunks(sentence, query);
  const { start, end } = first.entity;
  // The winner opens a member, past an article ("**ministers**", "**public** law"), not a word deep inside one ("the
  // incursion of **Orsk** riders": a describer of a member, no member itself).
  const opensMember = (l: Mention) =>
    chunks.some((c) => c.start >= l.start && c.end <= l.end && c.start <= start && ARTICLE_ONLY.test(sentence.text.slice(c.start, start)));
  const list = coordinated(sentence.text, chunks, sentence.tokens, true).find(
    (l) => l.start <= start && l.end >= end && alikeList(sentence.text, l, chunks) && opensMember(l),
  );
  if (!list) return undefined;
  const { canonical: _c, shown: _s, ...entity } = first.entity;
  // (Shown to the end of the nouns after its last member, "ministers or party **leaders**", as lists are.)
  const to = list.shown?.end ?? list.end;
  const wide: Candidate = { ...first, entity: { ...entity, text: sentence.text.slice(list.start, to), start: list.start, end: to } };
  return namesOtherMember(wide, first, query) ? undefined : wide;
}

/**
 * For a question that asks for several things, the whole list a winning list is the tail of ("Orsk and Velden" of
 * "**Tarn, Orsk and Velden**"): a name inside a member ("Tarn" of "Port Tarn") breaks the run of mentions the lists
 * are made of, so the sentence offers its last members as a list of their own beside the whole one, and they score
 * alike. The longest list of the same sentence that ends where the winner ends and reaches it through a comma before it;
 * not one whose other members the question names ("Besides Tarn, which …"), nor a list of names and common phrases mixed,
 * one whose first member is the object of a phrase opening the sentence, or a town before its region. Round 55 (with
 * phraseList): SQuAD reading F1 0.5851 → 0.5852, held back 0.6056 → 0.6057 (5 won, 1 lost; held back 2 / 1); kit
 * answers identical (a right storyE list answer made whole and surer); eval:refusal, typed, actors, snapshot identical.
 * Without the three guards: 4 won, 4 lost.
 */
function wholeList(first: Candidate, every: readonly Candidate[], query: FullQuery): Candidate | undefined {
  const { start, end } = first.entity;
  const text = first.sentence.text;
  let whole: Candidate | undefined;
  for (const c of every)
    if (
      c !== first &&
      c.sentenceId === first.sentenceId &&
      c.entity.end === end &&
      c.entity.start < start &&
      (!whole || c.entity.start < whole.entity.start) &&
      LIST_WORD.test(c.entity.text) &&
      LIST_BEFORE.test(text.slice(c.entity.start, start))
    )
      whole = c;
  if (!whole || namesOtherMember(whole, first, query)) return undefined;
  const before = text.slice(whole.entity.start, start);
  // Members of one kind: all names or all common phrases, by their first word past an article ("a mural, Harbour and
  // Tide" is a thing and a title, not three members).
  const capital = (member: string) => /\p{Lu}/u.test(/^\s*(?:(?:the|a|an)\s+)?(\p{L})/iu.exec(member)?.[1] ?? '');
  const tail = capital(text.slice(start, end));
  if (before.split(',').some((member) => /\p{L}/u.test(member) && capital(member) !== tail)) return undefined;
  // Not the object of a phrase opening the sentence ("In this light, tolls and fees …"), nor a town before the region
  // that opens the tail's first member ("Tarrow, Velmia ferry office and …": a town and its region, no two members).
  if (FRONTED_PHRASE.test(text.slice(0, whole.entity.start)) || placeBeforeRegion(text, whole.entity.start, start)) return undefined;
  return whole;
}

/** Nothing, or an article and a space: what may stand before a member's opening word in it. */
const ARTICLE_ONLY = /^(?:(?:the|a|an)\s+)?$/i;

/** What a list holds before a tail of it: members, each followed by a comma ("Tarn, " of "Tarn, Orsk and Velden"). */
const LIST_BEFORE = /^[^;:()]*,\s*$/;

/** A preposition opening a sentence and up to two words of its phrase ("In this ", "For the "). */
const FRONTED_PHRASE =
  /^\W*(?:in|on|at|for|from|by|with|under|after|before|during|to|of|through|since|among|across|within|over|upon|despite)\s+(?:[^\s,]+\s+){0,2}$/i;

/**
 * Whether the last member before a list's tail is a known place and the tail opens with one as well that more words
 * follow, not a joiner ("Tarrow, **Velmia** ferry office and …"): a town and its region, by the gazetteer (the tagger
 * types such a town as anything).
 */
function placeBeforeRegion(text: string, from: number, tailStart: number): boolean {
  const last = /([^,]+?)\s*,\s*$/.exec(text.slice(from, tailStart))?.[1]?.trim();
  const region = PLACE_RUN.exec(text.slice(tailStart))?.[0];
  if (!last || !region || !knownPlace(last.toLowerCase()) || !knownPlace(region.toLowerCase())) return false;
  return /^\s+(?!(?:and|or)\b)\p{L}/u.test(text.slice(tailStart + region.length));
}

/** Capitalised words in a row opening a text ("New Velmia"). */
const PLACE_RUN = /^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*/u;

/**
 * For a question whose focus noun asks for one thing ("What performer headlined the fair?"), the member a winning list
 * stands for rather than the list ("Ada Vell and Ivo Brisk"): where at least two candidates of its sentence, apart from
 * each other, are its members (a list the sentence coordinates), the one a "respectively" pairs with the name the
 * question writes ("Ada Vell and Ivo Brisk led the 1990 and 1994 fairs, respectively"), else the member holding the
 * question's focus noun or written after it ("Mayor Ada Vell"), else the best-ranked. Not a list shown with the noun its members share ("the Ash and Elm
 * mills"), one whose joiner may lie inside an "of" phrase ("the Hall of Song and Dance"), nor for a question asking
 * what a thing is made up of ("What is the council comprised of?": all its parts). Round 55 (with asksOnePerson): SQuAD
 * reading F1 0.5841 → 0.5844, held back 0.6053 → 0.6056 (6 won, 0 lost; held back 2 / 0); kit, typed, actors and the
 * snapshot identical; eval:refusal near and other unchanged. The member first written instead of the best-ranked, and
 * without the guards: 1 won, 10 lost on the lists it moved.
 */
function memberAsked(ranked: readonly Candidate[], query: FullQuery): Candidate | undefined {
  const list = ranked[0]!;
  const text = list.entity.text;
  if (!LIST_WORD.test(text) || list.entity.shown || OF_BEFORE_JOINER.test(text) || MADE_OF.test(query.text)) return undefined;
  const inside = ranked.filter((c) => c !== list && memberOf(c, list) && !LIST_WORD.test(c.entity.text));
  const best = inside[0];
  if (!best || !inside.some((c) => c.entity.end <= best.entity.start || c.entity.start >= best.entity.end)) return undefined;
  const noun = query.focus ?? ONE_PREDICATE.exec(query.text)?.[1];
  return respectiveMember(list, inside, query.text) ?? (noun ? inside.find((c) => holdsOrFollows(c, noun)) : undefined) ?? best;
}

/**
 * Of a winning pair of phrases joined by one "and" or "or" ("handcarts and bicycles", "woollen or linen
 * sails"), the member the question does not write where it writes every word of the other ("The port rule lets
 * handcarts share the quay road with what?" → "**bicycles**"; "Besides the woollen kind, what sails …" → "**linen
 * sails**"): a question names what it knows, and asks for what stands beside it. Not a pair whose joiner may lie
 * inside an "of" phrase ("the Hall of Song and Dance", "the rule of wind and tide"), nor a pair of names. Round 56:
 * SQuAD reading 8 won, 2 lost (held back 5 / 0; lost: a question word the stemmer folds onto a member's word); kit
 * answers identical.
 */
function unnamedMember(winner: Candidate, query: FullQuery): Candidate | undefined {
  const { text, start, end } = winner.entity;
  if (!JOINED_PAIR.test(text) || OF_BEFORE_JOINER.test(text) || winner.sentence.text.slice(start, end) !== text) return undefined;
  if (OF_BEFORE.test(winner.sentence.text.slice(Math.max(0, start - 4), start))) return undefined;
  const pair = JOINED_PAIR.exec(text)!;
  const first = pair[1]!;
  const second = pair[2]!;
  if (/^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second)) return undefined;
  const asked = new Set(query.terms);
  const terms = (member: string) => member.split(/[^\p{L}\p{N}'-]+/u).flatMap((w) => termOf(w) ?? []);
  const written = (member: string) => {
    const own = terms(member);
    return own.length > 0 && own.every((t) => asked.has(t));
  };
  const unwritten = (member: string) => terms(member).some((t) => !asked.has(t));
  const keep =
    written(first) && unwritten(second)
      ? { from: end - second.length, to: end }
      : written(second) && unwritten(first)
        ? { from: start, to: start + first.length }
        : undefined;
  if (!keep) return undefined;
  const { canonical: _c, shown: _s, standsIn: _i, ...entity } = winner.entity;
  return { ...winner, entity: { ...entity, text: winner.sentence.text.slice(keep.from, keep.to), start: keep.from, end: keep.to } };
}

/** Two phrases joined by one "and" or "or" and nothing else (no comma, no second joiner). */
const JOINED_PAIR = /^((?:(?!\b(?:and|or)\b)[^,;:()])+?)\s+(?:and|or)\s+((?:(?!\b(?:and|or)\b)[^,;:()])+)$/;
/** "of" right before a phrase ("the rule **of** wind and tide"): its joiner may join the words of one name. */
const OF_BEFORE = /\bof\s+$/i;

/** Whether a candidate holds a noun or follows it as a title does ("**Mayor** Hal Dunmore" for "Who was the mayor …"). */
function holdsOrFollows(c: Candidate, noun: string): boolean {
  const before = /([\p{L}'-]+)\s+$/u.exec(c.sentence.text.slice(Math.max(0, c.entity.start - 40), c.entity.start))?.[1];
  return phraseFit(before ? `${before} ${c.entity.text}` : c.entity.text, noun) > 1;
}

/**
 * Whether a who-question asks what one person is, by a noun of a person in the singular after "is / was the"
 * ("Who was the chief clerk who …?", "Who is the head keeper of …?"): not "Who was the crew …" (a group), nor a
 * question whose noun is the subject of its own verb ("Who was the fort named after?").
 */
function asksOnePerson(question: string): boolean {
  const asked = ONE_PREDICATE.exec(question);
  if (!asked || STRANDED_PREPOSITION.test(question)) return false;
  const noun = asked[1]!.toLowerCase();
  return nounLemma(noun) === noun && nounClass(noun) === 'person';
}

/**
 * The member of a list that "respectively" pairs with what the question writes: the words between the list and that
 * word split at their joiners into as many parts as the list has members, the one part whose own names and figures (a
 * capitalised word or one with a digit that no other part writes) the question writes ("Ada Vell and Ivo Brisk won the
 * 1990 and 1994 fairs, respectively" → "Ivo Brisk" for "Who won the 1994 fair?").
 */
function respectiveMember(list: Candidate, inside: readonly Candidate[], question: string): Candidate | undefined {
  const after = list.sentence.text.slice(list.entity.end);
  const word = RESPECTIVELY.exec(after);
  if (!word) return undefined;
  const members = outermostOf(inside);
  const parts = after
    .slice(0, word.index)
    .split(PART_JOINER)
    .filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (parts.length !== members.length) return undefined;
  const marks = parts.map((p) => new Set(p.split(/[^\p{L}\p{N}]+/u).filter((w) => /^\p{Lu}|\p{N}/u.test(w))));
  const asked = new Set(question.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const named = marks.flatMap((m, k) =>
    [...m].some((w) => asked.has(w.toLowerCase()) && !marks.some((o, n) => n !== k && o.has(w))) ? [k] : [],
  );
  return named.length === 1 ? members[named[0]!] : undefined;
}

/** The candidates inside no other one, in the order the sentence writes them. */
function outermostOf(inside: readonly Candidate[]): Candidate[] {
  const outer = inside.filter((c) => !inside.some((o) => o !== c && o.entity.start <= c.entity.start && o.entity.end >= c.entity.end));
  return outer.sort((a, b) => a.entity.start - b.entity.start);
}

/**
 * For a question that asks for a number of things ("Which two …", "What are the three …"), the best-ranked list
 * of the first candidate's sentence (the first itself when it is one), where no list holds the first: the sentence the
 * answer was found in gives the things asked for side by side. SQuAD reading F1 0.5326 → 0.5329, held back 0.5596 →
 * 0.5599 (7 won / 2 lost); for every plural question (asksSeveral) 51 won / 40 lost, EM −6, held back −0.0002: dropped.
 */
function listBeside(ranked: readonly Candidate[]): Candidate | undefined {
  const first = ranked[0]!;
  return ranked.find((c) => c.sentenceId === first.sentenceId && LIST_WORD.test(c.entity.text));
}

/**
 * For a question that asks for two things ("Which two ports …", "Name two …"), the pair a one-name first candidate
 * stands in, as its sentence writes it: the name with the capitalised name joined to it by "and" or "or" after it or
 * before it ("Orla Tellin **and Ivo Brandt**", "**Tarn Mill and** Elm Mill"), a short gloss in brackets between
 * ("the Harbour Act (HA) and the Quay Act"), where the tagger made no list of them; a sentence's opening word is no part
 * of the name before ("In Orla and Ivo …"), the member's own "of" name is taken in ("Orrin of Tarsk and Hallem"), and two
 * names after one repeated noun are the pair ("the vote in Velden and the vote in Orsk" → "Velden and Orsk"). Not one
 * member of a longer list (a comma before the pair), nor a pair whose other member the question names. Round 52: SQuAD
 * reading F1 0.5790 → 0.5792, held back 0.6016 → 0.6019 (4 won, 0 lost; held back 3 / 0); eval:refusal near and other
 * unchanged, own F1 0.544 → 0.545; kit, typed, actors and the snapshot identical.
 */
function pairOf(first: Candidate, query: FullQuery): Candidate | undefined {
  if (askedCount(query.text)?.count !== 2 || LIST_WORD.test(first.entity.text) || !isCapitalised(first.entity.text)) return undefined;
  const text = first.sentence.text;
  const { start, end } = first.entity;
  const span = pairAfter(text, start, end) ?? repeatedHead(text, start, end) ?? pairBefore(text, start, end);
  if (!span) return undefined;
  // Not the last two of a longer list ("A, B and C"), nor the first two of one ("A and B, C").
  if (/,\s*$/.test(text.slice(0, span.from)) || /^\s*,\s+(?:and|or)\b/.test(text.slice(span.to))) return undefined;
  const { canonical: _c, shown: _s, ...entity } = first.entity;
  const pair: Candidate = {
    ...first,
    entity: { ...entity, text: span.text ?? text.slice(span.from, span.to), start: span.from, end: span.to },
  };
  return namesOtherMember(pair, first, query) ? undefined : pair;
}

/**
 * For a question that opens with a count ("Which three mills …"), the list of that many names the answer found (a
 * list, a pair, or else the first candidate) stands in ({@link countedNames}), else that answer: a list the tagger cut
 * short where a member opens the sentence or went untagged ("Tarrow Mill, and Elmbrook Mill" of "Ashford Mill, Tarrow
 * Mill, and Elmbrook Mill") is made whole by the count.
 */
function countedOut(found: Candidate | undefined, first: Candidate, query: FullQuery): Candidate | undefined {
  const shown = found?.entity.shown;
  if (!asksCount(query.text) || (shown && /^\s*\p{Ll}/u.test(found!.sentence.text.slice(found!.entity.end, shown.end)))) return found;
  return countedNames(found ?? first, query) ?? found;
}

/**
 * For a question that counts the things it asks for ("Which three mills …", "What two districts …"), the list of exactly that
 * many names a candidate (a name or a shorter list) stands in, as its sentence writes it, where the tagger made no list of them
 * ("**Ash Mill, Tarn Mill, and Elm Mill** are …": a member opening the sentence or a name the tagger left out breaks its
 * run): names joined by commas and a last "and"/"or", each after an optional "the" and a short gloss in brackets
 * allowed after it, a member written as "the <focus noun> of" a name counted as that name ("Velden and **the district
 * of** Lower Orsk" for "What two districts …": the noun the question counts, the name that one is). The count must match: not
 * part of a longer list (a name and a comma before it, or ", and" after it), nor a list whose other members the question names.
 */
function countedNames(first: Candidate, query: FullQuery): Candidate | undefined {
  const count = askedCount(query.text)?.count;
  if (count === undefined || count < 2 || count > 6 || !isCapitalised(first.entity.text)) return undefined;
  const text = first.sentence.text;
  const { start, end } = first.entity;
  const noun = query.focus ? singularNoun(query.focus.toLowerCase()) : undefined;
  const of = noun && /^[\p{Ll}-]+$/u.test(noun) ? `(?:${noun}\\s+of\\s+(?:the\\s+)?)?` : '';
  // A short gloss in brackets may follow a member before a comma or the joiner, not the last one (an aside on the list).
  const last = `(?:the\\s+)?${of}${NAME_RUN}`;
  const member = `${last}(?:\\s*\\([^()]{1,12}\\))?`;
  const list = new RegExp(
    `(?<![\\p{L}'.-])${member}${`,\\s+${member}`.repeat(count - 2)}${count > 2 ? ',?' : ''}\\s+(?:and|or)\\s+${last}(?![\\p{L}'-])`,
    'gu',
  );
  // A name and a comma before the list: a longer one (not a phrase opening the sentence, "In 1820, ").
  const longer = new RegExp(`${NAME_RUN}(?:\\s*\\([^()]{1,12}\\))?,\\s*$`, 'u');
  for (const m of text.matchAll(list)) {
    const opener = OPENING_WORD.exec(m[0]) ?? /^the\s+/.exec(m[0]);
    const from = m.index + (opener ? opener[0].length : 0);
    const to = m.index + m[0].length;
    if (from > start || to < end) continue;
    if (from === start && to === end) return undefined;
    if (longer.test(text.slice(0, from)) || /^\s*,\s+(?:and|or)\b/.test(text.slice(to))) return undefined;
    const { canonical: _c, shown: _s, ...entity } = first.entity;
    const listed: Candidate = { ...first, entity: { ...entity, text: text.slice(from, to), start: from, end: to } };
    return namesOtherMember(listed, first, query) ? undefined : listed;
  }
  return undefined;
}

/** A pair's span in its sentence, and its text where it is not the span's own ("A and B" of "the vote in A and the vote in B"). */
type PairSpan = { from: number; to: number; text?: string };

/** The member with the name after it ("**Ada Vell of Orsk and Ivo Brandt**"), the member's own "of" name taken in. */
function pairAfter(text: string, start: number, end: number): PairSpan | undefined {
  const after = PAIR_AFTER.exec(text.slice(end));
  return after ? { from: start, to: end + after[0].length } : undefined;
}

/** The name before the member ("**Orla and** Ivo"), a sentence's opening word ("In", "The") left out. */
function pairBefore(text: string, start: number, end: number): PairSpan | undefined {
  const before = PAIR_BEFORE.exec(text.slice(0, start));
  if (!before) return undefined;
  const opener = OPENING_WORD.exec(before[0]);
  return { from: before.index + (opener ? opener[0].length : 0), to: end };
}

/**
 * Two names each after the same noun and preposition ("the vote **in** Velden and the vote **in** Orsk"): the names
 * are the pair, the repeated noun what the question asks about ("Which two towns' votes …").
 */
function repeatedHead(text: string, start: number, end: number): PairSpan | undefined {
  const head = HEAD_BEFORE.exec(text.slice(0, start));
  if (!head) return undefined;
  const again = new RegExp(`^\\s+(?:and|or)\\s+(?:the\\s+)?${head[1]}\\s+${head[2]}\\s+((?:the\\s+)?${NAME_RUN})`, 'iu').exec(
    text.slice(end),
  );
  if (!again) return undefined;
  const to = end + again[0].length;
  return { from: start, to, text: `${text.slice(start, end)} and ${again[1]}` };
}

/**
 * A capitalised name, its words joined by "of", "the", "de" or a hyphen ("Ivo Brandt", "Bank of Orsk"); a stop inside it
 * only before more words ("St. Ives"), never the sentence's own full stop.
 */
const NAME_WORD = "\\p{Lu}(?:[\\p{L}'-]|\\.(?=\\s*\\p{L}))*";
const NAME_RUN = `${NAME_WORD}(?:\\s+(?:(?:of|the|de|von|van)\\s+)*${NAME_WORD})*`;
/**
 * "and"/"or" and a name after a member: the pair's second member; the member's own "of" name ("of Orsk") or a short
 * gloss in brackets ("(HA)") may stand between.
 */
const PAIR_AFTER = new RegExp(`^(?:\\s+of\\s+${NAME_RUN})?(?:\\s*\\([^()]{1,12}\\))?\\s+(?:and|or)\\s+(?:the\\s+)?${NAME_RUN}`, 'u');
/** A name and "and"/"or" before a member: the pair's first member. */
const PAIR_BEFORE = new RegExp(`(?<![\\p{L}'.-])${NAME_RUN}(?:\\s*\\([^()]{1,12}\\))?\\s+(?:and|or)\\s+(?:the\\s+)?$`, 'u');
/** A capitalised word that opens a sentence or a clause, no part of the name after it ("**In** Orsk and …"). */
const OPENING_WORD =
  /^(?:In|On|At|By|For|From|With|As|After|Before|Since|When|While|The|A|An|But|And|Or|Then|Also|Both|Only|Under|Through)\s+/;
/** A noun and a preposition before a name ("the vote in "), the noun lowercase: {@link repeatedHead}. */
const HEAD_BEFORE = /\b(\p{Ll}[\p{L}-]*)\s+(in|of|at|for|from|on)\s+(?:the\s+)?$/u;

/**
 * Whether a mention is kept out of the short answer's margin as a rival: a person's noun phrase beside a name ("a
 * passer-by" in a sentence naming Ada Vell), or a name run typed a person by its spelling alone (mentions.ts
 * `spelledAsPerson`: "Ivo Brandt", untagged). The confidence was fitted on candidate lists without either as a typed rival.
 */
export function noMarginRival(e: Mention): boolean {
  return e.person === 'beside' || (e.run === true && e.type === 'PERSON');
}

/**
 * Whether a candidate lies inside a list ("B" of "A, B and C", in the list's sentence): one of its members.
 */
function memberOf(c: Candidate, list: Candidate): boolean {
  return c.sentenceId === list.sentenceId && c.entity.start >= list.entity.start && c.entity.end <= list.entity.end;
}

/**
 * Whether one of a list's members is written whole in the question: every word of it one of the question's terms (a
 * word no term is, "the", is left aside), as "Tarn" of "Tarn and Velden" for "Tarn and Velden both hold what?" or "Besides
 * Tarn, …": such a list names what the question already gives, not what it asks for.
 */
function namesMember(text: string, weights: ReadonlyMap<string, number>): boolean {
  return text.split(MEMBER_JOINER).some((member) => {
    let asked = 0;
    for (const word of member.split(/[^\p{L}\p{N}'-]+/u)) {
      const term = word.length > 0 ? termOf(word) : null;
      if (term === null) continue;
      if (!weights.has(term)) return false;
      asked += 1;
    }
    return asked > 0;
  });
}

/** What joins a list's members: a comma, "and" or "or". */
const LIST_WORD = /,|\b(?:and|or)\b/;
/** An "of" phrase right before a list's joiner ("the Hall of Song and Dance"): the joiner may lie inside that phrase. */
const OF_BEFORE_JOINER = /\bof\s+\S+(?:,\s*|\s+)(?:and|or)\s/i;
/** A question asking what a thing is made up of ("What is the board comprised of?", "What does the set include?"). */
const MADE_OF = /\b(?:compris\w*|consist\w*|compos\w*|made\s+up|includ\w*|contain\w*)\b/i;
/** The joiners of a list's parts: a comma, "and" or "or", or both. */
const PART_JOINER = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/;
/**
 * "Who is / was the …" and the noun the rest of the question leaves as its head: the last word before a relative
 * pronoun, a preposition or the end ("Who was the chief **clerk** who …").
 */
const ONE_PREDICATE =
  /^\W*who\s+(?:is|was)\s+(?:the|an?)\s+(?:[\p{L}'-]+\s+){0,3}?([\p{L}'-]+)(?=\s+(?:who|that|of|in|at|for|to|on|during|from|with|by|when|after|before)\b|\s*[?.!]*\s*$)/iu;
/** "respectively", pairing the members of two lists in order. */
const RESPECTIVELY = /\brespectively\b/i;

/**
 * Whether the question names a word of a list outside its first candidate (`query.terms` holds the question's words),
 * not the first candidate's last word nor the question's focus noun: the head noun its members share ("Which mills …"
 * of "Ash **Mill**, Elm **Mill** and Oak **Mill**", "Which languages …" of "Erse, Norn and Manx **languages**") names
 * them all. (The focus noun too: SQuAD reading F1 0.53706 → 0.53712, 2 won / 1 lost alone; with members joined across
 * the focus noun, coordinatedLists.ts `shownEnd`, 0.53729, 5 won / 1 lost.)
 */
function namesOtherMember(list: Candidate, first: Candidate, query: FullQuery): boolean {
  const words = (text: string) => text.split(/[^\p{L}\d-]+/u).filter((w) => w.length > 0);
  const head = termOf(words(first.entity.text).at(-1) ?? '');
  const focus = query.focus ? termOf(query.focus) : null;
  const wanted = new Set(query.terms.filter((t) => t !== head && t !== focus));
  const text = list.entity.text;
  const rest = `${text.slice(0, first.entity.start - list.entity.start)} ${text.slice(first.entity.end - list.entity.start)}`;
  return words(rest).some((w) => wanted.has(termOf(w) ?? ''));
}

/** The best excerpt's candidates that stand in a list beside the member the question names ("Besides X, which …"). */
function coMembersIn(every: readonly Candidate[], question: string): Candidate[] {
  const named = namedMembers(question);
  if (!named) return [];
  const out: Candidate[] = [];
  const bySentence = new Map<StorySentence, Candidate[]>();
  for (const c of every) if (c.from === 0) bySentence.set(c.sentence, [...(bySentence.get(c.sentence) ?? []), c]);
  for (const [sentence, cands] of bySentence) {
    const members = coMembersOf(
      sentence.text,
      sentence.tokens,
      cands.map((c) => c.e),
      named,
    );
    cands.forEach((c, k) => members.has(k) && out.push(c));
  }
  return out;
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

/** A question asking whose something is ("Whose boat sank?", "In 1990, whose plan won?"). */
const WHOSE_QUESTION = /^\W*whose\b/;
/** A question opening with who / whom / whose, which asks for someone (a which-NOUN question may ask for a thing). */
const WHO_QUESTION = /^\W*(?:who|whom|whose)\b/;

/** The owner's mark written right after a candidate in its sentence ("'s" of "Ada Vell's boat", "'" of "the Vells' boat"), or ''. */
function ownerMarkAfter(story: Story, c: Candidate): string {
  const sentence = story.sentences[c.sentenceId]!.text;
  const end = c.entity.shown?.end ?? c.entity.end;
  return OWNER_MARK.exec(sentence.slice(end, end + 3))?.[0] ?? '';
}

/** "'s" or "’s" after a name, or a lone apostrophe after one ending in s ("the Vells' boat"). */
const OWNER_MARK = /^['’]s?(?![\p{L}\p{N}])/u;

/**
 * The answer to a whose-question written as the owner, with the mark the sentence gives it: "Ada Vell's", as one
 * answers "Whose boat sank?"; unchanged when the sentence gives none or the answer already ends in it.
 */
function withOwnerMark(shown: { text: string; written: string }, mark: string): { text: string; written: string } {
  if (mark === '' || /['’]s?$/.test(shown.written)) return shown;
  return { text: `${shown.text}${mark}`, written: `${shown.written}${mark}` };
}

/** The year a date names, for "what year …" ("9 March 1911" → "1911"); the date itself when it names none or two. */
function yearOf(date: string): string {
  const years = date.match(/\b\d{3,4}\b/g);
  return years?.length === 1 ? years[0]! : date;
}

/** One candidate as the fitting script sees it. */
export interface ObservedCandidate {
  text: string;
  features: number[];
}

/** The hand filter that narrowed one question's choice, as the filter study sees it (scripts/handFilterCensus.ts). */
export interface ObservedHandFilter {
  filter: HandFilter;
  /** Every candidate offered, with whether the filter kept it and whether it only repeats the question's words. */
  offered: (ObservedCandidate & { kept: boolean; echo: boolean })[];
  /** What the model ranks first among those it kept, among the next filter's (or all offered), and among all offered. */
  first: string;
  next: HandFilter | 'offered';
  nextFirst: string;
  offeredFirst: string;
}

/** One choice of the extractor laid open: every candidate, which of them the rules kept, and the one shown. */
export interface ObservedChoice {
  /** The hand filter that decided the choice ('offered' where none did: every candidate of the asked grain was ranked). */
  rule: HandFilter | 'offered';
  /** Every candidate, best hand score first: its shown text, sentence, excerpt rank, hand score and model features. */
  every: {
    text: string;
    sentenceId: number;
    from: number;
    score: number;
    /** Kept by the date grain, and by the narrowing rules and the echo, side and sex filters after it. */
    offered: boolean;
    member: boolean;
    features: number[];
  }[];
  /** The one shown, by its place in `every`, and whether the model ranked it first (not a list or member step after). */
  winner: number;
  modelFirst: boolean;
}

/**
 * What a study sees of the extractor's choices among its candidates, one view a callback, each called for every choice
 * while set (a choice may be one of several passes of one question: the short answer's comes first). Views not given
 * are not read; with no observer set the answer path pays one check a choice.
 */
export interface ExtractionObserver {
  /** Every candidate the model ranks, in hand order (for fitting the candidate model, scripts/fitCandidates.ts). */
  candidates?: (candidates: ObservedCandidate[]) => void;
  /** The hand filter that narrowed the choice, where one did and the model ranks (scripts/handFilterCensus.ts). */
  handFilter?: (seen: ObservedHandFilter) => void;
  /** The whole choice laid open (scripts/pickerCensus.ts). */
  choice?: (choice: ObservedChoice) => void;
}

let observer: ExtractionObserver | undefined;

/** Sets the one observer of the extractor's choices (for the studies and the fit); undefined stops. */
export function observeExtraction(views: ExtractionObserver | undefined): void {
  observer = views;
}

/** The one record `bestCandidate` writes each candidate's facts into for the model to read (made on first use). */
function scratchFacts(): CandidateFacts {
  return (scratch ??= {} as CandidateFacts);
}
let scratch: CandidateFacts | undefined;

/** What the model reads of a candidate: its best mention's facts and its support across the story. */
function factsOf(story: Story, c: Candidate, topScore: number, q: QuestionSide, into?: CandidateFacts): CandidateFacts {
  const articles = articlesOf(story, c.sentences);
  const m = c;
  // The mention's facts are completed in place rather than copied (a copy of some fifty fields for every candidate of
  // every question was a tenth of the answer's time). Field by field: spreading the two objects into one cost more
  // than the rest of this function.
  const facts = mentionFacts(m, q, q.focus !== undefined && phraseFit(m.e.text, q.focus) > 1, into) as CandidateFacts;
  facts.score = c.score;
  facts.best = c.best;
  facts.topScore = topScore;
  facts.sentences = c.sentences.size;
  facts.articles = articles;
  facts.groups = EXTRACTION.groups;
  facts.keptBy = q.soft?.kept.has(c) ? q.soft.by : 'none';
  return facts;
}

/**
 * How many articles the sentences (ids) come from: one for one sentence; else each sentence's article counted where
 * no earlier sentence has it (a candidate's few sentences: a set made for each was 13 MB of answerReplay's first pass at 100k).
 */
function articlesOf(story: Story, sentences: SentenceScores): number {
  if (sentences.size === 1) return 1;
  // Read by index (`idAt`), no list of the ids made per candidate.
  let count = 0;
  for (let i = 0; i < sentences.size; i += 1) {
    const article = story.sentences[sentences.idAt(i)]?.articleId;
    let seen = false;
    for (let j = 0; j < i && !seen; j += 1) seen = story.sentences[sentences.idAt(j)]?.articleId === article;
    if (!seen) count += 1;
  }
  return count;
}

/** What the extractor has measured of a mention (MentionAt) and of the question (QuestionSide), read by `mentionFacts`. */
interface Measured {
  rankWeight: number;
  role: number;
  typeFit: number;
  near: number;
  from: number;
  gap: number;
  position: MentionFacts['position'];
  coverage: number;
  kind: MentionFacts['kind'];
  wh: MentionFacts['wh'];
  questionRole: MentionFacts['questionRole'];
  patientAsked: boolean;
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
  /** The terms of the question verbs' converses the story holds (paraphrase.converseTerms). */
  converse: ReadonlySet<string>;
  /** How the question asks for several things (askedNumber.severalAsked). */
  several: ReturnType<typeof severalAsked>;
}

/** Verbs' helpers and adverbs between a subject and its verb ("X has also beaten"). */
const BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);

/** Whether a word is one of the question's (weighted) terms. */
function isWeighted(w: TermWord | undefined, weights: ReadonlyMap<string, number>): boolean {
  return w?.term != null && weights.has(w.term);
}

/** Words between word `i` and the span of words [first, last]. */
function gapOf(i: number, first: number, last: number): number {
  return i < first ? first - i - 1 : i - last - 1;
}

/** Whether a mention is the subject (or the object) of the question's verb in its sentence, as `role` asks. */
function holdsRole(
  m: MentionAt,
  role: 'subject' | 'object',
  weights: ReadonlyMap<string, number>,
  irrealis: boolean,
  converse: ReadonlySet<string>,
): boolean {
  const tokens = m.sentence.tokens;
  const [startAt, endAt] = tokenRange(tokens, m.e.start, m.e.end);
  const roles = rolesOf(tokens, weights, irrealis, questionTermTestOf(weights), converse);
  return holdsHead(role === 'subject' ? roles.subjects : roles.objects, startAt, endAt);
}

/**
 * Whether a mention opens the name that is a subject of the question's verb, cut short (clauseRoles `opensName`), or is
 * that subject's part before "of" (`beforeOf`).
 */
function insideRole(m: MentionAt, weights: ReadonlyMap<string, number>, irrealis: boolean, converse: ReadonlySet<string>): boolean {
  const tokens = m.sentence.tokens;
  const [startAt, endAt] = tokenRange(tokens, m.e.start, m.e.end);
  const subjects = rolesOf(tokens, weights, irrealis, questionTermTestOf(weights), converse).subjects;
  return (
    opensName(tokens, subjects, startAt, endAt) ||
    beforeOf(tokens, subjects, startAt, endAt) ||
    describedHead(tokens, subjects, startAt, endAt) >= 0
  );
}

/**
 * The token index of the head noun of the question verb's subject that a mention, a name, describes ("Orsk" of "Orsk
 * harbour pilots rebuilt the weir": "pilots"), or -1 (clauseRoles `describedHead`).
 */
function doerHead(m: MentionAt, weights: ReadonlyMap<string, number>, irrealis: boolean, converse: ReadonlySet<string>): number {
  const tokens = m.sentence.tokens;
  const [startAt, endAt] = tokenRange(tokens, m.e.start, m.e.end);
  return describedHead(tokens, rolesOf(tokens, weights, irrealis, questionTermTestOf(weights), converse).subjects, startAt, endAt);
}

/**
 * The token index of the people noun a candidate ending in a capitalised word describes in its noun phrase ("Orsk"
 * of "Orsk rebels came": "rebels", "Ada Vell" of "Ada Vell loyalists", a lone "Velmian" the chunker cut from its
 * noun), or -1 (clauseRoles `peopleHeadAfter`).
 */
function peopleHeadAt(m: MentionAt): number {
  const tokens = m.sentence.tokens;
  const [startAt, endAt] = tokenRange(tokens, m.e.start, m.e.end);
  return startAt < 0 || endAt < startAt ? -1 : peopleHeadAfter(tokens, endAt);
}

/** A candidate shown through the head noun at token `head` after it, as its sentence writes them ("Orsk harbour pilots"). */
function withHead(c: Candidate, head: number): { text: string; written: string } {
  const text = c.sentence.text.slice(c.e.start, c.sentence.tokens[head]!.end);
  return { text, written: text };
}

/** Whether a mention is the doer of a verb whose term is one of `related` in its sentence (relatedDoers.ts). */
function doesRelated(
  m: MentionAt,
  related: ReadonlyMap<string, string>,
  isQuestionTerm: (t: Token) => boolean,
  irrealis: boolean,
): boolean {
  const tokens = m.sentence.tokens;
  const [startAt, endAt] = tokenRange(tokens, m.e.start, m.e.end);
  return doesRelatedVerb(tokens, startAt, endAt, related, isQuestionTerm, irrealis);
}

/** Whether a mention holds the head of a doer its sentence names by a noun of the question's verb (nounDoers.ts). */
function doesByNoun(m: MentionAt, nouns: VerbNouns): boolean {
  const tokens = m.sentence.tokens;
  const [startAt, endAt] = tokenRange(tokens, m.e.start, m.e.end);
  return holdsHead(nounDoers(tokens, nouns), startAt, endAt);
}

/**
 * The clause roles of a sentence for the question being answered: worked out once per sentence, not per mention. Kept
 * for one extraction's weights only (a new set of weights lets the others go): roles are read against the question's
 * own weights, so nothing kept served another question, while the WeakMap keyed by token list this was held an entry
 * for every sentence a served story keeps the tokens of, its table grown (every entry hashed again) as they came.
 */
const ROLES = new Map<readonly Token[], { irrealis: boolean; converse: ReadonlySet<string>; roles: ClauseRoles }>();
let rolesWeights: ReadonlyMap<string, number> | undefined;

/**
 * The roles of the question verb's parties in a sentence: those its own verbs give (clauseRoles), and those a converse
 * of the question's verb gives turned round (converseRoles: "A beat B." for "Who lost to A?"), where the question has
 * converses (`converse`: their terms).
 */
function rolesOf(
  tokens: readonly Token[],
  weights: ReadonlyMap<string, number>,
  irrealis: boolean,
  isQuestionTerm: (t: Token) => boolean,
  converse: ReadonlySet<string>,
): ClauseRoles {
  if (weights !== rolesWeights) {
    ROLES.clear();
    rolesWeights = weights;
  }
  const kept = ROLES.get(tokens);
  if (kept && kept.irrealis === irrealis && kept.converse === converse) return kept.roles;
  const own = clauseRoles(tokens, isQuestionTerm, irrealis);
  const roles =
    converse.size > 0 ? withConverseRoles(own, converseRoles(tokens, isQuestionTerm, irrealis, questionTermTest(converse))) : own;
  ROLES.set(tokens, { irrealis, converse, roles });
  return roles;
}

/** A sentence's own roles with those a converse verb gives added, role by role. */
function withConverseRoles(own: ClauseRoles, turned: ClauseRoles): ClauseRoles {
  return {
    subjects: [...own.subjects, ...turned.subjects],
    objects: [...own.objects, ...turned.objects],
    passiveSubjects: [...own.passiveSubjects, ...turned.passiveSubjects],
    subjectFrames: [...own.subjectFrames, ...turned.subjectFrames],
    passiveFrames: [...own.passiveFrames, ...turned.passiveFrames],
    objectFrames: [...own.objectFrames, ...turned.objectFrames],
  };
}

/** Marks that set a clause or an aside apart. */
const CLAUSE_MARK = /[,;:()—–]/;
const DIGIT = /\d/;
const HE_OR_SHE = /^(he|she)$/i;

/** Whether a candidate's sentence holds a question word outside the candidate that is a noun, a name or an adjective (no verb, no bare number). */
function holdsOtherTerm(c: Candidate, isQuestionTerm: (t: Token) => boolean): boolean {
  return c.sentence.tokens.some((t) => NAMING_POS.has(t.pos) && (t.end <= c.e.start || t.start >= c.e.end) && isQuestionTerm(t));
}

const NAMING_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

let testedWeights: ReadonlyMap<string, number> | undefined;
let termTest: (t: Token) => boolean = () => false;

/** `questionTermTest` of the question's weights, made once per question (the last question's kept). */
function questionTermTestOf(weights: ReadonlyMap<string, number>): (t: Token) => boolean {
  if (weights !== testedWeights) {
    testedWeights = weights;
    termTest = questionTermTest(weights);
  }
  return termTest;
}

/**
 * Whether a token's index term is one of `terms` (the question's weights' keys, or its verbs' converses), as a function
 * made outside the caller: tsx names each closure bound to a name when it is made, which per mention was a share of the
 * extraction's time.
 */
function questionTermTest(terms: { has(term: string): boolean }): (t: Token) => boolean {
  return (t) => {
    const term = termOf(t.text);
    return term !== null && terms.has(term);
  };
}

/**
 * The context of a mention the model reads: question words right beside it, the preposition before it,
 * a verb of the question right before it (it is that verb's object) or right after it (its subject). It reads the
 * mention as kept and the question's side as they are, not copied into one object per candidate (an object of some
 * twenty fields made for each of a question's 100–200 candidates).
 */
/** Whether a pair of question words (`bigramMatches`' [first, second] word indices) ends within three words before word `first`. */
function bigramLeftOf(pairs: readonly [number, number][], first: number): boolean {
  for (let i = 0; i < pairs.length; i += 1) {
    const b = pairs[i]![1];
    if (b < first && first - b <= 3) return true;
  }
  return false;
}

/** Whether a pair of question words starts within three words after word `last` (indexed: no closure per candidate). */
function bigramRightOf(pairs: readonly [number, number][], last: number): boolean {
  for (let i = 0; i < pairs.length; i += 1) {
    const a = pairs[i]![0];
    if (a > last && a - last <= 3) return true;
  }
  return false;
}

function mentionFacts(m: MentionAt, q: QuestionSide, focusIn: boolean, into?: MentionFacts): MentionFacts {
  const { sentence, words, e, first, last } = m;
  const weights = q.weights;
  const tokens = sentence.tokens;
  // By binary search, no closure per candidate (the two closures were 9 MB of answerReplay's first pass at 100k).
  const startAt = firstEndingAfter(tokens, e.start);
  const endAt = lastStartingBefore(tokens, e.end);
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
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    if ((i >= first && i <= last) || !isWeighted(w, weights)) continue;
    if (nearest < 0 || gapOf(i, first, last) < gapOf(nearest, first, last)) nearest = i;
    const weight = weights.get(w.term!)!;
    if (weight > rarestWeight || (weight === rarestWeight && gapOf(i, first, last) < gapOf(rarest, first, last))) {
      rarest = i;
      rarestWeight = weight;
    }
  }
  // The words of the mention itself: `words.slice(first, last + 1)`, counted in place (first is -1 for a mention
  // after the last word, and the slice then holds the last word).
  const insideFrom = first < 0 ? Math.max(0, words.length + first) : Math.min(first, words.length);
  const insideTo = last + 1 < 0 ? Math.max(0, words.length + last + 1) : Math.min(last + 1, words.length);
  const insideCount = Math.max(0, insideTo - insideFrom);
  let insideWeighted = 0;
  for (let i = insideFrom; i < insideTo; i += 1) if (isWeighted(words[i], weights)) insideWeighted += 1;
  const between =
    nearest < 0
      ? ''
      : nearest < first
        ? sentence.text.slice(words[nearest]!.end, e.start)
        : sentence.text.slice(e.end, words[nearest]!.start);
  const isQuestionTerm = questionTermTestOf(weights);
  const links = spanLinks(tokens, startAt, endAt, isQuestionTerm);
  const roles = rolesOf(tokens, weights, q.irrealis, isQuestionTerm, q.converse);
  const beside = focusBeside(tokens, startAt, endAt, q.focusTerm);
  const openedBy = q.preposition !== undefined && preposition > 0 && tokens[preposition]!.text.toLowerCase() === q.preposition;
  // Written field by field into `into` where given (bestCandidate's one scratch record: the model reads each candidate's
  // facts once, and a record of some fifty fields made for each candidate of each question was about 25 MB of a warm
  // 2,000-question pass at 100k); a fresh record otherwise, for the fit's observer, which keeps them.
  const f = into ?? ({} as MentionFacts);
  f.copulaBefore = links.copulaBefore;
  f.copulaAfterQuestion = links.copulaAfterQuestion;
  f.copulaBeforeQuestion = links.copulaBeforeQuestion;
  f.named = links.named;
  f.beforeVerb = links.beforeVerb;
  f.head = headClass(tokens[endAt]);
  f.spanClass = spanClass(candidateClass(e.type, e.run === true), tokens[endAt]);
  f.focusClass = q.focusClass;
  f.focusNounAfter = beside.after;
  f.focusNounBefore =
    beside.before || focusNamesNext(tokens, startAt, endAt, q.focusTerm) || focusIntroduces(tokens, startAt, endAt, q.focusTerm);
  f.describesNoun = describesNoun(tokens, startAt, endAt, q.focusTerm, isQuestionTerm);
  f.subtype = q.ends.subtype;
  f.lastTermLeft = q.ends.last !== undefined && (words[first - 1]?.term === q.ends.last || words[first - 2]?.term === q.ends.last);
  f.firstTermRight = q.ends.first !== undefined && (words[last + 1]?.term === q.ends.first || words[last + 2]?.term === q.ends.first);
  f.bigramLeft = bigramLeftOf(m.pairs, first);
  f.bigramRight = bigramRightOf(m.pairs, last);
  f.bigramSentence = m.pairs.length > 0;
  f.commaBetween = CLAUSE_MARK.test(between);
  f.clauseShare = clauseShare(sentence.text, words, first, weights);
  f.rareGap = rarest < 0 ? words.length : gapOf(rarest, first, last);
  f.headProper = tokens[endAt]?.pos === 'PROPN';
  f.near = m.near;
  f.rankWeight = m.rankWeight;
  f.role = m.role;
  f.typeFit = m.typeFit;
  f.from = m.from;
  f.words = insideCount || 1;
  f.questionWordShare = insideCount ? insideWeighted / insideCount : 0;
  f.questionEdge = insideCount > 1 && (isWeighted(words[insideFrom], weights) || isWeighted(words[insideTo - 1], weights));
  const head = words[insideTo - 1];
  f.questionHead = insideCount > 1 && isWeighted(head, weights) && !q.askedTerms.has(head!.term!);
  f.questionPossessor = false;
  for (let i = startAt; i < endAt && !f.questionPossessor; i += 1)
    f.questionPossessor = isPossessiveMark(tokens[i + 1]!.text) && isQuestionTerm(tokens[i]!);
  f.leftMatch = isWeighted(words[first - 1], weights);
  f.rightMatch = isWeighted(words[last + 1], weights);
  f.left2 = isWeighted(words[first - 2], weights);
  f.right2 = isWeighted(words[last + 2], weights);
  f.gap = m.gap;
  f.position = m.position;
  f.coverage = m.coverage;
  f.focusIn = focusIn;
  f.hasDigit = DIGIT.test(e.text);
  f.capitalised = isCapitalised(e.text);
  f.previous = previous ? sentence.text.slice(previous.start, previous.end).toLowerCase() : '';
  f.objectOfVerb = startAt > 0 && isVerbOfQuestion(tokens[k], isQuestionTerm, false);
  f.afterVerbPreposition = preposition > 0 && isVerbOfQuestion(tokens[preposition - 1], isQuestionTerm, false);
  f.agent = m.agent;
  f.subjectOfVerb = endAt >= 0 && isVerbOfQuestion(tokens[n], isQuestionTerm, false);
  f.pronoun = HE_OR_SHE.test(e.text);
  f.counts = m.counts;
  f.ordinal = e.type === 'ORDINAL';
  f.clauseSubject = holdsHead(roles.subjects, startAt, endAt);
  f.clauseObject = holdsHead(roles.objects, startAt, endAt);
  f.passiveSubject = holdsHead(roles.passiveSubjects, startAt, endAt);
  f.subjectFrame = holdsHead(roles.subjectFrames, startAt, endAt);
  f.passiveFrame = holdsHead(roles.passiveFrames, startAt, endAt);
  f.objectFrame = holdsHead(roles.objectFrames, startAt, endAt);
  f.objectWritten = q.writtenVerb !== null && objectOfVerbTerm(tokens, startAt, endAt, q.writtenVerb);
  f.questionPreposition = openedBy;
  f.verbQuestionPreposition = openedBy && isVerbOfQuestion(tokens[preposition - 1], isQuestionTerm);
  f.person = e.person ?? 'none';
  f.cls = candidateClass(e.type, e.run === true);
  f.kind = q.kind;
  f.wh = q.wh;
  f.questionRole = q.questionRole;
  f.patientAsked = q.patientAsked;
  f.typed = q.typed;
  f.list = LIST_WORD.test(e.text);
  f.several = q.several;
  f.listNamesAsked = f.list && namesMember(e.text, weights);
  f.appositionHeld = appositionHeld(tokens, startAt, endAt, weights, q.total);
  f.quoted = writtenInQuotes(sentence.text, e.start, e.end);
  // Read for a question asking a thing only (candidateModel.ts writes it for no other kind).
  f.openingSubjectHeld =
    q.kind === 'other' ? openingSubjectHeld(tokens, startAt, endAt, weights, q.total, insideWeighted > 0, q.objectAsked) : 0;
  return f;
}

/**
 * A rival amount another article gives in the same kind of context ("four hours" against "five hours"):
 * of the same type, nearly as well supported (EXTRACTION.disagree of the winner's score), and only in
 * sentences of other articles than the winner's. Never a match score: a story's scores are those of its many
 * matches, so another article's score tells of another match, not of the winner's told another way.
 */
function disagreeing(story: Story, winner: Candidate, second: Candidate | undefined): Candidate | undefined {
  if (!second || !isAmount(winner.entity.type as EntityType) || second.entity.type !== winner.entity.type) return undefined;
  if (winner.entity.unit === 'score') return undefined;
  if (second.score < EXTRACTION.disagree * winner.score) return undefined;
  const articlesOf = (c: Candidate) => new Set(c.sentences.ids().map((id) => story.sentences[id]!.articleId));
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

/** Words between a verb and the number it governs ("killed *at least* three"). */
const NUMBER_HEDGES =
  /^(at|least|most|about|around|nearly|almost|roughly|some|more|less|fewer|than|over|under|up|to|just|only|another|an|a|the|estimated|approximately)$/i;

/** Whether a verb of the sentence (or a participle the tagger took for a noun: "and wounding …") is one of the question's words. */
export function usesQuestionVerb(sentence: StorySentence, questionTerms: ReadonlyMap<string, number>): boolean {
  return sentence.tokens.some((t) => {
    if (t.pos !== 'VERB' && !VERB_ENDING.test(t.text)) return false;
    const term = termOf(t.text);
    return term !== null && questionTerms.has(term);
  });
}

/**
 * A word ending like a verb form the tagger may have read as another part of speech: a module constant, as an
 * expression written in the test made a new object for each token read (answerReplay at 100k, the first pass: 2.3 MB).
 */
const VERB_ENDING = /\p{L}{3}(?:ing|ed)$/u;

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

/** A question word at word `i` of a sentence, with its idf weight. */
interface Anchor {
  i: number;
  term: string;
  weight: number;
  /** Which of the text's distinct question terms it is (0, 1, … in order of first occurrence). */
  slot: number;
}

/** What a sentence's text holds of the question: its words, the question's words among them, their share, its pairs. */
interface TextReading {
  words: readonly TermWord[];
  anchors: readonly Anchor[];
  /** idf-weighted share of the question's terms the text holds. */
  coverage: number;
  pairs: [number, number][];
  /** The text holds a quotation mark, so a mention may stand inside a quotation. */
  quoted: boolean;
  /** The text holds "by" between spaces, so a mention may be the agent of a passive verb (`inAgentSlot`). */
  passive: boolean;
}

/**
 * Reads a sentence's text against the question's term weights (their sum `total`) and consecutive pairs; a word of a
 * spelt-out abbreviation (`spelledAs`) holds the abbreviation's term.
 */
function readText(
  text: string,
  weights: ReadonlyMap<string, number>,
  total: number,
  bigrams: QuestionBigrams,
  spelledAs: ReadonlyMap<string, string>,
): TextReading {
  const words = termWordsOf(text);
  const anchors: Anchor[] = [];
  const held = new Map<string, number>();
  let coverage = 0;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i]!;
    if (w.term === null) continue;
    let term = spelledAs.size > 0 && !weights.has(w.term) ? (spelledAs.get(w.term) ?? w.term) : w.term;
    // "5 lanterns" stands for the question's "five lanterns" (numeralTwins.ts).
    if (!weights.has(term)) term = numeralTwin(term) ?? term;
    const weight = weights.get(term);
    if (weight === undefined) continue;
    let slot = held.get(term);
    if (slot === undefined) {
      held.set(term, (slot = held.size));
      coverage += weight;
    }
    anchors.push({ i, term, weight, slot });
  }
  if (anchors.length === 0) return { words, anchors, coverage: 0, pairs: [], quoted: false, passive: false };
  const pairs = bigrams.size === 0 ? [] : bigramMatches(words, bigrams);
  return { words, anchors, coverage: coverage / total, pairs, quoted: QUOTE_MARK.test(text), passive: BY_WORD.test(text) };
}

/**
 * The words of a text with offsets and index terms, kept for the recent texts: the extractor reads the
 * same candidate sentences for each kind of candidate it tries, and popular sentences recur across
 * questions. The lists are shared, never changed. Bounded like `termsOf`'s cache.
 */
export function termWordsOf(text: string): readonly TermWord[] {
  return wordCache.get(text, wordsRead);
}

/** {@link termWordsOf} read from the text. */
function wordsRead(text: string): readonly TermWord[] {
  const out: TermWord[] = [];
  // Read in place (forEachWordMatch), not by an exec loop: the same words without a match object for each.
  forEachWordMatch(text, (start, end) => {
    out.push({ start, end, term: termOfSpan(text, start, end) });
  });
  return out;
}

const wordCache = textMemo<readonly TermWord[]>(20_000);

/** Words before the means something was done by ("by ship", "through sponsors", "as an auditor"), and its weight among the spans of a how-question. */
const MEANS = new Set(['by', 'through', 'via', 'using', 'as', 'with']);
const MEANS_WEIGHT = 2.5;
/**
 * Prepositions that open a means inside a phrase (`extractPhrase`): "gathered the sum **through** raffles"; "as" opens
 * one only after a verb ("regarded **as** reckless").
 */
const INNER_MEANS = new Set(['by', 'through', 'via']);

/**
 * The noun phrase of a means opened at token `from`, before `end`: past its article, up to a verb, a relative pronoun
 * (in lower case) opening a clause about it ("a bond | that results from …") or a conjunction opening another phrase
 * after its first noun ("raffles | holding …", "the canal | and a road …"), its prepositional phrases kept ("the port
 * **of Velmar**"); null where it holds no noun.
 */
function meansPhrase(tokens: readonly Token[], from: number, end: number): { from: number; to: number } | null {
  let a = from;
  while (a < end && (tokens[a]!.pos === 'DET' || tokens[a]!.pos === 'ADP')) a += 1;
  let b = a;
  let noun = false;
  while (b < end) {
    const t = tokens[b]!;
    if (
      noun &&
      (t.pos === 'VERB' || t.pos === 'AUX' || RELATIVE_PRONOUNS.has(t.text) || (t.pos === 'CCONJ' && tokens[b + 1]?.pos === 'DET'))
    )
      break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') noun = true;
    b += 1;
  }
  while (b > a && EDGE_POS.has(tokens[b - 1]!.pos)) b -= 1;
  return noun && b > a && b - a <= MAX_PHRASE_WORDS ? { from: a, to: b } : null;
}

/** The lift of a how-question's span right after the question's own verb (`extractPhrase`). */
const AFTER_VERB_WEIGHT = 1;
const EDGE_POS = new Set(['DET', 'ADP', 'AUX', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'ADV']);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'NUM']);

/** "How often …?": the phrase that says how often (frequency.ts) in the best excerpt, else the next two; or null. */
function frequencyAnswer(groups: readonly CorroboratedSentence[]): ShortAnswer | null {
  const [found, sentence] = groups
    .slice(0, 3)
    .map((g) => [frequencyIn(g.sentence.text), g.sentence] as const)
    .find(([f]) => f !== null) ?? [null, null];
  if (!found) return null;
  return phraseAnswer(
    found.text,
    groups.findIndex((g) => g.sentence === sentence),
    sentence.id,
    { near: 0.5, margin: 0.5, support: 0.33, typed: 0 },
  );
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
  const verb = query.verb;

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
      // "How are millers paid?" → "paid **by the sack**": what follows the question's own verb tells its manner, not
      // what follows another of its words.
      const afterVerb =
        asksHow && verb !== undefined && i > 0 && tokens[i - 1]!.pos === 'VERB' && termOf(tokens[i - 1]!.text) === verb
          ? AFTER_VERB_WEIGHT
          : 0;
      const score = (matched[i - 1] ? 2 : 0) + (matched[j] ? 1 : 0) - 0.05 * span.length + means + afterVerb;
      if (!best || score > best.score) best = { score, from, to };
    }
    // "gathered 9,000 florins **through** raffles holding …": a means written inside the phrase after the question's
    // words, shown to the end of its noun phrase.
    // A means opening a phrase too long to show whole ("described **as** a double bond that results from …") is read
    // the same way, from its first word.
    const longMeans = asksHow && to - from > MAX_PHRASE_WORDS && MEANS.has(tokens[i]!.text.toLowerCase());
    if (asksHow && matched[i - 1])
      for (let m = longMeans ? i : i + 1; m < j - 1; m += 1) {
        const word = tokens[m]!.text.toLowerCase();
        // "dismissed **as** folly", "regarded **as** reckless": what a verb takes a thing as says how it was taken.
        const takenAs = word === 'as' && tokens[m - 1]!.pos === 'VERB';
        if (!INNER_MEANS.has(word) && !takenAs) continue;
        // Right after another verb than the question's the phrase is that verb's: its doer ("cooked **by** 30
        // bakers") or its path ("drifted **through** the strait"), not the means asked.
        // A verb's -ing form after "by" is a means whichever verb it follows ("was eased **by** trading salt").
        const before = tokens[m - 1]!;
        const gerund = word === 'by' && /\p{L}{2,}ing$/u.test(tokens[m + 1]!.text);
        if (before.pos === 'VERB' && termOf(before.text) !== verb && !gerund && !takenAs) continue;
        const inner = meansPhrase(tokens, m + 1, j);
        if (!inner) continue;
        const score = 2 - 0.05 * (inner.to - inner.from) + MEANS_WEIGHT;
        if (!best || score > best.score) best = { score, ...inner };
        break;
      }
    i = j;
  }
  if (!best || best.score <= 0) return null;
  // The tagger reads a hyphen as punctuation, which breaks a phrase: one ending inside a hyphened word takes in the
  // rest of it ("called **rock-green** frogs", not "called rock"), as a ranked candidate's span does.
  const edges = toWordEdges(sentence.text, tokens[best.from]!.start, tokens[best.to - 1]!.end);
  const text = sentence.text.slice(edges.start, edges.end);
  return phraseAnswer(text, 0, sentence.id, { near: 0.5, margin: 0.5, support: 0.33, typed: 0 });
}

/** The preposition an untyped question opens with before "what" or "which" ("From what does X …"), for the stranded filter. */
function thingAfterPreposition(question: string): string | undefined {
  const opening = openingPreposition(question);
  return opening && (opening.wh === 'what' || opening.wh === 'which') ? opening.preposition : undefined;
}

/** The one mention of the type, where a sentence holds exactly one (undefined for none, several, or no type asked). */
function loneTyped(mentions: readonly Mention[], type: EntityType | undefined): Mention | undefined {
  if (type === undefined) return undefined;
  let found: Mention | undefined;
  for (const m of mentions) {
    if (m.type !== type) continue;
    if (found) return undefined;
    found = m;
  }
  return found;
}
