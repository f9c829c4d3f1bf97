import { beforeAll, describe, expect, it } from 'vitest';
import { answerFirst, answerQuestion, answerUpTo, leadsWithAnswer, shownOrder, traceAnswer } from '../../src/answer/answerQuestion.js';
import {
  type ConfidenceModel,
  confidenceModel,
  FEATURES,
  isSole,
  probability,
  SHOWN_FEATURES,
  shownConfidence,
  UNITLESS_SHIFT,
} from '../../src/answer/confidence.js';
import type { CorroboratedSentence } from '../../src/answer/corroborate.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';
import { CANDIDATE_FEATURES } from '../../src/answer/candidateModel.js';
import { observeExtraction, usesQuestionVerb, type ObservedCandidate } from '../../src/answer/extractAnswer.js';
import type { Story } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented story: a rowing final, a mill sale, a storm, a bankrupt insurer. */
const ARTICLES: Article[] = [
  {
    id: 'rowing',
    title: 'Regional rowing final',
    titleGiven: true,
    published: '2023-05-14',
    file: 'rowing.md',
    body: 'Mara Lind beat Tessa Vogel in the regional sculling final on Sunday. The race on the Elbe lasted 41 minutes.\n\nVogel said she would race again next season.',
  },
  {
    id: 'mill',
    title: 'Council sells the old mill',
    titleGiven: true,
    published: '2023-05-12',
    file: 'mill.md',
    body: 'The council sold the old mill for $12m to a bakery chain. Officials said dozens of jobs would follow, and the bakery plans to hire 85 workers in Oakridge.',
  },
  {
    id: 'insurer',
    title: 'Insurer fails',
    titleGiven: true,
    published: '2023-05-10',
    file: 'insurer.md',
    body: 'Kestrel Mutual, a small regional insurer, declared bankruptcy on Monday. Its customers were told to contact the regulator.',
  },
];

let story: Story;
beforeAll(() => {
  story = buildStory(ARTICLES, 'evidence-fixture');
});

describe('answer by evidence', () => {
  it('answers "who did X beat" with the object and "who beat Y" with the subject', () => {
    expect(answerQuestion(story, 'Who did Mara Lind beat in the sculling final?').answer?.text).toContain('Vogel');
    expect(answerQuestion(story, 'Who beat Tessa Vogel in the sculling final?').answer?.text).toContain('Lind');
  });
  it('gives an amount with its currency and scale', () => {
    expect(answerQuestion(story, 'How much did the council sell the old mill for?').answer?.text).toBe('$12m');
  });
  it('prefers a figure to a vague amount', () => {
    expect(answerQuestion(story, 'How many workers will the bakery hire in Oakridge?').answer?.text).toBe('85');
  });
  it('answers a which-NOUN question with a name the tagger may not type', () => {
    expect(answerQuestion(story, 'Which insurer declared bankruptcy?').answer?.text).toContain('Kestrel Mutual');
  });
  it('answers how long with a span of time', () => {
    expect(answerQuestion(story, 'How long did the race on the Elbe last?').answer?.text).toBe('41 minutes');
  });
  it('says the story does not cover what no sentence supports, with confidence 0', () => {
    const a = answerQuestion(story, 'Who is the governor of the central bank?');
    expect(a.covered).toBe(false);
    expect(a.answer).toBeNull();
    expect(a.confidence).toBe(0);
  });
  it('reads the question through chat noise', () => {
    expect(answerQuestion(story, '<@123> @everyone **which insurer** declared bankruptcy? 😮').answer?.text).toContain('Kestrel Mutual');
  });
});

