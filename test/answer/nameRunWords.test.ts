import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

/** An invented contract: a firm's name whose last word the tagger reads as a verb. */
let story: Story;
beforeAll(() => {
  story = buildStory(
    [
      {
        id: 'contract',
        title: 'Contract',
        titleGiven: true,
        file: 'contract.md',
        body: 'The council gave the contract to Alder Brewing Works after a long debate. The signed deal runs for five years. Critics said the price was too high.',
      },
    ],
    'name-run-fixture',
  );
});

describe('a run of proper nouns', () => {
  it('takes in a capitalised word inside the sentence that the tagger read as another word', () => {
    expect(answerQuestion(story, 'Which firm got the contract from the council?').answer?.text).toBe('Alder Brewing Works');
  });
});
