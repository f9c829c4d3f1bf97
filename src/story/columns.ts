import v8 from 'node:v8';
import { ByteReader, ByteWriter } from './byteStreams.js';
import type { RecentRows } from './recentRows.js';

/**
 * Lists of records (articles, sentences with their entities and tokens, people, actors, events) written
 * column by column: each key's values together, integers as zig-zag deltas from the row before, strings
 * as numbers into one shared string table, nested lists of records as a batch of their own. Nothing here
 * knows the records' shapes: a field another module adds is kept, and a value of a kind the columns do
 * not cover is written with v8.serialize (and read back when a row's is first read).
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

/** How a column's values are written (see `encodeRecords`). */
export enum Kind {
  Int = 1,
  Str = 2,
  Bool = 3,
  Num = 4,
  Records = 5,
  Strings = 6,
  Any = 7,
  /** A span's `text` that is mostly its parent's text from `start` to `end`: only the exceptions are written. */
  Slice = 8,
}

type Row = Record<string, unknown>;

function isRecord(v: unknown): v is Row {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The kind of column that holds these values (absent values allowed in all). */
function kindOf(values: readonly unknown[]): Kind {
  let int = true;
  let str = true;
  let bool = true;
  let num = true;
  let records = true;
  let strings = true;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i];
    if (v === undefined) continue;
    switch (typeof v) {
      case 'number':
        str = bool = records = strings = false;
        // Up to 2^50, so that the zig-zag delta between two of them stays a safe integer.
        if (int && !(Number.isInteger(v) && Math.abs(v) <= 2 ** 50 && !Object.is(v, -0))) int = false;
        break;
      case 'string':
        int = bool = num = records = strings = false;
        break;
      case 'boolean':
        int = str = num = records = strings = false;
        break;
      default:
        int = str = bool = num = false;
        if (!Array.isArray(v)) records = strings = false;
        else {
          if (records && !v.every(isRecord)) records = false;
          if (strings && !v.every((x) => typeof x === 'string')) strings = false;
        }
    }
    if (!(int || str || bool || num || records || strings)) break;
  }
  if (int) return Kind.Int;
  if (str) return Kind.Str;
  if (bool) return Kind.Bool;
  if (num) return Kind.Num;
  if (records) return Kind.Records;
  if (strings) return Kind.Strings;
  return Kind.Any;
}

const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * Writes a list of plain records column by column (but for the keys in `skip`, which another section writes). `parentTexts` (the `text` of each record's parent row,
 * for nested spans) lets a span's `text` that is just that slice of its parent go unwritten.
 */
