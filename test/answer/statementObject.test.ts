import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { asksStatementObject } from '../../src/answer/statementQuestion.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

/** An invented guild: the thing sold is the object of "sold", its leader a name beside the question's words. */
let story: Story;
beforeAll(() => {
  story = buildStory(
    [
      {
        id: 'guild',
        title: 'Guild',
        titleGiven: true,
        file: 'guild.md',
        body: "The Ostwick weavers' guild, led by Marla Quent, sold its old warehouse to pay the looms' debts last winter. The warehouse stood by the Drelby canal.",
      },
    ],
    'statement-object-fixture',
  );
});

describe('a statement question ending in a verb and "what"', () => {
  it('asks for the object of that verb; not after a naming verb, a preposition, or an opening question word', () => {
    expect(asksStatementObject('The guild sold what?')).toBe(true);
    expect(asksStatementObject('The guild was called what?')).toBe(false);
    expect(asksStatementObject('The warehouse stood by what?')).toBe(false);
    expect(asksStatementObject('What did the guild sell?')).toBe(false);
  });

  it('answers with the object in the story, not a name beside the question’s words', () => {
    expect(answerQuestion(story, 'The guild sold what?').answer?.text).toBe('old warehouse');
  });
});
