import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { whatDone } from '../../src/answer/whatDone.js';
import { termsOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** What one invented sentence says the subject of "What did X do …?" did. */
function done(text: string, question: string): string | undefined {
  const story = oneArticleStory('deed', 'Deed', text);
  return whatDone(story.sentences[0]!, question, termsOf(question))?.text;
}

describe('whatDone', () => {
  it('gives the verb after the question’s subject, to the end of its clause', () => {
    expect(done('After the flood, the Orsk wardens sent two boats to the quay.', 'What did the Orsk wardens do after the flood?')).toBe(
      'sent two boats to the quay',
    );
    expect(done('Orla Tellin mended the harbour bell, and the town listened.', 'What did Orla Tellin do during the fast?')).toBe(
      'mended the harbour bell',
    );
  });

  it('reads a pronoun opening the sentence as the subject', () => {
    expect(done('It spread again during the Velmian era.', 'What did the marsh forest do during the Velmian era?')).toBe(
      'spread again during the Velmian era',
    );
  });

  it('gives nothing where the question asks no deed of its subject, or no verb follows the subject', () => {
    expect(done('The Orsk wardens promised to rebuild the quay.', 'What did the Orsk wardens promise to do?')).toBeUndefined();
    expect(done('The Orsk wardens sent two boats.', 'What did the Orsk wardens send?')).toBeUndefined();
    expect(done('Two boats left the quay for Fort Mirela.', 'What did the Orsk wardens do?')).toBeUndefined();
  });

  it('answers a what-did-X-do question with the deed, not a noun phrase', () => {
    const story = oneArticleStory(
      'deed',
      'Deed',
      'In the spring, the Velden council closed the old ferry landing. Traders on the river complained for weeks.',
    );
    const answer = answerQuestion(story, 'What did the Velden council do in the spring?', { command: 'ask' });
    expect(answer.answer?.text).toContain('closed the old ferry landing');
  });
});