export function encodeRecords(
  records: readonly object[],
  w: ByteWriter,
  strings: StringTable,
  parentTexts?: readonly string[],
  skip: ReadonlySet<string> = NO_KEYS,
): void {
  const rows = records as readonly Row[];
  const n = rows.length;
  w.uint(n);
  // Rows to columns in one pass: reading `row[key]` key by key afterwards costs a slow lookup per value
  // once the rows have many shapes (optional fields), ten times this pass.
  const columns = new Map<string, unknown[]>();
  for (let i = 0; i < n; i += 1) {
    const row = rows[i]!;
    for (const key in row) {
      let column = columns.get(key);
      if (!column) {
        if (skip.has(key)) continue;
        column = new Array<unknown>(n);
        columns.set(key, column);
      }
      column[i] = row[key];
    }
  }
  w.uint(columns.size);
  for (const [key, values] of columns) {
    let kind = kindOf(values);
    if (kind === Kind.Str && key === 'text' && parentTexts && columns.has('start') && columns.has('end')) kind = Kind.Slice;
    w.uint(strings.id(key));
    w.uint(kind);
    switch (kind) {
      case Kind.Slice: {
        const starts = columns.get('start')!;
        const ends = columns.get('end')!;
        for (let i = 0; i < n; i += 1) {
          const v = values[i] as string | undefined;
          const start = starts[i];
          const end = ends[i];
          const parent = parentTexts![i]!;
          if (v === undefined) w.uint(0);
          else if (typeof start === 'number' && typeof end === 'number' && end - start === v.length && parent.startsWith(v, start))
            w.uint(1);
          else w.uint(strings.id(v) + 2);
        }
        break;
      }
      case Kind.Int: {
        let last = 0;
        for (let i = 0; i < n; i += 1) {
          const v = values[i] as number | undefined;
          if (v === undefined) w.uint(0);
          else {
            w.uint(zigzag(v - last) + 1);
            last = v;
          }
        }
        break;
      }
      case Kind.Str: {
        // Few distinct values (a tag, a type): a dictionary of this column's own, most frequent first, so
        // each row is one byte. Many (sentence texts): numbers into the shared table.
        const counts = new Map<string, number>();
        for (let i = 0; i < n; i += 1) {
          const v = values[i] as string | undefined;
          if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
        }
        if (counts.size * 4 > n) {
          w.uint(0);
          for (let i = 0; i < n; i += 1) {
            const v = values[i] as string | undefined;
            w.uint(v === undefined ? 0 : strings.id(v) + 1);
          }
          break;
        }
        const dictionary = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([v]) => v);
        const local = new Map(dictionary.map((v, i) => [v, i]));
        w.uint(1);
        w.uint(dictionary.length);
        for (const v of dictionary) w.uint(strings.id(v));
        for (let i = 0; i < n; i += 1) {
          const v = values[i] as string | undefined;
          w.uint(v === undefined ? 0 : local.get(v)! + 1);
        }
        break;
      }
      case Kind.Bool:
        for (let i = 0; i < n; i += 1) {
          const v = values[i];
          w.uint(v === undefined ? 0 : v ? 2 : 1);
        }
        break;
      case Kind.Num:
        for (let i = 0; i < n; i += 1) {
          const v = values[i] as number | undefined;
          w.uint(v === undefined ? 0 : 1);
          if (v !== undefined) w.float(v);
        }
        break;
      case Kind.Records: {
        const children: object[] = [];
        const texts: string[] = [];
        const textColumn = columns.get('text');
        const withText = textColumn !== undefined && kindOf(textColumn) === Kind.Str;
        for (let i = 0; i < n; i += 1) {
          const v = values[i] as object[] | undefined;
          w.uint(v === undefined ? 0 : v.length + 1);
          if (v === undefined) continue;
          const text = withText ? ((textColumn[i] as string | undefined) ?? '') : '';
          for (const child of v) {
            children.push(child);
            texts.push(text);
          }
        }
        encodeRecords(children, w, strings, withText ? texts : undefined);
        break;
      }
      case Kind.Strings:
        for (let i = 0; i < n; i += 1) {
          const v = values[i] as string[] | undefined;
          w.uint(v === undefined ? 0 : v.length + 1);
          if (v !== undefined) for (const x of v) w.uint(strings.id(x));
        }
        break;
      case Kind.Any: {
        // Which rows have a value, then the values: read only when a row's is (see `Batch.rows`).
        for (let i = 0; i < n; i += 1) w.uint(values[i] === undefined ? 0 : 1);
        const bytes = v8.serialize(Array.from(values));
        w.uint(bytes.length);
        w.bytes(bytes);
        break;
      }
    }
  }
}

/** In a Slice column's `ids`: the value is the parent's text from `start` to `end`. */
export const SLICE = -2;

/** One decoded column: its values in typed arrays (or, for v8-serialized ones, made when first read). */
export interface Column {
  key: string;
  kind: Kind;
  /** Int: the values, NaN where absent. Num: the values. */
  numbers?: Float64Array;
  /** Num, Records, Strings, Any: 1 where present. Bool: 0 absent, 1 false, 2 true. */
  flags?: Uint8Array;
  /** Str, Slice: string number per row, -1 where absent (SLICE: sliced from the parent). Strings: the string numbers of all rows' lists, in order. */
  ids?: Int32Array;
  /** Records and Strings: row i's list is [offsets[i], offsets[i + 1]) of the child rows or of `ids`. */
  offsets?: Float64Array;
  /** Records: the child rows, as a batch of their own. */
  child?: Batch;
  /** Any: the values, deserialized when a row's is first read. */
  values?: () => unknown[];
}

