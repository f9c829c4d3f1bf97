import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANCHOR_REACH, type DayAnchor, NEXT_DAY_REACH, dayAnchors, daysNextTo, mayCountDays } from '../../src/timeline/dayNextTo.js';
import { timelineOf } from './timelineOf.js';

const sentence = (id: number, text: string) => ({ id, text });
const anchor = (day: string, s: { id: number; text: string }, at = 0, exact = true): DayAnchor => ({ day, at, sentence: s, exact });

describe('daysNextTo', () => {
  const monday = sentence(0, 'Voters in Tarnby rejected the levy on Monday.');
  const anchors = [anchor('2031-05-12', monday, 38)];

  it('counts "the next day", "the following day" and "two days later" from the last day named', () => {
    expect(daysNextTo(sentence(1, 'The mayor resigned the next day.'), anchors)).toEqual([
      { date: '2031-05-13', precision: 'day', text: 'the next day' },
    ]);
    expect(daysNextTo(sentence(1, 'Crowds gathered the following day.'), anchors)[0]?.date).toBe('2031-05-13');
    expect(daysNextTo(sentence(1, 'Two days later the port shut.'), anchors)[0]?.date).toBe('2031-05-14');
  });

  it('counts each phrase of a sentence, a later one from the day an earlier one counted, and the same when read again', () => {
    const s = sentence(1, 'The mayor resigned the next day, and two days later the port shut.');
    const counted = [
      { date: '2031-05-13', precision: 'day', text: 'the next day' },
      { date: '2031-05-15', precision: 'day', text: 'two days later' },
    ];
    expect(daysNextTo(s, anchors)).toEqual(counted);
    expect(daysNextTo(s, anchors)).toEqual(counted);
  });

  it('counts "the day after X" from an earlier report of X, and "the day before" back', () => {
    const other = sentence(1, 'Ferries ran late.');
    const withOther = [...anchors, anchor('2031-05-14', other)];
    expect(daysNextTo(sentence(2, 'The council met the day after the vote.'), withOther)[0]?.date).toBe('2031-05-13');
    expect(daysNextTo(sentence(2, 'The council met the day before the vote.'), withOther)[0]?.date).toBe('2031-05-11');
  });

  it('counts "the day after" a date of the sentence itself, read as after it', () => {
    const s = sentence(1, 'Ferries stopped the day after Friday.');
    expect(daysNextTo(s, [anchor('2031-05-16', s, 24, false)])[0]?.date).toBe('2031-05-17');
  });

  it('dates nothing without a day to count from', () => {
    expect(daysNextTo(sentence(1, 'The mayor resigned the next day.'), [])).toEqual([]);
    expect(daysNextTo(sentence(1 + NEXT_DAY_REACH + 1, 'The mayor resigned the next day.'), anchors)).toEqual([]);
    expect(daysNextTo(sentence(1, 'The council met the day after the storm.'), anchors)).toEqual([]);
  });
});

describe('dayAnchors', () => {
  it('gives a day mention that was not placed as no day, so "the next day" does not count past it', () => {
    const s = { id: 1, text: 'On 12 March, crowds met.', entities: [{ type: 'DATE' as const, text: '12 March', start: 3, end: 11 }] };
    const placed = dayAnchors({ id: 0, text: 'On 10 March 2031, talks began.', entities: [] }, [
      { date: '2031-03-10', precision: 'day', text: '10 March 2031' },
    ]);
    const unplaced = dayAnchors(s, []);
    expect(unplaced).toMatchObject([{ exact: false, at: 3 }]);
    expect(daysNextTo(sentence(2, 'The following day, Tarnby voted.'), [...placed, ...unplaced])).toEqual([]);
    expect(daysNextTo(sentence(2, 'The following day, Tarnby voted.'), placed)[0]?.date).toBe('2031-03-11');
  });
});

// Monday is 19 May 2031.
describe('the timeline dates a day counted from another', () => {
  it('from the day the article named before', () => {
    const events = timelineOf([
      'a',
      'Voters in Tarnby rejected the levy on Monday. The mayor resigned the next day. The council met the day after the vote.',
      '2031-05-21',
    ]);
    expect(events.map((e) => [e.date, e.sentence, e.dateText])).toEqual([
      ['2031-05-19', 1, 'Monday'],
      ['2031-05-20', 2, 'the next day'],
      ['2031-05-20', 3, 'the day after the vote'],
    ]);
  });

  it('but not from a report of X further back than ANCHOR_REACH sentences', () => {
    const filler = Array.from({ length: ANCHOR_REACH + 1 }, (_, i) => `Ferry ${i + 1} sailed late.`).join(' ');
    const events = timelineOf([
      'a',
      `Voters in Tarnby rejected the levy on Monday. ${filler} The council met the day after the vote.`,
      '2031-05-21',
    ]);
    expect(events.map((e) => e.dateText)).toEqual(['Monday']);
  });
});

describe('mayCountDays', () => {
  it('lets through every sentence the unicode, case-blind word-start test did', () => {
    expect(mayCountDays('THE NEXT DAY the ferry sailed.')).toBe(true);
    expect(mayCountDays('The ferry sailed at dawn.')).toBe(false);
    // Letters that fold to others only under the unicode flag (long s, the kelvin sign) beside "day" in every case.
    const text = fc.array(fc.constantFrom('d', 'a', 'y', 'D', 'A', 'Y', '\u017f', '\u212a', 'k', ' ', '-', 'é'), { maxLength: 12 });
    fc.assert(fc.property(text, (chars) => mayCountDays(chars.join('')) || !/\bday/iu.test(chars.join(''))));
  });

  it('keeps a day counted from a phrase written in capitals', () => {
    const monday = sentence(0, 'Voters in Tarnby rejected the levy on Monday.');
    expect(daysNextTo(sentence(1, 'THE NEXT DAY the mayor resigned.'), [anchor('2031-05-12', monday, 38)])[0]?.date).toBe('2031-05-13');
  });
});
