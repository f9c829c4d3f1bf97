import { describe, expect, it } from 'vitest';
import { otherSexPronoun } from '../../src/answer/otherSexPronoun.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('otherSexPronoun', () => {
  // An invented rowing story: Marta Lindqvist and Ivo Brandt are each named often; some sentences tell of them by a pronoun only.
  const rowing = oneArticleStory(
    'rowing',
    'Velden regatta',
    'Marta Lindqvist won the single sculls at the Velden regatta. Marta Lindqvist trains on the lake every morning. ' +
      'Lindqvist waved to the crowd. Ivo Brandt said the wind was hard. Brandt rowed in the second heat. ' +
      'Brandt thanked the judges. The regatta ended at noon. ' +
      'He has won four Velden cups since 2029. She has won two Orsk cups and rowed with him twice. ' +
      'Lindqvist said he had rowed well. The lake froze in winter.',
  );
  const at = (start: string) => rowing.sentences.findIndex((s) => s.text.startsWith(start));
  const ask = (question: string, start: string) => otherSexPronoun(rowing, question, at(start));

  it('holds when every pronoun of a person in the sentence is of the other sex than the one asked about', () => {
    expect(ask('How many Velden cups has Marta Lindqvist won?', 'He has won')).toBe(true);
    expect(ask('How many cups has Lindqvist won?', 'He has won')).toBe(true);
  });

  it('does not hold for a pronoun of the asked sex, a sentence naming the person, no pronoun, or an unknown sex', () => {
    expect(ask('How many Velden cups has Ivo Brandt won?', 'He has won')).toBe(false);
    // "She … with him": a pronoun of the asked sex may stand for her.
    expect(ask('How many cups has Marta Lindqvist won?', 'She has won')).toBe(false);
    expect(ask('How many cups has Marta Lindqvist won?', 'Lindqvist said he')).toBe(false);
    expect(ask('When did Marta Lindqvist leave?', 'The regatta ended')).toBe(false);
    // A question naming no person the story reports on, or people of both sexes.
    expect(ask('How many cups has the Velden crew won?', 'He has won')).toBe(false);
    expect(ask('How many cups have Marta Lindqvist and Ivo Brandt won?', 'He has won')).toBe(false);
  });
});
