import { describe, expect, it } from 'vitest';
import { absentNoun } from '../../src/answer/absentNoun.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

// An invented story of a harbour's ferry: no airline, lighthouse or drummer in it.
const story = oneArticleStory(
  'harbour',
  'Harbour',
  'The harbour board hired a new skipper for the ferry in May. The skipper, Vell Orman, moved the ferry to the old wharf. A baker on the quay sold bread to the crew.',
);

describe('absentNoun', () => {
  it('finds a thing the question names by a common noun that the story never writes', () => {
    expect(absentNoun(story, 'Who did the airline appoint?')).toBe('airline');
    expect(absentNoun(story, 'Who did the drummer hire?')).toBe('drummer');
    expect(absentNoun(story, 'Which lighthouse did the skipper pass?')).toBe('lighthouse');
  });
  it('passes a noun the story gives another way: an inflection, a synonym, a kind of it, a typo', () => {
    expect(absentNoun(story, 'Where did the skippers moor?')).toBeUndefined();
    // "captain" and "skipper" are WordNet synonyms; a ferry is a kind of boat.
    expect(absentNoun(story, 'When did the captain move the ferry?')).toBeUndefined();
    expect(absentNoun(story, 'When did the boat leave?')).toBeUndefined();
    expect(absentNoun(story, 'When did the skiper move the ferry?')).toBeUndefined();
    // "mens" typed for "men's", the plural of the "man" a story writes.
    const race = oneArticleStory('race', 'Race', 'A man won the race.');
    expect(absentNoun(race, 'when was the mens race')).toBeUndefined();
    expect(absentNoun(race, 'when was the drummers race')).toBe('drummers');
  });
  it('passes a noun with an abstract sense, which may stand for what the story tells in other words', () => {
    expect(absentNoun(story, 'What was the cause of the move?')).toBeUndefined();
    // "vessel" is also a tube of the body.
    expect(absentNoun(story, 'Who owns the vessel?')).toBeUndefined();
  });
  it('passes the noun naming the answer: the focus, the phrase after a copula opening', () => {
    expect(absentNoun(story, 'Which lighthouse did the skipper pass?', 'lighthouse')).toBeUndefined();
    expect(absentNoun(story, 'Who was the drummer who hired the skipper?')).toBeUndefined();
    // The possessor is not what is asked.
    expect(absentNoun(story, "Who is the airline's pilot?")).toBe('airline');
  });
});