/**
 * Decoded columns of a list of records. Rows are made on demand (`rows`), and a row's nested lists of
 * records are made only when first read: a story loaded from its snapshot keeps its millions of tokens in
 * typed arrays until an answer looks at a sentence's tokens.
 */
export class Batch {
  constructor(
    readonly count: number,
    readonly columns: Column[],
    readonly strings: readonly string[],
  ) {}

  /** The column named `key`, if any row has it. */
  column(key: string): Column | undefined {
    return this.columns.find((c) => c.key === key);
  }

  /**
   * Rows `from … to - 1` as plain objects; `parentText` is the text their spans' `text` is sliced from
   * (the parent row's, for a nested list).
   */
  rows(from = 0, to = this.count, parentText = ''): Row[] {
    const out = new Array<Row>(to - from);
    for (let i = from; i < to; i += 1) out[i - from] = {};
    // Each kind's loop in a function of its own, as `decodeBatch`'s: in one function, a loop over a column whose rows
    // rarely hold a value had no type feedback where the value is put, and the loop compiled on the stack (OSR) for
    // another column left that code in place at each bail-out: 967 bail-outs at one spot in 300 questions' answers.
    for (const c of this.columns) {
      const { key } = c;
      switch (c.kind) {
        case Kind.Int:
          putInts(out, from, to, key, c.numbers!);
          break;
        case Kind.Str:
          putStrings(out, from, to, key, c.ids!, this.strings);
          break;
        case Kind.Slice:
          putSlices(out, from, to, key, c.ids!, this.strings, parentText, this.column('start')?.numbers, this.column('end')?.numbers);
          break;
        case Kind.Bool:
          putBools(out, from, to, key, c.flags!);
          break;
        case Kind.Num:
          putNums(out, from, to, key, c.flags!, c.numbers!);
          break;
        case Kind.Records: {
          const flags = c.flags!;
          const offsets = c.offsets!;
          putEmptyLists(out, from, to, key, flags, offsets);
          lazyLists(
            out,
            from,
            key,
            (i, row) => c.child!.rows(offsets[i]!, offsets[i + 1]!, typeof row['text'] === 'string' ? row['text'] : ''),
            (i) => flags[i] !== 0 && offsets[i] !== offsets[i + 1],
          );
          break;
        }
        case Kind.Strings:
          putStringLists(out, from, to, key, c.flags!, c.offsets!, c.ids!, this.strings);
          break;
        case Kind.Any: {
          const flags = c.flags!;
          lazyLists(
            out,
            from,
            key,
            (i) => c.values!()[i],
            (i) => flags[i] !== 0,
          );
          break;
        }
      }
    }
    return out;
  }
}

/** An Int column's values of rows `from … to - 1` put on `out` (row `from` is `out[0]`). */
function putInts(out: Row[], from: number, to: number, key: string, v: Float64Array): void {
  for (let i = from; i < to; i += 1) if (!Number.isNaN(v[i])) out[i - from]![key] = smallInt(v[i]!);
}

/** A Str column's values put on `out`. */
function putStrings(out: Row[], from: number, to: number, key: string, ids: Int32Array, strings: readonly string[]): void {
  for (let i = from; i < to; i += 1) if (ids[i]! >= 0) out[i - from]![key] = strings[ids[i]!];
}

/** A Slice column's values put on `out`: a written string, or `parentText` from the row's `start` to its `end`. */
function putSlices(
  out: Row[],
  from: number,
  to: number,
  key: string,
  ids: Int32Array,
  strings: readonly string[],
  parentText: string,
  start: Float64Array | undefined,
  end: Float64Array | undefined,
): void {
  for (let i = from; i < to; i += 1) {
    const id = ids[i]!;
    if (id >= 0) out[i - from]![key] = strings[id];
    else if (id === SLICE) out[i - from]![key] = parentText.slice(start?.[i] ?? 0, end?.[i] ?? 0);
  }
}

/** A Bool column's values put on `out`. */
function putBools(out: Row[], from: number, to: number, key: string, f: Uint8Array): void {
  for (let i = from; i < to; i += 1) if (f[i] !== 0) out[i - from]![key] = f[i] === 2;
}

