import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { rankMentions } from '../../src/answer/mentions.js';
import { termOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented story: a draw and a race in an invented town. */
const story = oneArticleStory(
  'draw',
  'Draw',
  'Ana Kell, the third seed, lost to Mira Osk in the second round on Tuesday. Lena Brook finished in second place in 2019. Vera Lund, ranked fourth, won the final in Varnholt. Osk became the fifth player to win the cup.',
);

describe('the rank a which/what-NOUN question asks for', () => {
  it('answers "which seed" and "what place" with the ordinal the story gives that noun, not a name or a year', () => {
    expect(answerQuestion(story, 'Which seed was Ana Kell?').answer?.text).toBe('third');
    expect(answerQuestion(story, 'What place did Lena Brook finish in?').answer?.text).toBe('second');
  });
  it('reads an ordinal right before the noun or right after its verb, and none the question already names', () => {
    const [first, , third] = story.sentences;
    expect(rankMentions(first!, termOf('seed'), 'which seed was ana kell?').map((m) => m.text)).toEqual(['third']);
    expect(rankMentions(third!, termOf('rank'), 'what rank was vera lund?').map((m) => m.text)).toEqual(['fourth']);
    expect(rankMentions(first!, termOf('seed'), 'who was the third seed?')).toEqual([]);
    expect(rankMentions(first!, termOf('round'), 'which round did she lose in?').map((m) => m.text)).toEqual(['second']);
  });
  it('reads no rank in "the fifth player to win": it counts who did a thing', () => {
    expect(rankMentions(story.sentences[3]!, termOf('player'), 'which player won the cup?')).toEqual([]);
  });
});
