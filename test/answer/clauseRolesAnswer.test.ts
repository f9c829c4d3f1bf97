import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { buildStory } from '../../src/story/buildStory.js';

/** An invented story: a baking contest and a grain market in an invented town. */
const story = buildStory(
  [
    {
      id: 'contest',
      title: 'Contest',
      titleGiven: true,
      file: 'contest.md',
      body: [
        'Edna Flint rallied late to outbake Wren Hollis and win the Marlow pie contest.',
        'The Marlow grain index slid 40 points on Friday to below 900, closing at 861.5 after a week of losses.',
      ].join(' '),
    },
  ],
  'clause-roles-fixture',
);

describe('the subject of the clause that holds the question’s verb, in the fitted model', () => {
  it('answers "who won X" with the subject of "win" in a verb chain, not the object of the verb before it', () => {
    expect(answerQuestion(story, 'Who won the Marlow pie contest?').answer?.text).toBe('Edna Flint');
    expect(answerQuestion(story, 'won the Marlow pie contest', { command: 'who' }).answer?.text).toBe('Edna Flint');
  });
  it('answers "At what level did X close" with the figure after the question’s verb and preposition', () => {
    expect(answerQuestion(story, 'At what level did the Marlow grain index close?').answer?.text).toBe('861.5');
  });
});
