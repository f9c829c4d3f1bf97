import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { buildStory } from '../../src/story/buildStory.js';

// An invented story: a paragraph sets the time in one sentence and tells the event in the next.
const story = buildStory(
  [
    {
      id: 'fair',
      title: 'Baking fair',
      titleGiven: true,
      file: 'fair.md',
      published: '2031-05-14',
      body:
        'Bakers across the valley are waiting for the judges, who will meet this weekend. The pastry guild will hold its tasting in Orlow, and the millers will open their barns.\n\n' +
        'The judges praised a rye loaf from Tessin. Two ovens failed and the tasting was held again.',
    },
  ],
  'context-date-fixture',
);

describe('contextDate', () => {
  it('answers a when-question from the time the paragraph set just before the best excerpt', () => {
    const a = answerQuestion(story, 'pastry guild tasting in Orlow', { command: 'when' });
    expect(a.answer?.text).toContain('this weekend');
    // The excerpt that tells the event stays first.
    expect(a.excerpts[0]?.text).toContain('pastry guild');
    expect(answerQuestion(story, 'When will the pastry guild hold its tasting in Orlow?').answer?.text).toContain('this weekend');
  });
  it('does not answer a question that only holds "when" inside it, nor from another paragraph', () => {
    expect(answerQuestion(story, 'What did the pastry guild do when holding its tasting in Orlow?').answer?.text ?? '').not.toContain(
      'weekend',
    );
    expect(answerQuestion(story, 'When was the tasting held again?').answer?.text ?? '').not.toContain('weekend');
  });
});
