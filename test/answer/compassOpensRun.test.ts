import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { compassWord } from '../../src/nlp/nameKinds.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented firms whose names open their sentences with a compass word. */
const story = oneArticleStory(
  'firms',
  'Firms',
  'South Riverine Aviation was awarded the tender for the new bridge. Northern Quelby Freight carries goods to the coast. The council met twice.',
);

describe('a compass word opening a sentence', () => {
  it('is read as a compass word, as a point or its adjective', () => {
    expect(compassWord('South')).toBe(true);
    expect(compassWord('Northwestern')).toBe(true);
    expect(compassWord('Norther')).toBe(false);
    expect(compassWord('Southey')).toBe(false);
  });

  it('stays the first word of the name run it opens', () => {
    expect(answerQuestion(story, 'Who was awarded the tender for the new bridge?').answer?.text).toBe('South Riverine Aviation');
    expect(answerQuestion(story, 'Which company carries goods to the coast?').answer?.text).toBe('Northern Quelby Freight');
  });
});