/** A Num column's values put on `out`. */
function putNums(out: Row[], from: number, to: number, key: string, f: Uint8Array, v: Float64Array): void {
  for (let i = from; i < to; i += 1) if (f[i] !== 0) out[i - from]![key] = v[i];
}

/**
 * A Records column's empty lists put on `out` as they are: a lazy property costs several times a plain one to define,
 * and about a quarter of a story's sentences have no entities.
 */
function putEmptyLists(out: Row[], from: number, to: number, key: string, flags: Uint8Array, offsets: Float64Array): void {
  for (let i = from; i < to; i += 1) if (flags[i] !== 0 && offsets[i] === offsets[i + 1]) out[i - from]![key] = [];
}

/** A Strings column's lists put on `out`. */
function putStringLists(
  out: Row[],
  from: number,
  to: number,
  key: string,
  flags: Uint8Array,
  offsets: Float64Array,
  ids: Int32Array,
  strings: readonly string[],
): void {
  for (let i = from; i < to; i += 1) {
    if (flags[i] === 0) continue;
    const start = offsets[i]!;
    const end = offsets[i + 1]!;
    const list = new Array<string>(end - start);
    for (let j = start; j < end; j += 1) list[j - start] = strings[ids[j]!]!;
    out[i - from]![key] = list;
  }
}

/**
 * A whole number read from a column, as the small integer it is where it fits in 32 bits. Read straight from the
 * Float64Array, an offset became a boxed number, which gave the field every row of its shape a double's layout: each
 * read of an entity's `start` or `end` where the answer path sees several shapes of entity then made a new box (a copy
 * sentence's entities compared field by field allocated about 160 bytes).
 */
function smallInt(x: number): number {
  return (x | 0) === x ? x | 0 : x;
}

/** Returns the object it is given, so that a subclass can give any object a private field. */
class Stamp {
  constructor(row: object) {
    // biome-ignore lint/correctness/noConstructorReturn: the point of this class (see RowNumber)
    return row;
  }
}

/**
 * A row's number in its list, kept on the row as a private field, for its lazy lists' shared getters:
 * invisible to spreading, comparing, keys, JSON and structured cloning, the row staying a plain object.
 * A subclass's private field can be added to any object its base constructor returns; that costs as much
 * as adding a property, where `Object.defineProperty` of a hidden property cost several times more.
 */
class RowNumber extends Stamp {
  #number: number;

  private constructor(row: object, number: number) {
    super(row);
    this.#number = number;
  }

  /** The row's number, or undefined when it has none. */
  static of(row: object): number | undefined {
    return #number in row ? (row as RowNumber).#number : undefined;
  }

