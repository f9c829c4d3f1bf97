import { describe, expect, it } from 'vitest';
import { lexRank, sentenceVectors, similarityGraph } from '../../src/brief/similarityGraph.js';

const TEXTS = [
  'The harbour crane collapsed onto the pier during the storm.',
  'Dockers said the harbour crane collapsed in strong wind.',
  'The crane collapse closed the pier for two days.',
  'Tourists photographed the lighthouse at sunset.',
];

describe('similarityGraph', () => {
  it('links sentences that share rare words and leaves unrelated ones alone', () => {
    const graph = similarityGraph(sentenceVectors(TEXTS));
    expect(graph[0]!.map((e) => e.id)).toEqual(expect.arrayContaining([1, 2]));
    expect(graph[3]).toEqual([]);
    const edge = graph[0]!.find((e) => e.id === 1)!;
    expect(edge.cosine).toBeGreaterThan(0.1);
    expect(edge.cosine).toBeLessThanOrEqual(1);
    expect(graph[1]!.find((e) => e.id === 0)!.cosine).toBeCloseTo(edge.cosine, 12);
  });

  it('does not pair sentences through a word too many sentences hold', () => {
    const texts = ['alpha common', 'beta common', 'gamma common'];
    expect(similarityGraph(sentenceVectors(texts), { maxDocumentFrequency: 2 }).every((edges) => edges.length === 0)).toBe(true);
    expect(similarityGraph(sentenceVectors(texts), { maxDocumentFrequency: 3, minCosine: 0 })[0]!.length).toBe(2);
  });

  it('keeps at most the strongest neighbours asked for', () => {
    const texts = Array.from({ length: 6 }, (_, i) => `storm crane pier ${'x'.repeat(i + 1)}`);
    const graph = similarityGraph(sentenceVectors(texts), { maxNeighbours: 2 });
    expect(graph.every((edges) => edges.length <= 2)).toBe(true);
  });
});

describe('lexRank', () => {
  it('ranks the sentence most like the others highest, and sums to one', () => {
    const scores = lexRank(similarityGraph(sentenceVectors(TEXTS)));
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    const best = scores.indexOf(Math.max(...scores));
    expect([0, 1, 2]).toContain(best);
    expect(scores[3]).toBeLessThan(scores[best]!);
  });

  it('gives every sentence the same score when none are linked', () => {
    expect(lexRank([[], [], []])).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });
});
