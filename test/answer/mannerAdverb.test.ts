import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { mannerAdverb } from '../../src/answer/mannerAdverb.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The manner adverb one invented sentence gives a question, with the question's verb as its term. */
function manner(text: string, question: string, verb: string): string | undefined {
  const story = oneArticleStory('manner', 'Manner', text);
  return mannerAdverb(story.sentences[0]!, question, [verb, 'town'])?.text;
}

describe('mannerAdverb', () => {
  it('gives the adverb right after the question verb, and one before it after a degree word', () => {
    expect(
      manner('In the Pellridge council each vote is weighted inversely to the size of the town.', 'How are votes weighted?', 'weight'),
    ).toBe('inversely');
    expect(manner('In Norland the grain is more equally shared than in any other town.', 'How is grain shared?', 'share')).toBe(
      'more equally',
    );
  });
  it('gives no adverb alone before the verb, no hedge, and nothing for a question on a measure', () => {
    expect(manner('In Norland the grain is usually shared by the town.', 'How is grain shared?', 'share')).toBeUndefined();
    expect(manner('The grain was shared most likely by the town.', 'How was grain shared?', 'share')).toBeUndefined();
    expect(manner('The town lies evenly spread along the Pell.', 'How far does the town spread?', 'spread')).toBeUndefined();
  });
});

const council = oneArticleStory(
  'council',
  'Council',
  'In the Pellridge council each vote is weighted inversely to the size of the member town, so small towns keep a say.',
);

describe('a how-question on the manner of its verb', () => {
  it('is answered with the adverb of manner', () => {
    expect(answerQuestion(council, 'How are the votes weighted in the Pellridge council?').answer?.text).toBe('inversely');
  });
});
