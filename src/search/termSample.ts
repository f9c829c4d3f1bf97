import { seekFrom } from './blockedWalk.js';
import type { TermPostings } from './postingTable.js';
import type { SentenceIndex } from './sentenceIndex.js';

/** The field of the sentence itself, in the index's field order (`INDEX_FIELDS`): its postings say which sentences hold a term. */
const TEXT_FIELD = 0;

/**
 * Up to `n` sentences whose own text holds an index term, spread evenly over the story (the first, and then every
 * (size / n)-th), as sentence ids in the index's order: read from the term's postings in the sentence field, not found by a
 * search that would score every sentence holding it in any field. All of them when there are `n` or fewer.
 *
 * @example sentencesHolding(story.index, 'ferri', 2) // → [0, 7] when sentences 0, 3, 7 and 9 say "ferry"
 */
export function sentencesHolding(index: SentenceIndex, term: string, n: number): number[] {
  const table = index.postings();
  const t = table.termNumbers.get(term);
  const field = table.fields[TEXT_FIELD];
  if (t === undefined || !field || n <= 0) return [];
  const { docs, from, to } = field.list(t);
  const size = to - from;
  const count = Math.min(n, size);
  const out: number[] = [];
  for (let i = 0; i < count; i += 1) out.push(table.ids[docs[from + Math.floor((i * size) / count)]!]!);
  return out;
}

/**
 * The sentences whose own text holds an index term together with at least one of `others`, as sentence ids in the
 * index's order: the term's postings in the sentence field, each kept when an other's postings (searched by halves)
 * hold the same sentence, the first `limit` of them. Exact and unscored: what a search for all the terms would find
 * and then have to filter.
 *
 * @example sentencesHoldingWith(story.index, 'berth', ['harbour']) // → [4] when only sentence 4 says both
 */
export function sentencesHoldingWith(
  index: SentenceIndex,
  term: string,
  others: Iterable<string>,
  limit = Number.POSITIVE_INFINITY,
): number[] {
  const table = index.postings();
  const t = table.termNumbers.get(term);
  const field = table.fields[TEXT_FIELD];
  if (t === undefined || !field) return [];
  const lists: TermPostings[] = [];
  for (const other of others) {
    const o = table.termNumbers.get(other);
    if (o !== undefined && o !== t) lists.push(field.list(o));
  }
  if (lists.length === 0) return [];
  const { docs, from, to } = field.list(t);
  const out: number[] = [];
  // The term's documents come in ascending order: each other list is read onward from where the last seek left it
  // (galloping), not searched whole for every document (at a million sentences a common term's list is long).
  const at = new Int32Array(lists.length);
  for (let k = 0; k < lists.length; k += 1) at[k] = lists[k]!.from;
  for (let i = from; i < to && out.length < limit; i += 1) {
    const doc = docs[i]!;
    for (let k = 0; k < lists.length; k += 1) {
      const list = lists[k]!;
      const p = seekFrom(list.docs, at[k]!, list.to, doc);
      at[k] = p;
      if (p < list.to && list.docs[p] === doc && list.tfs[p]! > 0) {
        out.push(table.ids[doc]!);
        break;
      }
    }
  }
  return out;
}
