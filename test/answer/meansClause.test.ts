import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { meansClause } from '../../src/answer/clauseAnswers.js';
import { termsOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: how a guild raised money and how a river snail moves. */
const story = oneArticleStory(
  'guild',
  'Guild',
  'The Harlow weavers guild raised money for its new hall, by selling woven blankets at the winter fair. ' +
    'The river snail creeps by contracting its muscular foot in slow waves. ' +
    'In Harlow the toll on the old bridge is paid by every guild member, and the mayor keeps the ledger. ' +
    'Harlow rents rose by 20% after the flood. ' +
    'The weavers sold their cloth through Harlow market every week. ' +
    'The Orsk mill is powered solely by meltwater from the Velmian glacier. ' +
    'The Orsk mill is linked to the harbour via a narrow towpath and a walk to the quay takes ten minutes.',
);

const short = (question: string) => answerQuestion(story, question).answer?.text;

describe('a how-question whose best excerpt gives a means', () => {
  it('is answered with the clause after "by" and an -ing form right after the question\'s words', () => {
    expect(short('How did the weavers guild raise money for the hall?')).toBe('selling woven blankets at the winter fair');
    expect(short('How does the river snail creep?')).toBe('contracting its muscular foot in slow waves');
  });
});

describe('a how-question whose best excerpt gives a means as a noun phrase', () => {
  it('is answered with the noun phrase after "via", "through" or "by" right after the question\'s words', () => {
    expect(short('How is the toll on the old bridge paid in Harlow?')).toBe('every guild member');
  });
  it("takes no figure, nor a phrase opening with the question's own words", () => {
    expect(short('How did Harlow rents rise after the flood?')).not.toBe('20% after the flood');
    expect(short('How did the weavers sell their cloth through Harlow market?')).not.toBe('Harlow market every week');
  });
});

describe('a means past an adverb, and a means joined to another clause', () => {
  it('reads "by" after an -ly adverb beside the question\'s words', () => {
    expect(short('How is the Orsk mill powered?')).toBe('meltwater from the Velmian glacier');
  });
  it('ends a noun phrase means before "and" and an article opening another clause', () => {
    expect(short('How is the Orsk mill linked to the harbour?')).toBe('narrow towpath');
  });
});

/** The means one invented sentence gives for the question (meansClause on that sentence alone). */
function meansIn(text: string, question: string): string | undefined {
  const one = oneArticleStory('mill', 'Mill', text);
  return meansClause(one.sentences[0]!, termsOf(question))?.text;
}

describe('a means opening the sentence', () => {
  it('answers where the clause after its comma writes the question’s verb', () => {
    expect(
      meansIn(
        'Through careful trial and error, the Velden millers learned to grind a finer flour.',
        'How did the Velden millers learn to grind a finer flour?',
      ),
    ).toBe('careful trial and error');
  });

  it('does not answer for a date, or where the clause writes none of the question’s verbs', () => {
    expect(
      meansIn(
        'By March 1820, the Velden millers learned to grind a finer flour.',
        'How did the Velden millers learn to grind a finer flour?',
      ),
    ).toBeUndefined();
    expect(
      meansIn(
        'Through careful trial and error, the Velden flour became finer.',
        'How did the Velden millers learn to grind a finer flour?',
      ),
    ).toBeUndefined();
  });
});
