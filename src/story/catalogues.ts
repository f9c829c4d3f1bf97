import { buildActors, type Actor } from '../actors/index.js';
import { buildTimeline, type TimelineEvent } from '../events/index.js';
import type { Story } from './story.js';

const actors = new WeakMap<Story, Actor[]>();
const timelines = new WeakMap<Story, TimelineEvent[]>();

/** The story's people catalogue, built on first use and kept while the story is live (a reindex makes a new story). */
export function storyActors(story: Story): Actor[] {
  let found = actors.get(story);
  if (!found) {
    found = buildActors(story);
    actors.set(story, found);
  }
  return found;
}

/** The story's timeline, built on first use and kept while the story is live. */
export function storyTimeline(story: Story): TimelineEvent[] {
  let found = timelines.get(story);
  if (!found) {
    found = buildTimeline(story);
    timelines.set(story, found);
  }
  return found;
}
