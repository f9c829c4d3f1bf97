import { describe, expect, it } from 'vitest';
import { withoutQuestionHead } from '../../src/answer/questionHead.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: a catch the question names by the head the excerpt writes before "of". */
const QUAY_BODY = 'The harbour board met on Tuesday. The nets of the guild catch large shoals of small fish in the bay. Crowds came early.';

describe('an answer whose head the question writes', () => {
  it('is shown without the head the question writes before its own "of"', () => {
    expect(withoutQuestionHead('large loads of salted herring', 'what did the quay take large loads of?')).toBe('salted herring');
    expect(withoutQuestionHead('the rebuilding of the east quay', 'the storm forced the rebuilding of what?')).toBe('east quay');
  });

  it('is kept whole where the question does not write the head before "of", or the head is a name', () => {
    expect(withoutQuestionHead('large loads of salted herring', 'what did the quay take each spring?')).toBe(
      'large loads of salted herring',
    );
    expect(withoutQuestionHead('loads of salted herring', 'what loads did the quay take?')).toBe('loads of salted herring');
    expect(withoutQuestionHead('Bank of Alder', 'what did the bank of alder lend?')).toBe('Bank of Alder');
  });

  it('answers the question with the words after "of"', () => {
    const story = oneArticleStory('quay', 'Quay', QUAY_BODY);
    expect(askShort(story)('The nets catch large shoals of what?')).toBe('small fish');
  });
});
