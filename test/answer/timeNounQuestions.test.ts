import { describe, expect, it } from 'vitest';
import { answerKind } from '../../src/answer/answerKind.js';

describe('questions that name a time noun', () => {
  it('ask a date with the noun singular or plural', () => {
    expect(answerKind('ask', 'What months is the Pellow garden open?')).toBe('date');
    expect(answerKind('ask', 'Which years did the mill at Dunvar run?')).toBe('date');
    expect(answerKind('ask', 'What days does the ferry sail?')).toBe('date');
  });
  it('ask a date for a decade or a century', () => {
    expect(answerKind('ask', 'What decade did the Corvel tower go up?')).toBe('date');
    expect(answerKind('ask', 'Which centuries saw the abbey grow?')).toBe('date');
  });
  it('ask a date after "in", "on" or "during" with "what" or "which"', () => {
    expect(answerKind('ask', 'In which century was the Ostra bridge built?')).toBe('date');
    expect(answerKind('ask', 'During what years was the canal shut?')).toBe('date');
  });
  it('still count a span when "how many" comes before the noun', () => {
    expect(answerKind('ask', 'How many years did the canal stay shut?')).toBe('duration');
  });
});
