import { buildActors, type Actor } from '../actors/index.js';
import { buildTimeline, type TimelineEvent } from '../events/index.js';
import type { Story } from './story.js';

/** Wraps a derivation of a story so it runs once per story (a reindex makes a new story, and a new result). */
function oncePerStory<T>(derive: (story: Story) => T): (story: Story) => T {
  const cache = new WeakMap<Story, T>();
  return (story) => {
    if (!cache.has(story)) cache.set(story, derive(story));
    return cache.get(story)!;
  };
}

/** The story's people catalogue, built on first use. */
export const storyActors: (story: Story) => Actor[] = oncePerStory(buildActors);

/** The story's timeline, built on first use. */
export const storyTimeline: (story: Story) => TimelineEvent[] = oncePerStory(buildTimeline);