describe('names and dates that are not what they look like', () => {
  const small = oneArticleStory(
    'bio',
    'Profile',
    'Ana Duarte, who lives in the Spanish hill town of Ronda, started rowing at twelve. The favourite was the first rider to fall in the race, which ended on Monday.',
  );
  it('does not answer where with a demonym', () => {
    expect(answerQuestion(small, 'Where does Ana Duarte live?').answer?.text).toBe('Ronda');
  });
  it('does not read the verb "to fall" as the season', () => {
    expect(answerQuestion(small, 'When did the favourite crash out of the race?').answer?.text).toBe('Monday');
  });
});

describe('counts', () => {
  it('does not take the count of another verb ("killed 4 workers" for "how many were injured")', () => {
    const blast = oneArticleStory('blast', 'Blast', 'In Marlow the blast killed at least 4 workers and injured 17.');
    expect(answerQuestion(blast, 'How many workers were injured in Marlow?').answer?.text).toBe('17');
  });
});

describe('disagreement', () => {
  it('says so when another article gives a different amount for the same thing', () => {
    const talks = buildStory(
      [
        {
          id: 'one',
          title: 'Talks end',
          titleGiven: true,
          file: 'one.md',
          body: 'The harbour talks in Tallinn lasted five hours on Sunday.',
        },
        {
          id: 'two',
          title: 'Talks over',
          titleGiven: true,
          file: 'two.md',
          body: 'Officials said the harbour talks in Tallinn lasted four hours.',
        },
      ],
      'talks',
    );
    const text = answerQuestion(talks, 'How long did the harbour talks in Tallinn last?').answer?.text ?? '';
    expect(text).toMatch(/^(five|four) hours \(another article: (four|five) hours\)$/);
  });
});

describe('confidence', () => {
  it('is the committed logistic model of the evidence features, in [0, 1]', () => {
    const { answer, features } = traceAnswer(story, 'Who beat Tessa Vogel in the sculling final?');
    for (const f of FEATURES) expect(features[f]).toBeGreaterThanOrEqual(0);
    const p = probability(confidenceModel(), features);
    expect(answer.confidence).toBeCloseTo(shownConfidence(confidenceModel(), p, features), 2);
    expect(answer.confidence).toBeGreaterThan(0);
    expect(answer.confidence).toBeLessThanOrEqual(1);
  });
  it('rises with the evidence: more question words near the answer, a wider margin', () => {
    const model = confidenceModel();
    const base = Object.fromEntries(FEATURES.map((f) => [f, 0.5])) as Parameters<typeof probability>[1];
    expect(probability(model, { ...base, near: 0.9 })).toBeGreaterThan(probability(model, { ...base, near: 0.1 }));
    expect(probability(model, { ...base, margin: 0.9 })).toBeGreaterThan(probability(model, { ...base, margin: 0.1 }));
  });
});

