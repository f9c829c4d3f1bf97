import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import {
  alignWeights,
  CANDIDATE_FEATURES,
  type CandidateFacts,
  candidateClass,
  candidateFeatures,
  candidateScore,
  candidateWeights,
  questionClass,
  useHandWeights,
} from '../../src/answer/candidateModel.js';
import { linearScore } from '../../src/answer/linearModel.js';
import { countsAsked } from '../../src/answer/amountSpan.js';
import { observeExtraction, type ObservedCandidate } from '../../src/answer/extractAnswer.js';
import { fitsKind } from '../../src/answer/mentions.js';
import { termOf } from '../../src/search/terms.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented story: a sculling final in an invented town. */
const ARTICLES: Article[] = [
  {
    id: 'final',
    title: 'Sculling final',
    titleGiven: true,
    published: '2023-05-14',
    file: 'final.md',
    body: 'Mara Lind won the regional sculling final in Kellstad on Sunday. Lind extended her winning streak to 17 after the final. Tessa Vogel finished second.',
  },
  {
    id: 'crowd',
    title: 'Crowd',
    titleGiven: true,
    published: '2023-05-15',
    file: 'crowd.md',
    body: 'Lind thanked the crowd at the Kellstad lake. Vogel said Lind was unbeatable this season.',
  },
  {
    id: 'stroke',
    title: 'Noise',
    titleGiven: true,
    published: '2023-05-16',
    file: 'stroke.md',
    body: 'A tired cyclist swerved during the last lap of the race.',
  },
];

let story: Story;
beforeAll(() => {
  story = buildStory(ARTICLES, 'candidates-fixture');
});

const FACTS: CandidateFacts = {
  score: 0.5,
  best: 0.4,
  topScore: 0.5,
  near: 0.6,
  rankWeight: 1,
  role: 1,
  typeFit: 1,
  sentences: 2,
  articles: 1,
  from: 0,
  groups: 6,
  words: 2,
  questionWordShare: 0,
  questionEdge: false,
  questionHead: false,
  questionPossessor: false,
  leftMatch: true,
  rightMatch: false,
  left2: false,
  right2: false,
  gap: 0,
  position: 'after',
  coverage: 0.8,
  focusIn: false,
  hasDigit: false,
  capitalised: true,
  previous: 'by',
  objectOfVerb: false,
  subjectOfVerb: false,
  afterVerbPreposition: false,
  agent: false,
  counts: false,
  ordinal: false,
  commaBetween: false,
  clauseShare: 0,
  rareGap: 2,
  headProper: true,
  head: 'proper',
  copulaBefore: false,
  copulaAfterQuestion: false,
  copulaBeforeQuestion: false,
  named: false,
  beforeVerb: false,
  bigramLeft: false,
  bigramRight: false,
  bigramSentence: false,
  spanClass: 'person',
  focusClass: 'none',
  focusNounAfter: false,
  describesNoun: false,
  focusNounBefore: false,
  subtype: false,
  lastTermLeft: false,
  firstTermRight: false,
  clauseSubject: false,
  clauseObject: false,
  passiveSubject: false,
  subjectFrame: false,
  passiveFrame: false,
  objectFrame: false,
  questionPreposition: false,
  verbQuestionPreposition: false,
  pronoun: false,
  typed: 1,
  person: 'none',
  cls: 'person',
  kind: 'person',
  wh: 'who',
  questionRole: 'any',
  patientAsked: false,
  list: false,
  several: 'none',
  listNamesAsked: false,
  appositionHeld: 0,
  quoted: false,
  openingSubjectHeld: 0,
  objectWritten: false,
  keptBy: 'none',
};

/** The short answer the hand weights give to a question about a one-sentence story (the mechanism alone, no fitted model). */
function handAnswer(body: string, question: string): string | undefined {
  const one = oneArticleStory('one', 'One', body);
  useHandWeights(true);
  try {
    return answerQuestion(one, question).answer?.text;
  } finally {
    useHandWeights(false);
  }
}

