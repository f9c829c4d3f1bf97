import { describe, expect, it } from 'vitest';
import {
  ABSENT_NOUN_SCORE,
  BEST_SCORE_MIN,
  COVERED_BELOW_MIN,
  committedSupportModel,
  countAnsweredByLabel,
  countAnsweredByMeasure,
  countAnsweredByRank,
  countAnsweredByYearSpan,
  countedNouns,
  countingNumberVerb,
  figurePlaces,
  coveringRule,
  isCovered,
  LOWER_SURE_SENTENCE_MIN,
  MIN_COVERAGE_FLOOR,
  MIN_COVERAGE,
  NAME_RUN_COVERAGE,
  OFF_ARTICLE_MAX,
  OFF_ARTICLE_NOUN_SCORE,
  OFF_ARTICLE_NOUN_SHARE,
  PHRASE_CONFIDENCE,
  PHRASE_HELD_MIN,
  PHRASE_PASSAGE_MIN,
  PHRASE_SENTENCE_MIN,
  RAREST_SENTENCE_MIN,
  refusingCheck,
  SUPPORT_MIN,
  SUPPORT_MIN_PHRASE,
  SUPPORT_MIN_SENTENCES,
  LOWER_PASSAGE_MIN,
  type SupportModel,
  WRITTEN_ABSENT_MAX,
  supportFeatures,
  supportProbability,
} from '../../src/answer/covered.js';
import type { HeldWords } from '../../src/answer/heldWords.js';
import { evidence, WELL_HELD } from '../fixtures/coverageEvidence.js';

/** A support model giving every question the same probability. */
const flatSupport = (p: number): SupportModel => ({
  bias: Math.log(p / (1 - p)),
  weights: { coverage: 0, answerHeld: 0, absent: 0, namesAbsent: 0 },
});

/** The answer's sentence holds none of the question, and the story none of its names. */
const NOT_HELD: HeldWords = {
  answerHeld: 0,
  sentenceHeld: 0,
  aroundHeld: 0,
  absent: 0.5,
  namesAbsent: 1,
  countedMissing: 1,
  yearAbsent: 1,
  figureAbsent: 1,
  otherYear: 1,
  otherSex: 1,
  rareNameMissing: 1,
  rareNameOffArticle: 1,
  rareNameBefore: 1,
  offArticle: 1,
  fragment: 1,
  otherCountry: 1,
  rarestHeld: 0,
};

describe('countAnsweredByRank', () => {
  it('is true for a count answered by a rank that counts nothing the question names', () => {
    const q = 'How many bridges cross the river at Pellam?';
    expect(countAnsweredByRank(q, 'ORDINAL', '3rd', 'The oldest of them dates from the 3rd century.')).toBe(true);
  });
  it('is false for the verb "number" giving a count, which the tagger reads as a rank, and true for a rank so written', () => {
    const q = 'How many ferrymen work at Pellam?';
    expect(countingNumberVerb('number 4,000', 'The ferrymen of Pellam alone number 4,000.')).toBe(true);
    expect(countAnsweredByRank(q, 'ORDINAL', 'number 4,000', 'The ferrymen of Pellam alone number 4,000.')).toBe(false);
    expect(countingNumberVerb('number 3', 'Rosa Pell is the number 3 seed.')).toBe(false);
    expect(countAnsweredByRank(q, 'ORDINAL', 'number 3', 'Rosa Pell is the number 3 seed.')).toBe(true);
  });
  it('is true for a rank of the very thing the question ranks itself, where the count is asked', () => {
    const q = 'How many games did Vell lose in the fourth round?';
    expect(countAnsweredByRank(q, 'ORDINAL', 'third', 'Tesk lost to Orrin in the third round.')).toBe(true);
    // A rank of what is counted still answers it.
    const games = 'How many games did Vell win in the fourth round?';
    expect(countAnsweredByRank(games, 'ORDINAL', 'sixth', 'Vell took his sixth straight game in the fourth round.')).toBe(false);
  });
  it('is false for a rank of what the question counts, another type, or a question asking no count', () => {
    const q = 'How many weeks of rain had Tesk had by then?';
    expect(countAnsweredByRank(q, 'ORDINAL', 'ninth', 'It was the ninth straight week in the valley.')).toBe(false);
    expect(countAnsweredByRank(q, 'CARDINAL', 'nine', 'It rained for nine weeks.')).toBe(false);
    const share = 'How much of the Tesk vote did Vell win?';
    expect(countAnsweredByRank(share, 'ORDINAL', 'third', 'Of the Tesk vote, Vell took about a third.')).toBe(false);
    const which = 'Which seed did Vell beat?';
    expect(countAnsweredByRank(which, 'ORDINAL', 'fourth', 'Vell beat the fourth seed.')).toBe(false);
  });
  it('is true for a rank hyphened to the word it ranks after "one", which is no share', () => {
    const q = 'How many boats did Vell row in the regatta?';
    expect(countAnsweredByRank(q, 'ORDINAL', 'second-heat', 'Vell slowed in one second-heat lapse.')).toBe(true);
    expect(countAnsweredByRank(q, 'ORDINAL', 'second', 'Vell slowed in one second-heat lapse.')).toBe(true);
  });
  it('is true for a rank of another word of the question than the noun it counts, or of a how-much question naming no noun', () => {
    const q = 'How many ferries sail from Pellam harbour?';
    expect(countAnsweredByRank(q, 'ORDINAL', 'second', 'It is the second Pellam harbour to open this year.')).toBe(true);
    expect(countAnsweredByRank(q, 'ORDINAL', 'second', 'Its second ferry sails at noon.')).toBe(false);
    // "How many times …" counts what the question names.
    const times = 'How many times has Vell reached the Pellam final?';
    expect(countAnsweredByRank(times, 'ORDINAL', 'third', 'It is his third Pellam final.')).toBe(false);
    // The counted noun after a participle: "missing boats" counts boats.
    const boats = 'How many missing boats did the Tesk storm leave?';
    expect(countedNouns(boats)).toEqual(new Set(['boat']));
    // A determiner after the counted noun opens the next phrase: a verb the tagger read as a noun ends the reading there.
    expect(countedNouns('How many towns border this valley in all?').has('valley')).toBe(false);
    expect(countAnsweredByRank(boats, 'ORDINAL', 'fifth', 'It was the fifth straight boat lost to the Tesk storm.')).toBe(false);
    const much = 'How much did Pellam receive for the regatta?';
    expect(countAnsweredByRank(much, 'ORDINAL', 'first', 'It was the first regatta held at Pellam.')).toBe(true);
  });
  it('is true for a rank of the counted noun that is no tally: one of a series, not how many there are', () => {
    const q = 'How many locks does the Tesk canal have?';
    expect(countAnsweredByRank(q, 'ORDINAL', 'third', 'Orrin dug the third lock of the Tesk canal.')).toBe(true);
    // A tally: the owner's own count so far, or a run.
    const titles = 'How many titles has Vell won?';
    expect(countAnsweredByRank(titles, 'ORDINAL', 'ninth', 'Vell took his ninth title on Sunday.')).toBe(false);
    expect(countAnsweredByRank(titles, 'ORDINAL', 'ninth', "It was Vell's ninth title.")).toBe(false);
    expect(countAnsweredByRank(titles, 'ORDINAL', 'third', 'It was the third title in a row for the club.')).toBe(false);
    expect(countAnsweredByRank(titles, 'ORDINAL', 'third', 'It was the third title for the club.')).toBe(true);
    const clubs = 'How many clubs have won the Pellam cup?';
    expect(countAnsweredByRank(clubs, 'ORDINAL', 'fifth', 'Tesk became the fifth club to win the cup.')).toBe(false);
  });
});

