/** A spelling and whose it is (an actor's name, alias or name word). */
export interface OwnedSpelling<T> {
  text: string;
  owner: T;
}

/** Spellings sorted by their text (UTF-16 code units), as {@link nearestOwner} reads them. */
export interface SortedSpellings<T> {
  spellings: OwnedSpelling<T>[];
  /** How many first characters each spelling has in common with the one before it. */
  shared: Int32Array;
}

/** Sorts spellings (in place) for {@link nearestOwner}. */
export function sortSpellings<T>(spellings: OwnedSpelling<T>[]): SortedSpellings<T> {
  spellings.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const shared = new Int32Array(spellings.length);
  for (let i = 1; i < spellings.length; i += 1) {
    const a = spellings[i - 1]!.text;
    const b = spellings[i]!.text;
    const most = Math.min(a.length, b.length);
    let n = 0;
    while (n < most && a.charCodeAt(n) === b.charCodeAt(n)) n += 1;
    shared[i] = n;
  }
  return { spellings, shared };
}

/** The edit-distance table's rows, reused from call to call (grown when a query or a spelling is longer). */
let table = new Int32Array(64 * 32);
let rowMins = new Int32Array(64);

/**
 * The owner of the spellings nearest `query` by edit distance (Levenshtein, as `editDistance`), when that distance is at
 * most `allowed` and no other owner has a spelling as near; else undefined.
 *
 * The spellings are read in sorted order (`sortSpellings`) and each shares the table's rows of the prefix it has in
 * common with the one read before it: a prefix whose row is already farther than the bound rules out every spelling
 * that starts with it (passed over with a comparison each), so a miss over thousands of spellings computes few rows.
 * The bound is `allowed`, or the nearest distance so far (one above it can neither win nor tie); the result does not
 * depend on the order.
 *
 * @example nearestOwner(sortSpellings([{ text: 'vennick', owner: 2 }, { text: 'tollen', owner: 1 }]), 'venick', 2) // → 2
 */
export function nearestOwner<T>(sorted: SortedSpellings<T>, query: string, allowed: number): T | undefined {
  const { spellings, shared: sharedWithBefore } = sorted;
  const width = query.length + 1;
  let best: T | undefined;
  let bestD = allowed + 1;
  let tie = false;
  let shared = 0; // how many first characters this spelling has of the one last read into the table (its rows)
  for (let j = 0; j < width; j += 1) table[j] = j;
  rowMins[0] = 0;
  for (let i = 0; i < spellings.length; i += 1) {
    shared = Math.min(shared, sharedWithBefore[i]!);
    const s = spellings[i]!;
    const text = s.text;
    const bound = Math.min(allowed, bestD);
    if (Math.abs(text.length - query.length) > bound) continue;
    // A row's smallest entry never falls in the rows after it: a prefix beyond the bound rules the spelling out.
    if (rowMins[shared]! > bound) continue;
    if (table.length < width * (text.length + 1) || rowMins.length < text.length + 1) grow(width, text.length + 1);
    let row = shared;
    while (row < text.length && rowMins[row]! <= bound) {
      row += 1;
      const at = row * width;
      const above = at - width;
      const c = text.charCodeAt(row - 1);
      table[at] = row;
      let min = row;
      for (let j = 1; j < width; j += 1) {
        const v = Math.min(table[above + j]! + 1, table[at + j - 1]! + 1, table[above + j - 1]! + (c === query.charCodeAt(j - 1) ? 0 : 1));
        table[at + j] = v;
        if (v < min) min = v;
      }
      rowMins[row] = min;
    }
    shared = row;
    if (row < text.length || rowMins[row]! > bound) continue;
    const d = table[row * width + width - 1]!;
    if (d > bound) continue;
    if (d < bestD) {
      best = s.owner;
      bestD = d;
      tie = false;
    } else if (s.owner !== best) tie = true;
  }
  return tie ? undefined : best;
}

/** Makes room in the table for `rows` rows of `width`, keeping what it holds (the rows share one width a call). */
function grow(width: number, rows: number): void {
  const next = new Int32Array(Math.max(table.length * 2, width * rows * 2));
  next.set(table);
  table = next;
  const mins = new Int32Array(Math.max(rowMins.length * 2, rows * 2));
  mins.set(rowMins);
  rowMins = mins;
}