describe('candidate model features', () => {
  it('sets the focus-noun features, which the committed model weighs up', () => {
    const names = ['focusNounAfter', 'focusNounBefore'] as const;
    const x = candidateFeatures({ ...FACTS, focusNounAfter: true, focusNounBefore: true });
    const w = candidateWeights()!;
    for (const name of names) {
      expect(x[CANDIDATE_FEATURES.indexOf(name)]).toBe(1);
      expect(w[CANDIDATE_FEATURES.indexOf(name)]).toBeGreaterThan(0);
    }
    expect(candidateScore(w, { ...FACTS, focusNounAfter: true })).toBeGreaterThan(candidateScore(w, FACTS));
  });
  it('sets the describing-word features of a lone word, never of a value or a longer name, and the committed model weighs such a word down', () => {
    const at = (x: number[], name: string) => x[CANDIDATE_FEATURES.indexOf(name)];
    const name = { ...FACTS, cls: 'name', capitalised: true, kind: 'place', words: 1 } as const;
    const x = candidateFeatures({ ...name, describesNoun: true });
    const names = ['describesNoun', 'describesNounCapital', 'describesNounPlace', 'describesNounPerson'];
    expect(names.map((n) => at(x, n))).toEqual([1, 1, 1, 0]);
    const figure = candidateFeatures({ ...FACTS, cls: 'number', describesNoun: true });
    expect(at(figure, 'describesNoun')).toBe(0);
    expect(at(candidateFeatures({ ...name, words: 3, describesNoun: true }), 'describesNoun')).toBe(0);
    const w = candidateWeights()!;
    expect(candidateScore(w, { ...name, describesNoun: true })).toBeLessThan(candidateScore(w, name));
  });
  it('sets one person-phrase feature by whether the sentence names someone too, the committed model weighing the lone one up', () => {
    const at = (x: number[], name: string) => x[CANDIDATE_FEATURES.indexOf(name)];
    const alone = candidateFeatures({ ...FACTS, person: 'alone' });
    const beside = candidateFeatures({ ...FACTS, person: 'beside' });
    expect([at(alone, 'personPhrase'), at(alone, 'personPhraseBesideName')]).toEqual([1, 0]);
    expect([at(beside, 'personPhrase'), at(beside, 'personPhraseBesideName')]).toEqual([0, 1]);
    const w = candidateWeights()!;
    expect(candidateScore(w, { ...FACTS, person: 'alone' })).toBeGreaterThan(candidateScore(w, { ...FACTS, person: 'beside' }));
  });

  it('sets a list feature by how the question asks for several things, the committed model weighing a list up where a count or a plural noun asks', () => {
    const at = (x: number[], name: string) => x[CANDIDATE_FEATURES.indexOf(name)];
    const list = { ...FACTS, list: true };
    expect([
      at(candidateFeatures({ ...list, several: 'count' }), 'listCount'),
      at(candidateFeatures({ ...list, several: 'count' }), 'listPlural'),
    ]).toEqual([1, 0]);
    expect(at(candidateFeatures({ ...list, several: 'noun' }), 'listPlural')).toBe(1);
    for (const several of ['other', 'none'] as const)
      expect(['listCount', 'listPlural'].map((n) => at(candidateFeatures({ ...list, several }), n))).toEqual([0, 0]);
    expect(at(candidateFeatures({ ...FACTS, several: 'noun' }), 'listPlural')).toBe(0);
    const w = candidateWeights()!;
    expect(candidateScore(w, { ...list, several: 'noun' })).toBeGreaterThan(candidateScore(w, { ...list, several: 'none' }));
  });

  it('sets the list feature of a list naming a member the question writes, which the committed model weighs down', () => {
    const at = (x: number[], name: string) => x[CANDIDATE_FEATURES.indexOf(name)];
    expect(at(candidateFeatures({ ...FACTS, list: true, listNamesAsked: true }), 'listNamesAsked')).toBe(1);
    const w = candidateWeights()!;
    expect(candidateScore(w, { ...FACTS, list: true, listNamesAsked: true })).toBeLessThan(candidateScore(w, { ...FACTS, list: true }));
  });
  it("sets the question-word features of a common phrase's last word and of a possessor, which the committed model weighs down", () => {
    const at = (x: number[], name: string) => x[CANDIDATE_FEATURES.indexOf(name)];
    const phrase = { ...FACTS, cls: 'phrase', capitalised: false, words: 3 } as const;
    expect(at(candidateFeatures({ ...phrase, questionHead: true }), 'questionHead')).toBe(1);
    // A name keeps the question's word ("Harbour Arena"): no question head for it.
    expect(at(candidateFeatures({ ...phrase, capitalised: true, questionHead: true }), 'questionHead')).toBe(0);
    expect(at(candidateFeatures({ ...phrase, questionPossessor: true }), 'questionPossessor')).toBe(1);
    const w = candidateWeights()!;
    expect(candidateScore(w, { ...phrase, questionHead: true })).toBeLessThan(candidateScore(w, phrase));
    expect(candidateScore(w, { ...phrase, questionPossessor: true })).toBeLessThan(candidateScore(w, phrase));
  });

  it('tells a list naming a member the question writes from one naming none', () => {
    /** The listNamesAsked feature of each candidate the extractor weighed for a question about a one-sentence story. */
    const flags = (body: string, question: string) => {
      const one = oneArticleStory('one', 'One', body);
      const seen: ObservedCandidate[][] = [];
      observeExtraction({ candidates: (c) => seen.push(c) });
      try {
        answerQuestion(one, question);
      } finally {
        observeExtraction(undefined);
      }
      return new Map(seen[0]!.map((c) => [c.text, c.features[CANDIDATE_FEATURES.indexOf('listNamesAsked')]]));
    };
    // A question asking for a thing (no typed answer) weighs the sentence's noun phrases, the list among them whole: a
    // typed answer's candidates leave out the names the question writes, so no list of them holds one.
    const sold = flags('The guild sold wool and linen to the weavers of the valley.', 'What goods did the guild sell with the linen?');
    expect(sold.get('wool and linen')).toBe(1);
    expect(sold.get('wool')).toBe(0);
    const goods = flags('Wool and linen reached the weavers and dyers of the valley.', 'Which goods reached the dyers?');
    expect(goods.get('Wool and linen')).toBe(0);
  });

  it('weighs up a candidate whose apposition holds the question, as the extractor reads it', () => {
    const w = candidateWeights()!;
    expect(candidateScore(w, { ...FACTS, appositionHeld: 0.8 })).toBeGreaterThan(candidateScore(w, FACTS));
    const one = oneArticleStory('one', 'One', 'The guild sold Tolly, the oldest grain mill in the valley, to the Brim Weir company.');
    const seen: ObservedCandidate[][] = [];
    observeExtraction({ candidates: (c) => seen.push(c) });
    try {
      answerQuestion(one, 'What is the oldest grain mill in the valley?');
    } finally {
      observeExtraction(undefined);
    }
    const held = new Map(seen[0]!.map((c) => [c.text, c.features[CANDIDATE_FEATURES.indexOf('appositionHeld')]]));
    expect(held.get('Tolly')).toBeGreaterThan(0.5);
    expect(held.get('Brim Weir')).toBe(0);
  });

  it('weighs up a candidate written as a whole quotation, as the extractor reads it', () => {
    const w = candidateWeights()!;
    expect(candidateScore(w, { ...FACTS, quoted: true })).toBeGreaterThan(candidateScore(w, FACTS));
    const one = buildStory(
      [
        {
          id: 'one',
          title: 'One',
          titleGiven: true,
          file: 'one.md',
          body: 'Since the floods of 1888 the pilots of Orsk have called the narrow channel past the weir the "Tolly Gate".',
        },
      ],
      'quoted',
    );
    const seen: ObservedCandidate[][] = [];
    observeExtraction({ candidates: (c) => seen.push(c) });
    try {
      answerQuestion(one, 'What do the pilots call the narrow channel?');
    } finally {
      observeExtraction(undefined);
    }
    const quoted = new Map(seen[0]!.map((c) => [c.text, c.features[CANDIDATE_FEATURES.indexOf('quoted')]]));
    expect(quoted.get('Tolly Gate')).toBe(1);
    expect([...quoted.values()].filter((v) => v === 1)).toHaveLength(1);
  });

  it('weighs up the phrase opening a sentence whose rest holds the question, as the extractor reads it', () => {
    const w = candidateWeights()!;
    const thing = { ...FACTS, kind: 'other', cls: 'phrase' } as const;
    expect(candidateScore(w, { ...thing, openingSubjectHeld: 0.8 })).toBeGreaterThan(candidateScore(w, thing));
    // Not for a person opening the sentence, nor for a question asking for a person.
    expect(candidateScore(w, { ...thing, cls: 'person', openingSubjectHeld: 0.8 })).toBe(candidateScore(w, { ...thing, cls: 'person' }));
    expect(candidateScore(w, { ...thing, kind: 'person', openingSubjectHeld: 0.8 })).toBe(candidateScore(w, { ...thing, kind: 'person' }));
    const one = oneArticleStory('one', 'One', 'The Morning Gull carried the winter mail from Orsk to the harbour of Fort Mirela.');
    const seen: ObservedCandidate[][] = [];
    observeExtraction({ candidates: (c) => seen.push(c) });
    try {
      answerQuestion(one, 'What ship carried the winter mail to Fort Mirela?');
    } finally {
      observeExtraction(undefined);
    }
    const held = new Map(seen[0]!.map((c) => [c.text, c.features[CANDIDATE_FEATURES.indexOf('openingSubjectHeld')]]));
    expect(held.get('Morning Gull')).toBeGreaterThan(0.5);
    // The places after it stand inside the telling, and a phrase holding the question's words restates it.
    expect([...held].filter(([, v]) => v! > 0).map(([text]) => text)).toEqual(['Morning Gull']);
  });

  it('reads the opening phrase for a question asking a patient only where the sentence puts the patient first', () => {
    /** The openingSubjectHeld the extractor gives each candidate of `body` for `question`. */
    const heldFor = (body: string, question: string): Map<string, number | undefined> => {
      const seen: ObservedCandidate[][] = [];
      observeExtraction({ candidates: (c) => seen.push(c) });
      try {
        answerQuestion(oneArticleStory('one', 'One', body), question);
      } finally {
        observeExtraction(undefined);
      }
      return new Map(seen[0]!.map((c) => [c.text, c.features[CANDIDATE_FEATURES.indexOf('openingSubjectHeld')]]));
    };
    // An active sentence opens with the doer, not the thing a passive question asks for.
    const active = heldFor(
      'The Morning Gull carried the winter mail from Orsk to the harbour of Fort Mirela.',
      'What was carried to Fort Mirela?',
    );
    expect(active.get('Morning Gull')).toBe(0);
    const passive = heldFor(
      'The winter mail was carried by the Morning Gull from Orsk to the harbour of Fort Mirela.',
      'What was carried to Fort Mirela?',
    );
    expect(passive.get('winter mail')).toBeGreaterThan(0.5);
  });

  it('reads the opening word of a question, "how many" as one', () => {
    expect(questionClass('How many workers were hired?')).toBe('how many');
    expect(questionClass('Whom did she beat?')).toBe('who');
    expect(questionClass('won the final')).toBe('other');
  });
  it('folds entity types into classes and tells a name run from a noun phrase', () => {
    expect(candidateClass('MONEY', false)).toBe('number');
    expect(candidateClass('TIME', false)).toBe('date');
    expect(candidateClass('PHRASE', true)).toBe('name');
    expect(candidateClass('PHRASE', false)).toBe('phrase');
  });
  it("gives each candidate a vector of its own, zero wherever a feature is not set (one's features never leak into the next)", () => {
    const x = candidateFeatures(FACTS);
    x.fill(7);
    const y = candidateFeatures({ ...FACTS, agent: false, previous: 'of' });
    expect(y).not.toBe(x);
    expect(y[CANDIDATE_FEATURES.indexOf('byPerson')]).toBe(0);
    expect(y[CANDIDATE_FEATURES.indexOf('wh:who×place')]).toBe(0);
    expect(y.filter((v) => v === 7)).toEqual([]);
  });
  it('sets the wh-word × class and kind × class conjunctions and the passive agent', () => {
    const x = candidateFeatures(FACTS);
    const at = (name: string) => x[CANDIDATE_FEATURES.indexOf(name)];
    expect(x).toHaveLength(CANDIDATE_FEATURES.length);
    expect(at('wh:who×person')).toBe(1);
    expect(at('wh:who×place')).toBe(0);
    expect(at('kind:person×person')).toBe(1);
    expect(at('byPerson')).toBe(1);
    expect(at('words2')).toBe(1);
    expect(at('gap0')).toBe(1);
    expect(at('rareGap1to3')).toBe(1);
    expect(at('headProper')).toBe(1);
    expect(at('logScore')).toBeCloseTo(Math.log(0.5));
  });
  it('does not read a person after "by" as the answer of a question asking who a passive verb was done to', () => {
    const at = (x: number[], name: string) => x[CANDIDATE_FEATURES.indexOf(name)];
    expect(at(candidateFeatures(FACTS), 'byPerson')).toBe(1);
    expect(at(candidateFeatures({ ...FACTS, patientAsked: true }), 'byPerson')).toBe(0);
  });
  it('does not read a person after "by" as the answer of a question asking for its verb\'s object ("Who did Ada hire?")', () => {
    const at = (x: number[], name: string) => x[CANDIDATE_FEATURES.indexOf(name)];
    expect(at(candidateFeatures({ ...FACTS, questionRole: 'subject' }), 'byPerson')).toBe(1);
    expect(at(candidateFeatures({ ...FACTS, questionRole: 'object' }), 'byPerson')).toBe(0);
  });
  it('matches weights to features by name, a name it does not know weighing nothing', () => {
    const w = alignWeights({ features: ['logScore', 'no such feature', 'byPerson'], weights: [1, 5, 2] })!;
    expect(linearScore(w, candidateFeatures(FACTS))).toBeCloseTo(Math.log(0.5) + 2);
    expect(alignWeights({ features: ['bias'], weights: [] })).toBeNull();
  });
  it("scores a candidate as its feature vector scores, one candidate's features never counting for the next", () => {
    // A weight of its own for every feature, so a feature set or left over anywhere changes the score.
    const w = Float64Array.from(CANDIDATE_FEATURES, (_, i) => 1 + i / 7);
    const other: CandidateFacts = { ...FACTS, wh: 'where', kind: 'place', cls: 'place', head: 'noun', gap: 4, agent: false };
    expect(candidateScore(w, FACTS)).toBe(linearScore(w, candidateFeatures(FACTS)));
    expect(candidateScore(w, other)).toBe(linearScore(w, candidateFeatures(other)));
    expect(candidateScore(w, FACTS)).toBe(linearScore(w, candidateFeatures(FACTS)));
    expect(candidateScore(w, other)).not.toBe(candidateScore(w, FACTS));
  });
});

