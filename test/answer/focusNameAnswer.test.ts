import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: a name ending in the noun the question asks by, beside other names in the same sentence. */
const ask = (body: string, question: string) =>
  traceAnswer(oneArticleStory('x', 'X', body), question, {
    command: 'ask',
    limit: 1,
  }).short?.text;

describe('"which / what NOUN" with a name ending in NOUN in the best excerpt', () => {
  it('takes that name over another name beside the question’s words', () => {
    const fair =
      'The town fair opened on Saturday. The lantern show of Port Alder moved from Market Square to Ostwick Park on Friday. Crowds came early.';
    expect(ask(fair, 'Which park did the lantern show move to?')).toBe('Ostwick Park');
    const shed =
      'The harbour board met on Tuesday. Near Quay Road, the old ferry shed of the Harbour Trust became the Lantern Hotel in May. The work cost little.';
    expect(ask(shed, 'What hotel did the ferry shed become?')).toBe('Lantern Hotel');
  });
});
