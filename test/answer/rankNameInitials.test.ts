import { afterEach, describe, expect, it } from 'vitest';
import { askedNameInitials } from '../../src/answer/acronym.js';
import { RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { harbourReport } from './harbourReport.js';
import { queryOf } from './rankQuery.js';

/** The question names the board in full, the story only by its initials. */
const story = harbourReport(
  ['HSB chair Orla Tellin stopped the sailing.', 'Passengers waited in the hall until dawn.'],
  'rank-name-initials-fixture',
);

const weights = RANKING as { nameInitials: boolean };
const saved = { ...weights };
afterEach(() => Object.assign(weights, saved));

const question = 'Whom did the Harbour Survey Board send to stop the sailing?';
const coverageOf = (held: RegExp) =>
  rankSentences(story, { ...queryOf(question), written: question }).find((r) => held.test(r.sentence.text))?.coverage ?? 0;

describe('a name of capitalised words the question writes, the story only by its initials', () => {
  it('reads the initials of names of three to six capitalised words, not the question word nor a shorter name', () => {
    expect(askedNameInitials(question)).toEqual(
      new Map([
        ['harbour', 'hsb'],
        ['survey', 'hsb'],
        ['board', 'hsb'],
      ]),
    );
    expect(askedNameInitials('Who met Orla Tellin at Fort Mirela?')).toBeUndefined();
    expect(askedNameInitials('Who sailed from Tarn, Velmia Harbour?')).toBeUndefined();
  });
  it('counts the name as held by the sentence writing its initials', () => {
    const held = coverageOf(/HSB chair/);
    weights.nameInitials = false;
    expect(held).toBeGreaterThan(coverageOf(/HSB chair/) + 0.2);
  });
});
