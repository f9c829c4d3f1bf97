import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { fitsKind } from '../../src/answer/mentions.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: a duke who took a country, the country named beside the deed. */
const story = oneArticleStory(
  'duke',
  'Duke',
  'In the spring, Duke Aldric Venn of Harrowmere overran Scotland, killing King Osric Tamm at the ford.',
);

describe('a who-question', () => {
  it('is not answered by a name WordNet knows only as a place', () => {
    expect(answerQuestion(story, 'Who killed King Osric Tamm?').answer?.text).toMatch(/Aldric Venn/);
  });
  it('still takes a name WordNet knows as a place and a person', () => {
    expect(fitsKind(story, 'England', 'person')).toBe(false);
    expect(fitsKind(story, 'Lincoln', 'person')).toBe(true);
  });
});

/** Invented: a pass intercepted by a player the tagger reads as a place (after "from", "by safety"), beside real places. */
const pass = oneArticleStory(
  'pass',
  'Pass',
  'The ball was stripped away from Milton near Orsk Harbour, and a pass from Tam Ferrow bounced off Ivo Brandt and was ' +
    'intercepted by safety Dorn Vekla at Fort Tolly.',
);

describe('a name the story tags a place', () => {
  it('answers a who-question where nothing in its spelling names a place', () => {
    expect(answerQuestion(pass, 'Who intercepted the pass?').answer?.text).toBe('Dorn Vekla');
    expect(fitsKind(pass, 'Dorn Vekla', 'person')).toBe(true);
  });
  it('answers none that a gazetteer holds, though WordNet knows someone so called', () => {
    expect(fitsKind(pass, 'Milton', 'person')).toBe(false);
  });
  it('answers none where its spelling names a place: a place noun at either edge', () => {
    expect(fitsKind(pass, 'Orsk Harbour', 'person')).toBe(false);
    expect(fitsKind(pass, 'Fort Tolly', 'person')).toBe(false);
  });
});
