import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The short answer to a question asked of a one-article story of an invented body. */
function answerOf(body: string, question: string): string | undefined {
  return answerQuestion(oneArticleStory('news', 'News', body), question).answer?.text;
}

describe('a person named by one word after a title', () => {
  it('is shown with the title', () => {
    expect(
      answerOf(
        'The garrison held out for a week. Colonel Marsk captured the old fort at Velden in 1755.',
        'Who captured the old fort at Velden?',
      ),
    ).toBe('Colonel Marsk');
    expect(
      answerOf(
        'The festival opened on Friday. Singer Lady Tolvane performed the harbour song at Velden.',
        'Who performed the harbour song?',
      ),
    ).toBe('Lady Tolvane');
  });
  it('is shown alone after an honorific of address, and a full name without its title', () => {
    expect(
      answerOf(
        'The garrison held out for a week. Mr Marsk captured the old fort at Velden in 1755.',
        'Who captured the old fort at Velden?',
      ),
    ).toBe('Marsk');
    expect(
      answerOf(
        'The garrison held out for a week. Colonel Ivo Marsk captured the old fort at Velden in 1755.',
        'Who captured the old fort at Velden?',
      ),
    ).toBe('Ivo Marsk');
  });
});

describe('a full name after an abbreviated title', () => {
  it('is shown with a title of office or profession', () => {
    expect(
      answerOf(
        'The ferry ran late all week. Prof. Elwin T. Marsh chaired the harbour trust until the flood.',
        'Who chaired the harbour trust?',
      ),
    ).toBe('Prof. Elwin T. Marsh');
    expect(
      answerOf(
        'The toll rose in May. The toll bridge at Velden was designed by Gen. Otto Farrand after the war.',
        'Who designed the toll bridge?',
      ),
    ).toBe('Gen. Otto Farrand');
  });
  it('is read whole where the tagger splits the full stop from the title', () => {
    expect(
      answerOf(
        'The ferry ran late all week. The harbour trust was run by Rev. Elwin T. Marsh until the flood.',
        'Who ran the harbour trust?',
      ),
    ).toBe('Rev. Elwin T. Marsh');
  });
  it('is shown alone after an honorific of address', () => {
    expect(
      answerOf(
        'The granary stood empty for years. The old granary was restored by Mr. Piet Oster in 1920.',
        'Who restored the old granary?',
      ),
    ).toBe('Piet Oster');
  });
});