  /** Gives the row its number (once: a private field is never given twice). */
  static give(row: object, number: number): void {
    if (!(#number in row)) new RowNumber(row, number);
  }
}

/** Where a lazy list's getter keeps its `glance` (lazyLists). */
const GLANCE = Symbol('glance');

/**
 * What `glance` gives of `row`'s lazy list `key` (see lazyLists), or undefined when the list has no glance: kept as
 * a plain value, or made on read with none given. `into` is passed on to the glance (where it may write what it reads).
 *
 * @example lazyLists(rows, 0, 'words', make, undefined, recent, (i) => i); glanceAt(rows[3], 'words') // → 3
 */
export function glanceAt(row: object, key: string, into?: unknown): unknown {
  const get = getterOf.call(row, key) as { [GLANCE]?: (row: object, into: unknown) => unknown } | undefined;
  return get?.[GLANCE]?.(row, into);
}

/**
 * A property's getter (a row's own, as lazyLists gives it), undefined for a plain value, with no descriptor made
 * (`Object.getOwnPropertyDescriptor` makes one each call: the ranker glances at each of a question's 40 candidates, and
 * in a story that keeps its sentences' tokens, a descriptor of each plain value was 5.3 MB of a first pass of 2,000
 * questions at 100,000 sentences).
 */
const getterOf = (Object.prototype as unknown as { __lookupGetter__(key: PropertyKey): unknown }).__lookupGetter__;

/**
 * Gives each row `rows[j]` (row number `first + j` of its list) for which `has` holds an enumerable
 * property `key` whose value is made by `make` when first read (then kept as a plain value, or, given `recent`,
 * held there among the latest rows' and made again once let go); writing it replaces it. Spreading or comparing a
 * row reads it like any other property.
 *
 * `glance(i, row, held, into)` (with `recent`) is a lighter read of the row than its list, which `glanceAt` gives without
 * making the list (`held`: the list, when the row's is held; `into`: what the reader gave `glanceAt`): a reader that
 * needs only part of what a list holds need not make it, nor push a list the others read out of `recent`.
 *
 * One getter serves every row, finding the row by its number: a getter of its own per row (a closure)
 * gave every row a hidden class of its own, which cost more than the rest of a snapshot's load.
 */
export function lazyLists(
  rows: readonly Row[],
  first: number,
  key: string,
  make: (i: number, row: Row) => unknown,
  has: (i: number) => boolean = () => true,
  recent?: RecentRows<unknown>,
  glance?: (i: number, row: Row, held: unknown, into: unknown) => unknown,
): void {
  const lazy: PropertyDescriptor = {
    configurable: true,
    enumerable: true,
    get(this: Row) {
      const i = RowNumber.of(this)!;
      if (recent) {
        // Held, not kept: the row keeps its getter (a story too large to keep every row's lists, see keepsMadeValues).
        const held = recent.get(i);
        if (held !== undefined) return held;
        const value = make(i, this);
        recent.set(i, value);
        return value;
      }
      const value = make(i, this);
      Object.defineProperty(this, key, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(this: Row, value: unknown) {
      Object.defineProperty(this, key, { value, writable: true, configurable: true, enumerable: true });
    },
  };
  if (glance) {
    const read = (row: Row, into: unknown): unknown => {
      const i = RowNumber.of(row)!;
      return glance(i, row, recent?.get(i), into);
    };
    Object.defineProperty(lazy.get, GLANCE, { value: read });
  }
  for (let j = 0; j < rows.length; j += 1) {
    const i = first + j;
    if (!has(i)) continue;
    const row = rows[j]!;
    RowNumber.give(row, i);
    if (RowNumber.of(row) !== i) throw new Error('columns: a row already has another number');
    Object.defineProperty(row, key, lazy);
  }
}

/**
 * Reads what `encodeRecords` wrote into columns, with `strings` the decoded string table.
 * @throws Error prefixed `columns:` (or `byteStreams:`) on data that does not decode (a damaged snapshot)
 */
export function decodeBatch(r: ByteReader, strings: readonly string[]): Batch {
  const count = r.uint();
  const keyCount = r.uint();
  const columns: Column[] = [];
  for (let k = 0; k < keyCount; k += 1) {
    const key = strings[stringId(r.uint(), strings)]!;
    const kind = r.uint() as Kind;
    const c: Column = { key, kind };
    switch (kind) {
      // Each kind's loop in a function of its own, shared by every column of that kind: a small function
      // is compiled after a few columns, where one loop of this whole function ran unoptimised.
      case Kind.Int:
        c.numbers = readInts(r, count);
        break;
      case Kind.Str:
        c.ids = readStringIds(r, count, strings);
        break;
      case Kind.Slice:
        c.ids = readSliceIds(r, count, strings);
        break;
      case Kind.Bool:
        c.flags = readFlags(r, count);
        break;
      case Kind.Num: {
        const f = new Uint8Array(count);
        const v = new Float64Array(count);
        for (let i = 0; i < count; i += 1) {
          f[i] = r.uint();
          if (f[i]) v[i] = r.float();
        }
        c.flags = f;
        c.numbers = v;
        break;
      }
      case Kind.Records: {
        listOffsets(r, count, c);
        c.child = decodeBatch(r, strings);
        if (c.offsets![count] !== c.child.count) throw new Error('columns: nested records out of step with their counts');
        break;
      }
      case Kind.Strings: {
        const offsets = new Float64Array(count + 1);
        const flags = new Uint8Array(count);
        const ids: number[] = [];
        for (let i = 0; i < count; i += 1) {
          const n = r.uint();
          offsets[i] = ids.length;
          if (n === 0) continue;
          flags[i] = 1;
          for (let j = 0; j < n - 1; j += 1) ids.push(stringId(r.uint(), strings));
        }
        offsets[count] = ids.length;
        c.offsets = offsets;
        c.flags = flags;
        c.ids = Int32Array.from(ids);
        break;
      }
      case Kind.Any: {
        const flags = new Uint8Array(count);
        for (let i = 0; i < count; i += 1) flags[i] = r.uint();
        // A view on the loaded file (a Buffer's `slice` copies nothing), which the story keeps whole anyway: its token
        // columns read the file's bytes on demand.
        const serialized = r.bytes(r.uint()).slice();
        let values: unknown[] | undefined;
        c.flags = flags;
        c.values = () => {
          if (values) return values;
          const read = v8.deserialize(serialized) as unknown;
          if (!Array.isArray(read) || read.length !== count) throw new Error('columns: a serialized column is out of step with its rows');
          values = read;
          return values;
        };
        break;
      }
      default:
        throw new Error(`columns: unknown column kind ${String(kind)}`);
    }
    columns.push(c);
  }
  return new Batch(count, columns, strings);
}

/** An Int column: zig-zag deltas from the row before, plus 1 (0: absent, read as NaN). */
function readInts(r: ByteReader, count: number): Float64Array {
  const v = new Float64Array(count);
  let last = 0;
  for (let i = 0; i < count; i += 1) {
    const z = r.uint();
    if (z === 0) v[i] = NaN;
    else {
      last += unzigzag(z - 1);
      v[i] = last;
    }
  }
  return v;
}

/** A Str column's string numbers (-1 where absent): into the shared table, or into a dictionary of its own. */
function readStringIds(r: ByteReader, count: number, strings: readonly string[]): Int32Array {
  const ids = new Int32Array(count);
  if (r.uint() === 0) {
    for (let i = 0; i < count; i += 1) {
      const id = r.uint();
      ids[i] = id === 0 ? -1 : stringId(id - 1, strings);
    }
    return ids;
  }
  const dictionary = new Int32Array(r.uint());
  for (let d = 0; d < dictionary.length; d += 1) dictionary[d] = stringId(r.uint(), strings);
  for (let i = 0; i < count; i += 1) {
    const local = r.uint();
    if (local > dictionary.length) throw new Error('columns: a value is not in its column dictionary');
    ids[i] = local === 0 ? -1 : dictionary[local - 1]!;
  }
  return ids;
}

/** A Slice column's string numbers (-1 where absent, SLICE where sliced from the parent's text). */
function readSliceIds(r: ByteReader, count: number, strings: readonly string[]): Int32Array {
  const ids = new Int32Array(count);
  for (let i = 0; i < count; i += 1) {
    const id = r.uint();
    ids[i] = id === 0 ? -1 : id === 1 ? SLICE : stringId(id - 2, strings);
  }
  return ids;
}

/** A Bool column: 0 absent, 1 false, 2 true. */
function readFlags(r: ByteReader, count: number): Uint8Array {
  const f = new Uint8Array(count);
  for (let i = 0; i < count; i += 1) f[i] = r.uint();
  return f;
}

/** `id` when it is a number into the string table. @throws Error prefixed `columns:` when it is not */
function stringId(id: number, strings: readonly string[]): number {
  if (id >= strings.length) throw new Error(`columns: string ${id} is not in the table`);
  return id;
}

/** Row i's list is [offsets[i], offsets[i + 1]); `flags[i]` is 0 where the row has no list at all. */
function listOffsets(r: ByteReader, count: number, c: Column): void {
  const offsets = new Float64Array(count + 1);
  const flags = new Uint8Array(count);
  let at = 0;
  for (let i = 0; i < count; i += 1) {
    const n = r.uint();
    offsets[i] = at;
    if (n > 0) {
      flags[i] = 1;
      at += n - 1;
    }
  }
  offsets[count] = at;
  c.offsets = offsets;
  c.flags = flags;
}

/** Reads what `encodeRecords` wrote, as plain rows (nested lists made when first read). */
export function decodeRecords(r: ByteReader, strings: readonly string[]): Row[] {
  return decodeBatch(r, strings).rows();
}

function zigzag(v: number): number {
  return v >= 0 ? v * 2 : -v * 2 - 1;
}

function unzigzag(z: number): number {
  return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
}
