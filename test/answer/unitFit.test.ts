import { describe, expect, it } from 'vitest';
import {
  amountUnit,
  askedMeasure,
  askedUnit,
  measureAnsweredByDate,
  measureClash,
  unitFit,
  unitlessMeasure,
  unitOfWord,
  unitUnanswered,
} from '../../src/answer/unitFit.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: a measure given in two units, the one asked for in brackets after the other. */
const BELL_BODY =
  'The new bell for the Ostwick chapel was cast at a foundry on Monday. ' +
  'The bell weighed about 2,400 pounds (1,090 kg) when it left the mould. ' +
  'It will be hung in the tower next spring.';

const story = oneArticleStory('bell', 'Bell', BELL_BODY);

describe('an amount asked in a unit', () => {
  it('is answered in that unit when the sentence gives it in another too', () => {
    const short = askShort(story)('How many kilograms did the bell weigh?');
    expect(short).toMatch(/1,090/);
    const closing = askShort(story)('How much did the bell weigh in kg?');
    expect(closing).toMatch(/1,090/);
  });
});

describe('askedUnit', () => {
  it('reads the unit counted by how many / how much, a closing "in", or the dimension of "how far"', () => {
    expect(askedUnit('How many kgs of grain were sold?')).toEqual({ dimension: 'mass', name: 'kg' });
    expect(askedUnit('How many square miles does the park cover?')).toEqual({ dimension: 'area', name: 'sq mile' });
    expect(askedUnit('How much did the bell weigh in tonnes?')).toEqual({ dimension: 'mass', name: 'tonne' });
    expect(askedUnit('How far is the mill from the river?')).toEqual({ dimension: 'length' });
    expect(askedUnit('How many people came?')).toBeUndefined();
    expect(askedUnit('How much did the mill earn in 2010?')).toBeUndefined();
  });
});

describe('amountUnit and unitFit', () => {
  it('reads the unit after a figure and its scale, and weighs another unit or another measure down', () => {
    expect(amountUnit('3 million tons')).toEqual({ dimension: 'mass', name: 'tonne' });
    expect(amountUnit('48 hours')).toEqual({ dimension: 'time', name: 'hour' });
    expect(amountUnit('12 lanterns')).toBeUndefined();
    const km = askedUnit('How many kilometres long is the wall?');
    expect(unitFit(km, amountUnit('160 km'), 0.2, 0.5)).toBe(1);
    expect(unitFit(km, amountUnit('100 miles'), 0.2, 0.5)).toBe(0.2);
    expect(unitFit(km, amountUnit('40 days'), 0.2, 0.5)).toBe(0.5);
    expect(unitFit(km, amountUnit('12 lanterns'), 0.2, 0.5)).toBe(1);
  });
});

describe('unitUnanswered', () => {
  it('tells an amount asked in a unit answered by a figure with no unit of that measure after it', () => {
    expect(unitUnanswered('How many yards did the keeper run?', 'four', 'The keeper has won four medals.')).toBe(true);
    expect(unitUnanswered('How much did the bell weigh in pounds?', 'three', 'The three-man crew cast the bell.')).toBe(true);
    expect(unitUnanswered('How many yards did the keeper run?', '51', 'The keeper ran for 51 yards.')).toBe(false);
    expect(unitUnanswered('How many years did he coach?', 'four', 'He took four cups over his four years in charge.')).toBe(false);
    // The unit within a few words after the figure, or in the answer itself, or another unit of the same measure.
    expect(unitUnanswered('How many weeks did the play run?', 'nine', 'It ran for nine straight weeks.')).toBe(false);
    expect(unitUnanswered('How many tons of grain were sold?', 'about 900 tonnes', 'They sold about 900 tonnes of grain.')).toBe(false);
    expect(unitUnanswered('How many miles long is the wall?', '160 km', 'The wall is 160 km long.')).toBe(false);
    expect(unitUnanswered('How many tons of salt are mined?', '2.5', 'About 2.5 gigatons of salt are mined.')).toBe(false);
    // A dimension asked alone, or no unit asked, is left to the other checks.
    expect(unitUnanswered('How far is the mill from the river?', '1583', 'Records from 1583 name the mill.')).toBe(false);
    expect(unitUnanswered('How many people came?', 'four', 'Four people came.')).toBe(false);
  });
});

