import { describe, expect, it } from 'vitest';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/**
 * Invented: the thing asked for is the subject of "be", the question's words its complement; or it follows the
 * question's words and the preposition the question ends in.
 */
const story = oneArticleStory(
  'forests',
  'Forests',
  'The council of Orvell met on Tuesday. ' +
    'In the Varn valley the fine is the most common penalty for poaching in the royal forests of Orvell. ' +
    'The Keltra tide, the Varnholt pilots say, has a range of moods in the months of the Orvell winter. ' +
    'In the old ports, hollin is a slow crane that lifts the heavy nets of the fishing boats onto the quay. ' +
    'Tarnwork is the study of the old rope knots that the barge crews of Orvell tie. ' +
    'Crowds came early.',
);
const ask = askShort(story);

describe('a "what is …" question', () => {
  it('is answered with the subject of "be" whose complement holds the question’s words', () => {
    expect(ask('What is the most common penalty for poaching?')).toBe('fine');
  });

  it('asking for the name of a thing is answered with that subject too, not a phrase nearer the question’s words', () => {
    expect(ask('What is the name for a crane that lifts the nets of fishing boats?')).toBe('hollin');
  });

  it('asking what a thing is known as or called is answered with that subject too', () => {
    expect(ask('What is the study of the rope knots of barge crews known as?')).toBe('Tarnwork');
    expect(ask("What is the study of barge crews' rope knots called?")).toBe('Tarnwork');
  });
});

describe('a what-question ending in its preposition', () => {
  it('is answered with the phrase after a question word and that preposition', () => {
    expect(ask('What does the Keltra tide have a range of?')).toBe('moods');
  });
});