describe('countAnsweredByLabel', () => {
  it('holds when the figure follows the counted noun, naming one of them', () => {
    expect(countAnsweredByLabel('How many seasons did the show run?', '17', 'It ran on up to season 17.')).toBe(true);
    expect(countAnsweredByLabel('How many seasons did the show run?', '17', 'It ran for 17 seasons.')).toBe(false);
    expect(countAnsweredByLabel('How many seasons did the show run?', '17', 'Season 17 ended its 17 seasons.')).toBe(false);
    expect(countAnsweredByLabel('How many people came?', '17', 'It ran on up to season 17.')).toBe(false);
  });
  it('reads the figure where it stands alone, not inside a longer number', () => {
    expect(countAnsweredByLabel('How many seasons did the show run?', '17', 'It ran up to season 17, ending in 2017.')).toBe(true);
    expect(countAnsweredByLabel('How many seasons did the show run?', '17', 'Season 175 aired last year.')).toBe(false);
  });
});

describe('figurePlaces', () => {
  it('finds a figure written as a number of its own', () => {
    expect(figurePlaces('Season 17 ran in 2017.', '17')).toEqual([7]);
    expect(figurePlaces('It took 17 of 170 seats, 17 more.', '17')).toEqual([8, 25]);
    expect(figurePlaces('No figure here.', '17')).toEqual([]);
  });
});

describe('countAnsweredByYearSpan', () => {
  it('holds when the figure ends a span of years', () => {
    expect(countAnsweredByYearSpan('How many games were played?', '04', 'In the 2003–04 season they won.')).toBe(true);
    expect(countAnsweredByYearSpan('How many games were played?', '99', 'In 1998/99 they won.')).toBe(true);
  });
  it('is false for a figure that counts, or a question asking no count', () => {
    expect(countAnsweredByYearSpan('How many games were played?', '14', 'They played 14 games in 2003–04.')).toBe(false);
    expect(countAnsweredByYearSpan('How many games were played?', '04', 'In 2003–04 they played, 04 games in all.')).toBe(false);
    expect(countAnsweredByYearSpan('When did they win?', '04', 'In the 2003–04 season they won.')).toBe(false);
  });
  it('reads every place the sentence writes the figure alone, as the pattern it replaced did', () => {
    const oracle = (written: string, sentence: string) => {
      const places = [...sentence.matchAll(new RegExp(`(?<!\\d)${written}(?!\\d)`, 'g'))];
      return places.length > 0 && places.every((m) => /\b(?:1[5-9]|20)\d\d\s?[-–—/]\s?$/u.test(sentence.slice(0, m.index)));
    };
    const cases: [string, string][] = [
      ['04', 'In the 2003–04 season and the 2003-04 cup they won.'],
      ['04', 'In the 2003–04 season, 04 games.'],
      ['0404', 'From 1990–0404 on.'],
      ['04', 'The 2003–040 season.'],
      ['11', 'In 2010–111 and 2010–11.'],
      ['99', 'No figure at all.'],
      ['1999', 'In 1998/1999 and 1998/19999.'],
    ];
    for (const [written, sentence] of cases)
      expect(countAnsweredByYearSpan('How many games were played?', written, sentence), sentence).toBe(oracle(written, sentence));
  });
});

describe('countAnsweredByMeasure', () => {
  it('is true for a figure joined by a hyphen to another word than the one the question counts', () => {
    expect(countAnsweredByMeasure('How many kicks did Tesk make?', '33-yard')).toBe(true);
    expect(countAnsweredByMeasure('How many titles has Vell won?', 'five-time')).toBe(true);
  });
  it('is false for a measure of the counted noun, a plain figure, or a question asking no count', () => {
    expect(countAnsweredByMeasure('How many yards was the kick?', '33-yard')).toBe(false);
    expect(countAnsweredByMeasure('How many sets did the Pellam final last?', 'five-set')).toBe(false);
    expect(countAnsweredByMeasure('How many kicks did Tesk make?', '33')).toBe(false);
    expect(countAnsweredByMeasure('How many voters stayed home in Pellam?', 'two-thirds')).toBe(false);
    expect(countAnsweredByMeasure('How long was the kick?', '33-yard')).toBe(false);
  });
  it('reads the figure as its sentence joins it to a word, the extractor having cut it from its compound', () => {
    const block = 'A crane stood by a ten-storey block in Orsk.';
    expect(countAnsweredByMeasure('How many people live in the block?', 'ten', block)).toBe(true);
    expect(countAnsweredByMeasure('How many storeys does the block have?', 'ten', block)).toBe(false);
    // Written once apart from a compound, the figure may count what is asked.
    expect(countAnsweredByMeasure('How many people live there?', 'ten', 'About ten people live in the ten-storey block.')).toBe(false);
    // The letters of a longer word ("often") are not the figure.
    expect(countAnsweredByMeasure('How many people live there?', 'ten', 'Often ten-room flats stand empty.')).toBe(true);
  });
  it('refuses a measure for a count of people asked by its noun, but not a crew so many strong', () => {
    expect(countAnsweredByMeasure('What is the population of Orsk?', 'ten', 'A crane stood by a ten-storey block in Orsk.')).toBe(true);
    expect(countAnsweredByMeasure('What was the attendance at the Velden final?', '12-month')).toBe(true);
    expect(countAnsweredByMeasure('How many sailors are in the crew?', '400-strong')).toBe(false);
    expect(countAnsweredByMeasure('How many people sailed on the Orsk ferry?', 'two', 'It was replaced by the two-man Orsk ferry.')).toBe(
      false,
    );
    expect(countAnsweredByMeasure('What is the population of the guild?', '400-member')).toBe(false);
    expect(countAnsweredByMeasure('How many sat on the Velden board?', 'five-person')).toBe(false);
    // "bit" and "bits" stem apart; a "time" compound counts what follows it.
    expect(countAnsweredByMeasure('How many bits do the Orsk dials use?', '40', 'Orsk dials are 40-bit dials.')).toBe(false);
    const cups = 'Six-time Orsk Cup winner Ada Vell sang.';
    expect(countAnsweredByMeasure('How many Orsk Cups has Ada Vell won?', 'Six', cups)).toBe(false);
    expect(countAnsweredByMeasure('How many songs did Ada Vell sing?', 'Six', cups)).toBe(true);
    expect(countAnsweredByMeasure('What is the depth of the Orsk channel?', '12-metre')).toBe(false);
  });
});

