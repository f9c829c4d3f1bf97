import { describe, expect, it } from 'vitest';
import { amountSpan, isTimeSpan, withRateUnit } from '../../src/answer/amountSpan.js';
import type { Entity } from '../../src/nlp/entities.js';
import { termOf } from '../../src/search/terms.js';

const at = (sentence: string, text: string, type: Entity['type'] = 'CARDINAL'): Entity => {
  const start = sentence.indexOf(text);
  return { type, text, start, end: start + text.length };
};

describe('amountSpan', () => {
  it('widens a number over its currency sign, scale and unit', () => {
    const s = 'The mill was sold for $54m and 50 mln dlrs of debt.';
    expect(amountSpan(s, at(s, '54', 'MONEY')).text).toBe('$54m');
    expect(amountSpan(s, at(s, '50')).text).toBe('50 mln dlrs');
  });
  it('takes the noun the question counts', () => {
    const s = 'Rebels fired 12 drones at the depot.';
    expect(amountSpan(s, at(s, '12'), new Set(['drone'])).text).toBe('12 drones');
    expect(amountSpan(s, at(s, '12')).text).toBe('12');
  });
  it('leaves a bare number alone and does not glue the next word', () => {
    const s = 'Gate 7 opened.';
    expect(amountSpan(s, at(s, '7')).text).toBe('7');
  });
  it('widens a measure over its metric or imperial unit, unless the question names that unit', () => {
    const s = 'The new mast stands 212 ft tall and its dish is 4 cubic metres in volume.';
    expect(amountSpan(s, at(s, '212'), new Set(), false).text).toBe('212 ft');
    expect(amountSpan(s, at(s, '4'), new Set(), false).text).toBe('4 cubic metres');
    expect(amountSpan(s, at(s, '212'), new Set(['ft']), false).text).toBe('212');
  });
  it('widens a figure over a unit joined to it by a hyphen, unless the question names that unit', () => {
    const s = 'Crews raised a 25-foot wall and ran a 3-0 drill.';
    expect(amountSpan(s, at(s, '25'), new Set(), false).text).toBe('25-foot');
    expect(amountSpan(s, at(s, '25'), new Set(['foot']), false).text).toBe('25');
    expect(amountSpan(s, at(s, '3'), new Set(), false).text).toBe('3');
  });
  it('widens a figure over a rate written with a slash after its unit, but over no fraction', () => {
    const s = 'The Tolly carries 300 m3/s at the weir, the ferry runs at 40 km/h, the shore drops 2 cm/yr and 3/4 of it is silt.';
    expect(amountSpan(s, at(s, '300'), new Set(), false).text).toBe('300 m3/s');
    expect(amountSpan(s, at(s, '300 m3', 'QUANTITY'), new Set(), false).text).toBe('300 m3/s');
    expect(amountSpan(s, at(s, '40'), new Set(), false).text).toBe('40 km/h');
    expect(amountSpan(s, at(s, '2'), new Set(), false).text).toBe('2 cm/yr');
    expect(amountSpan(s, at(s, '3/4'), new Set(), false).text).toBe('3/4');
  });
  it('widens a figure over a degree sign and its scale, a pressure, a temperature in kelvins and a prefixed ton', () => {
    const s = 'The Tolly boiler runs at 12 °C, the Orsk one at 30°F and 400 kPa; the kiln tops 1500 kelvins and burns 2.5 gigatons.';
    expect(amountSpan(s, at(s, '12'), new Set(), false).text).toBe('12 °C');
    expect(amountSpan(s, at(s, '30'), new Set(), false).text).toBe('30°F');
    expect(amountSpan(s, at(s, '400'), new Set(), false).text).toBe('400 kPa');
    expect(amountSpan(s, at(s, '1500'), new Set(), false).text).toBe('1500 kelvins');
    expect(amountSpan(s, at(s, '2.5'), new Set(), false).text).toBe('2.5 gigatons');
  });
  it('keeps a bare degree sign with its figure, and leaves it out where the question counts degrees', () => {
    const s = 'The Velden road turns through 45° at the bridge and the dial reads 12 °C.';
    expect(amountSpan(s, at(s, '45'), new Set(), false).text).toBe('45°');
    expect(amountSpan(s, at(s, '12'), new Set([termOf('degrees')!]), false).text).toBe('12');
  });
  it('takes in a fraction joined to its count by a hyphen, and the unit after it', () => {
    const s = 'The depot stands one-half mile from the quay.';
    expect(amountSpan(s, at(s, 'one'), new Set(), false).text).toBe('one-half mile');
  });
  it('knows a span of time', () => {
    expect(isTimeSpan('10 years')).toBe(true);
    expect(isTimeSpan('$10')).toBe(false);
  });
});

describe('withRateUnit', () => {
  it('widens an amount over the unit it is counted per, unless the question names that unit', () => {
    const pay = 'Orla Tellin was paid $140 per month at Fort Mirela.';
    expect(withRateUnit(pay, at(pay, '$140', 'MONEY'), 'What was her pay?').text).toBe('$140 per month');
    expect(withRateUnit(pay, at(pay, '$140', 'MONEY'), 'What was her monthly pay?').text).toBe('$140');
    expect(withRateUnit(pay, at(pay, '$140', 'MONEY'), 'How much was she paid per month?').text).toBe('$140');
    const walk = 'The ferryman rowed 10 miles a day.';
    expect(withRateUnit(walk, at(walk, '10 miles', 'QUANTITY'), 'How far did he row?').text).toBe('10 miles a day');
    expect(withRateUnit(walk, at(walk, '10 miles', 'QUANTITY'), 'How far did he row daily?').text).toBe('10 miles');
    // A bare figure has no unit of its own to be a rate of; a word after "a" that is no unit is none.
    const count = 'He rowed 10 a day and 3 a piece.';
    expect(withRateUnit(count, at(count, '10', 'CARDINAL'), 'How many?').text).toBe('10');
    const fee = 'It cost $3 a piece.';
    expect(withRateUnit(fee, at(fee, '$3', 'MONEY'), 'What did it cost?').text).toBe('$3');
  });
});
