import type { IndexedDoc } from '../story/story.js';
import { computeBounds, type FieldPostings, type PostingTable } from './postingTable.js';
import { INDEX_OPTIONS, INDEX_FIELDS } from './sentenceIndex.js';

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

/** Postings of one field as (term, document, frequency) in the order they were added. */
interface FieldLog {
  terms: IntList;
  docs: IntList;
  tfs: IntList;
  lengths: IntList;
  avgLength: number;
}

/**
 * Builds the sentence index's posting table directly, without MiniSearch's maps of maps: the same
 * tokenizer and term processing as INDEX_OPTIONS, the same field lengths (distinct words per field) and
 * the same running mean of them, so the table equals the one a MiniSearch `addAll` of the same documents
 * gives (a test holds the two side by side). About a third of the time and memory of `addAll`.
 *
 * @example
 * const builder = new PostingBuilder();
 * builder.add({ id: 0, text: 'The ferry left at dawn.', context: '', title: '' });
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
  readonly #tokenize = INDEX_OPTIONS.tokenize!;
  readonly #processTerm = INDEX_OPTIONS.processTerm!;

  /** Adds one sentence (documents must come in the order of their short ids: 0, 1, 2 …). */
  add(doc: IndexedDoc): void {
    const short = this.#ids.length;
    this.#ids.push(doc.id);
    INDEX_FIELDS.forEach((field, f) => {
      const log = this.#fields[f]!;
      const tokens = this.#tokenize(doc[field], field);
      const length = new Set(tokens).size;
      log.lengths.push(length);
      // MiniSearch's running mean, with its arithmetic (count = documents before this one).
      log.avgLength = (log.avgLength * short + length) / (short + 1);
      const counts = new Map<string, number>();
      for (const token of tokens) {
        const term = this.#processTerm(token, field);
        if (typeof term === 'string' && term) counts.set(term, (counts.get(term) ?? 0) + 1);
        else if (Array.isArray(term)) for (const t of term) if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      for (const [term, tf] of counts) {
        let number = this.#termNumbers.get(term);
        if (number === undefined) {
          number = this.#terms.length;
          this.#terms.push(term);
          this.#termNumbers.set(term, number);
        }
        log.terms.push(number);
        log.docs.push(short);
        log.tfs.push(tf);
      }
    });
  }

  /** The table: each field's postings grouped by term (a counting sort that keeps document order). */
  finish(): PostingTable {
    const termCount = this.#terms.length;
    const size = this.#ids.length;
    const fields: FieldPostings[] = this.#fields.map((log) => {
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
      return computeBounds({ start, docs, tfs, length, avgLength: log.avgLength }, termCount);
    });
    return { documentCount: size, ids: this.#ids.values.slice(0, size), terms: this.#terms, termNumbers: this.#termNumbers, fields };
  }
}
