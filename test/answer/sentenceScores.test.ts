import { describe, expect, it } from 'vitest';
import { SentenceScores } from '../../src/answer/sentenceScores.js';

describe('SentenceScores', () => {
  it('keeps the best score of each sentence, in the order the sentences first came', () => {
    const s = new SentenceScores(4, 0.5);
    s.keep(9, 0.25);
    s.keep(4, 0.75);
    s.keep(9, 0.125);
    expect(s.size).toBe(2);
    expect(s.ids()).toEqual([4, 9]);
    expect(s.sum()).toBe(1);
  });

  it('reads each sentence id by its place, as the list of ids holds it', () => {
    const s = new SentenceScores(4, 0.5);
    s.keep(9, 0.25);
    s.keep(2, 0.5);
    expect([0, 1, 2].map((k) => s.idAt(k))).toEqual(s.ids());
  });

  it('counts a sentence first given a score below zero at zero, as the extractor always has', () => {
    const s = new SentenceScores(1, 0.5);
    s.keep(2, -0.25);
    expect(s.sum()).toBe(0.5);
    expect(s.size).toBe(2);
  });

  it('holds one sentence when only one gives the candidate', () => {
    const s = new SentenceScores(7, 0.3);
    s.keep(7, 0.1);
    expect(s.size).toBe(1);
    expect(s.sum()).toBe(0.3);
  });

  it('begun again, holds only the new sentence, as a new record would', () => {
    const s = new SentenceScores(4, 0.5);
    s.keep(9, 0.25);
    s.keep(2, 0.5);
    s.restart(6, 0.125);
    expect(s.size).toBe(1);
    expect(s.ids()).toEqual([6]);
    expect(s.sum()).toBe(0.125);
    s.keep(9, 0.25);
    s.keep(6, 0.5);
    expect(s.ids()).toEqual([6, 9]);
    expect(s.sum()).toBe(0.75);
    s.keep(3, 0.25);
    s.keep(5, 0.25);
    expect(s.ids()).toEqual([6, 9, 3, 5]);
    expect(s.sum()).toBe(1.25);
  });
});
