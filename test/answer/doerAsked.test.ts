import { describe, expect, it } from 'vitest';
import { doerUntold } from '../../src/answer/doerAsked.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('doerUntold', () => {
  // An invented story of a mill and a guild: some sentences tell a sale or a founding, others only name the mill.
  const mill = oneArticleStory(
    'mill',
    'Tolly mill',
    'The Velden guild met at the Tolly mill on Sunday. The river was high. ' +
      'The mill was sold to the Orsk brewers in 1921. The weather turned. ' +
      'Ada Vell set up the Tarrow ferry company in 1930. The ferry sails at dawn. ' +
      'Velden Buyers Ltd painted the Tarrow mill. The paint dried slowly. ' +
      'The Orsk brewers are the owners of the Tarrow mill. The rain stopped. ' +
      'Ivo Brandt acquired the Orsk bakery in 1950. The bread rose. ' +
      'The Orsk brewers built the Tarrow brewery in 1910.',
  );
  const at = (start: string) => mill.sentences.findIndex((s) => s.text.startsWith(start));
  const ask = (question: string, start: string) => doerUntold(mill, question, at(start));

  it('holds when the sentence, with the one before, tells no sale or founding of what is asked', () => {
    expect(ask('Who bought the Tolly mill?', 'The Velden guild met')).toBe(true);
    expect(ask('Which guild founded the Tolly mill?', 'The Velden guild met')).toBe(true);
    // Setting a company up tells no owning of it.
    expect(ask('What company owns the Tarrow ferry?', 'The ferry sails')).toBe(true);
    // A name that writes a word of buying tells no sale.
    expect(ask('Who bought the Tarrow mill?', 'Velden Buyers Ltd')).toBe(true);
    expect(ask('By whom was the Tolly mill bought?', 'The Velden guild met')).toBe(true);
  });

  it('does not hold when the sentence tells the deed by another word of its kind, nor for other questions', () => {
    expect(ask('Who bought the Tolly mill?', 'The mill was sold')).toBe(false);
    expect(ask('Who founded the Tarrow ferry company?', 'Ada Vell set up')).toBe(false);
    expect(ask('Who owns the Tarrow mill?', 'The Orsk brewers are the owners')).toBe(false);
    // A verb the asked one is a kind of (buying is acquiring), and a phrasal verb WordNet ties to the asked one.
    expect(ask('Who bought the Orsk bakery?', 'Ivo Brandt acquired')).toBe(false);
    expect(ask('Who established the Tarrow ferry company?', 'Ada Vell set up')).toBe(false);
    // A verb of founding by a synonym ("set up" of "found") takes the words of a coming to be.
    expect(ask('Who set up the Tarrow brewery?', 'The Orsk brewers built')).toBe(false);
    expect(ask('Who met at the Tolly mill?', 'The Velden guild met')).toBe(false);
    // A maker is told by "by" or "'s" as often as by a verb: "created" and "built" are not asked by this check.
    expect(ask('Who built the Tolly mill?', 'The Velden guild met')).toBe(false);
  });
});