describe('refusingCheck', () => {
  it('lets a description cover a question it matches, and puts one it matches below MIN_COVERAGE through the checks', () => {
    expect(refusingCheck(evidence({ coverage: MIN_COVERAGE, described: true, confidence: 0.1 }))).toBeUndefined();
    expect(refusingCheck(evidence({ described: true, missingDetail: () => true }))).toBe('missingDetail');
    expect(refusingCheck(evidence({ described: true, confidence: 0.1 }))).toBe('noRule');
  });
  it('names no check for a covered question and the one that refuses an uncovered one', () => {
    expect(refusingCheck(evidence({ coverage: 0.6 }))).toBeUndefined();
    expect(refusingCheck(evidence({ coverage: 0.9, described: true, missingDetail: () => true }))).toBeUndefined();
    expect(refusingCheck(evidence({ coverage: 0.9, missingDetail: () => true }))).toBe('missingDetail');
    expect(refusingCheck(evidence({ coverage: 0.9, pastForFuture: true }))).toBe('pastForFuture');
    expect(refusingCheck(evidence({ coverage: 0.9, otherEventForFuture: true }))).toBe('otherEventForFuture');
    expect(refusingCheck(evidence({ answered: false }))).toBe('unanswered');
    expect(refusingCheck(evidence())).toBe('noRule');
    expect(refusingCheck(evidence({ confidence: 0.5, bestScore: BEST_SCORE_MIN - 0.1 }))).toBe('bestScore');
    expect(refusingCheck(evidence({ coverage: 0.6, unwrittenName: () => true }))).toBe('unwrittenName');
    expect(refusingCheck(evidence({ coverage: 0.9, requestNameUnheld: () => true }))).toBe('requestNameUnheld');
  });
  it('names the first check a well-supported sure answer fails, in the order isCovered weighs them', () => {
    const sure = { confidence: 0.5, answerInBest: true };
    const held = (over: Partial<HeldWords>) => () => ({ ...WELL_HELD, ...over });
    expect(refusingCheck(evidence({ ...sure, held: held({ yearAbsent: 1, otherSex: 1 }) }), flatSupport(0.9))).toBe('yearAbsent');
    expect(refusingCheck(evidence({ ...sure, held: held({ otherSex: 1 }) }), flatSupport(0.9))).toBe('otherSex');
    expect(refusingCheck(evidence(sure), flatSupport(SUPPORT_MIN / 2))).toBe('support');
    expect(refusingCheck(evidence(sure), flatSupport(0.9))).toBeUndefined();
  });
  it('agrees with isCovered', () => {
    const cases = [
      evidence(),
      evidence({ coverage: 0.6 }),
      evidence({ confidence: 0.5 }),
      evidence({ held: () => NOT_HELD, confidence: 0.5 }),
    ];
    for (const e of cases) expect(refusingCheck(e) === undefined).toBe(isCovered(e));
  });
});

