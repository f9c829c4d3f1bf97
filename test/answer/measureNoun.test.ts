import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { convertedFrom, dimensionNouns, measuredBy } from '../../src/answer/measureNoun.js';
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
  it('reads "how thick" as a measure like the other dimensions, not as a manner', () => {
    const walls = oneArticleStory('orvel', 'Orvel', 'The sea walls of Orvel are 3–5 m thick. The gulls nest on them.');
    expect(answerQuestion(walls, 'How thick are the sea walls of Orvel?').answer?.text).toBe('3–5 m');
  });
});

describe('dimensionNouns', () => {
  it('names the nouns of the dimension a how-question asks', () => {
    expect(dimensionNouns('How tall is the Orla Tower?')).toEqual(['height']);
    expect(dimensionNouns('How far is Velm from the coast?')).toEqual(['distance']);
    expect(dimensionNouns('How many towers are there?')).toEqual([]);
  });
});

describe('convertedFrom', () => {
  it('gives the measure a bracketed amount converts', () => {
    const s = 'A 12-foot (3.7 m) wall rings Fort Mirela, 140 miles (225 km) north of Velm.';
    expect(convertedFrom(s, '3.7 m', 'How high is the wall?')).toBe('12-foot');
    expect(convertedFrom(s, '225 km', 'How far is Fort Mirela from Velm?')).toBe('140 miles');
    expect(convertedFrom('Orla Tellin stood 5 feet 9 inches (1.75 m) tall.', '1.75 m', 'How tall was Orla Tellin?')).toBe(
      '5 feet 9 inches',
    );
  });
  it('keeps the bracket where the question asks its unit, or the bracket is no conversion', () => {
    const s = 'A 12-foot (3.7 m) wall rings Fort Mirela, 140 miles (225 km) north of Velm; it cost 40 dollars (2 days).';
    expect(convertedFrom(s, '225 km', 'How many kilometres is Fort Mirela from Velm?')).toBeUndefined();
    expect(convertedFrom(s, '2 days', 'How long did it take?')).toBeUndefined();
    expect(convertedFrom(s, '140 miles', 'How far is Fort Mirela from Velm?')).toBeUndefined();
  });
});

/** An invented tower whose height a pronoun-led sentence gives, and a wall measured with its conversion in brackets. */
const skyline = oneArticleStory(
  'orla',
  'Orla',
  'The tallest building in Orla is the Tellin Tower, opened in 1988 as the Harbour Exchange. ' +
    'It rises to a height of 412 ft over its 31 storeys. ' +
    'Other towers include the Mirela Tower, finished in 1967 with 19 storeys. ' +
    'A 12-foot (3.7 m) high brick rampart was raised around the harbour in the Velmian era.',
);

describe('measure answers', () => {
  it('finds the height a pronoun-led sentence gives by the noun of the dimension', () => {
    expect(answerQuestion(skyline, 'How tall is the Tellin Tower?').answer?.text).toBe('412 ft');
  });
  it('answers the measure written first, not its bracketed conversion', () => {
    expect(answerQuestion(skyline, 'How high was the brick rampart raised around the harbour?').answer?.text).toBe('12-foot');
  });
});
