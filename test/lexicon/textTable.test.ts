import { describe, expect, it } from 'vitest';
import { TextTable } from '../../src/lexicon/textTable.js';

/** An invented table as `JSON.stringify` writes one, with keys whose hashes share slots in a table of 1,024. */
const invented: Record<string, string> = { ferry: 'boat ship', dawn: '', 'ferry boat': 'x', __proto__x: 'odd', toString: 'kept' };
for (let i = 0; i < 3000; i += 1) invented[`word${i}`] = `v${i % 7}`;

describe('TextTable', () => {
  const text = `${JSON.stringify(invented)}\n`;
  const table = TextTable.parse(text);

  it('gives what JSON.parse gives for every key, and nothing for others', () => {
    const parsed = JSON.parse(text) as Record<string, string>;
    for (const key of Object.keys(parsed)) {
      expect(table.has(key)).toBe(true);
      expect(table.get(key)).toBe(parsed[key]);
    }
    for (const key of ['', 'ferr', 'ferryboat', 'word3000', 'constructor', 'hasOwnProperty', 'word1"']) {
      expect(table.has(key)).toBe(false);
      expect(table.get(key)).toBeUndefined();
    }
  });

  it('keeps an empty value apart from a missing key', () => {
    expect(table.get('dawn')).toBe('');
    expect(table.has('dawn')).toBe(true);
  });

  it('visits every key and value in the order written', () => {
    const seen: [string, string][] = [];
    table.forEach((value, key) => seen.push([key, value]));
    expect(seen).toEqual(Object.entries(invented));
  });

  it('reads an empty object', () => {
    const empty = TextTable.parse('{}');
    expect(empty.has('')).toBe(false);
    let visits = 0;
    empty.forEach(() => {
      visits += 1;
    });
    expect(visits).toBe(0);
  });

  it('throws on text it does not read as JSON.parse would', () => {
    for (const bad of ['{"a":"b\\"c"}', '{"a": "b"}', '{"a":"b","a":"c"}', '{"a":1}', '["a"]', '{"a":"b"', '{"a":"b",}']) {
      expect(() => TextTable.parse(bad), bad).toThrow(/TextTable/);
    }
  });
});
