import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { writesTime } from '../../src/answer/timeWords.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The short answer's text for one question on a story of one invented paragraph. */
function shortAnswer(body: string, question: string): string | undefined {
  const story = oneArticleStory('orsk', 'Orsk', body);
  return traceAnswer(story, question, { command: 'ask', limit: 1 }).short?.text;
}

const RAID = "Tolly's second raid on Orsk in 1281 failed because of a sudden gale.";

describe('a what-question asking for a thing', () => {
  it('is not answered by a date standing beside its words', () => {
    expect(shortAnswer(RAID, "What stopped Tolly's second raid on Orsk?")).toBe('sudden gale');
  });

  it("is not answered by the span of a person's years set beside the name", () => {
    expect(shortAnswer('Ada Vell (1641–1679) named the grey kiln dust vellite.', 'What did Ada Vell name the grey kiln dust?')).toBe(
      'vellite',
    );
  });

  it('still takes the date when the question asks for a year', () => {
    expect(shortAnswer(RAID, "What year was Tolly's second raid on Orsk?")).toBe('1281');
  });

  it('still takes the date when its opening reads a thing but it writes a noun of time', () => {
    expect(shortAnswer(RAID, "What was the only year of Tolly's second raid on Orsk?")).toBe('1281');
  });
});

describe('writesTime', () => {
  it('finds a noun of time the question writes, and "time" asked by what', () => {
    expect(writesTime('What was the only year the Orsk fair was not held?')).toBe(true);
    expect(writesTime('At what time did the Orsk ferry leave?')).toBe(true);
  });

  it('leaves "time" that only sets the scene, and an ordinal read as an adjective', () => {
    expect(writesTime('What did Ada Vell sell at this time?')).toBe(false);
    expect(writesTime("What stopped Tolly's second raid on Orsk?")).toBe(false);
  });
});