describe('shownConfidence', () => {
  // The decision model alone (the committed model has a shown model of its own).
  const { shown: _shown, ...decisionModel } = confidenceModel();
  const base = Object.fromEntries(FEATURES.map((f) => [f, 0.5])) as Parameters<typeof probability>[1];
  const sole = { ...base, answered: 1, margin: 1 };
  const contested = { ...base, answered: 1, margin: 0.6 };
  it('shows the probability itself under a model without a shown model, a bare figure for "how far" UNITLESS_SHIFT less sure', () => {
    const shifted = (p: number, by: number) => 1 / (1 + Math.exp(-(Math.log(p / (1 - p)) + by)));
    expect(isSole(sole)).toBe(true);
    expect(isSole(contested)).toBe(false);
    expect(shownConfidence(decisionModel, 0.85, sole)).toBe(0.85);
    expect(shownConfidence(decisionModel, 0.85, contested, false)).toBe(0.85);
    expect(UNITLESS_SHIFT).toBeLessThan(0);
    expect(shownConfidence(decisionModel, 0.85, contested, true, true)).toBeCloseTo(shifted(0.85, UNITLESS_SHIFT), 6);
    expect(shownConfidence(decisionModel, 0.85, contested, true, true)).toBeLessThan(0.8);
  });
  it('lowers the answer shown, not the decisions: a bare figure to "how far" is still given, less sure', () => {
    const ask = (body: string) => {
      const mill = oneArticleStory('mill', 'Mill', body);
      const q = 'How far is the Tolly mill from Velden?';
      const { answer, features } = traceAnswer(mill, q);
      return { answer, p: probability(confidenceModel(), features) };
    };
    const bare = ask('The Tolly mill stands three blocks north of Velden.');
    expect(bare.answer.covered).toBe(true);
    expect(bare.answer.answer?.text).toBe('three');
    expect(bare.answer.confidence).toBeLessThan(bare.p - 0.05);
    const measured = ask('The Tolly mill stands 12 km north of Velden.');
    expect(measured.answer.answer?.text).toMatch(/12 km/);
    expect(measured.answer.confidence).toBeGreaterThan(measured.p - 0.05);
  });
  it("shows the shown model's own probability when the model has one: the evidence, a lone answer and a lower excerpt weighed", () => {
    const shownModel = {
      ...confidenceModel(),
      shown: { bias: -1, weights: { ...Object.fromEntries(SHOWN_FEATURES.map((f) => [f, 0])), coverage: 2, sole: -0.5, lower: -1 } },
    } as ConfidenceModel;
    const logistic = (z: number) => 1 / (1 + Math.exp(-z));
    // The probability the decisions read plays no part.
    expect(shownConfidence(shownModel, 0.2, contested)).toBeCloseTo(logistic(-1 + 2 * 0.5), 6);
    expect(shownConfidence(shownModel, 0.9, contested)).toBeCloseTo(logistic(-1 + 2 * 0.5), 6);
    expect(shownConfidence(shownModel, 0.9, sole)).toBeCloseTo(logistic(-1 + 2 * 0.5 - 0.5), 6);
    expect(shownConfidence(shownModel, 0.9, sole, false)).toBeCloseTo(logistic(-1 + 2 * 0.5 - 0.5 - 1), 6);
    expect(shownConfidence(shownModel, 0.9, contested, true, true)).toBeCloseTo(logistic(-1 + 2 * 0.5 + UNITLESS_SHIFT), 6);
  });
  it("is fitted into the committed model as a model of its own that weighs a lone answer and a lower excerpt's down", () => {
    const shown = confidenceModel().shown;
    expect(shown).toBeDefined();
    expect(shown?.weights.sole).toBeLessThan(0);
    expect(shown?.weights.lower).toBeLessThan(0);
  });
  it("shows a date from a sentence holding the whole question as sure (0.8 or more; 0.77 under the decision model's shifts)", () => {
    const { answer } = traceAnswer(story, 'When did Mara Lind beat Tessa Vogel?');
    expect(answer.covered).toBe(true);
    expect(answer.answer?.text).toMatch(/Sunday/);
    expect(answer.confidence).toBeGreaterThanOrEqual(0.8);
  });
  it("moves what the reader is shown, not the decisions: a sole answer's shown confidence is below its probability", () => {
    const sculling = buildStory(
      [
        {
          id: 'sculls',
          title: 'Sculling',
          titleGiven: true,
          published: '2023-05-14',
          file: 'sculls.md',
          body: 'The lake regatta drew large crowds. Ilse Marken won the single sculls at the lake regatta. Rain fell in the afternoon.',
        },
      ],
      'sculls',
    );
    const { answer, features } = traceAnswer(sculling, 'Who won the single sculls at the lake regatta?');
    expect(answer.answer?.text).toBe('Ilse Marken');
    expect(isSole(features)).toBe(true);
    expect(answer.confidence).toBeLessThan(probability(confidenceModel(), features) - 0.005);
  });
});

