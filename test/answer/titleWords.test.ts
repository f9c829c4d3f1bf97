import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented schedule: titles whose capitalised words the tagger reads as a verb or an adverb. */
const story = oneArticleStory(
  'schedule',
  'Schedule',
  'The network launched Orla Vance Presents in the autumn. Viewers also liked Home Harbour, a comedy from the same studio. Ratings rose in the winter.',
);

describe('a capitalised word the tagger reads as a verb or an adverb', () => {
  it('stays in the title it belongs to', () => {
    expect(answerQuestion(story, 'What show did the network launch in the autumn?').answer?.text).toBe('Orla Vance Presents');
    expect(answerQuestion(story, 'What comedy did viewers like?').answer?.text).toBe('Home Harbour');
  });
});
