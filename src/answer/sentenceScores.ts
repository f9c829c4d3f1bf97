/**
 * The best score a candidate answer has in each sentence that gives it, as pairs in one array (id, score, id,
 * score, …) in the order the sentences first gave it. The extractor keeps one for every candidate of every question,
 * and most candidates come from one sentence or two: a Map each was a share of what an answer allocated.
 *
 * @example
 * const s = new SentenceScores(4, 0.5);
 * s.keep(9, 0.25); s.keep(4, 0.75);
 * s.size; // → 2
 * s.sum(); // → 1
 */
export class SentenceScores {
  readonly #pairs: number[];
  /** How many of `#pairs`' entries are in use (a record begun again keeps its array, and the array's room). */
  #used = 2;

  constructor(sentenceId: number, score: number) {
    this.#pairs = [sentenceId, score];
  }

  /**
   * Begins the record again for another candidate, as `new SentenceScores(sentenceId, score)` would (the extractor keeps
   * its candidates' records from one question to the next rather than make them again).
   */
  restart(sentenceId: number, score: number): void {
    this.#pairs[0] = sentenceId;
    this.#pairs[1] = score;
    this.#used = 2;
  }

  /** Keeps the higher of `score` and the sentence's score so far (0 for a sentence not given before). */
  keep(sentenceId: number, score: number): void {
    const pairs = this.#pairs;
    const used = this.#used;
    for (let i = 0; i < used; i += 2) {
      if (pairs[i] !== sentenceId) continue;
      pairs[i + 1] = Math.max(score, pairs[i + 1]!);
      return;
    }
    if (used < pairs.length) {
      pairs[used] = sentenceId;
      pairs[used + 1] = Math.max(score, 0);
    } else pairs.push(sentenceId, Math.max(score, 0));
    this.#used = used + 2;
  }

  /** How many sentences give the candidate. */
  get size(): number {
    return this.#used / 2;
  }

  /** The best scores summed over the sentences. */
  sum(): number {
    let total = 0;
    for (let i = 1; i < this.#used; i += 2) total += this.#pairs[i]!;
    return total;
  }

  /** The id of the `k`th sentence to give the candidate (0 ≤ k < size): `ids()[k]` without the list. */
  idAt(k: number): number {
    return this.#pairs[2 * k]!;
  }

  /** The sentences' ids, in the order they first gave the candidate. */
  ids(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.#used; i += 2) out.push(this.#pairs[i]!);
    return out;
  }
}