describe('answerFirst', () => {
  const sentence = (id: number, text: string) => ({
    id,
    text,
    articleId: `a${id}`,
    index: 1,
    paragraph: 0,
    start: 0,
    end: text.length,
    entities: [],
    tokens: [],
  });
  const group = (id: number, others: number[] = []): CorroboratedSentence => ({
    sentence: sentence(id, `s${id}`),
    score: 10 - id,
    coverage: 1,
    others: others.map((o) => ({ sentence: sentence(o, `s${o}`), score: 1, coverage: 1 })),
  });
  it("moves the excerpt holding the answer first, with the answer's own sentence as its face", () => {
    const groups = [group(0), group(1, [5])];
    const moved = answerFirst(groups, 5);
    expect(moved.map((g) => g.sentence.id)).toEqual([5, 0]);
    expect(moved[0]!.others.map((o) => o.sentence.id)).toEqual([1]);
    expect(answerFirst(groups, 0)).toEqual(groups);
  });
  it('moves the excerpt holding the answer up to a place, and leaves it where it stands above it', () => {
    const groups = [group(0), group(1), group(2), group(3, [6])];
    expect(answerUpTo(groups, 6, 2).map((g) => g.sentence.id)).toEqual([0, 1, 6, 2]);
    expect(answerUpTo(groups, 1, 2)).toEqual(groups);
  });
  it("never leaves the answer's excerpt off the first page: shown last on it when not moved first", () => {
    const groups = [group(0), group(1), group(2), group(3)];
    expect(shownOrder(groups, 3, false, 2, 0).map((g) => g.sentence.id)).toEqual([0, 3, 1, 2]);
    expect(shownOrder(groups, 3, true, 2, 0).map((g) => g.sentence.id)).toEqual([3, 0, 1, 2]);
    expect(shownOrder(groups, 1, false, 2, 0)).toEqual(groups);
  });
});

describe('leadsWithAnswer', () => {
  const sentence = (id: number, entities: { type: 'DATE' | 'PERSON'; text: string }[], text = `sentence ${'abcdef'[id]}`) => ({
    id,
    text,
    articleId: `a${id}`,
    index: 1,
    paragraph: 0,
    start: 0,
    end: 3,
    entities: entities.map((e) => ({ ...e, start: 0, end: 1 })),
    tokens: [],
  });
  const groups = (topEntities: { type: 'DATE' | 'PERSON'; text: string }[], scores: number[], topText?: string): CorroboratedSentence[] =>
    scores.map((score, id) => ({
      sentence: sentence(id, id === 0 ? topEntities : [{ type: 'DATE', text: 'May 2001' }], id === 0 ? topText : undefined),
      score,
      coverage: 1,
      others: [],
    }));
  it('puts a nearly as well ranked excerpt first', () => {
    expect(leadsWithAnswer(groups([{ type: 'DATE', text: 'June 1999' }], [10, 9.5]), { type: 'DATE', sentenceId: 1 }, ['DATE'])).toBe(true);
  });
  it('keeps a much better ranked first excerpt that could hold the answer', () => {
    expect(leadsWithAnswer(groups([{ type: 'DATE', text: 'June 1999' }], [10, 4]), { type: 'DATE', sentenceId: 1 }, ['DATE'])).toBe(false);
  });
  it('puts the answer first when the first excerpt holds nothing of the wanted type', () => {
    expect(leadsWithAnswer(groups([{ type: 'PERSON', text: 'Mara Lind' }], [10, 4]), { type: 'DATE', sentenceId: 1 }, ['DATE'])).toBe(true);
  });
  it('keeps a first excerpt scored over three times the one holding the answer, though it lacks the type', () => {
    expect(leadsWithAnswer(groups([{ type: 'PERSON', text: 'Mara Lind' }], [10, 2]), { type: 'DATE', sentenceId: 1 }, ['DATE'])).toBe(
      false,
    );
  });
  it('keeps a much better ranked first excerpt for a count, which it may say without a figure ("only a few")', () => {
    expect(
      leadsWithAnswer(groups([{ type: 'PERSON', text: 'Mara Lind' }], [10, 4]), { type: 'CARDINAL', sentenceId: 1 }, ['CARDINAL']),
    ).toBe(false);
  });
  it('keeps a first excerpt holding a figure the tagger left untyped, which may be the value asked for', () => {
    const top = 'Mara Lind rebuilt the mill in the 1050s.';
    expect(leadsWithAnswer(groups([{ type: 'PERSON', text: 'Mara Lind' }], [10, 4], top), { type: 'DATE', sentenceId: 1 }, ['DATE'])).toBe(
      false,
    );
    // A name is not a figure: a first excerpt with digits but no name of the wanted type still gives way.
    expect(leadsWithAnswer(groups([{ type: 'DATE', text: 'May 2001' }], [10, 4], top), { type: 'PERSON', sentenceId: 1 }, ['PERSON'])).toBe(
      true,
    );
  });
  it('moves a place or an organisation answer first only from a nearly as well ranked excerpt', () => {
    const top = 'The ferry board met in the harbour town.';
    for (const type of ['PLACE', 'ORG'] as const) {
      expect(leadsWithAnswer(groups([{ type: 'DATE', text: 'May 2001' }], [10, 4], top), { type, sentenceId: 1 }, [type])).toBe(false);
      expect(leadsWithAnswer(groups([{ type: 'DATE', text: 'May 2001' }], [10, 9.5], top), { type, sentenceId: 1 }, [type])).toBe(true);
    }
  });
});

