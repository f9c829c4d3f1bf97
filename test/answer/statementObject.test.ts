import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { asksStatementObject } from '../../src/answer/statementQuestion.js';
import { GUILD_BODY } from '../fixtures/guild.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The invented guild story (`test/fixtures/guild.ts`). */
const story = oneArticleStory('guild', 'Guild', GUILD_BODY);

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
