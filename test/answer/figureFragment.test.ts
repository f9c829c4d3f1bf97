import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { figureFragment } from '../../src/answer/figureFragment.js';
import type { Entity } from '../../src/nlp/entities.js';
import type { Sentence } from '../../src/nlp/splitSentences.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const at = (sentence: string, text: string): Entity => {
  const start = sentence.indexOf(text);
  return { type: 'CARDINAL', text, start, end: start + text.length };
};

const sentence = (text: string, start = 0, index = 1): Sentence => ({
  articleId: 'a',
  index,
  text,
  start,
  end: start + text.length,
  paragraph: 1,
});

describe('figureFragment', () => {
  it('tells a figure glued to letters or beside an era word', () => {
    const t = 'The Z4G link and 2X9 gas came in AD 312, by 90 BC, with 38 ships and 2.5km of rail.';
    const s = sentence(t);
    expect(figureFragment(s, at(t, '4'))).toBe(true);
    expect(figureFragment(s, at(t, '2'))).toBe(true);
    expect(figureFragment(s, at(t, '312'))).toBe(true);
    expect(figureFragment(s, at(t, '90'))).toBe(true);
    expect(figureFragment(s, at(t, '38'))).toBe(false);
    expect(figureFragment(s, at(t, '2.5km'))).toBe(false);
  });
  it('tells a subscript on a line of its own after a formula, not a figure opening a sentence after a full stop', () => {
    const first = sentence('The tank held liquid Zq', 0);
    const next = sentence('3 at the north wall.', first.end + 1, 2);
    expect(figureFragment(next, at(next.text, '3'), first)).toBe(true);
    const ended = sentence('The tank held liquid Zq.', 0);
    expect(figureFragment(sentence('3 at the north wall.', ended.end + 1, 2), at(next.text, '3'), ended)).toBe(false);
  });
});

/** An invented town wall: a year after an era word beside the wall's length. */
const story = oneArticleStory(
  'wall',
  'Wall',
  'The wall of Tarvelle was raised in AD 214 by the river guilds. Its stones came from the Mossbeck quarry. The guilds later added a gate.',
);

/** An invented lab: a formula's subscript written on the next line. */
const lab = oneArticleStory(
  'lab',
  'Lab',
  'The Velmar lab cools its tanks of liquid O\n2 to a very low temperature for the crew. The tanks sit in the north wing.',
);

describe('a figure that is part of something else', () => {
  it('a year after an era word does not answer a question asking a length', () => {
    expect(answerQuestion(story, 'What was the length of the wall of Tarvelle?').answer?.text).not.toBe('214');
  });
  it("a formula's subscript does not answer a question asking a temperature", () => {
    expect(answerQuestion(lab, 'What is the temperature of the tanks in the Velmar lab?').answer?.text).not.toBe('2');
  });
});
