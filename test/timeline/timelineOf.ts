import { corpusHash } from '../../src/corpus/loadCorpus.js';
import { buildStory } from '../../src/story/buildStory.js';
import { buildTimeline, type TimelineEvent } from '../../src/timeline/timeline.js';
import { article } from '../actors/fixtures.js';

/** The timeline of invented articles, each `[id, body, published]`. */
export function timelineOf(...articles: [string, string, string][]): TimelineEvent[] {
  const list = articles.map(([id, body, published]) => article(id, body, published));
  return buildTimeline(buildStory(list, corpusHash(list)));
}

/** An entry's sentences as `article:sentence`, the one it quotes first. */
export function refs(e: TimelineEvent): string[] {
  return [`${e.articleId}:${e.sentence}`, ...e.alsoIn.map((r) => `${r.articleId}:${r.sentence}`)];
}
