import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/nlp/entities.js';
import { NameEvidencePool } from '../../src/nlp/nameEvidencePool.js';
import { resolveNames } from '../../src/nlp/names.js';

/** An invented story: a pilot, a harbour board and a port. */
const TEXTS = [
  'Orla Vennick said the Tarsk Harbour Board would meet.',
  'Vennick, a pilot, left Brandholm on Friday.',
  'The board thanked Orla Vennick.',
];
const RUNS = TEXTS.map((t) => tagSentence(t).names);

describe('name runs pooled sentence by sentence', () => {
  it('keeps each spelling once, in the order first met, with the forms it is written in and each run’s key', () => {
    const pool = new NameEvidencePool();
    RUNS.forEach((runs, i) => pool.add(runs, TEXTS[i]));
    expect([...pool.evidence.keys()]).toEqual(['orla vennick', 'tarsk harbour board', 'vennick', 'brandholm']);
    expect(pool.evidence.get('orla vennick')?.mentions).toBe(2);
    expect(pool.surface.get('orla vennick')).toEqual(new Map([['Orla Vennick', 2]]));
    expect(pool.keys).toEqual([['orla vennick', 'tarsk harbour board'], ['vennick', 'brandholm'], ['orla vennick']]);
  });

  it('counts a run that opens its sentence only when given the sentence’s text', () => {
    expect(NameEvidencePool.of(RUNS, TEXTS).evidence.get('vennick')?.opening).toBe(1);
    expect(NameEvidencePool.of(RUNS).evidence.get('vennick')?.opening).toBe(0);
  });

  it('resolves the names as the pooling resolveNames does itself', () => {
    const pool = new NameEvidencePool();
    RUNS.forEach((runs, i) => pool.add(runs, TEXTS[i]));
    expect(resolveNames(RUNS, undefined, TEXTS, undefined, pool)).toEqual(resolveNames(RUNS, undefined, TEXTS));
  });

  it('is not read for other sentences than those resolved', () => {
    const other = NameEvidencePool.of([tagSentence('Ilse Marrow flew home.').names]);
    expect(resolveNames(RUNS, undefined, TEXTS, undefined, other)).toEqual(resolveNames(RUNS, undefined, TEXTS));
  });
});
