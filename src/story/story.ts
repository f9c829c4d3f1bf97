import type { Actor } from '../actors/actor.js';
import type { Article } from '../corpus/article.js';
import type { Entity, Token } from '../nlp/entities.js';
import type { Person } from '../nlp/names.js';
import type { Sentence } from '../nlp/splitSentences.js';
import type { SentenceIndex } from '../search/sentenceIndex.js';
import type { TimelineEvent } from '../timeline/timeline.js';
import { slicedPerStory } from './warmUp.js';

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
 * The answerable form of a corpus: its articles, their sentences with entities and tokens, the people,
 * a MiniSearch index over the sentences, the people catalogue and the timeline. Built once by the
 * pipeline (`buildStory`), saved and loaded whole by the snapshot: nothing downstream rebuilds any of it.
 */
export interface Story {
  /** Content hash of the corpus it was built from. */
  hash: string;
  articles: ArticleInfo[];
  sentences: StorySentence[];
  people: Person[];
  index: SentenceIndex;
  /** Number of sentences each index term occurs in (for idf-weighted coverage). */
  documentFrequency: Map<string, number>;
  /** The people catalogue (`buildActors`), made by the build's `people` stage. */
  actors: Actor[];
  /** The dated events (`buildTimeline`), made by the build's `timeline` stage. */
  timeline: TimelineEvent[];
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
export const articleById: (story: Story) => Map<string, ArticleInfo> = slicedPerStory(function* (story) {
  const byId = new Map<string, ArticleInfo>();
  for (const [i, a] of story.articles.entries()) {
    if (i % 4096 === 4095) yield; // a warm-up's slice ends here (see slicedPerStory)
    byId.set(a.id, a);
  }
  return byId;
});

/** Each article's first sentence (its position in `Story.sentences`), by article id, made once per story. */
const firstSentences: (story: Story) => Map<string, number> = slicedPerStory(function* (story) {
  const first = new Map<string, number>();
  for (const [i, s] of story.sentences.entries()) {
    if (i % 4096 === 4095) yield; // a warm-up's slice ends here (see slicedPerStory)
    if (!first.has(s.articleId)) first.set(s.articleId, i);
  }
  return first;
});

/**
 * The story sentence at a 1-based sentence number of an article (where the catalogues cite one), found from the
 * article's first sentence rather than by a scan of every sentence; the scan only when the article's sentences
 * are not in order.
 */
export function sentenceAt(story: Story, articleId: string, index: number): StorySentence | undefined {
  const first = firstSentences(story).get(articleId);
  if (first === undefined) return undefined;
  const s = story.sentences[first + index - 1];
  return s && s.articleId === articleId && s.index === index
    ? s
    : story.sentences.find((x) => x.articleId === articleId && x.index === index);
}
