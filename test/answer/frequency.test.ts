import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { frequencyIn } from '../../src/answer/frequency.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented guild: how often its council meets, and where its market is held. */
const story = oneArticleStory(
  'guild',
  'Guild',
  'The Weavers Guild of Dunmere was founded by three cloth merchants. Its council meets in the old hall every three months and its members vote on the guild fees. The wool market is held twice a week in the square.',
);

describe('how often', () => {
  it('finds a repeating interval, a count per period or a frequency word', () => {
    expect(frequencyIn('Elections are held every four years in spring.')?.text).toBe('every four years');
    expect(frequencyIn('The ferry sails three times a day.')?.text).toBe('three times a day');
    expect(frequencyIn('The fair is a biennial event.')?.text).toBe('biennial');
    expect(frequencyIn('Trains run half-hourly to the coast.')?.text).toBe('half-hourly');
    expect(frequencyIn('The council met in the old hall.')).toBeNull();
  });

  it('answers "how often" with the phrase that says how often', () => {
    expect(answerQuestion(story, 'How often does the council of the guild meet?').answer?.text).toBe('every three months');
    expect(answerQuestion(story, 'How often is the wool market held?').answer?.text).toBe('twice a week');
  });
});
