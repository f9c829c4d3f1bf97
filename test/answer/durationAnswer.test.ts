import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { corpusHash } from '../../src/corpus/loadCorpus.js';
import { buildStory } from '../../src/story/buildStory.js';
import { article } from '../actors/fixtures.js';

describe('"how many years" on a story that also gives an age', () => {
  const articles = [article('court', 'The court sentenced Tom Vell to 10 years in prison on Monday. Vell, 52, will appeal.', '2031-04-13')];
  const story = buildStory(articles, corpusHash(articles));

  it('answers with the span of time, not the age', () => {
    // The question counts years: the figure answers it, as "how many yards" is answered by the figure alone.
    expect(answerQuestion(story, 'How many years was Vell sentenced to?').answer?.text).toBe('10');
    expect(answerQuestion(story, 'How long was Vell sentenced to?').answer?.text).toBe('10 years');
    expect(answerQuestion(story, 'How old is Vell?').answer?.text).toBe('52');
  });
});
