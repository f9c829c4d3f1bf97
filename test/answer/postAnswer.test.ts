import { beforeAll, describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { questionFrame } from '../../src/answer/questionFrame.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

/** Invented: a player named with her team and her post before her name. */
const ARTICLES: Article[] = [
  {
    id: 'cup',
    title: 'Cup',
    titleGiven: true,
    file: 'cup.md',
    body:
      'The harbour cup final ended late on Sunday. ' +
      'Harbour City goalkeeper Ada Vell saved two penalties in the shoot-out. ' +
      'The fans stayed on the pitch for an hour.',
  },
];

let story: Story;
beforeAll(() => {
  story = buildStory(ARTICLES, 'post-answer-fixture');
});

const ask = (question: string) => traceAnswer(story, question, { command: 'ask', limit: 1 }).short?.text;

describe("a question on someone's post", () => {
  it('wants a common noun phrase, though WordNet files "position" and "post" as places first', () => {
    expect(questionFrame('ask', 'What position does Vell play?').types).toEqual([]);
    expect(questionFrame('ask', 'What post did Vell hold?').kind).toBe('other');
  });

  it('answers with the post alone, without the team before it or the name after it', () => {
    expect(ask('What position does Vell play?')).toBe('goalkeeper');
    expect(ask('What job does Vell have?')).toBe('goalkeeper');
  });
});
