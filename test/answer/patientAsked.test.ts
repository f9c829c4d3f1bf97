import { describe, expect, it } from 'vitest';
import { asksPatient } from '../../src/answer/patientAsked.js';

describe('who-questions asking for the one a passive verb was done to', () => {
  it('reads "be" or "get" and a participle after "who"', () => {
    expect(asksPatient('Who was sacked by the Tolly mill?')).toBe(true);
    expect(asksPatient('Who was arrested?')).toBe(true);
    expect(asksPatient('Who has been charged with the theft?')).toBe(true);
    expect(asksPatient('Who will be named captain of the Orsk harbour board?')).toBe(true);
    expect(asksPatient('Who was later released?')).toBe(true);
    expect(asksPatient('Who got hurt in the blast?')).toBe(true);
  });

  it('reads a /who query without its question word', () => {
    expect(asksPatient('was arrested in Velden', true)).toBe(true);
    expect(asksPatient('was arrested in Velden')).toBe(false);
  });

  it('leaves the doer asked for: active, progressive, perfect, copula and a stranded "by"', () => {
    expect(asksPatient('Who sacked the foreman?')).toBe(false);
    expect(asksPatient('Who was leading the count?')).toBe(false);
    expect(asksPatient('Who has beaten Ada Vell?')).toBe(false);
    expect(asksPatient('Who was the mayor of Tarnby?')).toBe(false);
    expect(asksPatient('Who was the pier built by?')).toBe(false);
    expect(asksPatient('Who was the Tolly mill sold to?')).toBe(false);
  });
});
