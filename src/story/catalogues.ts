import { buildActors, type Actor } from '../actors/index.js';
import { buildTimeline, type TimelineEvent } from '../timeline/index.js';
import { oncePerStory, type Story } from './story.js';

/** The story's people catalogue, built on first use. */
export const storyActors: (story: Story) => Actor[] = oncePerStory(buildActors);

/** The story's timeline, built on first use. */
export const storyTimeline: (story: Story) => TimelineEvent[] = oncePerStory(buildTimeline);
