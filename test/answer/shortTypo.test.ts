import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { correctTypo } from '../../src/answer/typos.js';
import { termOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/**
 * An invented regatta report: a five-letter surname ("Zelko") a four-letter typo may drop a letter of, another person
 * of the same given name, the word
 * "title" beside "regatta", and "time" (one edit from "tile" as well) written more often but never beside it.
 */
const story = oneArticleStory(
  'regatta',
  'Harnby regatta',
  [
    'Anka Dubrova lives in the hill town of Quell.',
    'Anka Zelko won the regatta title on Sunday.',
    'Anka Zelko lives in the fishing town of Harnby.',
    'Her time was the best of the day.',
    'The crews had little time to rest.',
    'The wind dropped for a time after noon.',
  ].join(' '),
);

const terms = (question: string) => question.split(' ').flatMap((w) => termOf(w.replace(/\?$/, '')) ?? []);

describe('correctTypo on a four-letter word', () => {
  it('reads it as the story word one edit away that the story writes beside another of the question’s words', () => {
    expect(correctTypo(story, 'Zeko', terms('where does Anka Zeko live?'))).toBe(termOf('Zelko'));
  });
  it('picks the story word written beside the question’s words over a more frequent one', () => {
    expect(correctTypo(story, 'tile', terms('who won the regatta tile?'))).toBe(termOf('title'));
  });
  it('leaves it alone when the story writes no such word beside the question’s other words', () => {
    expect(correctTypo(story, 'Zeko', terms('when was Zeko born?'))).toBeUndefined();
    expect(correctTypo(story, 'tile', terms('who laid the tile?'))).toBeUndefined();
  });
});

describe('a question with a four-letter typo in a name', () => {
  it('is answered as the question spelt right', () => {
    expect(answerQuestion(story, 'Where does Anka Zeko live?').answer?.text).toBe('Harnby');
  });
});
