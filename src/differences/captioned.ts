/**
 * The story's disagreements with the photo captions of its corpus files checked too (the story keeps no
 * captions: they are read from the files), worked out once per story and corpus folder.
 */
import type { Story } from '../story/story.js';
import { loadCaptions } from './asides.js';
import type { Difference } from './difference.js';
import { findDifferences, storyDifferences } from './findDifferences.js';

const pending = new WeakMap<Story, Map<string, Promise<Difference[]>>>();
const settled = new WeakMap<Story, Difference[]>();

/**
 * {@link findDifferences} over the story and the captions of the files in `corpusDir` (`loadCaptions`), once
 * per story and folder. A folder that cannot be read gives the story's own differences (captions are extra).
 *
 * @example const differences = await differencesWithCaptions(holder.story, config.corpusDir);
 */
export function differencesWithCaptions(story: Story, corpusDir: string): Promise<Difference[]> {
  let byDir = pending.get(story);
  if (!byDir) pending.set(story, (byDir = new Map()));
  let found = byDir.get(corpusDir);
  if (!found) {
    found = loadCaptions(corpusDir, new Set(story.articles.map((a) => a.id)))
      .catch(() => [])
      .then((asides) => (asides.length > 0 ? findDifferences(story, { asides }) : storyDifferences(story)));
    void found.then((d) => settled.set(story, d));
    byDir.set(corpusDir, found);
  }
  return found;
}

/** The differences known for the story now: with captions once {@link differencesWithCaptions} has run for it, else the story's own. */
export function knownDifferences(story: Story): Difference[] {
  return settled.get(story) ?? storyDifferences(story);
}
