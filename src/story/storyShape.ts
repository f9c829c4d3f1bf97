import type { SentenceIndex } from '../search/sentenceIndex.js';

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
export function checkStoryShape(story: UncheckedStory, expectedSentences: number): string | undefined {
  const { articles, sentences, people, actors, timeline, index } = story;
  const articleIds = new Set<string>();
  for (const a of articles) {
    if (!isStr(a['id']) || !isStr(a['title']) || !isInt(a['sentenceCount']) || !isStr(a['contentHash']) || !isStr(a['file'])) return 'snapshot article has the wrong shape';
    articleIds.add(a['id']);
  }
  if (sentences.length !== expectedSentences) return `snapshot holds ${sentences.length} sentences, its header says ${expectedSentences}`;
  for (const [i, s] of sentences.entries()) {
    const text = s['text'];
    if (s['id'] !== i || !isStr(text) || !isStr(s['articleId']) || !articleIds.has(s['articleId']) || !isInt(s['index']) || !isInt(s['start']) || !isInt(s['end']) || !isInt(s['paragraph'])) {
      return `snapshot sentence ${i} has the wrong shape`;
    }
    const entities = s['entities'] ?? [];
    const tokens = s['tokens'] ?? [];
    if (!isList(entities) || !isList(tokens)) return `snapshot sentence ${i} has the wrong shape`;
    for (const e of entities) {
      if (!isStr(e['type']) || !isStr(e['text']) || !isInt(e['start']) || !isInt(e['end']) || e['end'] > text.length) return `snapshot sentence ${i} has a malformed entity`;
    }
    for (const t of tokens) {
      if (!isStr(t['text']) || !isInt(t['start']) || !isInt(t['end']) || !isStr(t['pos']) || t['end'] > text.length) return `snapshot sentence ${i} has a malformed token`;
    }
    // Lists the columns left out because they were empty in every row come back absent: restore them.
    s['entities'] = entities;
    s['tokens'] = tokens;
  }
  for (const p of people) {
    if (!isStr(p['name'])) return 'snapshot person has the wrong shape';
    p['aliases'] ??= [];
  }
  for (const a of actors) {
    if (!isStr(a['name']) || !isInt(a['mentions']) || typeof a['first'] !== 'object' || typeof a['last'] !== 'object') return 'snapshot actor has the wrong shape';
    for (const list of ['aliases', 'roles', 'articles', 'quotes', 'coMentions'] as const) {
      a[list] ??= [];
      if (!Array.isArray(a[list])) return 'snapshot actor has the wrong shape';
    }
    a['mentionsByArticle'] ??= {};
  }
  for (const e of timeline) {
    if (!isStr(e['date']) || !isStr(e['text']) || !isStr(e['articleId']) || !isInt(e['sentence'])) return 'snapshot event has the wrong shape';
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
