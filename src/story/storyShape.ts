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
 * What is wrong with a story, or undefined when every part has the shape the answers rely on: sentences
 * numbered in order and tied to an article of the story, with text, offsets, entities and tokens within
 * their text; articles, people, actors and events with their required fields; an index over exactly the
 * sentences. Run by the writer on the story it saves, item by item: the verdict goes into the snapshot's
 * header, and the SHA-256 of the sections and the build fingerprint vouch that the body is what this check
 * saw, so the loader checks columns (`checkLoadedShape`), not millions of items, and a snapshot of a story
 * this engine cannot serve is still refused.
 */
export function checkStoryShape(story: UncheckedStory, expectedSentences: number): string | undefined {
  const { articles, sentences } = story;
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
  for (const [list, strings] of SPAN_LISTS) {
    const problem = checkSpanObjects(sentences, list, strings);
    if (problem) return problem;
  }
  return checkCatalogues(story) ?? checkIndex(story);
}

/** The nested lists of spans of a sentence, and their string fields. */
const SPAN_LISTS: readonly [string, readonly string[]][] = [
  ['entities', ['type', 'text']],
  ['tokens', ['text', 'pos']],
];

/** Sentence fields that are whole numbers (with `id`, the sentence's position). */
const SENTENCE_INTS = ['id', 'index', 'start', 'end', 'paragraph'] as const;

/**
 * What is wrong with the columns of a story read back from a snapshot whose writer found nothing wrong
 * (`checkStoryShape`), or undefined: the counts agree, every sentence field is in a column of its kind with
 * no row missing, the lists of spans are lists of spans. O(columns) but for scans of typed arrays, where a
 * check item by item cost a fifth of a load at 100,000 sentences. Gives sentences without a list of
 * entities an empty one, and people, actors and events their optional lists.
 */
export function checkLoadedShape(
  story: UncheckedStory,
  expectedSentences: number,
  sentenceColumns: Batch,
  tokenColumns?: TokenColumns,
): string | undefined {
  const { sentences } = story;
  if (sentences.length !== expectedSentences || sentenceColumns.count !== expectedSentences)
    return `snapshot holds ${sentences.length} sentences, its header says ${expectedSentences}`;
  if (expectedSentences > 0) {
    for (const key of SENTENCE_INTS) {
      const c = sentenceColumns.column(key);
      if (c?.kind !== Kind.Int || hasNaN(c.numbers!)) return `snapshot sentence ${key} have the wrong shape`;
    }
    for (const key of ['text', 'articleId']) {
      const c = sentenceColumns.column(key);
      if (c?.kind !== Kind.Str || c.ids!.includes(-1)) return `snapshot sentence ${key} have the wrong shape`;
    }
  }
  if (tokenColumns && tokenColumns.count !== sentences.length) return 'snapshot tokens are out of step with their sentences';
  for (const [list, strings] of SPAN_LISTS) {
    if (list === 'tokens' && tokenColumns) continue;
    const problem = checkSpanColumns(sentenceColumns, list, strings, sentences);
    if (problem) return problem;
  }
  giveAbsentLists(story);
  const table = story.index.postings();
  return table.documentCount === sentences.length && table.ids.length === sentences.length
    ? undefined
    : 'snapshot index is out of step with its sentences';
}

/** People, actors and events with their required fields (the writer's check, reading every list). */
function checkCatalogues(story: UncheckedStory): string | undefined {
  const { people, actors, timeline } = story;
  for (const p of people) if (!isStr(p['name'])) return 'snapshot person has the wrong shape';
  for (const a of actors) {
    if (!isStr(a['name']) || !isInt(a['mentions']) || typeof a['first'] !== 'object' || typeof a['last'] !== 'object')
      return 'snapshot actor has the wrong shape';
    for (const list of ACTOR_LISTS) if (a[list] !== undefined && !Array.isArray(a[list])) return 'snapshot actor has the wrong shape';
  }
  for (const e of timeline) {
    if (!isStr(e['date']) || !isStr(e['text']) || !isStr(e['articleId']) || !isInt(e['sentence']))
      return 'snapshot event has the wrong shape';
  }
  return undefined;
}

