import { describe, expect, it } from 'vitest';
import { amountSpan, isTimeSpan } from '../../src/answer/amountSpan.js';
import type { Entity } from '../../src/nlp/entities.js';

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
  it('knows a span of time', () => {
    expect(isTimeSpan('10 years')).toBe(true);
    expect(isTimeSpan('$10')).toBe(false);
  });
});
