import { describe, expect, it } from 'vitest';
import { ByteReader, ByteWriter } from '../../src/story/byteStreams.js';
import { decodeRecords, encodeRecords, glanceAt, lazyLists, StringTable } from '../../src/story/columns.js';
import { RecentRows } from '../../src/story/recentRows.js';

function roundTrip(records: object[]): unknown[] {
  const strings = new StringTable();
  const w = new ByteWriter(8);
  encodeRecords(records, w, strings);
  const table = StringTable.decode(strings.encode());
  return decodeRecords(new ByteReader(w.view()), table);
}

describe('columns', () => {
  it('round-trip records of every kind of value, absent keys staying absent', () => {
    const records = [
      { id: 0, name: 'Ana Pell', score: 0.25, live: true, tags: ['a', 'b'], spans: [{ start: 4, end: 9, kind: 'PLACE' }], meta: { x: 1 } },
      { id: 1, name: 'Bo Lind', score: -3.5, live: false, tags: [], spans: [], meta: [1, 'two'] },
      {
        id: -7,
        spans: [
          { start: 0, end: 2 },
          { start: 3, end: 2 ** 40, kind: 'DATE', canonical: 'Monday' },
        ],
        big: Number.MAX_SAFE_INTEGER,
      },
      { id: 2, name: 'Café “Zoë”', score: 1e-300 },
    ];
    const back = roundTrip(records);
    expect(back).toEqual(records);
    expect(Object.keys(back[2] as object)).not.toContain('name');
    expect(Object.keys(back[3] as object)).not.toContain('spans');
  });

  it('read a column of values of no kind of their own when a row’s is first read: damaged, it loads and throws then', () => {
    const records = [{ id: 0, meta: { harbour: 2, quay: 1 } }, { id: 1 }, { id: 2, meta: { ferry: 5 } }];
    const strings = new StringTable();
    const w = new ByteWriter(8);
    encodeRecords(records, w, strings);
    const table = StringTable.decode(strings.encode());
    expect(decodeRecords(new ByteReader(w.view()), table)).toEqual(records);
    // The serialized values are the last bytes written: damage their end.
    const damaged = w.view().slice();
    damaged.fill(0xff, damaged.length - 3);
    const back = decodeRecords(new ByteReader(damaged), table);
    expect('meta' in back[0]!).toBe(true);
    expect('meta' in back[1]!).toBe(false);
    expect(() => back[2]!['meta']).toThrow();
  });

  it('store each distinct string once', () => {
    const strings = new StringTable();
    encodeRecords(
      Array.from({ length: 100 }, (_, i) => ({ word: i % 2 ? 'ferry' : 'harbour' })),
      new ByteWriter(),
      strings,
    );
    expect(strings.list.sort()).toEqual(['ferry', 'harbour', 'word']);
  });

  it('write small integers in a byte or two', () => {
    const w = new ByteWriter();
    encodeRecords(
      Array.from({ length: 1000 }, (_, i) => ({ start: i * 5, end: i * 5 + 4 })),
      w,
      new StringTable(),
    );
    expect(w.length).toBeLessThan(2 * 1000 * 2 + 20);
  });

  it('throw, prefixed, on damaged data', () => {
    const strings = new StringTable();
    const w = new ByteWriter();
    encodeRecords([{ a: 'one' }, { a: 'two' }], w, strings);
    const bytes = w.view().slice(0, w.length - 1);
    expect(() => decodeRecords(new ByteReader(bytes), StringTable.decode(strings.encode()))).toThrow(/^byteStreams: /);
    expect(() => decodeRecords(new ByteReader(w.view()), ['a'])).toThrow(/^columns: string \d+ is not in the table/);
  });

  it('write a span’s text that is a slice of its parent’s only when it is not', () => {
    const records = [
      {
        text: 'The ferry left at dawn.',
        spans: [
          { text: 'ferry', start: 4, end: 9, pos: 'NOUN' },
          { text: 'Dawn', start: 18, end: 22, pos: 'NOUN' },
        ],
      },
      { text: 'Rain.', spans: [{ text: 'Rain', start: 0, end: 4, pos: 'NOUN' }] },
    ];
    const strings = new StringTable();
    const w = new ByteWriter();
    encodeRecords(records, w, strings);
    // "ferry" and "Rain" are slices of their sentence; "Dawn" is not ("dawn" there).
    expect(strings.list).toContain('Dawn');
    expect(strings.list).not.toContain('ferry');
    expect(strings.list).not.toContain('Rain');
    expect(decodeRecords(new ByteReader(w.view()), StringTable.decode(strings.encode()))).toEqual(records);
  });

  it('give a column of few distinct strings a dictionary of its own, most frequent first', () => {
    const records = Array.from({ length: 400 }, (_, i) => ({ pos: i % 10 === 0 ? 'VERB' : 'NOUN', word: `w${i}` }));
    const strings = new StringTable();
    for (let i = 0; i < 300; i += 1) strings.id(`filler ${i}`);
    const w = new ByteWriter();
    encodeRecords(records, w, strings);
    expect(decodeRecords(new ByteReader(w.view()), StringTable.decode(strings.encode()))).toEqual(records);
    const one = new ByteWriter();
    const same = new StringTable();
    for (let i = 0; i < 300; i += 1) same.id(`filler ${i}`);
    encodeRecords(
      records.map(({ word }) => ({ word })),
      one,
      same,
    );
    // The pos column costs about a byte a row although its strings' numbers are above 300.
    expect(w.length - one.length).toBeLessThan(400 + 20);
  });

  it('give an empty nested list as a plain value and a full one as a lazy property, in the same key order', () => {
    const rows = roundTrip([
      { id: 0, spans: [], text: 'a' },
      { id: 1, spans: [{ start: 0, end: 1, kind: 'X' }], text: 'b' },
    ]) as Record<string, unknown>[];
    expect(Object.getOwnPropertyDescriptor(rows[0]!, 'spans')).toMatchObject({ value: [], enumerable: true, writable: true });
    expect(typeof Object.getOwnPropertyDescriptor(rows[1]!, 'spans')!.get).toBe('function');
    expect(rows.map((r) => Object.keys(r).join(','))).toEqual(['id,spans,text', 'id,spans,text']);
    expect(rows[1]!['spans']).toEqual([{ start: 0, end: 1, kind: 'X' }]);
  });

  it('make a lazy list when first read, by the row’s own number, and show it like a plain property', () => {
    const rows: Record<string, unknown>[] = [{ text: 'a' }, { text: 'b' }, { text: 'c' }];
    const made: number[] = [];
    lazyLists(
      rows,
      10,
      'spans',
      (i, row) => {
        made.push(i);
        return [`${String(row['text'])}${i}`];
      },
      (i) => i !== 11,
    );
    expect(made).toEqual([]);
    expect(rows[2]!['spans']).toEqual(['c12']);
    expect(made).toEqual([12]);
    expect(rows[2]!['spans']).toEqual(['c12']);
    expect(made).toEqual([12]);
    // Spread, keys and JSON see the list (made then) and not the row's number; a row without one has none.
    expect({ ...rows[0] }).toEqual({ text: 'a', spans: ['a10'] });
    expect(Object.keys(rows[1]!)).toEqual(['text']);
    expect(JSON.stringify(rows[2])).toBe('{"text":"c","spans":["c12"]}');
    expect(Object.getOwnPropertySymbols(rows[0]!).every((k) => !Object.getOwnPropertyDescriptor(rows[0]!, k)!.enumerable)).toBe(true);
    rows[0]!['spans'] = [];
    expect(rows[0]!['spans']).toEqual([]);
    // A second lazy key of the same rows keeps their numbers.
    lazyLists(rows, 10, 'more', (i) => [i]);
    expect(rows.map((r) => r['more'])).toEqual([[10], [11], [12]]);
    expect(() => lazyLists(rows, 0, 'other', (i) => [i])).toThrow(/^columns: a row already has another number/);
  });

  it('hold a lazy list among the latest rows’ when given where, made again once another row of its slot took it', () => {
    const rows: Record<string, unknown>[] = [{ text: 'a' }, { text: 'b' }, { text: 'c' }];
    const made: number[] = [];
    lazyLists(
      rows,
      0,
      'spans',
      (i, row) => {
        made.push(i);
        return [`${String(row['text'])}${i}`];
      },
      undefined,
      new RecentRows<unknown>(2),
    );
    const first = rows[0]!['spans'];
    expect(first).toEqual(['a0']);
    expect(rows[0]!['spans']).toBe(first);
    // Not kept on the row: it is still read through the getter, and shows like a plain property.
    expect(typeof Object.getOwnPropertyDescriptor(rows[0]!, 'spans')?.get).toBe('function');
    expect({ ...rows[1] }).toEqual({ text: 'b', spans: ['b1'] });
    expect(made).toEqual([0, 1]);
    // Row 2 takes row 0's slot: row 0's list is made again, equal.
    expect(rows[2]!['spans']).toEqual(['c2']);
    expect(rows[0]!['spans']).toEqual(['a0']);
    expect(made).toEqual([0, 1, 2, 0]);
  });

  it('glance at a held lazy list’s row without making its list, the list itself given when held', () => {
    const rows: Record<string, unknown>[] = [{ text: 'a' }, { text: 'b' }];
    const made: number[] = [];
    lazyLists(
      rows,
      0,
      'spans',
      (i) => {
        made.push(i);
        return [i];
      },
      undefined,
      new RecentRows<unknown>(2),
      (i, row, held) => (held === undefined ? `${String(row['text'])}${i}` : held),
    );
    expect(glanceAt(rows[1]!, 'spans')).toBe('b1');
    expect(made).toEqual([]);
    const list = rows[1]!['spans'];
    expect(glanceAt(rows[1]!, 'spans')).toBe(list);
    expect(made).toEqual([1]);
    // A list kept as a plain value, or made on read with no glance, has none.
    rows[0]!['spans'] = [];
    expect(glanceAt(rows[0]!, 'spans')).toBeUndefined();
    const plain: Record<string, unknown>[] = [{ text: 'c' }];
    lazyLists(plain, 0, 'spans', (i) => [i], undefined, new RecentRows<unknown>(2));
    expect(glanceAt(plain[0]!, 'spans')).toBeUndefined();
  });
});
