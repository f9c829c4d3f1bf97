import { createRequire } from 'node:module';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadCoreModel, widenLetters, winkModel } from '../../src/nlp/winkCoreModel.js';

const require = createRequire(import.meta.url);

/** The model package's own index, as wink-nlp's documentation loads it. */
const packageModel = require('wink-eng-lite-web-model') as Record<string, unknown> & {
  core(): unknown;
  addons: Record<string, unknown>;
};

describe('loadCoreModel', () => {
  it('makes the same core model as the package’s loader, letter classes widened: lexicon words, hashes, clusters and packing alike', () => {
    const ours = loadCoreModel() as { lexicon: Uint32Array; features: { lexeme: { hash: Record<string, number> } } };
    expect(ours.lexicon).toBeInstanceOf(Uint32Array);
    expect(ours.lexicon.byteOffset).toBe(0);
    expect(ours.lexicon.buffer.byteLength).toBe(ours.lexicon.byteLength);
    expect(ours.features.lexeme.hash.the).toBeTypeOf('number');
    const theirs = packageModel.core() as { trex: Parameters<typeof widenLetters>[0] };
    expect(isDeepStrictEqual(ours, theirs)).toBe(false);
    widenLetters(theirs.trex);
    expect(isDeepStrictEqual(ours, theirs)).toBe(true);
  });

  it('widens only the letter classes, through every Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic and Georgian letter', () => {
    const trex = {
      ltc: [['^[a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u00FF]+$', 'i', 1]],
      rtc: [['\\d+', 'g', 2]],
      lex: [],
    } as Parameters<typeof widenLetters>[0];
    widenLetters(trex);
    expect(trex.ltc[0]![0]).toMatch(/^\^\[a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u/);
    expect(trex.rtc[0]![0]).toBe('\\d+');
    const word = new RegExp(trex.ltc[0]![0], 'i');
    for (const w of [
      'Łódź',
      'Kılıçoğlu',
      'Đora',
      'Bạch',
      'Zoë',
      'Ξανθέλα',
      'ΞΑΝΘΈΛΑ',
      'Ἀρκλήνη',
      'Вәлмиград',
      'ЖОРИ',
      'Սեդրալ',
      'ლევრანი',
      'יעלוד',
      'زلمور',
      'Kalδos',
    ])
      expect(word.test(w)).toBe(true);
    for (const w of ['Ay-şe', 'Ξανθέλα\u037E', 'Ξανθέλα\u0387', 'Սեդրալ\u0589', 'زلمور\u060C', '\u0663', 'Сто\u0482'])
      expect(word.test(w)).toBe(false);
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
