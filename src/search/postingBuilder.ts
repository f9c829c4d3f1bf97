import type { IndexedDoc } from '../story/story.js';
import { FlatField, neighbourPostings, type PostingTable } from './postingTable.js';
import { INDEX_OPTIONS, INDEX_FIELDS, type IndexField } from './sentenceIndex.js';
import { grownTo, SpanTable, spanHash } from '../text/spanTable.js';
import { forEachWordSpan } from './terms.js';

/** An Int32Array that grows as values are appended. */
class IntList {
  values = new Int32Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.values.length) {
      const next = new Int32Array(this.values.length * 2);
      next.set(this.values);
      this.values = next;
    }
    this.values[this.length++] = v;
  }
}

/** What a word's term number is for a word with no term (a stop word). */
const NO_TERM = -1;
/** What a word's term number is for a word `processTerm` makes several terms of (worked out again each time it is met). */
const SEVERAL_TERMS = -2;
/** Words remembered with their numbers before the memory is cleared (as the term cache's, so a corpus of odd words cannot grow it without bound). */
const WORD_TERMS_SIZE = 200_000;

/** Postings of one field as (term, document, frequency) in the order they were added. */
interface FieldLog {
  terms: IntList;
  docs: IntList;
  tfs: IntList;
  lengths: IntList;
  avgLength: number;
}

/**
 * The words of one field met so far, each by a number (`SpanTable`, found by its place in the text, no string made
 * for it) with its term's number and the last document it was seen in, so a document's distinct words (its field
 * length) are counted without a Set per document and field.
 */
class FieldWords extends SpanTable {
  /** By word number: its term's number, NO_TERM or SEVERAL_TERMS. */
  terms = new Int32Array(1024);
  /** By word number: 1 + the short id of the last document it was seen in. */
  seen = new Int32Array(1024);
  /** By word number: the mark of the last union counted that it was in (`PostingBuilder#unionSize`). */
  marks = new Int32Array(1024);

  /** @param limit how many words are remembered before all but the last documents' are forgotten (`bound`) */
  constructor(readonly limit: number) {
    super();
  }

  /** Numbers a new word whose `spanHash` is `hash` and whose term number is `term`. */
  addWord(word: string, hash: number, term: number): number {
    const number = this.add(word, hash);
    this.terms = grownTo(this.terms, number);
    this.seen = grownTo(this.seen, number);
    this.marks = grownTo(this.marks, number);
    this.terms[number] = term;
    return number;
  }

  /**
   * Forgets every word but those of `kept` (the last documents' words by number, whose numbers a neighbours' length
   * still compares) once `limit` are remembered; called between documents.
   */
  bound(kept: readonly IntList[]): void {
    if (this.size < this.limit) return;
    const keep = new Set<number>();
    for (const list of kept) for (let k = 0; k < list.length; k += 1) keep.add(list.values[k]!);
    this.keepOnly(keep);
  }
}

/**
 * What one field of the last document added was read into; reused as it is when the next document's field holds the
 * same text (an article's headline, given with each of its sentences).
 */
class FieldRead {
  text: string | undefined;
  /** The numbers of its distinct words (their count is the field's length). */
  readonly words = new IntList();
  /** Its terms in the order they first appear, and each one's count. */
  readonly terms = new IntList();
  readonly tfs = new IntList();
}

/**
 * A field that holds each document's neighbours (documents d - 1 and d + 1 of the same group, joined by a
 * space), and the field of the documents themselves that it is made from.
 */
export interface NeighbourSpec {
  field: IndexField;
  of: IndexField;
}

/**
 * Builds the sentence index's posting table directly, without MiniSearch's maps of maps: the same
 * words as INDEX_OPTIONS's tokenizer (`forEachWordSpan` with `keepWhole`, its words' places) and the same term processing, the same field lengths (distinct words per field) and
 * the same running mean of them, so the table equals the one a MiniSearch `addAll` of the same documents
 * gives (a test holds the two side by side). About a third of the time and memory of `addAll`.
 *
 * With a `NeighbourSpec`, the neighbours' field is never tokenised: its postings are made from the
 * other field's (`neighbourPostings`, as the snapshot loader does) and its lengths from the two
 * neighbours' distinct words; it held 61% of the postings, and tokenising it was most of the build's
 * index stage.
 *
 * @example
 * const builder = new PostingBuilder({ field: 'context', of: 'text' });
 * builder.add({ id: 0, text: 'The ferry left at dawn.', context: '', title: '' }, 0);
 * const index = SentenceIndex.fromPostings(builder.finish());
 */
