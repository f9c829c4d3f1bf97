import { describe, expect, it } from 'vitest';
import { amountsAgree, durationUnit, readAmount } from '../../src/differences/quantity.js';

const amount = (text: string) => readAmount(text)!.amount;

describe('readAmount', () => {
  it('reads digits, separators, decimals, scales and hedges', () => {
    expect(readAmount('nearly 2,300 drones')).toEqual({ amount: { value: 2300, step: 1, hedge: 'atMost' }, length: 12 });
    expect(amount('2.5 billion dlrs')).toEqual({ value: 2.5e9, step: 1e8 });
    expect(amount('$100 million')).toEqual({ value: 1e8, step: 1e6 });
    expect(amount('more than 20')).toEqual({ value: 20, step: 1, hedge: 'atLeast' });
  });

  it('reads number words, compounds and a glued unit', () => {
    expect(amount('roughly six hours')).toEqual({ value: 6, step: 1, hedge: 'about' });
    expect(amount('twenty-five')).toEqual({ value: 25, step: 1 });
    expect(readAmount('nine-hour meeting')).toEqual({ amount: { value: 9, step: 1 }, length: 4 });
    expect(amount('a dozen')).toEqual({ value: 12, step: 1 });
    expect(amount('a million')).toEqual({ value: 1e6, step: 1e6 });
  });

  it('finds no amount in words that are not numbers', () => {
    expect(readAmount('several hours')).toBeNull();
    expect(readAmount('a meeting')).toBeNull();
  });
});

describe('amountsAgree', () => {
  it('agrees on wording, rounding and covering hedges', () => {
    expect(amountsAgree(amount('nearly 2,300'), amount('2,300'))).toBe(true);
    expect(amountsAgree(amount('4.37 billion'), amount('4.4 billion'))).toBe(true);
    expect(amountsAgree(amount('about 100'), amount('95'))).toBe(true);
    expect(amountsAgree(amount('more than 20'), amount('22'))).toBe(true);
  });

  it('disagrees on different figures', () => {
    expect(amountsAgree(amount('roughly six'), amount('five'))).toBe(false);
    expect(amountsAgree(amount('2.3 billion'), amount('2.5 billion'))).toBe(false);
    expect(amountsAgree(amount('nearly 2,300'), amount('2,400'))).toBe(false);
    expect(amountsAgree(amount('more than 20'), amount('15'))).toBe(false);
  });
});

describe('durationUnit', () => {
  it('knows plural and abbreviated units', () => {
    expect(durationUnit('hours')).toBe('hour');
    expect(durationUnit('hrs')).toBe('hour');
    expect(durationUnit('meetings')).toBeUndefined();
  });
});
