import type { Article } from '../corpus/article.js';
import { newDraft, STAGES, type BuildProgress, type Draft } from './stages.js';
import type { Story } from './story.js';

export type { BuildProgress, StageName } from './stages.js';

/**
 * Builds the story from articles by running the pipeline's stages in order (`split → tag → names →
 * index → people → timeline`; see stages.ts): sentences, wink-nlp tags, names resolved over the whole
 * corpus, the index, the people catalogue and the timeline. Pure over its input.
 *
 * @param hash the corpus content hash, kept so a snapshot knows what it was built from
 */
export function buildStory(articles: Article[], hash: string, onProgress?: (p: BuildProgress) => void): Story {
  const steps = storyBuilder(articles, hash);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
  }
}

/**
 * The same build, giving the event loop a turn after every step (about 200 sentences, or one stage of
 * the small ones), so a live bot keeps answering from its current story while a new one is built beside
 * it (`openStory`, /reindex).
 */
export async function buildStoryYielding(articles: Article[], hash: string, onProgress?: (p: BuildProgress) => void): Promise<Story> {
  const steps = storyBuilder(articles, hash);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The build as a sequence of steps: each yields its progress, and the last returns the story. */
function* storyBuilder(articles: Article[], hash: string): Generator<BuildProgress, Story, void> {
  const draft: Draft = newDraft(articles, hash);
  for (const stage of STAGES) yield* stage.run(draft);
  // The story is served from here on: a sentence's tokens and entities are kept once read, as in a loaded story (the
  // latest tokens held, in a story too large to keep them all).
  const story = draft.story!;
  draft.tokens.keep(story.sentences.length);
  draft.entities.keep();
  return story;
}
