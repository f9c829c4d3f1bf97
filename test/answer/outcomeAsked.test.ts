import { describe, expect, it } from 'vitest';
import { asksOutcome } from '../../src/answer/questionWord.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: what befalls a glaze when a kiln cools too quickly, and a quiet day at the pottery. */
const story = oneArticleStory(
  'kiln',
  'Kiln',
  'The pottery at Dunmarrow fires its kiln twice a week. ' +
    'If the kiln cools too quickly, hairline cracks appear in the glaze. ' +
    'The potters opened the yard to visitors on Saturday.',
);
const ask = askShort(story);

describe('a question asking the outcome of a condition', () => {
  it('is "what happens / occurs" right before when, if, after, once or as', () => {
    expect(asksOutcome('What happens when the kiln cools too quickly?')).toBe(true);
    expect(asksOutcome('what occurs if the valve sticks')).toBe(true);
    expect(asksOutcome('What happened next after the dam broke?')).toBe(true);
    expect(asksOutcome('What happened to the kiln?')).toBe(false);
    expect(asksOutcome('What happened at the pottery on Saturday?')).toBe(false);
    expect(asksOutcome('What did the potters do when it rained?')).toBe(false);
  });

  it('is answered by the phrase naming the outcome, which the extractor finds', () => {
    expect(ask('What happens if the kiln cools too quickly?')).toBe('hairline cracks');
  });

  it('leaves another what-happened question to the excerpts', () => {
    expect(ask('What happened at the pottery on Saturday?')).toBeUndefined();
  });
});
