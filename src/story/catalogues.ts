import type { Actor } from '../actors/actor.js';
import type { TimelineEvent } from '../timeline/timeline.js';
import type { Story } from './story.js';

/** The story's people catalogue, made by the build (and kept in the snapshot): reading it costs nothing. */
export function storyActors(story: Story): Actor[] {
  return story.actors;
}

/** The story's timeline, made by the build (and kept in the snapshot): reading it costs nothing. */
export function storyTimeline(story: Story): TimelineEvent[] {
  return story.timeline;
}
