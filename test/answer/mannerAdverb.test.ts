import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { mannerAdverb } from '../../src/answer/mannerAdverb.js';
import { termOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The manner adverb one invented sentence gives a question, with the question's verb as its term. */
function manner(text: string, question: string, verb: string): string | undefined {
  const story = oneArticleStory('manner', 'Manner', text);
  return mannerAdverb(story.sentences[0]!, question, [termOf(verb)!, 'mill'])?.text;
}

describe('mannerAdverb', () => {
  it('gives the adverb right after the question verb, and one before it after a degree word', () => {
    expect(manner('At the Pellridge mill the bread is sliced thinly before dawn.', 'How is the bread sliced?', 'sliced')).toBe('thinly');
    expect(manner('At the Harlow mill the cloth is more tightly woven than anywhere else.', 'How is the cloth woven?', 'woven')).toBe(
      'more tightly',
    );
  });
  it('gives no adverb alone before the verb, no hedge, and nothing for a question on a measure', () => {
    expect(manner('At the Harlow mill the cloth is usually woven by hand.', 'How is the cloth woven?', 'woven')).toBeUndefined();
    expect(manner('The cloth was woven most likely at the Harlow mill.', 'How was the cloth woven?', 'woven')).toBeUndefined();
    expect(manner('The Harlow mill stands loosely built on the Pell.', 'How far does the mill stand?', 'stand')).toBeUndefined();
  });
});

const mill = oneArticleStory(
  'mill',
  'Mill',
  'At the Pellridge mill the bread is sliced thinly before dawn, so the bakers of Norland sell all of it.',
);

describe('a how-question on the manner of its verb', () => {
  it('is answered with the adverb of manner', () => {
    expect(answerQuestion(mill, 'How is the bread sliced at the Pellridge mill?').answer?.text).toBe('thinly');
  });
});
