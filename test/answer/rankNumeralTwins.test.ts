import { afterEach, describe, expect, it } from 'vitest';
import { numeralTwin } from '../../src/answer/numeralTwins.js';
import { RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { harbourReport } from './harbourReport.js';
import { queryOf } from './rankQuery.js';

/** The question writes its counts in words, the story in figures (and the other way round). */
const story = harbourReport(
  ['Over 12 nights of the 4th gale, Orla Tellin rowed 7 lanterns to the wreck.', 'The tenth voyage of the ferry ended at Fort Mirela.'],
  'rank-numeral-twins-fixture',
);

const weights = RANKING as { numeralTwins: boolean };
const saved = { ...weights };
afterEach(() => Object.assign(weights, saved));

const coverageOf = (question: string, held: RegExp) =>
  rankSentences(story, queryOf(question)).find((r) => held.test(r.sentence.text))?.coverage ?? 0;

describe('a number the question writes in words and the story in figures', () => {
  it('pairs the words and figures from two to twenty, cardinal and ordinal, and no others', () => {
    expect(numeralTwin('seven')).toBe('7');
    expect(numeralTwin('12')).toBe('twelve');
    expect(numeralTwin('fourth')).toBe('4th');
    expect(numeralTwin('22nd')).toBeUndefined();
    expect(numeralTwin('one')).toBeUndefined();
    expect(numeralTwin('first')).toBeUndefined();
  });
  const question = 'Who rowed seven lanterns to the wreck during the fourth gale over twelve nights?';
  it('counts as held by the sentence writing the figures', () => {
    const held = coverageOf(question, /Orla Tellin/);
    weights.numeralTwins = false;
    expect(held).toBeGreaterThan(coverageOf(question, /Orla Tellin/) + 0.2);
  });
  it('counts a figure of the question as held by the sentence writing it in words', () => {
    const asked = 'Which 10th voyage ended at Fort Mirela?';
    const held = coverageOf(asked, /tenth voyage/);
    weights.numeralTwins = false;
    expect(held).toBeGreaterThan(coverageOf(asked, /tenth voyage/));
  });
});
