import { describe, expect, it } from 'vitest';
import { answerQuestion, traceAnswer } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented prize shared by two people, named side by side. */
const story = oneArticleStory(
  'prize',
  'Prize',
  'The Halvard prize for river ecology was shared this year by Mara Lind and Tomas Brek. The jury met in Dornvale. Past winners include several chemists.',
);

/** Invented grants: two councils named side by side, each by its own name before the noun the question asks by. */
const grants = oneArticleStory(
  'grants',
  'Grants',
  'The Orrin ferry is paid for by the Halvard Council and the Dornvale Council under a five year plan. The ferry carries 300 people a day.',
);

describe('names given as a list', () => {
  it('answers a plural question with the names its focus noun ends, listed side by side', () => {
    expect(answerQuestion(grants, 'Which councils pay for the Orrin ferry?').answer?.text).toBe('Halvard Council and the Dornvale Council');
  });

  it('answers with the whole list, not one of its members', () => {
    expect(answerQuestion(story, 'Who shared the Halvard prize?').answer?.text).toBe('Mara Lind and Tomas Brek');
  });

  it('still answers a single name alone', () => {
    expect(answerQuestion(story, 'Where did the jury meet?').answer?.text).toBe('Dornvale');
  });
});

/** Invented harbour notes: causes listed side by side, months listed side by side, and a two week season. */
const harbour = oneArticleStory(
  'harbour',
  'Harbour notes',
  'The Orrin ferry service was cut in March. The harbour board blamed fuel costs, storms and crew shortages for the cut. The Velden pass is closed in November, December and January every year.',
);

describe('phrases and dates given as a list', () => {
  it('answers a question naming no noun for its answer with the list its best phrase stands in', () => {
    expect(answerQuestion(harbour, 'What did the harbour board blame for the cut?').answer?.text).toBe(
      'fuel costs, storms and crew shortages',
    );
  });

  it('answers one member where the question asks for one thing', () => {
    expect(answerQuestion(harbour, 'What is one thing the harbour board blamed for the cut?').answer?.text).toBe('fuel costs');
  });

  it('answers a plural date question with the dates listed side by side', () => {
    expect(answerQuestion(harbour, 'In which months is the Velden pass closed?').answer?.text).toBe('November, December and January');
  });
});

/** Invented grants again, with a third name in the sentence besides the two councils listed. */
const board = oneArticleStory(
  'board',
  'Grants',
  'The Orrin ferry is paid for by the Halvard Council and the Dornvale Council, the Tarn Board said. The ferry carries 300 people a day.',
);

describe("a list's margin over its rivals", () => {
  it('does not count the members of a list that answers a question asking for several things as its rivals', () => {
    const plural = traceAnswer(board, 'Which two councils pay for the Orrin ferry?');
    expect(plural.short?.text).toBe('Halvard Council and the Dornvale Council');
    expect(plural.features.margin).toBeGreaterThan(0.5);
  });

  it('counts them where the question may ask for one thing', () => {
    const who = traceAnswer(board, 'Who pays for the Orrin ferry?');
    expect(who.short?.text).toBe('Halvard Council and the Dornvale Council');
    expect(who.features.margin).toBeLessThan(0.4);
  });
});
