import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('otherPerson and otherSexPronoun in a command (answerQuestion)', () => {
  // An invented rowing story: Ivo Brandt and Marta Lindqvist are each named often; Ada Vik lives in Orsk, and "he" moved.
  const rowing = oneArticleStory(
    'rowing',
    'Velden regatta',
    'Ivo Brandt won the single sculls at the Velden regatta. Ivo Brandt trains on the lake every morning. ' +
      'Brandt said the wind was hard. Marta Lindqvist rowed in the second heat. Lindqvist thanked the judges. ' +
      'Marta Lindqvist waved to the crowd. The regatta ended at noon. Ada Vik, who lives in Orsk, took up rowing. He moved to Tarnby in 2001.',
  );
  const evidence = (query: string, command: 'where' | 'ask') => traceAnswer(rowing, query, { command, limit: 1 }).coverage!;

  it("reads a name opening a command's words as the person asked about, as the question's", () => {
    expect(evidence('Where does Brandt live?', 'ask').otherPerson()).toBe(true);
    expect(evidence('Brandt lives', 'where').otherPerson()).toBe(true);
    expect(evidence('Where did Lindqvist move to?', 'ask').otherSexPronoun()).toBe(true);
    expect(evidence('Lindqvist moved to', 'where').otherSexPronoun()).toBe(true);
  });
});
