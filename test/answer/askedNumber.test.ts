import { describe, expect, it } from 'vitest';
import { asksCount, asksOne, asksSeveral, mayAskSeveral } from '../../src/answer/askedNumber.js';

describe('asksSeveral', () => {
  it('reads a count of things, a plural focus noun and a plural verb after the question word', () => {
    expect(asksSeveral('which two rivers meet at orsk?', 'rivers')).toBe(true);
    expect(asksSeveral('which towns did the fair visit?', 'towns')).toBe(true);
    expect(asksSeveral('what were the goods sold at the fair?', 'goods')).toBe(true);
    expect(asksSeveral('which town did the fair visit?', 'town')).toBe(false);
  });

  it('reads no number of things in a count before a unit of time', () => {
    expect(asksSeveral('which month does the two week fair open in?', 'month')).toBe(false);
    expect(asksSeveral('which month does the two-week fair open in?', 'month')).toBe(false);
    expect(asksSeveral('which month does the fair open in the 3 weeks of summer?', 'month')).toBe(false);
  });

  it('reads a count before each focus noun by that noun', () => {
    expect(asksSeveral('who beat the three teams in the cup?', 'teams')).toBe(true);
    expect(asksSeveral('who beat the three teams in the cup?', 'cup')).toBe(false);
    expect(asksSeveral('who beat the three teams in the cup?', 'teams')).toBe(true);
  });

  it('reads one thing asked in a count to choose among', () => {
    expect(asksSeveral('which of the two teams won?', 'teams')).toBe(false);
  });

  it('reads the count that governs what is asked: after the question word or before the focus noun', () => {
    expect(asksSeveral('the mill can grind what two grains?', 'grains')).toBe(true);
    expect(asksSeveral('which are the four largest towns on the river?', 'towns')).toBe(true);
    expect(asksSeveral('the fair visited the four largest towns in which year?', 'year')).toBe(false);
    expect(asksSeveral('which team won the four races?', 'team')).toBe(false);
    expect(asksSeveral('who won the four races?', undefined)).toBe(false);
    // A count before a focus whose plural reads as its singular: only the count tells.
    expect(asksSeveral("the fair judged which of velden's two best sheep?", 'sheep')).toBe(true);
    expect(asksSeveral("the fair judged which of velden's best sheep?", 'sheep')).toBe(false);
  });

  it('reads one thing asked by "one" that governs what is asked', () => {
    expect(asksSeveral('what is one cause of the cut?', 'cause')).toBe(false);
    expect(asksSeveral('name one of the towns on the river.', 'towns')).toBe(false);
    expect(asksSeveral('what are one of the causes of the cut?', 'causes')).toBe(false);
    expect(asksSeveral('which one of the two mills burned?', 'mills')).toBe(false);
  });
});

describe('mayAskSeveral and asksOne', () => {
  it('lets a question with no noun for its answer take a list, unless a word sets one thing apart', () => {
    expect(mayAskSeveral('what did the board blame for the cut?', undefined)).toBe(true);
    expect(mayAskSeveral('what other thing did the board blame?', undefined)).toBe(false);
    expect(mayAskSeveral('which town did the fair visit?', 'town')).toBe(false);
  });

  it('reads one thing asked for by "one", "name a" or a thing set beside another', () => {
    expect(asksOne('what is one thing the board blamed for the cut?')).toBe(true);
    expect(asksOne('name a cause of the cut.')).toBe(true);
    expect(asksOne('along with storms, what did the board blame?')).toBe(true);
    expect(asksOne('what did the board blame for the cut?')).toBe(false);
  });
});

describe('asksCount', () => {
  it('reads a count right after the question word as the number of answers asked for', () => {
    expect(asksCount('what two rivers meet at orsk?')).toBe(true);
    expect(asksCount('what are the three causes of the cut?')).toBe(true);
    expect(asksCount('name two towns on the river.')).toBe(true);
    expect(asksCount('in what two towns did the fair stop?')).toBe(true);
    expect(asksCount('the fair can stop in what two towns?')).toBe(true);
    expect(asksCount('what is one town the fair stops in?')).toBe(false);
    expect(asksCount('what are both the mill and the barn?')).toBe(false);
  });

  it('reads no number of answers in a count later in the question', () => {
    expect(asksCount('what ship was tested in two tanks?')).toBe(false);
    expect(asksCount('which of the two teams won?')).toBe(false);
  });
});
