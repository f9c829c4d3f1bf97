import type { Article } from '../corpus/article.js';
import { corpusHash } from '../corpus/loadCorpus.js';
import { tagSentence } from '../nlp/entities.js';
import { resolveNames } from '../nlp/names.js';
import { splitSentences } from '../nlp/splitSentences.js';
import { createSentenceIndex } from '../search/sentenceIndex.js';
import { termsOf } from '../search/terms.js';
import type { IndexedDoc, Story, StorySentence } from './story.js';

/** Progress of a build, for a terminal or a Discord reply. */
export interface BuildProgress {
  stage: 'split' | 'tag' | 'names' | 'index';
  done: number;
  total: number;
}

/**
 * Builds the story from articles: sentences (wink-nlp), entities (wink-nlp plus names resolved over
 * the whole corpus), and the MiniSearch index. Pure over its input; takes about a second per
 * thousand sentences.
 *
 * @param hash the corpus content hash, kept so a snapshot knows what it was built from
 */
export function buildStory(articles: Article[], hash: string, onProgress?: (p: BuildProgress) => void): Story {
  const sentences: StorySentence[] = [];
  for (const [i, article] of articles.entries()) {
    for (const s of splitSentences(article.id, article.body)) sentences.push({ ...s, id: sentences.length, entities: [] });
    onProgress?.({ stage: 'split', done: i + 1, total: articles.length });
  }

  const tagged = sentences.map((s, i) => {
    if (i % 500 === 0 || i === sentences.length - 1) onProgress?.({ stage: 'tag', done: i + 1, total: sentences.length });
    return tagSentence(s.text);
  });
  const { entities: names, people } = resolveNames(tagged.map((t) => t.names));
  onProgress?.({ stage: 'names', done: 1, total: 1 });
  for (const [i, s] of sentences.entries()) {
    s.entities = [...tagged[i]!.entities, ...names[i]!].sort((a, b) => a.start - b.start);
  }

  const titles = new Map(articles.map((a) => [a.id, a.titleGiven ? a.title : '']));
  const index = createSentenceIndex();
  const docs: IndexedDoc[] = sentences.map((s, i) => ({
    id: s.id,
    text: s.text,
    context: neighbours(sentences, i),
    title: titles.get(s.articleId) ?? '',
  }));
  index.addAll(docs);
  onProgress?.({ stage: 'index', done: docs.length, total: docs.length });

  const counts = new Map<string, number>();
  for (const s of sentences) counts.set(s.articleId, (counts.get(s.articleId) ?? 0) + 1);
  return {
    hash,
    articles: articles.map(({ body: _body, ...info }) => ({ ...info, sentenceCount: counts.get(info.id) ?? 0, contentHash: corpusHash([{ body: _body, ...info }]) })),
    sentences,
    people,
    index,
    documentFrequency: documentFrequency(sentences),
  };
}

/** The text of the sentences just before and after sentence i, within its article. */
function neighbours(sentences: StorySentence[], i: number): string {
  const s = sentences[i]!;
  const parts: string[] = [];
  const prev = sentences[i - 1];
  const next = sentences[i + 1];
  if (prev && prev.articleId === s.articleId) parts.push(prev.text);
  if (next && next.articleId === s.articleId) parts.push(next.text);
  return parts.join(' ');
}

/** How many sentences each term occurs in. */
export function documentFrequency(sentences: { text: string }[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(termsOf(s.text))) df.set(t, (df.get(t) ?? 0) + 1);
  return df;
}
