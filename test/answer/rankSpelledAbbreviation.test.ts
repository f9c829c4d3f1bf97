import { afterEach, describe, expect, it } from 'vitest';
import { RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { harbourReport } from './harbourReport.js';
import { queryOf } from './rankQuery.js';

/** The question's abbreviation ("HM") is never written, its words are, once. */
const story = harbourReport(
  ['The recall came from several port officials, including Harbour Master Nils Orte.', 'Passengers waited in the hall until dawn.'],
  'rank-spelled-abbreviation-fixture',
);

const weights = RANKING as { spelledAbbreviation: boolean };
const saved = { ...weights };
afterEach(() => Object.assign(weights, saved));

const first = (question: string) => rankSentences(story, queryOf(question))[0]?.sentence.text;

describe('a question word the story never writes, spelt out in capitalised words', () => {
  const question = 'Which HM called the ferry back?';
  it('puts first the sentence naming the spelt-out words', () => {
    expect(first(question)).toMatch(/Harbour Master/);
  });
  it('is what puts it first: without it, a sentence holding the other words comes first', () => {
    weights.spelledAbbreviation = false;
    expect(first(question)).not.toMatch(/Harbour Master/);
  });
  it('leaves a question whose short words the story writes as it was', () => {
    const before = rankSentences(story, queryOf('Which crew called the ferry back?'));
    weights.spelledAbbreviation = false;
    expect(rankSentences(story, queryOf('Which crew called the ferry back?'))).toEqual(before);
  });
});
