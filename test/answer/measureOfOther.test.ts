import { describe, expect, it } from 'vitest';
import { measureByOther } from '../../src/answer/measureOfOther.js';

describe('measureByOther', () => {
  const far = 'How far is the Tolly mill from Velden?';
  it('holds for a bare figure its sentence joins by a hyphen to a word that is no unit of the dimension asked', () => {
    expect(measureByOther(far, '16', 'The 16-point charter was drawn up at the Tolly mill.')).toBe(true);
    expect(measureByOther('How tall is the Orsk tower?', 'twelve', 'A storm hit the twelve-storey Orsk tower.')).toBe(true);
  });
  it('holds for a score answering how fast', () => {
    expect(measureByOther("How fast is Ada Vik's serve?", '6-3 2-6 7-5', 'Ada Vik won 6-3 2-6 7-5 on Sunday.')).toBe(true);
  });
  it('is false for a figure joined to a unit of the dimension, a figure standing alone, or an answer with its unit', () => {
    expect(measureByOther(far, '40', 'The 40-mile road runs from the Tolly mill to Velden.')).toBe(false);
    expect(measureByOther(far, 'three', 'Velden lies three from the mill.')).toBe(false);
    expect(measureByOther(far, '12 km', 'The Tolly mill is 12 km from Velden.')).toBe(false);
  });
  it('is false for a question that asks no measure by its dimension', () => {
    expect(measureByOther('How many points did the charter have?', '16', 'The 16-point charter was drawn up at the Tolly mill.')).toBe(
      false,
    );
    expect(measureByOther('What was the score?', '7-5 6-2', 'Ada Vik won 7-5 6-2 on Sunday.')).toBe(false);
  });
});