export class PostingBuilder {
  readonly #termNumbers = new Map<string, number>();
  readonly #terms: string[] = [];
  readonly #ids = new IntList();
  readonly #fields: FieldLog[] = INDEX_FIELDS.map(() => ({
    terms: new IntList(),
    docs: new IntList(),
    tfs: new IntList(),
    lengths: new IntList(),
    avgLength: 0,
  }));
  readonly #processTerm = INDEX_OPTIONS.processTerm!;
  /** The neighbours' field and the field it is made from, as numbers into INDEX_FIELDS. */
  readonly #neighbours: { field: number; of: number } | undefined;
  /**
   * With a neighbours' field: each document's group, and the numbers of the distinct words of the last two documents'
   * own field and of the one being added.
   */
  readonly #groups = new IntList();
  #recent: [IntList, IntList, IntList] = [new IntList(), new IntList(), new IntList()];
  /** The mark of the last union of two documents' words counted (`#unionSize`). */
  #mark = 0;
  /**
   * Per field, each word met so far by its number: one lookup a word instead of the term cache's (`termOf`) and then
   * the term numbers', and a document's distinct words counted by the number without a Set. Adding 30k SQuAD
   * sentences (the read stage's share on the main thread), CPU best of five after a warm round, interleaved with the
   * old builder: 755 → 467 ms (term numbers by word). Adding them and making the table, CPU best / median of ten
   * interleaved with the builder before (a Set of each document's words per field, the headline read again with each
   * sentence), machine loaded 9–13: 481 / 564 → 416 / 531 and 479 / 570 → 447 / 507 ms. Dropped: a direct-mapped
   * cache of the latest 4,096 words before the map (408 / 465 against 388 / 480: no gain). Words then found by their
   * place in the text (`FieldWords.find`: no string made per token, no Map lookup by a fresh string, which was 939 of
   * the 1,090 profile samples of `#read` at 100k): stageCompare --scale 20000 --rounds 10, index stage CPU best / median
   * 202 / 273 → 184 / 222 ms (the same table); adding ~106k SQuAD sentences, interleaved, 1,100 / 1,295 → 963 / 1,025 ms.
   */
  readonly #words: FieldWords[];
  /** The field `#read` is reading: its name, text, words, what it is read into, and the stamp of the document. */
  #reading: { field: IndexField; text: string; words: FieldWords; read: FieldRead; stamp: number } | undefined;
  /** Per field, what the last document's field was read into (`FieldRead`). */
  readonly #reads: FieldRead[] = INDEX_FIELDS.map(() => new FieldRead());
  /** Per term number, its count in the document being added (0 for every other term between documents). */
  #tf = new Int32Array(1024);
  /** The terms of the document being added with a count, in the order they first appear. */
  readonly #counted: number[] = [];

  /** @param wordsKept how many words each field remembers by number before it forgets them (WORD_TERMS_SIZE; tests lower it) */
  constructor(neighbours?: NeighbourSpec, wordsKept = WORD_TERMS_SIZE) {
    this.#words = INDEX_FIELDS.map(() => new FieldWords(wordsKept));
    if (!neighbours) return;
    this.#neighbours = { field: INDEX_FIELDS.indexOf(neighbours.field), of: INDEX_FIELDS.indexOf(neighbours.of) };
  }

  /**
   * Adds one sentence (documents must come in the order of their short ids: 0, 1, 2 …). With a
   * neighbours' field, `group` says which documents are neighbours (the same article) and the document's
   * own value of that field is not read.
   */
  add(doc: IndexedDoc, group = 0): void {
    const short = this.#ids.length;
    this.#ids.push(doc.id);
    const neighbours = this.#neighbours;
    if (neighbours) this.#groups.push(group);
    for (let f = 0; f < INDEX_FIELDS.length; f += 1) {
      if (f === neighbours?.field) continue;
      const log = this.#fields[f]!;
      const read = this.#read(f, doc[INDEX_FIELDS[f]!], short);
      pushLength(log, read.words.length, short);
      if (f === neighbours?.of) this.#neighbourLength(short, read);
      const { terms, tfs } = read;
      for (let k = 0; k < terms.length; k += 1) {
        log.terms.push(terms.values[k]!);
        log.docs.push(short);
        log.tfs.push(tfs.values[k]!);
      }
    }
  }

  /**
   * Field `f` of document `short` read into its distinct words and its terms' counts: the last document's read when
   * it is the same text.
   */
  #read(f: number, text: string, short: number): FieldRead {
    const read = this.#reads[f]!;
    if (read.text === text) return read;
    const words = this.#words[f]!;
    // The last two documents' words of the neighbours' own field are kept: a neighbours' length still compares them.
    if (f === this.#neighbours?.of) words.bound([this.#recent[0], this.#recent[1]]);
    else words.bound([]);
    read.text = text;
    read.words.length = 0;
    // Each term's count in the document, its terms in the order they first appear (as a Map's insertion order would give).
    this.#counted.length = 0;
    this.#reading = { field: INDEX_FIELDS[f]!, text, words, read, stamp: short + 1 };
    forEachWordSpan(text, this.#readWord, true);
    const tf = this.#tf;
    read.terms.length = 0;
    read.tfs.length = 0;
    for (const number of this.#counted) {
      read.terms.push(number);
      read.tfs.push(tf[number]!);
      tf[number] = 0;
    }
    return read;
  }

  /** One word of the field being read (`#reading`), `text[start … end)`: numbered, counted among its distinct words and its terms. */
  readonly #readWord = (start: number, end: number): void => {
    const { field, text, words, read, stamp } = this.#reading!;
    const hash = spanHash(text, start, end);
    let word = words.find(text, start, end, hash);
    if (word < 0) {
      const token = text.slice(start, end);
      word = words.addWord(token, hash, this.#numberOfWord(token, field));
    }
    if (words.seen[word] !== stamp) {
      words.seen[word] = stamp;
      read.words.push(word);
    }
    const number = words.terms[word]!;
    if (number === NO_TERM) return;
    if (number === SEVERAL_TERMS) {
      for (const t of this.#processTerm(words.words[word]!, field) as string[]) if (t) this.#count(this.#numberOf(t));
    } else this.#count(number);
  };

  /** Counts one more of term `number` in the document being added. */
  #count(number: number): void {
    if (number >= this.#tf.length) {
      const more = new Int32Array(Math.max(this.#tf.length * 2, number + 1));
      more.set(this.#tf);
      this.#tf = more;
    }
    const tf = this.#tf;
    if (tf[number] === 0) this.#counted.push(number);
    tf[number] = tf[number]! + 1;
  }

  /** A term's number, numbered on first sight. */
  #numberOf(term: string): number {
    let number = this.#termNumbers.get(term);
    if (number === undefined) {
      number = this.#terms.length;
      this.#terms.push(term);
      this.#termNumbers.set(term, number);
    }
    return number;
  }

  /** What a word of `field` is worked out to (`processTerm`): a term number, NO_TERM or SEVERAL_TERMS. */
  #numberOfWord(word: string, field: IndexField): number {
    const term = this.#processTerm(word, field);
    return typeof term === 'string' && term ? this.#numberOf(term) : Array.isArray(term) && term.some(Boolean) ? SEVERAL_TERMS : NO_TERM;
  }

  /**
   * Document `short - 1` now has both neighbours: its neighbours' field length is the number of distinct
   * words of the two (those of a document of another group left out). `read` is document `short`'s own field.
   */
  #neighbourLength(short: number, read: FieldRead): void {
    const log = this.#fields[this.#neighbours!.field]!;
    const [beforeLast, last, next] = this.#recent;
    next.length = 0;
    for (let k = 0; k < read.words.length; k += 1) next.push(read.words.values[k]!);
    if (short > 0) {
      const groups = this.#groups.values;
      const before = short >= 2 && groups[short - 2] === groups[short - 1] ? beforeLast : undefined;
      const after = groups[short] === groups[short - 1] ? next : undefined;
      pushLength(log, this.#unionSize(before, after), short - 1);
    }
    this.#recent = [last, next, beforeLast];
  }

  /** The number of distinct words of two documents' own field together (either may be absent), by their numbers. */
  #unionSize(a: IntList | undefined, b: IntList | undefined): number {
    if (!a) return b?.length ?? 0;
    if (!b) return a.length;
    const { marks } = this.#words[this.#neighbours!.of]!;
    this.#mark += 1;
    const mark = this.#mark;
    for (let k = 0; k < a.length; k += 1) marks[a.values[k]!] = mark;
    let size = a.length;
    for (let k = 0; k < b.length; k += 1) if (marks[b.values[k]!] !== mark) size += 1;
    return size;
  }

  /** The table: each field's postings grouped by term. */
  finish(): PostingTable {
    const termCount = this.#terms.length;
    const size = this.#ids.length;
    const neighbours = this.#neighbours;
    if (neighbours && size > 0 && this.#fields[neighbours.field]!.lengths.length < size) {
      // The last document has no document after it.
      const groups = this.#groups.values;
      const before = size >= 2 && groups[size - 2] === groups[size - 1] ? this.#recent[0] : undefined;
      pushLength(this.#fields[neighbours.field]!, this.#unionSize(before, undefined), size - 1);
    }
    // The fields of the documents' own words first; then the neighbours' field, made from its own field's.
    const own = this.#fields.map((log, f) => (f === neighbours?.field ? undefined : grouped(log, termCount, size)));
    const fields = own.map((field, f) => {
      if (field) return field;
      const log = this.#fields[f]!;
      const group = this.#groups.values.slice(0, size);
      return neighbourPostings(own[neighbours!.of]!, group, new Uint32Array(log.lengths.values.subarray(0, size)), log.avgLength);
    });
    return { documentCount: size, ids: this.#ids.values.slice(0, size), terms: this.#terms, termNumbers: this.#termNumbers, fields };
  }

  /**
   * How many documents hold each term in `field`, in the order of the term's first posting there (the
   * order a pass over the documents' terms would meet them in): read off the postings, not tokenised again.
   */
  documentFrequency(field: IndexField): Map<string, number> {
    const log = this.#fields[INDEX_FIELDS.indexOf(field)]!;
    const counts = new Uint32Array(this.#terms.length);
    const order: number[] = [];
    const terms = log.terms.values;
    for (let i = 0; i < log.terms.length; i += 1) {
      const t = terms[i]!;
      if (counts[t] === 0) order.push(t);
      counts[t] = counts[t]! + 1;
    }
    return new Map(order.map((t) => [this.#terms[t]!, counts[t]!]));
  }
}

/** One field's postings grouped by term: a counting sort that keeps document order. */
function grouped(log: FieldLog, termCount: number, size: number): FlatField {
  const start = new Uint32Array(termCount + 1);
  const n = log.terms.length;
  const terms = log.terms.values;
  for (let i = 0; i < n; i += 1) start[terms[i]! + 1] = start[terms[i]! + 1]! + 1;
  for (let t = 0; t < termCount; t += 1) start[t + 1] = start[t + 1]! + start[t]!;
  const fill = start.slice(0, termCount);
  const docs = new Int32Array(n);
  const tfs = new Uint32Array(n);
  for (let i = 0; i < n; i += 1) {
    const at = fill[terms[i]!]!;
    fill[terms[i]!] = at + 1;
    docs[at] = log.docs.values[i]!;
    tfs[at] = log.tfs.values[i]!;
  }
  const length = new Uint32Array(log.lengths.values.subarray(0, size));
  return new FlatField({ start, docs, tfs, length, avgLength: log.avgLength }, termCount);
}

/** Appends a document's field length, keeping MiniSearch's running mean with its arithmetic (`short` documents before it). */
function pushLength(log: FieldLog, length: number, short: number): void {
  log.lengths.push(length);
  log.avgLength = (log.avgLength * short + length) / (short + 1);
}
