/**
 * Variable-length integers in a growable byte buffer, and the reader for them: the snapshot's posting
 * lists and columns are written as (zig-zag, delta) varints, mostly one or two bytes each.
 */

/** Appends bytes and unsigned varints (up to 2^53) to a buffer that grows as needed. */
export class ByteWriter {
  #bytes: Uint8Array;
  #length = 0;

  constructor(capacity = 1024) {
    this.#bytes = new Uint8Array(capacity);
  }

  get length(): number {
    return this.#length;
  }

  #reserve(n: number): void {
    if (this.#length + n <= this.#bytes.length) return;
    let size = this.#bytes.length * 2;
    while (size < this.#length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = next;
  }

  /** An unsigned integer, 7 bits a byte. @throws Error for a negative, fractional or unsafe number */
  uint(value: number): void {
    if (value >= 0 && value < 0x80 && (value | 0) === value) {
      if (this.#length === this.#bytes.length) this.#reserve(1);
      this.#bytes[this.#length++] = value;
      return;
    }
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`byteStreams: cannot write ${value} as an unsigned varint`);
    this.#reserve(8);
    let v = value;
    while (v >= 0x80) {
      this.#bytes[this.#length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.#bytes[this.#length++] = v;
  }

  /** A signed integer, zig-zag encoded (0, -1, 1, -2 … → 0, 1, 2, 3 …). */
  int(value: number): void {
    this.uint(value >= 0 ? value * 2 : -value * 2 - 1);
  }

  /** A float, 8 bytes little-endian. */
  float(value: number): void {
    this.#reserve(8);
    new DataView(this.#bytes.buffer, this.#bytes.byteOffset + this.#length, 8).setFloat64(0, value, true);
    this.#length += 8;
  }

  /** Raw bytes. */
  bytes(data: Uint8Array): void {
    this.#reserve(data.length);
    this.#bytes.set(data, this.#length);
    this.#length += data.length;
  }

  /** The bytes written so far (a view, valid until the next write). */
  view(): Uint8Array {
    return this.#bytes.subarray(0, this.#length);
  }
}

/** Reads what a ByteWriter wrote. */
export class ByteReader {
  #at = 0;

  constructor(private readonly data: Uint8Array) {}

  get done(): boolean {
    return this.#at >= this.data.length;
  }

  /** Bytes read so far. */
  get position(): number {
    return this.#at;
  }

  /** The number at byte `at`, the reader left after it (the loops below read one-byte numbers in place). */
  #longAt(at: number): number {
    this.#at = at;
    return this.uint();
  }

  /** @throws Error when the data ends inside a number (a damaged snapshot) */
  uint(): number {
    const first = this.data[this.#at];
    if (first !== undefined && first < 0x80) {
      this.#at += 1;
      return first;
    }
    let value = 0;
    let scale = 1;
    for (;;) {
      if (this.#at >= this.data.length) throw new Error('byteStreams: data ends inside a number');
      const byte = this.data[this.#at++]!;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
      if (scale > 2 ** 56) throw new Error('byteStreams: number too long');
    }
  }

  /**
   * `n` (gap, value) pairs of a posting list into `docs` and `values` from `at`: each document is the one
   * before plus its gap plus 1 (the first counts from -1). One loop over the bytes, for the snapshot's
   * millions of postings. Returns the last document (-1 when `n` is 0).
   * @throws Error when the data ends inside a number, or a document reaches `limit` (a damaged snapshot)
   */
  pairs(n: number, docs: Int32Array, values: Uint32Array, at: number, limit: number): number {
    const { data } = this;
    const end = data.length;
    let pos = this.#at;
    let doc = -1;
    for (let i = 0; i < n; i += 1) {
      // Mostly one byte each, read in place; a longer number, or the end of the data, goes through `#longAt`.
      let b = pos < end ? data[pos]! : 0x80;
      const gap = b < 0x80 ? b : this.#longAt(pos);
      pos = b < 0x80 ? pos + 1 : this.#at;
      b = pos < end ? data[pos]! : 0x80;
      const value = b < 0x80 ? b : this.#longAt(pos);
      pos = b < 0x80 ? pos + 1 : this.#at;
      doc += gap + 1;
      if (doc >= limit) throw new Error('byteStreams: a posting names a document beyond the last');
      docs[at + i] = doc;
      values[at + i] = value;
    }
    this.#at = pos;
    return doc;
  }

  /**
   * `out.length` numbers into `out`, each plus `add`, one-byte numbers read in place (a column of lengths or
   * ids: a call to `uint` per number cost twice as much).
   * @throws Error when the data ends inside a number
   */
  uints(out: Int32Array | Uint32Array, add = 0): void {
    const { data } = this;
    const end = data.length;
    let pos = this.#at;
    for (let i = 0; i < out.length; i += 1) {
      const b = pos < end ? data[pos]! : 0x80;
      out[i] = (b < 0x80 ? b : this.#longAt(pos)) + add;
      pos = b < 0x80 ? pos + 1 : this.#at;
    }
    this.#at = pos;
  }

  int(): number {
    const z = this.uint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  float(): number {
    const b = this.bytes(8);
    return new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, true);
  }

  bytes(n: number): Uint8Array {
    if (this.#at + n > this.data.length) throw new Error('byteStreams: data ends inside a byte run');
    const out = this.data.subarray(this.#at, this.#at + n);
    this.#at += n;
    return out;
  }
}