const ACTOR_LISTS = ['aliases', 'roles', 'articles', 'quotes', 'coMentions'] as const;

/**
 * Gives loaded people, actors and events the lists a snapshot leaves out when they were absent (`in`, so
 * that a list still to be made from its columns is not made here).
 */
export function giveAbsentLists(story: UncheckedStory): void {
  for (const name of CATALOGUES) giveAbsentListsOf(name, story[name]);
}

/** The catalogues a story keeps beside its sentences. */
export const CATALOGUES = ['people', 'actors', 'timeline'] as const;

/** What `giveAbsentLists` does, for one catalogue's rows. */
export function giveAbsentListsOf(name: (typeof CATALOGUES)[number], rows: readonly Record<string, unknown>[]): void {
  const give = (row: Record<string, unknown>, key: string, value: () => unknown) => {
    if (!(key in row)) row[key] = value();
  };
  if (name === 'people') for (const p of rows) give(p, 'aliases', () => []);
  if (name === 'actors')
    for (const a of rows) {
      for (const list of ACTOR_LISTS) give(a, list, () => []);
      give(a, 'mentionsByArticle', () => ({}));
    }
  if (name === 'timeline')
    for (const e of rows) {
      give(e, 'alsoIn', () => []);
      give(e, 'actors', () => []);
    }
}

/** An index over exactly the sentences: each live document a sentence that exists. */
function checkIndex(story: UncheckedStory): string | undefined {
  const table = story.index.postings();
  const n = story.sentences.length;
  if (table.documentCount !== n) return 'snapshot index is out of step with its sentences';
  let live = 0;
  for (const id of table.ids) {
    if (id < -1 || id >= n) return 'snapshot index names a sentence that does not exist';
    if (id >= 0) live += 1;
  }
  return live === n ? undefined : 'snapshot index is out of step with its sentences';
}

/**
 * Checks that a nested list of spans is in columns of spans (`start`, `end`, the required string fields
 * present in every row), not their values: those the writer checked.
 */
function checkSpanColumns(
  batch: Batch,
  list: string,
  strings: readonly string[],
  sentences: Record<string, unknown>[],
): string | undefined {
  const column = batch.column(list);
  if (!column) {
    for (const s of sentences) s[list] = [];
    return undefined;
  }
  const child = column.child;
  if (column.kind !== Kind.Records || !child) return `snapshot sentence ${list} have the wrong shape`;
  if (child.count > 0) {
    const start = child.column('start');
    const end = child.column('end');
    if (start?.kind !== Kind.Int || end?.kind !== Kind.Int || hasNaN(start.numbers!) || hasNaN(end.numbers!))
      return `snapshot sentence ${list} have the wrong shape`;
    for (const key of strings) {
      const c = child.column(key);
      const sliced = c?.kind === Kind.Slice;
      if ((c?.kind !== Kind.Str && !sliced) || c.ids!.includes(-1) || (!sliced && c.ids!.includes(SLICE)))
        return `snapshot sentence ${list} have the wrong shape`;
    }
  }
  const flags = column.flags!;
  for (let i = 0; i < flags.length; i += 1) if (flags[i] === 0) sentences[i]![list] = [];
  return undefined;
}

/**
 * Whether a column of numbers has an absent value (NaN). `includes` finds NaN (SameValueZero) in one builtin
 * scan; `some(Number.isNaN)` called the function per value, about 80 times slower (a tenth of a load's check).
 */
function hasNaN(numbers: Float64Array): boolean {
  return numbers.includes(Number.NaN);
}

/** Spans within their sentence's text, with the two string fields `strings` names (the writer's check, item by item). */
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
        !isStr(e[strings[0]!]) ||
        !isStr(e[strings[1]!])
      ) {
        return `snapshot sentence ${i} has a malformed ${list === 'entities' ? 'entity' : 'token'}`;
      }
    }
  }
  return undefined;
}
