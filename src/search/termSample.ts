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
