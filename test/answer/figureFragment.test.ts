import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { figureFragment } from '../../src/answer/figureFragment.js';
import type { Entity } from '../../src/nlp/entities.js';
import type { Story } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const at = (sentence: string, text: string): Entity => {
  const start = sentence.indexOf(text);
  return { type: 'CARDINAL', text, start, end: start + text.length };
};

describe('figureFragment', () => {
  it('tells a figure glued to letters or beside an era word', () => {
    const s = 'The Z4G link and 2X9 gas came in AD 312, by 90 BC, with 38 ships and 2.5km of rail.';
    expect(figureFragment(s, at(s, '4'))).toBe(true);
    expect(figureFragment(s, at(s, '2'))).toBe(true);
    expect(figureFragment(s, at(s, '312'))).toBe(true);
    expect(figureFragment(s, at(s, '90'))).toBe(true);
    expect(figureFragment(s, at(s, '38'))).toBe(false);
    expect(figureFragment(s, at(s, '2.5km'))).toBe(false);
  });
});

/** An invented town wall: a year after an era word beside the wall's length. */
let story: Story;
beforeAll(() => {
  story = oneArticleStory(
    'wall',
    'Wall',
    'The wall of Tarvelle was raised in AD 214 by the river guilds. Its stones came from the Mossbeck quarry. The guilds later added a gate.',
  );
});

describe('a year after an era word', () => {
  it('does not answer a question asking a length', () => {
    expect(answerQuestion(story, 'What was the length of the wall of Tarvelle?').answer?.text).not.toBe('214');
  });
});
