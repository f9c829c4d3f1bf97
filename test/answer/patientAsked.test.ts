import { describe, expect, it } from 'vitest';
import { asksPatient, asksThingPatient } from '../../src/answer/patientAsked.js';

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
    expect(asksPatient('Who was knighted by?')).toBe(false);
    // A preposition left at the end other than "by" still asks for the one acted on ("spoken to").
    expect(asksPatient('Who was spoken to?')).toBe(true);
    expect(asksPatient('Who was thought to have sunk the Orsk ferry?')).toBe(false);
    // A raising verb without an infinitive after it, and another verb before one, still ask for the one acted on.
    expect(asksPatient('Who was thought a traitor in Velden?')).toBe(true);
    expect(asksPatient('Who was hired to rebuild the Tolly mill?')).toBe(true);
  });
});

describe('what- and which-questions asking for the thing a passive verb was done to', () => {
  it('reads "be" or "get" and a participle after the question phrase', () => {
    expect(asksThingPatient('What was built at Fort Mirela?')).toBe(true);
    expect(asksThingPatient('What ferry was sold to the Orsk line?')).toBe(true);
    expect(asksThingPatient('Which old mill has been closed?')).toBe(true);
  });

  it('leaves the active, the copula, a stranded "by" and other question words', () => {
    expect(asksThingPatient('What ferry carried the mail?')).toBe(false);
    expect(asksThingPatient('What is the largest fair in Velden?')).toBe(false);
    expect(asksThingPatient('What was the pier built by?')).toBe(false);
    expect(asksThingPatient('Who was sold the ferry?')).toBe(false);
    // A verb of judging or saying reports a description, as "be" does.
    expect(asksThingPatient('What is considered the oldest mill in Orsk?')).toBe(false);
    expect(asksThingPatient('Which ferry was thought the fastest on the lake?')).toBe(false);
  });
});
