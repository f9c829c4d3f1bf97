import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadCoreModel, winkModel } from '../../src/nlp/winkCoreModel.js';

const require = createRequire(import.meta.url);

/** The model package's own index, as wink-nlp's documentation loads it. */
const packageModel = require('wink-eng-lite-web-model') as Record<string, unknown> & {
  core(): unknown;
  addons: Record<string, unknown>;
};

describe('loadCoreModel', () => {
  it('makes the same core model as the package’s loader: lexicon words, hashes, clusters and packing alike', () => {
    const ours = loadCoreModel() as { lexicon: Uint32Array; features: { lexeme: { hash: Record<string, number> } } };
    expect(ours.lexicon).toBeInstanceOf(Uint32Array);
    expect(ours.lexicon.byteOffset).toBe(0);
    expect(ours.lexicon.buffer.byteLength).toBe(ours.lexicon.byteLength);
    expect(ours.features.lexeme.hash.the).toBeTypeOf('number');
    expect(isDeepStrictEqual(ours, packageModel.core())).toBe(true);
  });

  it('makes a new model each time, as wink may change the one it is given', () => {
    expect(loadCoreModel()).not.toBe(loadCoreModel());
  });
});

describe('winkModel', () => {
  it('holds the package’s other loaders and add-ons themselves', () => {
    const ours = winkModel as unknown as Record<string, unknown> & { addons: Record<string, unknown> };
    for (const key of ['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER', 'featureFn']) expect(ours[key]).toBe(packageModel[key]);
    for (const key of ['stem', 'lemmatize', 'readabilityStats']) expect(ours.addons[key]).toBe(packageModel.addons[key]);
    expect(ours.core).toBe(loadCoreModel);
  });
});
