import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { namesPeopleOfPlace } from '../../src/answer/demonyms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented story: settlers named by their nationality beside an invented river. */
const story = oneArticleStory(
  'fort',
  'Fort',
  'The Spaniards settled along the coast near the river. Later the French built a fort at the mouth of the Orvel.',
);

describe('namesPeopleOfPlace', () => {
  it('reads a demonym, alone or after "the", as the people of a place, and a place name as none', () => {
    expect(namesPeopleOfPlace('Spaniards')).toBe(true);
    expect(namesPeopleOfPlace('the French')).toBe(true);
    expect(namesPeopleOfPlace('Orvel')).toBe(false);
    expect(namesPeopleOfPlace('France')).toBe(false);
    expect(namesPeopleOfPlace('Danes')).toBe(true);
    expect(namesPeopleOfPlace('the Spaniards are here')).toBe(false);
  });
});

describe('a where or which-country question', () => {
  it('is not answered by the people of a place', () => {
    expect(answerQuestion(story, 'Which country built a fort at the mouth?').answer?.text).not.toBe('French');
    expect(answerQuestion(story, 'Where was the fort built?').answer?.text).toBe('Orvel');
  });
});
