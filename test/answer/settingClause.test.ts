import { describe, expect, it } from 'vitest';
import { answerKind, mainClause } from '../../src/answer/answerKind.js';

describe('a phrase or clause set before the question word', () => {
  it('leaves the kind to the main clause', () => {
    expect(answerKind('ask', 'When the bridge shut, who paid for the ferry?')).toBe('person');
    expect(answerKind('ask', 'In the dry season, which town ran out of water?')).toBe('place');
    expect(answerKind('ask', 'After the vote, how long did the strike last?')).toBe('duration');
  });
  it('is read only when it has two words or more before its comma', () => {
    expect(answerKind('ask', 'When, after all, did the ferry sail?')).toBe('date');
    expect(mainClause('In 1990, which firm built the pier?')).toBe('which firm built the pier?');
    expect(mainClause('Who won, and when?')).toBe('Who won, and when?');
  });
  it('is no clause of a question that opens with its own question word', () => {
    expect(answerKind('ask', 'How many ferries are thought to be safe, when it comes to winter crossings?')).toBe('number');
    expect(mainClause('Which firm is the main partner, when it comes to repairs?')).toBe(
      'Which firm is the main partner, when it comes to repairs?',
    );
  });
});