describe('candidates the story itself rules out', () => {
  it("answers no where-question with a person's name, nor a who-question with a place's", () => {
    expect(fitsKind(story, 'Lind', 'place')).toBe(false);
    // A name the story places only by the words around it, spelled as no place, may still answer who
    // (placeNameNotWho.test.ts); one spelled as a place may not.
    expect(fitsKind(story, 'Kellstad', 'person')).toBe(true);
    expect(fitsKind(story, 'England', 'person')).toBe(false);
    expect(fitsKind(story, 'Kellstad', 'place')).toBe(true);
    expect(fitsKind(story, 'Harbour Arena', 'place')).toBe(true);
    expect(fitsKind(story, 'Lind', 'date')).toBe(true);
  });
  it('answers a who-question with a noun phrase when no sentence near its words names anyone', () => {
    expect(answerQuestion(story, 'Who swerved during the last lap?').answer?.text).toContain('cyclist');
  });
  it('takes the agent of a passive verb for the one who acted', () => {
    const body = 'Governor Paul Marsh said on Monday that Tomas Reed was appointed by Mayor Ilse Brandt.';
    expect(handAnswer(body, 'Who appointed Tomas Reed?')).toBe('Ilse Brandt');
  });
  it('answers "what percentage" with a percentage though a count stands nearer', () => {
    const body = 'The council was backed by 1,200 residents, 30% of the town.';
    expect(handAnswer(body, 'What percentage of the town backed the council?')).toBe('30%');
  });
  it('reads "X and Y" and "of the" inside one noun phrase', () => {
    const fair = 'At the autumn fair the farmers sold bread and cheese.';
    expect(handAnswer(fair, 'What did the farmers sell at the autumn fair?')).toBe('bread and cheese');
    const hall = 'In the old hall the crowd cheered the singing of the choir.';
    expect(handAnswer(hall, 'What did the crowd in the old hall cheer?')).toBe('singing of the choir');
  });
  it('sees the counted noun of "how many miles" in a unit the amount already holds', () => {
    const text = 'The ferry travelled 97 km, or 60 miles, to Brisco.';
    const figure = (n: string) => ({ type: 'CARDINAL' as const, text: n, start: text.indexOf(n), end: text.indexOf(n) + n.length });
    const miles = new Set([termOf('miles')!]);
    expect(countsAsked(text, figure('60'), miles)).toBe(true);
    expect(countsAsked(text, figure('97'), miles)).toBe(false);
  });
  it('answers "how long is the streak" with a count when no span of time is found', () => {
    expect(answerQuestion(story, "How long is Lind's winning streak?").answer?.text).toBe('17');
  });
});
