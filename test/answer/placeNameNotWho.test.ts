import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { fitsKind } from '../../src/answer/mentions.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: a duke who took a country, the country named beside the deed. */
const story = oneArticleStory(
  'duke',
  'Duke',
  'In the spring, Duke Aldric Venn of Harrowmere conquered England, killing King Osric Tamm at the ford.',
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
