import { describe, expect, it } from 'vitest';
import { questionFrame } from '../../src/answer/questionFrame.js';

describe('questionFrame: where a what-question puts its answer', () => {
  it('is the subject when a verb follows "what" or "what NOUN"', () => {
    expect(questionFrame('ask', 'What gave Orvell the right to the harbour?').role).toBe('subject');
    expect(questionFrame('ask', 'What older guild was replaced by the Varnholt league?').role).toBe('any');
    expect(questionFrame('ask', 'What ferry company bought the Varnholt pier?').role).toBe('subject');
    expect(questionFrame('ask', 'What can cause floods in Orvell?').role).toBe('subject');
  });

  it('is the subject of "have" as a main verb, not of "have" as a helper', () => {
    expect(questionFrame('ask', 'What guild has no written charter?').role).toBe('subject');
    expect(questionFrame('ask', 'What group has been formed in Orvell?').role).toBe('any');
  });

  it('is the object after "what NOUN did/does"', () => {
    expect(questionFrame('ask', 'What ferry did Ada Vell board?').role).toBe('object');
  });

  it('is unknown after a copula', () => {
    expect(questionFrame('ask', 'What is the capital of Orvell?').role).toBe('any');
  });
});
