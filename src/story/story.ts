import type MiniSearch from 'minisearch';
import type { Article } from '../corpus/article.js';
import type { Entity, Token } from '../nlp/entities.js';
import type { Person } from '../nlp/names.js';
import type { Sentence } from '../nlp/splitSentences.js';

/** An article's citation data: everything but the body, plus a hash of its content (to tell what a reindex changed). */
export type ArticleInfo = Omit<Article, 'body'> & { sentenceCount: number; contentHash: string };

/** A sentence of the story with its tags; `id` is its position in `Story.sentences`. */
export interface StorySentence extends Sentence {
  id: number;
  entities: Entity[];
  /** wink-nlp's tokens with their part-of-speech tags, offsets into `text`: later stages read these instead of tagging again. */
  tokens: Token[];
}

/** What MiniSearch indexes for each sentence. */
export interface IndexedDoc {
  id: number;
  /** The sentence itself. */
  text: string;
  /** The sentences on either side, in the same paragraph or not: questions often borrow their words. */
  context: string;
  /** The article's headline, when the file gives one. */
  title: string;
}

/**
 * The answerable form of a corpus: its articles, their sentences with entities, the people catalogue,
 * and a MiniSearch index over the sentences. Built by `buildStory`, saved and loaded by the snapshot.
 */
export interface Story {
  /** Content hash of the corpus it was built from. */
  hash: string;
  articles: ArticleInfo[];
  sentences: StorySentence[];
  people: Person[];
  index: MiniSearch<IndexedDoc>;
  /** Number of sentences each index term occurs in (for idf-weighted coverage). */
  documentFrequency: Map<string, number>;
}

/**
 * Wraps a derivation of a story so it runs once per story and is kept while the story is live (a
 * reindex makes a new story, and so a new result).
 */
export function oncePerStory<T>(derive: (story: Story) => T): (story: Story) => T {
  const cache = new WeakMap<Story, T>();
  return (story) => {
    if (!cache.has(story)) cache.set(story, derive(story));
    return cache.get(story)!;
  };
}

/** The story's articles by id (answers look citations up for every excerpt). */
export const articleById: (story: Story) => Map<string, ArticleInfo> = oncePerStory((story) => new Map(story.articles.map((a) => [a.id, a])));
