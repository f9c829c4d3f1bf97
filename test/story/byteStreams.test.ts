import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from '../../src/story/byteStreams.js';

describe('ByteReader.pairs', () => {
  it('reads (gap, value) pairs of one and several bytes as documents and values, as the varint reader does', () => {
    const docs = [0, 1, 5, 200, 201, 70_000];
    const values = [1, 300, 2, 1, 2 ** 20, 7];
    const w = new ByteWriter(4);
    w.uint(9);
    let prev = -1;
    docs.forEach((d, i) => {
      w.uint(d - prev - 1);
      w.uint(values[i]!);
      prev = d;
    });
    w.uint(42);
    const r = new ByteReader(w.view());
    expect(r.uint()).toBe(9);
    const outDocs = new Int32Array(8);
    const outValues = new Uint32Array(8);
    expect(r.pairs(docs.length, outDocs, outValues, 2, 70_001)).toBe(70_000);
    expect([...outDocs.subarray(2)]).toEqual(docs);
    expect([...outValues.subarray(2)]).toEqual(values);
    expect(r.uint()).toBe(42);
    expect(r.done).toBe(true);
  });

  it('throws, prefixed, on a document beyond the last or data that ends inside a pair', () => {
    const w = new ByteWriter(4);
    for (const n of [0, 1, 3, 1]) w.uint(n);
    const out = () => [new Int32Array(2), new Uint32Array(2)] as const;
    expect(() => new ByteReader(w.view()).pairs(2, ...out(), 0, 4)).toThrow(/^byteStreams: a posting names a document beyond the last/);
    expect(() => new ByteReader(w.view().subarray(0, 3)).pairs(2, ...out(), 0, 10)).toThrow(/^byteStreams: data ends inside a number/);
  });
});

describe('ByteReader.uints', () => {
  it('reads a run of numbers of one and several bytes, each plus an offset, as the varint reader does', () => {
    const values = [0, 127, 128, 5, 2 ** 20, 1];
    const w = new ByteWriter(4);
    for (const v of values) w.uint(v);
    w.uint(42);
    const r = new ByteReader(w.view());
    const out = new Int32Array(values.length);
    r.uints(out, -1);
    expect([...out]).toEqual(values.map((v) => v - 1));
    expect(r.uint()).toBe(42);
    expect(r.done).toBe(true);
    expect(() => new ByteReader(w.view().subarray(0, 3)).uints(new Uint32Array(3))).toThrow(/^byteStreams: data ends inside a number/);
  });
});
