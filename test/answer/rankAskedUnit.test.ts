import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { EXTRACTION } from '../../src/answer/extractAnswer.js';
import { questionFrame } from '../../src/answer/questionFrame.js';
import { type PreparedQuery, RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { termsOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const weights = RANKING as { askedUnit: boolean };
afterEach(() => {
  weights.askedUnit = true;
});

/** The first sentence the ranker gives for a question asking a score, prepared as answerQuestion prepares it. */
function firstRanked(story: Story, question: string): string | undefined {
  const query: PreparedQuery = {
    terms: [...new Set(termsOf(question))],
    kind: 'number',
    text: question.toLowerCase(),
    types: ['QUANTITY', 'CARDINAL'],
    focus: 'score',
    unit: 'score',
  };
  return rankSentences(story, query)[0]?.sentence.text;
}

describe('a question asking for a score', () => {
  it('asks for a value in the unit of scores', () => {
    expect(questionFrame('ask', 'What was the score in the Harbour Cup final?').unit).toBe('score');
    expect(questionFrame('ask', 'What was the final scoreline?').unit).toBe('score');
    expect(questionFrame('ask', 'What was the result of the vote?').unit).toBeUndefined();
  });
});

describe('ranking by the unit asked', () => {
  // Invented: a sentence with a count and one with a match score, both naming the question's event.
  const story = oneArticleStory(
    'cup',
    'Harbour Cup',
    [
      'At the Harbour Cup final 3,000 fans filled the quay.',
      'Ada Vell won the Harbour Cup final 7-5 6-4 after a slow start.',
      'Tom Rand said the crowd had helped him.',
    ].join(' '),
  );
  const first = () => firstRanked(story, 'What was the score in the Harbour Cup final?');

  it('puts the sentence holding a score before the one holding a count', () => {
    expect(first()).toMatch(/7-5 6-4/);
  });
  it('is what puts it first: any amount counting as the answer type, the count leads', () => {
    weights.askedUnit = false;
    expect(first()).toMatch(/3,000 fans/);
  });
});

describe('a score asked of a story that never writes the word', () => {
  // Invented: a story larger than the candidates, with "hit" (a WordNet relative of "score") in a sentence on another thing.
  const filler = Array.from({ length: 45 }, (_, i) => `Market stall ${i + 1} sold fresh bread.`);
  const story = oneArticleStory(
    'final',
    'Harbour final',
    ['Rand said he would hit the ball harder in the final next year.', 'Ada Vell took the title 7-5 6-4 in the final.', ...filler].join(
      ' ',
    ),
  );
  const first = () => firstRanked(story, 'What was the score in the final?');

  it('ranks the sentence holding a score first, not the one holding a relative of the word', () => {
    expect(first()).toMatch(/7-5 6-4/);
  });
  it('is what ranks it first: with the relatives searched and any amount typed, the relative leads', () => {
    weights.askedUnit = false;
    expect(first()).toMatch(/^Rand said/);
  });
});

describe('scores in two articles', () => {
  it('are told as scores of two matches, not as two articles disagreeing on one', () => {
    // Invented: this year's final and last year's, in two articles.
    const story = buildStory(
      [
        {
          id: 'a',
          title: 'Vell takes the cup',
          titleGiven: true,
          file: 'a.md',
          body: 'In the Harbour Cup final Ada Vell won 7-5 6-4. She thanked the crowd.',
        },
        {
          id: 'b',
          title: 'Rand looks back',
          titleGiven: true,
          file: 'b.md',
          body: "In last year's Harbour Cup final Tom Rand won 6-3 6-2. He said he was tired.",
        },
      ],
      'two-scores-fixture',
    );
    expect(answerQuestion(story, 'What was the score in the Harbour Cup final?').answer?.text).toBe('7-5 6-4');
  });
});

describe('the short answer to a score question', () => {
  // Invented: one sentence holding both a count and a match score, near the question's event.
  const story = oneArticleStory(
    'cup',
    'Harbour Cup',
    'The Harbour Cup final, watched by 3,000 fans, ended 7-5 6-4 to Ada Vell. Tom Rand said the crowd had helped him.',
  );
  const answer = () => answerQuestion(story, 'What was the score in the Harbour Cup final?').answer?.text;
  const extraction = EXTRACTION as { otherMeasure: number };
  afterEach(() => {
    extraction.otherMeasure = 0.4;
  });

  it('is the score, not the count beside it', () => {
    expect(answer()).toBe('7-5 6-4');
  });
  it('is so because an amount of another shape weighs less: without that, the count wins', () => {
    extraction.otherMeasure = 1;
    expect(answer()).toBe('3,000');
  });
});
