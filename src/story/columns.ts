import v8 from 'node:v8';
import { ByteReader, ByteWriter } from './byteStreams.js';

/**
 * Lists of records (articles, sentences with their entities and tokens, people, actors, events) written
 * column by column: each key's values together, integers as zig-zag deltas from the row before, strings
 * as numbers into one shared string table, nested lists of records as a batch of their own. Nothing here
 * knows the records' shapes: a field another module adds is kept, and a value of a kind the columns do
 * not cover is written with v8.serialize.
 */

/** Every distinct string of a snapshot, once; columns hold their numbers. */
export class StringTable {
  readonly list: string[] = [];
  readonly #ids = new Map<string, number>();

  /** The number of `s`, added if new. */
  id(s: string): number {
    let id = this.#ids.get(s);
    if (id === undefined) {
      id = this.list.length;
      this.list.push(s);
      this.#ids.set(s, id);
    }
    return id;
  }

  /** The table as bytes: the count, each string's UTF-8 length, then all the UTF-8 in one run. */
  encode(): Uint8Array {
    const w = new ByteWriter(16 + this.list.length * 2);
    w.uint(this.list.length);
    let total = 0;
    const lengths = this.list.map((s) => Buffer.byteLength(s));
    for (const n of lengths) {
      w.uint(n);
      total += n;
    }
    const utf8 = Buffer.allocUnsafe(total);
    let at = 0;
    this.list.forEach((s, i) => {
      utf8.write(s, at);
      at += lengths[i]!;
    });
    w.bytes(utf8);
    return w.view();
  }

  /** Reads what `encode` wrote. */
  static decode(bytes: Uint8Array): string[] {
    const r = new ByteReader(bytes);
    const count = r.uint();
    const lengths = new Array<number>(count);
    let total = 0;
    for (let i = 0; i < count; i += 1) {
      lengths[i] = r.uint();
      total += lengths[i]!;
    }
    const utf8 = r.bytes(total);
    const buf = Buffer.from(utf8.buffer, utf8.byteOffset, utf8.byteLength);
    const out = new Array<string>(count);
    let at = 0;
    for (let i = 0; i < count; i += 1) {
      out[i] = buf.toString('utf8', at, at + lengths[i]!);
      at += lengths[i]!;
    }
    return out;
  }
}

const enum Kind {
  Int = 1,
  Str = 2,
  Bool = 3,
  Num = 4,
  Records = 5,
  Strings = 6,
  Any = 7,
}

type Row = Record<string, unknown>;

