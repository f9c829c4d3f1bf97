import { describe, expect, it } from 'vitest';
import { otherParty } from '../../src/answer/otherParty.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('otherParty', () => {
  // An invented chess story: Marta Lindqvist, Ivo Brandt and Tam Orsk are each named often; they meet in pairs.
  const chess = oneArticleStory(
    'chess',
    'Velden chess cup',
    'Marta Lindqvist opened the Velden chess cup. Ivo Brandt is the top seed. Tam Orsk is the holder. ' +
      'Lindqvist met Tam Orsk on Friday in the second round. Brandt thanked the judges on Monday. ' +
      'Brandt beat Orsk 3-1 in the final. Lindqvist lost to Ivo Brandt in the semi-final. The match lasted four hours. ' +
      'Brandt won a cup on Monday. Lindqvist said he would play Orsk next. Orsk said Lindqvist had played well.',
  );
  const at = (start: string) => chess.sentences.findIndex((s) => s.text.startsWith(start));
  const ask = (question: string, start: string) => otherParty(chess, question, at(start));

  it('holds when the sentence pairs one of the two people asked about with a third', () => {
    expect(ask('When did Marta Lindqvist meet Ivo Brandt?', 'Lindqvist met Tam Orsk')).toBe(true);
    expect(ask('What was the score when Lindqvist beat Orsk?', 'Brandt beat Orsk')).toBe(true);
  });

  it("holds for a /when command read after its word, whose first name opens the command's words (answerQuestion)", () => {
    expect(ask('when Lindqvist met Brandt', 'Lindqvist met Tam Orsk')).toBe(true);
    // The command's own words alone: their first word is read as a question's, and no name.
    expect(ask('Lindqvist met Brandt', 'Lindqvist met Tam Orsk')).toBe(false);
  });

  it('does not hold when both are named, one in the sentence before, or a pronoun may stand for the one left out', () => {
    expect(ask('When did Lindqvist meet Orsk?', 'Lindqvist met Tam Orsk')).toBe(false);
    // "The match lasted four hours": the sentence before names the pair.
    expect(ask('How long did Lindqvist play Brandt?', 'The match lasted')).toBe(false);
    // "he" may stand for Ivo Brandt.
    expect(ask('When will Marta Lindqvist play Ivo Brandt?', 'Lindqvist said he')).toBe(false);
  });

  it('does not hold for a question naming one person, a sentence naming neither, or no third person', () => {
    expect(ask('When did Lindqvist meet the holder?', 'Lindqvist met Tam Orsk')).toBe(false);
    expect(ask('When did Orsk meet Lindqvist?', 'Brandt won a cup')).toBe(false);
    expect(ask('When did Brandt meet Orsk?', 'Brandt won a cup')).toBe(false);
  });
});
