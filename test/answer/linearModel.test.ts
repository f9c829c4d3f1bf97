import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type LinearModel, linearScore, readLinearWeights, weightsInOrder } from '../../src/answer/linearModel.js';

const ORDER = new Map([
  ['nearMill', 0],
  ['byTarrow', 1],
  ['quoted', 2],
]);
const align = (model: LinearModel) => weightsInOrder(model, ORDER, 3);

describe('weightsInOrder', () => {
  it('lays the weights out in the feature order, a name it does not know dropped and a feature the model lacks at 0', () => {
    const w = align({ features: ['quoted', 'orskOnly', 'nearMill'], weights: [2, 9, 0.5] })!;
    expect([...w]).toEqual([0.5, 0, 2]);
  });
  it('gives null when the names and the weights do not pair up', () => {
    expect(align({ features: ['quoted'], weights: [] })).toBeNull();
    expect(align({} as LinearModel)).toBeNull();
  });
});

describe('readLinearWeights', () => {
  it('reads a committed model and lays it out, and gives null for a file it cannot read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'linear-model-'));
    const file = join(dir, 'weights.json');
    writeFileSync(file, JSON.stringify({ features: ['byTarrow'], weights: [3], fittedOn: 'Vell fixtures' }));
    expect([...readLinearWeights(pathToFileURL(file), align)!]).toEqual([0, 3, 0]);
    expect(readLinearWeights(pathToFileURL(join(dir, 'none.json')), align)).toBeNull();
    writeFileSync(file, '{ not json');
    expect(readLinearWeights(pathToFileURL(file), align)).toBeNull();
  });
});

describe('linearScore', () => {
  it('sums each feature times its weight', () => {
    expect(linearScore([0.5, 0, 2], [4, 7, 1])).toBe(4);
  });
});