describe('leadsWithAnswer, a time said in words', () => {
  const story = buildStory(
    [
      { id: 'a0', title: 'T0', titleGiven: true, file: 'a0.md', body: 'The guild repainted the old mill after the flood.' },
      { id: 'a1', title: 'T1', titleGiven: true, file: 'a1.md', body: 'The guild held its fair in June 1999.' },
    ],
    'x',
  );
  const groups = (top: string): CorroboratedSentence[] =>
    [top, 'The guild held its fair in June 1999.'].map((text, i) => ({
      sentence: story.sentences.find((s) => s.text === text)!,
      score: i === 0 ? 10 : 4,
      coverage: 1,
      others: [],
    }));
  it('keeps a much better ranked first excerpt that says a time in common words ("after the flood")', () => {
    const answerAt = story.sentences.find((s) => s.text.includes('1999'))!.id;
    expect(
      leadsWithAnswer(groups('The guild repainted the old mill after the flood.'), { type: 'DATE', sentenceId: answerAt }, ['DATE']),
    ).toBe(false);
  });
});

describe('a figure another verb governs', () => {
  const sentenceOf = (body: string) => oneArticleStory('a0', 'T0', body).sentences[0]!;
  const weights = (...terms: string[]) => new Map(terms.map((t) => [t, 1]));
  it("sees the question's verb in the sentence, also as a participle tagged as a noun", () => {
    const s = sentenceOf('Storms across the county destroyed at least three houses and flooded many more, officials said.');
    expect(usesQuestionVerb(s, weights('flood', 'hous'))).toBe(true);
    expect(usesQuestionVerb(s, weights('repair', 'hous'))).toBe(false);
    expect(
      usesQuestionVerb(sentenceOf('Storms struck the county, destroying three houses and flooding dozens more.'), weights('flood')),
    ).toBe(true);
  });
});

describe('candidate features', () => {
  it('gives the fitting script every candidate with one value per feature, the hand-weighted winner first', () => {
    const lists: ObservedCandidate[][] = [];
    observeExtraction({ candidates: (c) => lists.push(c) });
    try {
      const answer = answerQuestion(story, 'Who beat Tessa Vogel in the sculling final?').answer;
      expect(lists[0]![0]!.text).toBe(answer?.text);
      for (const c of lists[0]!) expect(c.features).toHaveLength(CANDIDATE_FEATURES.length);
    } finally {
      observeExtraction(undefined);
    }
  });
});
