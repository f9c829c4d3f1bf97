import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented season: a station named beside initials the question repeats, and a share of money. */
const story = oneArticleStory(
  'season',
  'Season',
  'Kestrel Radio, the league said, carried the final in the U.K. last spring. ' +
    'The rowing club will give 12 percent of its ticket money to the harbour school.',
);

describe('what the question names', () => {
  it('counts initials with dots as named ("U.K."), so they do not answer', () => {
    expect(answerQuestion(story, 'Which station carried the final in the U.K.?').answer?.text).toBe('Kestrel Radio');
  });

  it('does not count a percentage named by the question\'s "percentage" as named', () => {
    expect(answerQuestion(story, 'What percentage of its ticket money will the rowing club give to the school?').answer?.text).toBe(
      '12 percent',
    );
  });
});
