import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { corpusHash } from '../../src/corpus/loadCorpus.js';
import { buildStory } from '../../src/story/buildStory.js';
import { article } from '../actors/fixtures.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

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

describe('a span of time written as one hyphened word', () => {
  const story = oneArticleStory(
    'board',
    'Board',
    'Councillor Elena Brask of Tolvik began a 14-year term on the harbour board in May. The board then ran a 30-second advert on the radio.',
  );

  it('answers "how long" with the figure and its unit, and "how many years" with the figure', () => {
    expect(answerQuestion(story, "How long is Brask's term on the harbour board?").answer?.text).toBe('14-year');
    expect(answerQuestion(story, 'How long was the advert on the radio?').answer?.text).toBe('30-second');
    expect(answerQuestion(story, "How many years is Brask's term on the harbour board?").answer?.text).toBe('14');
  });
});

describe('a span of time of two units joined by "and"', () => {
  const story = oneArticleStory(
    'final',
    'Final',
    'Orla Brask beat Ines Vell in the final at Tolvik on Sunday. The final between Brask and Vell lasted three hours and ten minutes. Brask needed five sets.',
  );

  it('answers with the whole span even where the question holds "and" elsewhere', () => {
    expect(answerQuestion(story, 'How long did the final between Brask and Vell last?').answer?.text).toBe('three hours and ten minutes');
  });
});
