import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { buildStory } from '../../src/story/buildStory.js';

/** Invented: how a guild raised money and how a river snail moves. */
const story = buildStory(
  [
    {
      id: 'guild',
      title: 'Guild',
      titleGiven: true,
      file: 'guild.md',
      body:
        'The Harlow weavers guild raised money for its new hall, by selling woven blankets at the winter fair. ' +
        'The river snail creeps by contracting its muscular foot in slow waves.',
    },
  ],
  'means-clause-fixture',
);

const short = (question: string) => answerQuestion(story, question).answer?.text;

describe('a how-question whose best excerpt gives a means', () => {
  it('is answered with the clause after "by" and an -ing form right after the question\'s words', () => {
    expect(short('How did the weavers guild raise money for the hall?')).toBe('selling woven blankets at the winter fair');
    expect(short('How does the river snail creep?')).toBe('contracting its muscular foot in slow waves');
  });
});
