import { describe, expect, it } from 'vitest';
import {
  amountAnsweredByCount,
  countAnsweredByOtherNoun,
  countAnsweredByPick,
  countAnsweredByValue,
} from '../../src/answer/countOfOther.js';

describe('countAnsweredByValue', () => {
  it('holds for a count answered by a sum of money', () => {
    expect(countAnsweredByValue('How many boats does the Tolly yard build?', 'MONEY', '$40', 'A Tolly rowing boat sells for $40.')).toBe(
      true,
    );
  });
  it('holds for a count answered by a percentage its sentence writes as a change', () => {
    expect(countAnsweredByValue('How many boats does the Tolly yard build?', 'PERCENT', '12%', 'Tolly shares fell 12% on Monday.')).toBe(
      true,
    );
    expect(
      countAnsweredByValue('How many clerks work at Orsk Mutual?', 'PERCENT', '9.5%', 'Orsk Mutual closed the week on a drop of 9.5%.'),
    ).toBe(true);
    expect(countAnsweredByValue('How many boats does the Tolly yard build?', 'PERCENT', '4%', 'Orders saw a 4% rise.')).toBe(true);
  });
  it('does not hold for a share that is no change', () => {
    expect(
      countAnsweredByValue('How many of the Orsk crew come from Velden?', 'PERCENT', '12%', '12% of the Orsk crew come from Velden.'),
    ).toBe(false);
  });
  it('does not hold for a question counting a currency, a share or a scale, or no noun', () => {
    expect(countAnsweredByValue('How many dollars did the Tolly yard pay?', 'MONEY', '$40', 'The Tolly yard paid $40.')).toBe(false);
    expect(countAnsweredByValue('How many percent did Tolly shares fall?', 'PERCENT', '12%', 'Tolly shares fell 12%.')).toBe(false);
    expect(countAnsweredByValue('How many millions did the board lose?', 'MONEY', '$4 million', 'The board lost $4 million.')).toBe(false);
    expect(countAnsweredByValue('How many will the board keep?', 'PERCENT', '12%', 'Its share fell 12%.')).toBe(false);
  });
  it('does not hold for a count or a question that asks no count', () => {
    expect(countAnsweredByValue('How many boats does the Tolly yard build?', 'CARDINAL', '12', 'The Tolly yard builds 12 boats.')).toBe(
      false,
    );
    expect(countAnsweredByValue('How much did Tolly shares fall?', 'PERCENT', '12%', 'Tolly shares fell 12%.')).toBe(false);
  });
});

describe('countAnsweredByOtherNoun', () => {
  it('holds for a figure counting another noun, the sentence not naming the thing counted', () => {
    expect(countAnsweredByOtherNoun('How many ferries leave from Orsk?', '30', 'The Orsk harbour board keeps 30 general rules.')).toBe(
      true,
    );
    expect(
      countAnsweredByOtherNoun('How many clerks work at the Tolly mill?', 'nearly 300', 'The Tolly mill shipped nearly 300 bales.'),
    ).toBe(true);
  });
  it('does not hold when the sentence names the thing counted', () => {
    expect(countAnsweredByOtherNoun('How many boats did the Tolly yard launch?', 'nine', 'The Tolly yard launched nine more boats.')).toBe(
      false,
    );
  });
  it('does not hold for a synonym or a kind of the noun counted, nor for people', () => {
    expect(countAnsweredByOtherNoun('How many boats did the Tolly yard launch?', '14', 'The Tolly yard launched 14 vessels.')).toBe(false);
    expect(countAnsweredByOtherNoun('How many chairs does the Tolly hall have?', '2,500', 'The Tolly hall holds 2,500 people.')).toBe(
      false,
    );
  });
  it('does not hold for a noun derived from a word of the question', () => {
    expect(countAnsweredByOtherNoun('How many letters did Ada Vell translate?', 'four', 'Ada Vell made four translations.')).toBe(false);
  });
  it('does not hold for a classing noun, "how many times" or a unit counted', () => {
    expect(countAnsweredByOtherNoun('How many types of kiln are there?', 'two', 'Kilns fall into two main classes.')).toBe(false);
    expect(countAnsweredByOtherNoun('How many times did the ferry stop?', 'three', 'The ferry called at three ports.')).toBe(false);
    expect(countAnsweredByOtherNoun('How many tons of grain did Orsk ship?', '900', 'Orsk shipped 900 tonnes of wheat.')).toBe(false);
  });
  it('does not hold for a figure no noun follows', () => {
    expect(countAnsweredByOtherNoun('How many ferries leave from Orsk?', '30', 'The harbour board rose to 30.')).toBe(false);
  });
});

describe('countAnsweredByPick', () => {
  it('holds for the "one" of "one of the" and a superlative or a ranking word', () => {
    expect(countAnsweredByPick('How many mills does Orsk have?', 'One', 'One of the oldest mills is the Tarrow mill.')).toBe(true);
    expect(countAnsweredByPick('How many crews row at Velden?', 'one', 'Ada Vell rows for one of its best crews.')).toBe(true);
    expect(countAnsweredByPick('How many ferries still sail?', 'one', 'The Tarrow is one of the few ferries left.')).toBe(true);
  });
  it('does not hold for a plain partitive, another "one" that counts, or a question counting nothing', () => {
    expect(countAnsweredByPick('How many quays were shut?', 'One', 'One of the quays was shut.')).toBe(false);
    expect(countAnsweredByPick('How many mills does Orsk have?', 'one', 'Orsk has one mill, one of the oldest in Velden.')).toBe(false);
    expect(countAnsweredByPick('How old is the Tarrow mill?', 'One', 'One of the oldest mills is the Tarrow mill.')).toBe(false);
  });
});

describe('amountAnsweredByCount', () => {
  it('holds for a how-much question answered by a count of things', () => {
    expect(amountAnsweredByCount('How much of the reservoir is fresh water?', 'three', 'The reservoir has three large islands.')).toBe(
      true,
    );
    expect(amountAnsweredByCount('How much did the Orsk guild spend on the quay?', '12', 'The Orsk guild keeps 12 barges.')).toBe(true);
  });
  it('does not hold for a unit, a sum, people, a noun of the question or a how-many question', () => {
    expect(amountAnsweredByCount('How much grain did Velden ship?', '40', 'Velden shipped 40 tonnes of grain.')).toBe(false);
    expect(amountAnsweredByCount('How much did the Orsk guild spend?', '12', 'The Orsk guild spent 12 dollars.')).toBe(false);
    expect(amountAnsweredByCount('How much of Velden died of the fever?', '400', 'Some 400 residents died of the fever.')).toBe(false);
    expect(amountAnsweredByCount('How much did the Tolly fleet grow?', '12', 'The Tolly fleet gained 12 boats.')).toBe(false);
    expect(amountAnsweredByCount('How many islands does the lake have?', 'three', 'The reservoir has three large islands.')).toBe(false);
    expect(
      amountAnsweredByCount('How much of the river does the Orsk canal carry?', 'Two thirds', 'Two thirds of the river runs west.'),
    ).toBe(false);
    expect(amountAnsweredByCount('By how much did Ada Vell win Tolly ward?', '151', 'Ada Vell won Tolly ward by 151 votes.')).toBe(false);
    expect(amountAnsweredByCount('How much of the reservoir is fresh water?', 'three', 'The reservoir is three times saltier.')).toBe(
      false,
    );
  });
});
