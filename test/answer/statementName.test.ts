import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { asksStatementName } from '../../src/answer/statementQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented quarry: the bars' name is given after "known as", the stone and the quarry beside the question's words. */
const story = oneArticleStory(
  'quarry',
  'Quarry',
  'At the Drelby quarry, workers split the stone with long iron bars known as drellspikes, under the foreman Tam Brell. The quarry closed in winter.',
);

describe('a statement question ending in "called what?"', () => {
  it('asks what something is called; not a question opening with its question word', () => {
    expect(asksStatementName('Long iron bars are called what?')).toBe(true);
    expect(asksStatementName('The bars are known as what?')).toBe(true);
    expect(asksStatementName('What are the bars called?')).toBe(false);
    expect(asksStatementName('The workers split what?')).toBe(false);
  });

  it('answers with the name the story gives, not a noun beside the question’s words', () => {
    expect(answerQuestion(story, 'Long iron bars at the quarry are called what?').answer?.text).toBe('drellspikes');
  });
});