describe('unitlessMeasure', () => {
  it('tells a bare figure answering a measure asked by its dimension', () => {
    expect(unitlessMeasure('How far is the Tolly mill from Velden?', 'three')).toBe(true);
    expect(unitlessMeasure('How far apart are the two lighthouses?', '8')).toBe(true);
    expect(unitlessMeasure('How heavy was the Orsk bell?', '1583')).toBe(true);
    // The unit written, a metric prefix read, a unit of the measure asked only.
    expect(unitlessMeasure('How far is the Tolly mill from Velden?', '12 km')).toBe(false);
    expect(unitlessMeasure('How far is the Tolly mill from Velden?', 'one-half mile')).toBe(false);
    expect(unitlessMeasure('How wide is the Orsk channel?', 'about 40 kilometres')).toBe(false);
    expect(unitlessMeasure('How heavy was the Orsk bell?', 'three tonnes')).toBe(false);
    expect(unitlessMeasure('How far is the Tolly mill from Velden?', 'three pounds')).toBe(true);
    // No figure, a height (storeys, chart places), a unit asked by name, a time: left alone.
    expect(unitlessMeasure('How far did the team go?', 'the third round')).toBe(false);
    expect(unitlessMeasure('How high are the towers of Velden?', 'four')).toBe(false);
    expect(unitlessMeasure('How many miles is Velden from Orsk?', '103')).toBe(false);
    expect(unitlessMeasure('How long did the regatta last?', 'four')).toBe(false);
  });
});

describe('askedMeasure and measureClash', () => {
  it('reads the measure a question asks by its unit, its noun or a how-word', () => {
    expect(askedMeasure('At what temperature does the Tesk freeze?')).toBe('temperature');
    expect(askedMeasure("What is the lake's highest monthly temperature?")).toBe('temperature');
    expect(askedMeasure('How old was the ferryman when he retired?')).toBe('time');
    expect(askedMeasure('What is the height of the Orvel bell tower?')).toBe('length');
    expect(askedMeasure('How far is Orvel from Tesk?')).toBe('length');
    expect(askedMeasure('When was the guild at its height?')).toBeUndefined();
    expect(askedMeasure('How long did the regatta last?')).toBeUndefined();
  });
  it('holds when the answer is an amount in a unit of another measure only', () => {
    expect(measureClash('At what temperature does the Tesk freeze?', '12.5 mg', 'Each litre holds 12.5 mg of salt.')).toBe(true);
    expect(measureClash("What is the lake's highest temperature?", '1,742 m', 'The peak rises 1,742 m above the lake.')).toBe(true);
    expect(measureClash('How old was the ferryman when he retired?', 'about 60 km', 'He lived about 60 km from the pier.')).toBe(true);
    expect(measureClash('How old was the ferryman when he retired?', '18', 'He rowed 18 miles to the pier.')).toBe(true);
  });
  it('does not hold for the measure asked, a rate, or a figure with no unit', () => {
    expect(measureClash('How old was the ferryman when he retired?', '61', 'He retired at 61.')).toBe(false);
    expect(measureClash('How old was the ferryman when he retired?', '61 years', 'He retired after 61 years.')).toBe(false);
    expect(measureClash('How fast does the barge sail?', '9 miles', 'The barge sails 9 miles an hour.')).toBe(false);
    expect(measureClash('How fast does the barge sail?', '4 metres', 'It gains 4 metres per second.')).toBe(false);
    expect(measureClash('At what temperature does the Tesk freeze?', '-4', 'The Tesk freezes at -4 degrees.')).toBe(false);
    expect(measureClash('How high did the Orvel song climb in the charts?', 'number 24', 'It reached number 24 for two weeks.')).toBe(
      false,
    );
    expect(measureClash('How long did the regatta last?', '3 km', 'The course was 3 km.')).toBe(false);
  });
});

describe('unitOfWord', () => {
  it('reads a unit in any spelling or by a metric prefix, and no other word', () => {
    expect(unitOfWord('miles')).toEqual({ dimension: 'length', name: 'mile' });
    expect(unitOfWord('Kilotonnes')).toEqual({ dimension: 'mass', name: 'tonne' });
    expect(unitOfWord('storey')).toBeUndefined();
  });
});

describe('measureAnsweredByDate', () => {
  it('holds for a measure asked by its dimension and answered by a date', () => {
    expect(
      measureAnsweredByDate('How far is the Tolly mill from the sea?', 'CARDINAL', '1583', 'Mill records go as far back as 1583.'),
    ).toBe(true);
    expect(measureAnsweredByDate('How heavy was the Orsk bell?', 'DATE', 'May 1702', 'The Orsk bell was cast in May 1702.')).toBe(true);
  });
  it('does not hold for a figure with its unit, "how far back", or a dimension a bare figure answers', () => {
    expect(
      measureAnsweredByDate('How far is the Tolly mill from the sea?', 'CARDINAL', '1583', 'The mill stands 1583 metres from the sea.'),
    ).toBe(false);
    expect(measureAnsweredByDate('How far back do the mill records go?', 'CARDINAL', '1583', 'Mill records go as far back as 1583.')).toBe(
      false,
    );
    expect(measureAnsweredByDate('How high did the song climb?', 'CARDINAL', '1999', 'The song reached number 1999.')).toBe(false);
    expect(measureAnsweredByDate('How far is the Tolly mill from the sea?', 'CARDINAL', '12,000', 'The mill sold 12,000 sacks.')).toBe(
      false,
    );
  });
});
