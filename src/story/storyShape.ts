import type { SentenceIndex } from '../search/sentenceIndex.js';
import { Kind, SLICE, type Batch } from './columns.js';
import type { TokenColumns } from './tokenColumns.js';

/** A story read back from a snapshot, before its shape is known. */
export interface UncheckedStory {
  articles: Record<string, unknown>[];
  sentences: Record<string, unknown>[];
  people: Record<string, unknown>[];
  actors: Record<string, unknown>[];
  timeline: Record<string, unknown>[];
  index: SentenceIndex;
  documentFrequency: Map<string, number>;
}

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);
const isStr = (v: unknown): v is string => typeof v === 'string';
const isList = (v: unknown): v is Record<string, unknown>[] => Array.isArray(v);

/**
 * What is wrong with a decoded story, or undefined when every part has the shape the answers rely on:
 * sentences numbered in order and tied to a loaded article, with text, offsets, entities and tokens;
 * articles, people, actors and events with their required fields; an index over exactly the sentences.
 * The snapshot's checksum catches damage to the file; this catches a file whose bytes are intact but
 * whose contents are not a story this engine can serve.
 */
export function checkStoryShape(
  story: UncheckedStory,
  expectedSentences: number,
  sentenceColumns?: Batch,
  tokenColumns?: TokenColumns,
): string | undefined {
  const { articles, sentences, people, actors, timeline, index } = story;
  const articleIds = new Set<string>();
  for (const a of articles) {
    if (!isStr(a['id']) || !isStr(a['title']) || !isInt(a['sentenceCount']) || !isStr(a['contentHash']) || !isStr(a['file']))
      return 'snapshot article has the wrong shape';
    articleIds.add(a['id']);
  }
  if (sentences.length !== expectedSentences) return `snapshot holds ${sentences.length} sentences, its header says ${expectedSentences}`;
  for (const [i, s] of sentences.entries()) {
    const text = s['text'];
    if (
      s['id'] !== i ||
      !isStr(text) ||
      !isStr(s['articleId']) ||
      !articleIds.has(s['articleId']) ||
      !isInt(s['index']) ||
      !isInt(s['start']) ||
      !isInt(s['end']) ||
      !isInt(s['paragraph'])
    ) {
      return `snapshot sentence ${i} has the wrong shape`;
    }
  }
  // Entities and tokens are checked in their columns, so that checking does not make millions of objects.
  if (tokenColumns) {
    if (tokenColumns.count !== sentences.length) return 'snapshot tokens are out of step with their sentences';
    const problem = tokenColumns.check((i) => (sentences[i]!['text'] as string).length);
    if (problem) return problem;
  }
  const lists: [string, readonly string[]][] = [['entities', ['type', 'text']]];
  if (!tokenColumns) lists.push(['tokens', ['text', 'pos']]);
  for (const [list, strings] of lists) {
    const problem = sentenceColumns ? checkSpans(sentenceColumns, list, strings, sentences) : checkSpanObjects(sentences, list, strings);
    if (problem) return problem;
  }
  for (const p of people) {
    if (!isStr(p['name'])) return 'snapshot person has the wrong shape';
    p['aliases'] ??= [];
  }
  for (const a of actors) {
    if (!isStr(a['name']) || !isInt(a['mentions']) || typeof a['first'] !== 'object' || typeof a['last'] !== 'object')
      return 'snapshot actor has the wrong shape';
    for (const list of ['aliases', 'roles', 'articles', 'quotes', 'coMentions'] as const) {
      a[list] ??= [];
      if (!Array.isArray(a[list])) return 'snapshot actor has the wrong shape';
    }
    a['mentionsByArticle'] ??= {};
  }
  for (const e of timeline) {
    if (!isStr(e['date']) || !isStr(e['text']) || !isStr(e['articleId']) || !isInt(e['sentence']))
      return 'snapshot event has the wrong shape';
    e['alsoIn'] ??= [];
    e['actors'] ??= [];
  }
  const table = index.postings();
  if (table.documentCount !== sentences.length) return 'snapshot index is out of step with its sentences';
  let live = 0;
  for (const id of table.ids) {
    if (id < -1 || id >= sentences.length) return 'snapshot index names a sentence that does not exist';
    if (id >= 0) live += 1;
  }
  if (live !== table.documentCount) return 'snapshot index is out of step with its sentences';
  return undefined;
}

/** Checks a nested list of spans (`start`, `end` within the sentence, required string fields) in its columns. */
function checkSpans(batch: Batch, list: string, strings: readonly string[], sentences: Record<string, unknown>[]): string | undefined {
  const column = batch.column(list);
  if (!column) {
    for (const s of sentences) s[list] = [];
    return undefined;
  }
  const child = column.child;
  if (column.kind !== Kind.Records || !child) return `snapshot sentence ${list} have the wrong shape`;
  if (child.count === 0) return undefined;
  const start = child.column('start');
  const end = child.column('end');
  if (start?.kind !== Kind.Int || end?.kind !== Kind.Int) return `snapshot sentence ${list} have the wrong shape`;
  for (const key of strings) {
    const c = child.column(key);
    const sliced = c?.kind === Kind.Slice;
    if ((c?.kind !== Kind.Str && !sliced) || c.ids!.some((id) => id === -1 || (id === SLICE && !sliced)))
      return `snapshot sentence ${list} have the wrong shape`;
  }
  const offsets = column.offsets!;
  for (const [i, s] of sentences.entries()) {
    if (column.flags![i] === 0) {
      s[list] = [];
      continue;
    }
    const length = (s['text'] as string).length;
    for (let j = offsets[i]!; j < offsets[i + 1]!; j += 1) {
      const a = start.numbers![j]!;
      const b = end.numbers![j]!;
      if (!(a >= 0 && b >= a && b <= length)) return `snapshot sentence ${i} has a malformed ${list === 'entities' ? 'entity' : 'token'}`;
    }
  }
  return undefined;
}

/** The same checks on lists already made of objects. */
function checkSpanObjects(sentences: Record<string, unknown>[], list: string, strings: readonly string[]): string | undefined {
  for (const [i, s] of sentences.entries()) {
    const spans = s[list] ?? [];
    if (!isList(spans)) return `snapshot sentence ${i} has the wrong shape`;
    const length = (s['text'] as string).length;
    for (const e of spans) {
      if (
        !isInt(e['start']) ||
        !isInt(e['end']) ||
        e['start'] < 0 ||
        e['end'] < e['start'] ||
        e['end'] > length ||
        strings.some((k) => !isStr(e[k]))
      ) {
        return `snapshot sentence ${i} has a malformed ${list === 'entities' ? 'entity' : 'token'}`;
      }
    }
    s[list] = spans;
  }
  return undefined;
}
