import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { mendQuestion } from '../../src/answer/typos.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented cup match where a fan yelled (the story never says "shout"), and one where one shouted. */
const yelled = oneArticleStory(
  'cup',
  'Cup tie',
  [
    'Rovers beat Tanford by two goals in the cup tie at Ellwick on Saturday.',
    'A steward named Oskar Hume yelled at the referee after the second goal.',
    'The referee booked a Tanford defender for a late tackle.',
  ].join(' '),
);
const shouted = oneArticleStory('cup-b', 'Cup tie', 'A steward named Oskar Hume shouted at the referee after the second goal.');

describe('mendQuestion and a misspelt English word the story never writes', () => {
  it('writes the one WordNet word one edit from it', () => {
    expect(mendQuestion(yelled, 'Who was shoutng at the referee?')).toBe('Who was shouting at the referee?');
  });
  it('leaves it alone when several WordNet words are one edit from it', () => {
    expect(mendQuestion(yelled, 'What was the scoe at Ellwick?')).toBe('What was the scoe at Ellwick?');
  });
  it('leaves it alone when the story writes that word in a form the typed word is not one edit from', () => {
    expect(mendQuestion(shouted, 'Who was shoutng at the referee?')).toBe('Who was shoutng at the referee?');
  });
  it('leaves a capitalised word alone (a name the story does not write)', () => {
    expect(mendQuestion(yelled, 'Was Shoutng at the match?')).toBe('Was Shoutng at the match?');
  });
});

describe('a question with a misspelt word the story puts otherwise', () => {
  it('finds the sentence saying it in the story’s words', () => {
    const answer = answerQuestion(yelled, 'Who was shoutng at the referee?');
    expect(answer.excerpts[0]?.text).toContain('yelled');
    expect(answer.answer?.text).toBe('Oskar Hume');
  });
});