function isRecord(v: unknown): v is Row {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The column kind that holds every value (undefined allowed in all). */
function kindOf(values: unknown[]): Kind {
  let int = true;
  let str = true;
  let bool = true;
  let num = true;
  let records = true;
  let strings = true;
  for (const v of values) {
    if (v === undefined) continue;
    // Up to 2^50, so that the zig-zag delta between two of them stays a safe integer.
    if (!(typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 2 ** 50 && !Object.is(v, -0))) int = false;
    if (typeof v !== 'string') str = false;
    if (typeof v !== 'boolean') bool = false;
    if (typeof v !== 'number') num = false;
    if (!Array.isArray(v)) {
      records = false;
      strings = false;
    } else {
      if (records && !v.every(isRecord)) records = false;
      if (strings && !v.every((x) => typeof x === 'string')) strings = false;
    }
  }
  if (int) return Kind.Int;
  if (str) return Kind.Str;
  if (bool) return Kind.Bool;
  if (num) return Kind.Num;
  if (records) return Kind.Records;
  if (strings) return Kind.Strings;
  return Kind.Any;
}

/** Writes a list of plain records column by column. */
export function encodeRecords(records: readonly object[], w: ByteWriter, strings: StringTable): void {
  const rows = records as readonly Row[];
  w.uint(rows.length);
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  w.uint(keys.length);
  for (const key of keys) {
    const values = rows.map((row) => row[key]);
    const kind = kindOf(values);
    w.uint(strings.id(key));
    w.uint(kind);
    switch (kind) {
      case Kind.Int: {
        let last = 0;
        for (const v of values) {
          if (v === undefined) w.uint(0);
          else {
            w.uint(zigzag((v as number) - last) + 1);
            last = v as number;
          }
        }
        break;
      }
      case Kind.Str:
        for (const v of values) w.uint(v === undefined ? 0 : strings.id(v as string) + 1);
        break;
      case Kind.Bool:
        for (const v of values) w.uint(v === undefined ? 0 : v ? 2 : 1);
        break;
      case Kind.Num:
        for (const v of values) {
          w.uint(v === undefined ? 0 : 1);
          if (v !== undefined) w.float(v as number);
        }
        break;
      case Kind.Records: {
        const children: object[] = [];
        for (const v of values) {
          w.uint(v === undefined ? 0 : (v as unknown[]).length + 1);
          if (v !== undefined) children.push(...(v as object[]));
        }
        encodeRecords(children, w, strings);
        break;
      }
      case Kind.Strings:
        for (const v of values) {
          w.uint(v === undefined ? 0 : (v as unknown[]).length + 1);
          if (v !== undefined) for (const s of v as string[]) w.uint(strings.id(s));
        }
        break;
      case Kind.Any: {
        const bytes = v8.serialize(values);
        w.uint(bytes.length);
        w.bytes(bytes);
        break;
      }
    }
  }
}

/**
 * Reads what `encodeRecords` wrote, with `strings` the decoded string table.
 * @throws Error prefixed `columns:` on data that does not decode (a damaged snapshot)
 */
export function decodeRecords(r: ByteReader, strings: readonly string[]): Row[] {
  const count = r.uint();
  const rows: Row[] = new Array<Row>(count);
  for (let i = 0; i < count; i += 1) rows[i] = {};
  const keyCount = r.uint();
  const text = (id: number): string => {
    const s = strings[id];
    if (s === undefined) throw new Error(`columns: string ${id} is not in the table`);
    return s;
  };
  for (let k = 0; k < keyCount; k += 1) {
    const key = text(r.uint());
    const kind = r.uint() as Kind;
    switch (kind) {
      case Kind.Int: {
        let last = 0;
        for (const row of rows) {
          const z = r.uint();
          if (z === 0) continue;
          last += unzigzag(z - 1);
          row[key] = last;
        }
        break;
      }
      case Kind.Str:
        for (const row of rows) {
          const id = r.uint();
          if (id !== 0) row[key] = text(id - 1);
        }
        break;
      case Kind.Bool:
        for (const row of rows) {
          const b = r.uint();
          if (b !== 0) row[key] = b === 2;
        }
        break;
      case Kind.Num:
        for (const row of rows) {
          if (r.uint() === 0) continue;
          row[key] = r.float();
        }
        break;
      case Kind.Records: {
        const counts = rows.map(() => r.uint());
        const children = decodeRecords(r, strings);
        let at = 0;
        rows.forEach((row, i) => {
          const n = counts[i]!;
          if (n === 0) return;
          row[key] = children.slice(at, at + n - 1);
          at += n - 1;
        });
        if (at !== children.length) throw new Error('columns: nested records out of step with their counts');
        break;
      }
      case Kind.Strings:
        for (const row of rows) {
          const n = r.uint();
          if (n === 0) continue;
          const list = new Array<string>(n - 1);
          for (let i = 0; i < n - 1; i += 1) list[i] = text(r.uint());
          row[key] = list;
        }
        break;
      case Kind.Any: {
        const values = v8.deserialize(r.bytes(r.uint())) as unknown;
        if (!Array.isArray(values) || values.length !== rows.length) throw new Error('columns: a serialized column is out of step with its rows');
        rows.forEach((row, i) => {
          if (values[i] !== undefined) row[key] = values[i];
        });
        break;
      }
      default:
        throw new Error(`columns: unknown column kind ${String(kind)}`);
    }
  }
  return rows;
}

function zigzag(v: number): number {
  return v >= 0 ? v * 2 : -v * 2 - 1;
}

function unzigzag(z: number): number {
  return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
}