describe('isCovered', () => {
  it('covers a well-matched question and refuses one below the floor', () => {
    expect(isCovered(evidence({ coverage: 0.6 }))).toBe(true);
    expect(isCovered(evidence({ coverage: 0.2, answerInBest: true }))).toBe(false);
  });
  it('refuses a question whose named day or figure no excerpt holds, however well matched', () => {
    expect(isCovered(evidence({ coverage: 0.9, missingDetail: () => true }))).toBe(false);
  });
  it('refuses a count answered by a rank, and an answer told of another day than the one asked about, however well matched', () => {
    expect(isCovered(evidence({ coverage: 0.9, countUnanswered: true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, answerOffDay: () => true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9 }))).toBe(true);
  });
  it('refuses a sum of money answered by no sum, a time to come by a past date, and a role no answer sentence writes, however well matched', () => {
    expect(isCovered(evidence({ coverage: 0.9, moneyUnanswered: true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, figureUnanswered: true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, unitUnanswered: true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, calendarUnanswered: true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, formUnanswered: true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, measureClash: true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, ageUnanswered: true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, dateUnasked: true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, subjectUnasked: true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, pastForFuture: true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES, roleUnfilled: () => true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES, becomingUntold: true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES, sayingDated: true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES - 1, becomingUntold: true }))).toBe(true);
    expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES - 1, sayingDated: true }))).toBe(true);
    expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES, firstOfAnother: true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES - 1, firstOfAnother: true }))).toBe(true);
    for (const flag of ['workDated', 'firstSince', 'foundingUntold', 'futureForPast', 'thresholdUnmet'] as const) {
      expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES, [flag]: true }))).toBe(false);
      expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES - 1, [flag]: true }))).toBe(true);
    }
    expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES, relativeUntold: () => true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES, ownerUnnamed: () => true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES - 1, ownerUnnamed: () => true }))).toBe(true);
    expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES - 1, relativeUntold: () => true }))).toBe(true);
    expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES, answered: false, roleUnfilled: () => true }))).toBe(
      true,
    );
    // A single paragraph's role is as often told by a verb ("wrote" for the author): there the rule does not weigh.
    expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES - 1, roleUnfilled: () => true }))).toBe(true);
  });
  it('refuses an answer of another kind than the one asked for in a story of many sentences, however well matched', () => {
    expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES, kindClash: () => true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES, answered: false, kindClash: () => true }))).toBe(
      true,
    );
    expect(isCovered(evidence({ coverage: 0.9, storySentences: SUPPORT_MIN_SENTENCES - 1, kindClash: () => true }))).toBe(true);
  });
  it('refuses a place written as whose a person is in a story of many sentences, however well matched', () => {
    const owner = { coverage: 0.9, placeOwnsPerson: () => true };
    expect(refusingCheck(evidence({ ...owner, storySentences: SUPPORT_MIN_SENTENCES }))).toBe('placeOwnsPerson');
    expect(isCovered(evidence({ ...owner, storySentences: SUPPORT_MIN_SENTENCES, answered: false }))).toBe(true);
    expect(isCovered(evidence({ ...owner, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
  });
  it('refuses a figure counting another noun than the one asked in a story of many sentences, however well matched', () => {
    const other = { coverage: 0.9, countOfOtherNoun: () => true };
    expect(refusingCheck(evidence({ ...other, storySentences: SUPPORT_MIN_SENTENCES }))).toBe('countOfOtherNoun');
    expect(isCovered(evidence({ ...other, storySentences: SUPPORT_MIN_SENTENCES, answered: false }))).toBe(true);
    expect(isCovered(evidence({ ...other, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
  });
  it('refuses an answer from a sentence about another person than the one asked about in a story of many sentences', () => {
    const other = { coverage: 0.9, otherPerson: () => true };
    expect(isCovered(evidence({ ...other, storySentences: SUPPORT_MIN_SENTENCES }))).toBe(false);
    expect(refusingCheck(evidence({ ...other, storySentences: SUPPORT_MIN_SENTENCES }))).toBe('otherPerson');
    expect(isCovered(evidence({ ...other, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
  });
  it('refuses an answer from a sentence whose pronouns are of the other sex than the one asked about, in a story of many sentences', () => {
    const other = { coverage: 0.9, otherSexPronoun: () => true };
    expect(refusingCheck(evidence({ ...other, storySentences: SUPPORT_MIN_SENTENCES }))).toBe('otherSexPronoun');
    expect(isCovered(evidence({ ...other, storySentences: SUPPORT_MIN_SENTENCES, answered: false }))).toBe(true);
    expect(isCovered(evidence({ ...other, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
  });
  it('refuses a question naming what the story never names, short of full coverage or a sure answer', () => {
    const absent = { absentName: () => true };
    expect(isCovered(evidence({ ...absent, subjectBeside: () => true }))).toBe(false);
    expect(isCovered(evidence({ ...absent, answerInBest: true, detailsInAnswer: () => true }))).toBe(false);
    expect(isCovered(evidence({ ...absent, coverage: MIN_COVERAGE }))).toBe(true);
    // A sure answer covers it in a single paragraph, which seldom restates its article's names, not in a story of many.
    expect(isCovered(evidence({ ...absent, confidence: COVERED_BELOW_MIN, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
    expect(isCovered(evidence({ ...absent, confidence: COVERED_BELOW_MIN }))).toBe(false);
    expect(isCovered(evidence({ subjectBeside: () => true }))).toBe(true);
  });
  it('between the floor and the full match, wants a sure answer or the subject beside an answer of its kind', () => {
    expect(isCovered(evidence())).toBe(false);
    expect(isCovered(evidence({ confidence: 0.5 }))).toBe(true);
    expect(isCovered(evidence({ subjectBeside: () => true }))).toBe(true);
  });
  it('covers a question that wants no type when the best excerpt itself gives the phrase answer', () => {
    expect(isCovered(evidence({ untyped: true, answerInBest: true }))).toBe(true);
    expect(isCovered(evidence({ untyped: true, answerInBest: false }))).toBe(false);
    // A typed question needs more than its answer coming from the best excerpt.
    expect(isCovered(evidence({ untyped: false, answerInBest: true }))).toBe(false);
  });
  it("covers a typed question when the best excerpt's answer sentence misses no detail the question gives", () => {
    expect(isCovered(evidence({ answerInBest: true, detailsInAnswer: () => true }))).toBe(true);
    expect(isCovered(evidence({ answerInBest: false, detailsInAnswer: () => true }))).toBe(false);
    expect(isCovered(evidence({ coverage: 0.2, answerInBest: true, detailsInAnswer: () => true }))).toBe(false);
  });
  it('below the full match, refuses what the rules cover when the support model finds the question not held', () => {
    const sure = { confidence: 0.5 };
    expect(isCovered(evidence({ ...sure, held: () => WELL_HELD }))).toBe(true);
    expect(isCovered(evidence({ ...sure, held: () => NOT_HELD }))).toBe(false);
    expect(isCovered(evidence({ subjectBeside: () => true, held: () => NOT_HELD }))).toBe(false);
    // At the full match the model is not asked (only another country named instead of the one asked about, a year the
    // story never writes or another year than the one asked about, a rare name the answer's article never writes, or a
    // lower excerpt's passage holding little of the question, counts there).
    expect(
      isCovered(
        evidence({
          coverage: MIN_COVERAGE,
          held: () => ({
            ...NOT_HELD,
            otherCountry: 0,
            yearAbsent: 0,
            figureAbsent: 0,
            otherYear: 0,
            rareNameOffArticle: 0,
            aroundHeld: LOWER_PASSAGE_MIN,
          }),
        }),
      ),
    ).toBe(true);
    // Nor of a story too small for the absence of a word to say much.
    expect(isCovered(evidence({ ...sure, held: () => NOT_HELD, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
  });
  it('in a story of many paragraphs, takes no phrase telling how something was done as sure below MIN_COVERAGE', () => {
    const manner = { coverage: 0.4, confidence: 0.5, untyped: true, answerInBest: true, mannerAsked: true };
    expect(coveringRule(evidence(manner))).toBe('sure');
    expect(refusingCheck(evidence(manner))).toBe('mannerSure');
    // The same sure phrase to a question asking something else is covered, and so is a typed answer.
    expect(isCovered(evidence({ ...manner, mannerAsked: false }))).toBe(true);
    expect(isCovered(evidence({ ...manner, untyped: false }))).toBe(true);
    // From MIN_COVERAGE the best excerpt holds the question, and a single paragraph's phrase is read as before.
    expect(isCovered(evidence({ ...manner, coverage: MIN_COVERAGE }))).toBe(true);
    expect(isCovered(evidence({ ...manner, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
  });
  it('in a story of many paragraphs, refuses a count whose answer sentence never names the counted noun, or a year it never writes', () => {
    const sure = { confidence: 0.5 };
    const countsOther = () => ({ ...WELL_HELD, countedMissing: 1 });
    expect(isCovered(evidence({ ...sure, held: countsOther }))).toBe(false);
    expect(isCovered(evidence({ ...sure, held: () => ({ ...WELL_HELD, countedMissing: 0.5 }) }))).toBe(true);
    // So is a question naming a year the story never writes.
    expect(isCovered(evidence({ ...sure, held: () => ({ ...WELL_HELD, yearAbsent: 1 }) }))).toBe(false);
    // And one whose answer's sentence names only the other sex than the one asked about.
    expect(isCovered(evidence({ ...sure, held: () => ({ ...WELL_HELD, otherSex: 1 }) }))).toBe(false);
    expect(isCovered(evidence({ ...sure, held: () => ({ ...WELL_HELD, otherSex: 1 }), storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(
      true,
    );
    // And one whose answer's sentence names only another country than the one asked about: up to NAME_RUN_COVERAGE.
    const otherLand = () => ({ ...WELL_HELD, otherCountry: 1 });
    expect(isCovered(evidence({ ...sure, held: otherLand }))).toBe(false);
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, held: otherLand }))).toBe(false);
    expect(isCovered(evidence({ coverage: NAME_RUN_COVERAGE, held: otherLand }))).toBe(true);
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, held: otherLand, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
    // And one answered from a lower excerpt whose article never writes a rare name of the question, up to NAME_RUN_COVERAGE.
    const offArticle = () => ({ ...WELL_HELD, rareNameMissing: 1, rareNameOffArticle: 1 });
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, held: offArticle }))).toBe(false);
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, held: offArticle, answerInBest: true }))).toBe(true);
    expect(isCovered(evidence({ coverage: NAME_RUN_COVERAGE, held: offArticle }))).toBe(true);
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, held: offArticle, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
    // And one naming a year the story never writes, up to NAME_RUN_COVERAGE as well.
    const unwrittenYear = () => ({ ...WELL_HELD, yearAbsent: 1 });
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, held: unwrittenYear }))).toBe(false);
    expect(isCovered(evidence({ coverage: NAME_RUN_COVERAGE, held: unwrittenYear }))).toBe(true);
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, held: unwrittenYear, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
    // And one naming a small figure the story never writes, below MIN_COVERAGE and up to NAME_RUN_COVERAGE.
    const unwrittenFigure = () => ({ ...WELL_HELD, figureAbsent: 1 });
    expect(isCovered(evidence({ ...sure, held: unwrittenFigure }))).toBe(false);
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, held: unwrittenFigure }))).toBe(false);
    expect(isCovered(evidence({ coverage: NAME_RUN_COVERAGE, held: unwrittenFigure }))).toBe(true);
    expect(isCovered(evidence({ ...sure, held: unwrittenFigure, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
    // And one whose answer's sentence dates another year than the one asked about, up to NAME_RUN_COVERAGE too.
    const anotherYear = () => ({ ...WELL_HELD, otherYear: 1 });
    expect(isCovered(evidence({ ...sure, held: anotherYear }))).toBe(false);
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, held: anotherYear }))).toBe(false);
    expect(isCovered(evidence({ coverage: NAME_RUN_COVERAGE, held: anotherYear }))).toBe(true);
    expect(isCovered(evidence({ ...sure, held: anotherYear, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
    // And one answered from a fragment, a line of a list: in a story of many paragraphs, below the full match.
    const fromFragment = () => ({ ...WELL_HELD, fragment: 1 });
    expect(isCovered(evidence({ ...sure, held: fromFragment }))).toBe(false);
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, held: fromFragment }))).toBe(true);
    expect(isCovered(evidence({ ...sure, held: fromFragment, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
    // At the full match, and in a single paragraph, the count stands.
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, held: countsOther }))).toBe(true);
    expect(isCovered(evidence({ ...sure, held: countsOther, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
  });
  it('in a story of many paragraphs, refuses a question whose name of several words no candidate excerpt holds together', () => {
    const sure = { confidence: 0.5 };
    expect(isCovered(evidence({ ...sure, unwrittenName: () => true }))).toBe(false);
    expect(isCovered(evidence({ ...sure, unwrittenName: () => false }))).toBe(true);
    // So at the full match up to NAME_RUN_COVERAGE; above it, and in a single paragraph, the answer stands.
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, unwrittenName: () => true }))).toBe(false);
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, unwrittenName: () => false }))).toBe(true);
    expect(isCovered(evidence({ coverage: NAME_RUN_COVERAGE, unwrittenName: () => true }))).toBe(true);
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, unwrittenName: () => true, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(
      true,
    );
    expect(isCovered(evidence({ ...sure, unwrittenName: () => true, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
  });
  it('in a story of many paragraphs, refuses an answer from a lower excerpt whose passage holds little of the question, at any coverage', () => {
    const lower = { coverage: 1, answerInBest: false };
    const passage = (aroundHeld: number) => () => ({ ...WELL_HELD, aroundHeld });
    expect(isCovered(evidence({ ...lower, held: passage(LOWER_PASSAGE_MIN - 0.01) }))).toBe(false);
    expect(isCovered(evidence({ ...lower, held: passage(LOWER_PASSAGE_MIN) }))).toBe(true);
    // From the best excerpt, or in a single paragraph, the answer stands.
    expect(isCovered(evidence({ coverage: 1, answerInBest: true, held: passage(0) }))).toBe(true);
    expect(isCovered(evidence({ ...lower, held: passage(0), storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
  });
  it('in a story of many paragraphs, refuses up to NAME_RUN_COVERAGE a phrase answer whose sentence holds little of the question', () => {
    const phrase = { coverage: MIN_COVERAGE, untyped: true, answerInBest: true };
    const sentence = (answerHeld: number) => () => ({ ...WELL_HELD, answerHeld });
    expect(refusingCheck(evidence({ ...phrase, held: sentence(PHRASE_HELD_MIN - 0.01) }))).toBe('phraseHeld');
    expect(isCovered(evidence({ ...phrase, held: sentence(PHRASE_HELD_MIN) }))).toBe(true);
    // A typed answer, a match from NAME_RUN_COVERAGE up, or a single paragraph's phrase stands.
    expect(isCovered(evidence({ ...phrase, untyped: false, held: sentence(0) }))).toBe(true);
    expect(isCovered(evidence({ ...phrase, coverage: NAME_RUN_COVERAGE, held: sentence(0) }))).toBe(true);
    expect(isCovered(evidence({ ...phrase, held: sentence(0), storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
  });
  it('in a story of many paragraphs, refuses an answer to a question naming what the story never writes, up to NAME_RUN_COVERAGE', () => {
    const absent = { absentName: () => true, absentSpelledName: () => true };
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, ...absent }))).toBe(false);
    // An abbreviation the story may spell out ("TV") does not stop a typed answer; above NAME_RUN_COVERAGE nothing does.
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, absentName: () => true }))).toBe(true);
    expect(isCovered(evidence({ coverage: NAME_RUN_COVERAGE, ...absent }))).toBe(true);
    expect(isCovered(evidence({ coverage: MIN_COVERAGE, ...absent, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
  });
  it('reads the support model it is given, its features rising with what the story holds', () => {
    const model: SupportModel = { bias: 0, weights: { coverage: 0, answerHeld: 1, absent: 0, namesAbsent: -10 } };
    expect(supportProbability(model, supportFeatures(0.3, WELL_HELD))).toBeGreaterThan(SUPPORT_MIN);
    expect(isCovered(evidence({ confidence: 0.5, held: () => NOT_HELD }), model)).toBe(false);
    const committed = committedSupportModel();
    expect(supportProbability(committed, supportFeatures(0.3, WELL_HELD))).toBeGreaterThan(
      supportProbability(committed, supportFeatures(0.3, NOT_HELD)),
    );
  });
  it('names the rule that covers a question below the full match', () => {
    expect(coveringRule(evidence({ confidence: 0.5 }))).toBe('sure');
    expect(coveringRule(evidence({ untyped: true, answerInBest: true }))).toBe('phrase');
    expect(coveringRule(evidence({ answerInBest: true, detailsInAnswer: () => true }))).toBe('details');
    expect(coveringRule(evidence({ subjectBeside: () => true }))).toBe('subject');
    expect(coveringRule(evidence())).toBeUndefined();
  });
  it("takes no subject evidence from a long story's topic, written all through it", () => {
    // A story that names its topic in every other sentence names it beside things of every kind.
    const topical = { subjectBeside: () => true, subjectTopical: () => true };
    expect(coveringRule(evidence(topical))).toBeUndefined();
    expect(isCovered(evidence(topical))).toBe(false);
    // A single paragraph writes everything it is about in most of its sentences: there the rule still reads it.
    expect(coveringRule(evidence({ ...topical, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe('subject');
    // A sure answer needs no subject evidence.
    expect(coveringRule(evidence({ ...topical, confidence: 0.5 }))).toBe('sure');
  });
  it("covers a single paragraph's typed question whose answer's sentence holds its rarest words", () => {
    // The paragraph never writes half the question's words, so that no rule but 'rarest' reads it.
    const rarest = (sentenceHeld: number): HeldWords => ({
      ...WELL_HELD,
      absent: 0.5,
      sentenceHeld,
      answerHeld: sentenceHeld,
      rarestHeld: 1,
    });
    const paragraph = { answerInBest: true, storySentences: 8, held: () => rarest(RAREST_SENTENCE_MIN) };
    expect(coveringRule(evidence(paragraph))).toBe('rarest');
    expect(isCovered(evidence(paragraph))).toBe(true);
    // Not from a lower excerpt, nor when the sentence holds too little of the question, nor below the floor.
    expect(coveringRule(evidence({ ...paragraph, answerInBest: false }))).toBeUndefined();
    expect(coveringRule(evidence({ ...paragraph, held: () => rarest(RAREST_SENTENCE_MIN - 0.05) }))).toBeUndefined();
    expect(coveringRule(evidence({ ...paragraph, held: () => ({ ...rarest(0.6), rarestHeld: 0 }) }))).toBeUndefined();
    expect(isCovered(evidence({ ...paragraph, coverage: MIN_COVERAGE_FLOOR - 0.05 }))).toBe(false);
    // In a story of many paragraphs it covers nothing.
    expect(isCovered(evidence({ ...paragraph, storySentences: SUPPORT_MIN_SENTENCES }), flatSupport(0.9))).toBe(false);
  });
  it('covers a single paragraph that writes nearly every word of the question over several sentences', () => {
    // "What trade did the quay Orla Tellin opened serve?" of a paragraph telling it in two sentences: the answer's
    // sentence holds a third of the question, the paragraph all but one of its eight words.
    const spread: HeldWords = { ...NOT_HELD, sentenceHeld: 0.3, answerHeld: 0.3, aroundHeld: 0.6, absent: 0.125 };
    const paragraph = { coverage: 0.3, storySentences: 6, held: () => spread };
    expect(coveringRule(evidence(paragraph))).toBe('written');
    expect(refusingCheck(evidence(paragraph))).toBeUndefined();
    // A paragraph on another part of the topic, never writing the fact's words, stays refused.
    expect(refusingCheck(evidence({ ...paragraph, held: () => ({ ...spread, absent: WRITTEN_ABSENT_MAX + 0.1 }) }))).toBe('noRule');
    // Nor below the floor, nor unanswered, nor in a long story, where most words are written somewhere.
    expect(refusingCheck(evidence({ ...paragraph, coverage: MIN_COVERAGE_FLOOR - 0.05 }))).toBe('noRule');
    expect(refusingCheck(evidence({ ...paragraph, answered: false }))).toBe('unanswered');
    expect(coveringRule(evidence({ ...paragraph, storySentences: SUPPORT_MIN_SENTENCES }))).toBeUndefined();
    expect(refusingCheck(evidence({ ...paragraph, storySentences: SUPPORT_MIN_SENTENCES }))).toBe('noRule');
  });
  it("in a story of many paragraphs, wants more support for the best excerpt's phrase answer than for a sure one", () => {
    // A model giving every question the same support, between the two thresholds.
    const between = (SUPPORT_MIN + SUPPORT_MIN_PHRASE) / 2;
    const flat = flatSupport(between);
    expect(isCovered(evidence({ untyped: true, answerInBest: true }), flat)).toBe(false);
    expect(isCovered(evidence({ confidence: COVERED_BELOW_MIN }), flat)).toBe(true);
    // The subject beside an answer of its kind, or the answer's sentence holding the details, is as weak as a phrase.
    expect(isCovered(evidence({ subjectBeside: () => true }), flat)).toBe(false);
    expect(isCovered(evidence({ answerInBest: true, detailsInAnswer: () => true }), flat)).toBe(false);
    expect(isCovered(evidence({ subjectBeside: () => true }), flatSupport(SUPPORT_MIN_PHRASE + 0.01))).toBe(true);
    // A single paragraph is not weighed.
    expect(isCovered(evidence({ untyped: true, answerInBest: true, storySentences: SUPPORT_MIN_SENTENCES - 1 }), flat)).toBe(true);
  });
  it("weighs a phrase answer's confidence with its support", () => {
    const phrase = { untyped: true, answerInBest: true };
    const justEnough = flatSupport(SUPPORT_MIN_PHRASE + 0.02);
    expect(isCovered(evidence({ ...phrase, confidence: PHRASE_CONFIDENCE }), justEnough)).toBe(true);
    expect(isCovered(evidence({ ...phrase, confidence: PHRASE_CONFIDENCE / 2 }), justEnough)).toBe(false);
    // A surer phrase does not make up for support below SUPPORT_MIN_PHRASE; a well-supported doubtful one is covered.
    expect(isCovered(evidence({ ...phrase, confidence: 0.39 }), flatSupport(SUPPORT_MIN_PHRASE - 0.02))).toBe(false);
    expect(isCovered(evidence({ ...phrase, confidence: PHRASE_CONFIDENCE / 2 }), flatSupport(0.6))).toBe(true);
  });
  it('in a story of many paragraphs, refuses a phrase answer whose own sentence holds little of the question', () => {
    const phrase = { untyped: true, answerInBest: true, confidence: 0.3 };
    const sure = flatSupport(0.9);
    const held = (sentenceHeld: number) => () => ({ ...WELL_HELD, sentenceHeld });
    expect(isCovered(evidence({ ...phrase, held: held(PHRASE_SENTENCE_MIN) }), sure)).toBe(true);
    // The sentence before held the rest (answerHeld 0.8): the phrase's own sentence is not about the question.
    expect(isCovered(evidence({ ...phrase, held: held(PHRASE_SENTENCE_MIN - 0.05) }), sure)).toBe(false);
    // A single paragraph is not weighed so; nor is a typed answer the confidence model is sure of, from the best excerpt.
    expect(isCovered(evidence({ ...phrase, held: held(0), storySentences: SUPPORT_MIN_SENTENCES - 1 }), sure)).toBe(true);
    expect(isCovered(evidence({ confidence: 0.6, answerInBest: true, held: held(0) }), sure)).toBe(true);
  });
  it('in a story of many paragraphs, refuses a sure answer from a lower excerpt whose own sentence holds almost none of the question', () => {
    const sure = { confidence: 0.6 };
    const held = (sentenceHeld: number) => () => ({ ...WELL_HELD, sentenceHeld });
    expect(isCovered(evidence({ ...sure, held: held(LOWER_SURE_SENTENCE_MIN) }))).toBe(true);
    expect(isCovered(evidence({ ...sure, held: held(LOWER_SURE_SENTENCE_MIN - 0.02) }))).toBe(false);
    // From the best excerpt, in a single paragraph, or at the full match, the answer stands.
    expect(isCovered(evidence({ ...sure, answerInBest: true, held: held(0) }))).toBe(true);
    expect(isCovered(evidence({ ...sure, held: held(0), storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
    expect(isCovered(evidence({ ...sure, coverage: MIN_COVERAGE, held: held(0) }))).toBe(true);
  });
  it('in a story of many paragraphs, refuses up to NAME_RUN_COVERAGE a question wanting no type that names what the story never writes', () => {
    const phrase = { untyped: true, answerInBest: true, absentName: () => true };
    expect(isCovered(evidence({ ...phrase, coverage: MIN_COVERAGE }))).toBe(false);
    expect(isCovered(evidence({ ...phrase, coverage: MIN_COVERAGE, absentName: () => false }))).toBe(true);
    // A typed question, a full match above NAME_RUN_COVERAGE, or a single paragraph: covered.
    expect(isCovered(evidence({ ...phrase, untyped: false, coverage: MIN_COVERAGE }))).toBe(true);
    expect(isCovered(evidence({ ...phrase, coverage: NAME_RUN_COVERAGE }))).toBe(true);
    expect(isCovered(evidence({ ...phrase, coverage: MIN_COVERAGE, storySentences: SUPPORT_MIN_SENTENCES - 1 }))).toBe(true);
  });
  it("in a story of many paragraphs, holds the subject and details rules to a phrase's sentence floor", () => {
    const sure = flatSupport(0.9);
    const held = (sentenceHeld: number) => () => ({ ...WELL_HELD, sentenceHeld });
    const subject = { subjectBeside: () => true };
    const details = { answerInBest: true, detailsInAnswer: () => true };
    expect(isCovered(evidence({ ...subject, held: held(PHRASE_SENTENCE_MIN) }), sure)).toBe(true);
    expect(isCovered(evidence({ ...subject, held: held(PHRASE_SENTENCE_MIN - 0.05) }), sure)).toBe(false);
    expect(isCovered(evidence({ ...details, held: held(PHRASE_SENTENCE_MIN) }), sure)).toBe(true);
    expect(isCovered(evidence({ ...details, held: held(PHRASE_SENTENCE_MIN - 0.05) }), sure)).toBe(false);
    expect(isCovered(evidence({ ...subject, held: held(0), storySentences: SUPPORT_MIN_SENTENCES - 1 }), sure)).toBe(true);
  });
  it('in a story of many paragraphs, refuses an answer whose article lacks most of what the story writes of the question', () => {
    const phrase = { untyped: true, answerInBest: true, confidence: 0.3 };
    const subject = { subjectBeside: () => true };
    const sureAnswer = { confidence: 0.6, answerInBest: true };
    const sure = flatSupport(0.9);
    const off = (offArticle: number) => () => ({ ...WELL_HELD, offArticle });
    expect(isCovered(evidence({ ...phrase, held: off(OFF_ARTICLE_MAX - 0.05) }), sure)).toBe(true);
    expect(isCovered(evidence({ ...phrase, held: off(OFF_ARTICLE_MAX) }), sure)).toBe(false);
    expect(isCovered(evidence({ ...subject, held: off(OFF_ARTICLE_MAX) }), sure)).toBe(false);
    expect(isCovered(evidence({ ...sureAnswer, held: off(OFF_ARTICLE_MAX - 0.05) }), sure)).toBe(true);
    expect(isCovered(evidence({ ...sureAnswer, held: off(OFF_ARTICLE_MAX) }), sure)).toBe(false);
    // A single paragraph and a full match are not weighed so.
    expect(isCovered(evidence({ ...phrase, held: off(1), storySentences: SUPPORT_MIN_SENTENCES - 1 }), sure)).toBe(true);
    expect(isCovered(evidence({ ...phrase, held: off(1), coverage: MIN_COVERAGE }), sure)).toBe(true);
  });
  it('in a story of many paragraphs, refuses a weakly matched answer whose article lacks a thing of the question another article reports', () => {
    const sure = { confidence: 0.6, answerInBest: true };
    const weak = { bestScore: OFF_ARTICLE_NOUN_SCORE - 0.05, offArticleNoun: () => true };
    const off = (offArticle: number) => () => ({ ...WELL_HELD, offArticle });
    const model = flatSupport(0.9);
    expect(refusingCheck(evidence({ ...sure, ...weak, held: off(OFF_ARTICLE_NOUN_SHARE) }), model)).toBe('offArticleNoun');
    // From MIN_COVERAGE too: the match is of the topic's words.
    expect(refusingCheck(evidence({ ...sure, ...weak, coverage: 0.8, held: off(OFF_ARTICLE_NOUN_SHARE) }), model)).toBe('offArticleNoun');
    // Each condition alone is not enough: a strong best excerpt, little of the question off the article, no noun off it.
    expect(isCovered(evidence({ ...sure, ...weak, bestScore: OFF_ARTICLE_NOUN_SCORE, held: off(OFF_ARTICLE_NOUN_SHARE) }), model)).toBe(
      true,
    );
    expect(isCovered(evidence({ ...sure, ...weak, held: off(OFF_ARTICLE_NOUN_SHARE - 0.05) }), model)).toBe(true);
    expect(isCovered(evidence({ ...sure, ...weak, offArticleNoun: () => false, held: off(OFF_ARTICLE_NOUN_SHARE) }), model)).toBe(true);
    // A single paragraph is not weighed so, nor a question left unanswered at a full match.
    const short = { storySentences: SUPPORT_MIN_SENTENCES - 1 };
    expect(isCovered(evidence({ ...sure, ...weak, ...short, held: off(OFF_ARTICLE_NOUN_SHARE) }), model)).toBe(true);
    expect(isCovered(evidence({ ...weak, coverage: 0.8, answered: false, held: off(OFF_ARTICLE_NOUN_SHARE) }), model)).toBe(true);
  });
  it('in a story of many paragraphs, refuses a weakly matched question naming a thing the story never writes', () => {
    const sure = { confidence: 0.6, answerInBest: true };
    const weak = { bestScore: ABSENT_NOUN_SCORE - 0.05, absentNoun: () => true };
    const model = flatSupport(0.9);
    expect(refusingCheck(evidence({ ...sure, ...weak }), model)).toBe('absentNoun');
    expect(refusingCheck(evidence({ untyped: true, answerInBest: true, confidence: 0.3, ...weak }), model)).toBe('absentNoun');
    // A strong best excerpt, a thing the story gives, a match from MIN_COVERAGE and a single paragraph are not weighed so.
    expect(isCovered(evidence({ ...sure, ...weak, bestScore: ABSENT_NOUN_SCORE }), model)).toBe(true);
    expect(isCovered(evidence({ ...sure, ...weak, absentNoun: () => false }), model)).toBe(true);
    expect(isCovered(evidence({ ...sure, ...weak, coverage: MIN_COVERAGE }), model)).toBe(true);
    expect(isCovered(evidence({ ...sure, ...weak, storySentences: SUPPORT_MIN_SENTENCES - 1 }), model)).toBe(true);
  });
  it('in a story of many paragraphs, refuses a phrase answer whose passage holds little of the question', () => {
    const phrase = { untyped: true, answerInBest: true, confidence: 0.3 };
    const model = flatSupport(0.9);
    // The sentence holds a quarter of the question; its neighbours and their paraphrases add little or enough.
    const around = (aroundHeld: number) => () => ({ ...WELL_HELD, sentenceHeld: PHRASE_SENTENCE_MIN, aroundHeld });
    expect(refusingCheck(evidence({ ...phrase, held: around(PHRASE_PASSAGE_MIN - 0.05) }), model)).toBe('phrasePassage');
    expect(isCovered(evidence({ ...phrase, held: around(PHRASE_PASSAGE_MIN) }), model)).toBe(true);
    // A typed answer, a full match and a single paragraph are not weighed so.
    expect(isCovered(evidence({ confidence: 0.6, held: around(PHRASE_PASSAGE_MIN - 0.05) }), model)).toBe(true);
    expect(isCovered(evidence({ ...phrase, coverage: MIN_COVERAGE, held: around(0) }), model)).toBe(true);
    const short = { storySentences: SUPPORT_MIN_SENTENCES - 1 };
    expect(isCovered(evidence({ ...phrase, ...short, held: around(PHRASE_PASSAGE_MIN - 0.05) }), model)).toBe(true);
  });
  it('in a story of many paragraphs, refuses a phrase answer whose sentence lacks a particular the question names', () => {
    const phrase = { untyped: true, answerInBest: true, confidence: 0.3 };
    const sure = flatSupport(0.9);
    const missing = () => ({ ...WELL_HELD, rareNameMissing: 1 });
    expect(isCovered(evidence({ ...phrase }), sure)).toBe(true);
    expect(isCovered(evidence({ ...phrase, held: missing }), sure)).toBe(false);
    // A single paragraph is not weighed so; nor is a typed answer the confidence model is sure of, nor a full match.
    expect(isCovered(evidence({ ...phrase, held: missing, storySentences: SUPPORT_MIN_SENTENCES - 1 }), sure)).toBe(true);
    expect(isCovered(evidence({ confidence: 0.6, held: missing }), sure)).toBe(true);
    expect(isCovered(evidence({ ...phrase, held: missing, coverage: MIN_COVERAGE }), sure)).toBe(true);
  });
  it('in a story of many paragraphs, refuses a sure phrase answer below NAME_RUN_COVERAGE whose sentence lacks a particular the question names', () => {
    const surePhrase = { untyped: true, answerInBest: true, confidence: COVERED_BELOW_MIN };
    const model = flatSupport(0.9);
    const missing = () => ({ ...WELL_HELD, rareNameMissing: 1 });
    expect(isCovered(evidence({ ...surePhrase }), model)).toBe(true);
    expect(refusingCheck(evidence({ ...surePhrase, held: missing }), model)).toBe('rareNameMissing');
    expect(refusingCheck(evidence({ ...surePhrase, coverage: MIN_COVERAGE, held: missing }), model)).toBe('rareNameMissing');
    // A typed sure answer, a doubtful phrase from MIN_COVERAGE, a match at NAME_RUN_COVERAGE and a single paragraph are not weighed so.
    expect(isCovered(evidence({ ...surePhrase, untyped: false, coverage: MIN_COVERAGE, held: missing }), model)).toBe(true);
    expect(isCovered(evidence({ ...surePhrase, confidence: 0.3, coverage: MIN_COVERAGE, held: missing }), model)).toBe(true);
    expect(isCovered(evidence({ ...surePhrase, coverage: NAME_RUN_COVERAGE, held: missing }), model)).toBe(true);
    expect(isCovered(evidence({ ...surePhrase, storySentences: SUPPORT_MIN_SENTENCES - 1, held: missing }), model)).toBe(true);
  });
  it('in a story of many paragraphs, refuses a typed answer from a lower excerpt whose article has not named the particular asked about', () => {
    const sure = flatSupport(0.9);
    const typed = { confidence: 0.6, answerInBest: false };
    const unnamed = () => ({ ...WELL_HELD, rareNameBefore: 1 });
    expect(isCovered(evidence({ ...typed }), sure)).toBe(true);
    expect(refusingCheck(evidence({ ...typed, held: unnamed }), sure)).toBe('rareNameBefore');
    // An answer from the best excerpt, a phrase answer, a full match and a single paragraph are not weighed so.
    expect(isCovered(evidence({ ...typed, answerInBest: true, held: unnamed }), sure)).toBe(true);
    expect(refusingCheck(evidence({ ...typed, untyped: true, held: unnamed }), sure)).not.toBe('rareNameBefore');
    expect(isCovered(evidence({ ...typed, coverage: MIN_COVERAGE, held: unnamed }), sure)).toBe(true);
    expect(isCovered(evidence({ ...typed, storySentences: SUPPORT_MIN_SENTENCES - 1, held: unnamed }), sure)).toBe(true);
  });
  it("in a story of many paragraphs, refuses below the full match a question whose best excerpt's score says it matches only the topic", () => {
    const phrase = { untyped: true, answerInBest: true, confidence: 0.3 };
    const sure = flatSupport(0.9);
    expect(isCovered(evidence({ ...phrase, bestScore: BEST_SCORE_MIN }), sure)).toBe(true);
    expect(isCovered(evidence({ ...phrase, bestScore: BEST_SCORE_MIN - 0.05 }), sure)).toBe(false);
    // A best excerpt scoring 2.1 still matches only the topic's words.
    expect(isCovered(evidence({ ...phrase, bestScore: 2.1 }), sure)).toBe(false);
    // So for a sure typed answer, or the subject beside an answer of its kind.
    expect(isCovered(evidence({ confidence: 0.6, bestScore: BEST_SCORE_MIN }), sure)).toBe(true);
    expect(isCovered(evidence({ confidence: 0.6, bestScore: BEST_SCORE_MIN - 0.05 }), sure)).toBe(false);
    expect(isCovered(evidence({ subjectBeside: () => true, bestScore: BEST_SCORE_MIN - 0.05 }), sure)).toBe(false);
    // A single paragraph is not weighed so, nor the full match.
    expect(isCovered(evidence({ ...phrase, bestScore: 1, storySentences: SUPPORT_MIN_SENTENCES - 1 }), sure)).toBe(true);
    expect(isCovered(evidence({ ...phrase, coverage: MIN_COVERAGE, bestScore: 1 }), sure)).toBe(true);
  });
  it('reads a question below the floor only in a small story', () => {
    const below = { coverage: MIN_COVERAGE_FLOOR / 2, untyped: true, subjectBeside: () => true };
    const sure: SupportModel = { bias: 10, weights: { coverage: 0, answerHeld: 0, absent: 0, namesAbsent: 0 } };
    expect(isCovered(evidence({ ...below, storySentences: SUPPORT_MIN_SENTENCES - 1 }), sure)).toBe(true);
    expect(isCovered(evidence({ ...below, storySentences: SUPPORT_MIN_SENTENCES }), sure)).toBe(false);
  });
  it('does not walk the excerpts when cheaper evidence decides', () => {
    const walked: string[] = [];
    isCovered(
      evidence({
        coverage: 0.6,
        subjectBeside: () => {
          walked.push('subject');
          return true;
        },
      }),
    );
    expect(walked).toEqual([]);
  });
});
