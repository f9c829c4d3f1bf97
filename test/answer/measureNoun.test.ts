import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { measuredBy } from '../../src/answer/measureNoun.js';
import type { Entity } from '../../src/nlp/entities.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const at = (sentence: string, text: string): Entity => {
  const start = sentence.indexOf(text);
  return { type: 'CARDINAL', text, start, end: start + text.length };
};

describe('measuredBy', () => {
  it('takes in the noun written before the adjective of the dimension asked', () => {
    const s = 'The halls of Fort Mirela are four storeys high and two lanes wide.';
    expect(measuredBy(s, at(s, 'four'), 'How high are the halls?').text).toBe('four storeys');
    expect(measuredBy(s, at(s, 'two'), 'How wide are the halls?').text).toBe('two lanes');
  });
  it('leaves the amount alone for another dimension, another question or a comparison', () => {
    const s = 'The halls of Fort Mirela are four storeys high and two times as wide.';
    expect(measuredBy(s, at(s, 'four'), 'How wide are the halls?').text).toBe('four');
    expect(measuredBy(s, at(s, 'four'), 'How many halls are there?').text).toBe('four');
    expect(measuredBy(s, at(s, 'two'), 'How wide are the halls?').text).toBe('two');
  });
});

/** An invented town: a height given as a count of storeys, a distance as a fraction of a mile. */
const story = oneArticleStory(
  'velden',
  'Velden',
  'The stone granaries of Velden stand four storeys high above the quay. ' +
    'The ferry landing lies one-half mile beyond the granaries, past the rope walk.',
);

describe('"How high / how far …" answered by an amount whose unit is a noun', () => {
  it('shows the amount with the noun it counts, not the bare figure', () => {
    expect(answerQuestion(story, 'How high are the stone granaries of Velden?').answer?.text).toBe('four storeys');
    expect(answerQuestion(story, 'How far is the ferry landing from the granaries?').answer?.text).toBe('one-half mile');
  });
});
