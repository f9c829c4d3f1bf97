import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { SkippedFile } from '../corpus/article.js';
import { corpusHash, loadCorpus } from '../corpus/loadCorpus.js';
import { buildStoryYielding, type BuildProgress } from './buildStory.js';
import { loadSnapshot, saveSnapshot, type SnapshotMiss } from './snapshot.js';
import type { Story } from './story.js';

/** Where the story came from and what was passed over on the way. */
export interface OpenedStory {
  story: Story;
  skipped: SkippedFile[];
  /** 'snapshot' when the saved index matched the corpus; else why it was rebuilt. */
  from: 'snapshot' | SnapshotMiss | 'forced';
  /** Milliseconds taken. */
  ms: number;
}

export interface OpenOptions {
  corpusDir: string;
  cacheDir: string;
  /** Rebuild even when the snapshot is current (`npm run reindex`, /reindex). */
  force?: boolean;
  onProgress?: (p: BuildProgress) => void;
}

/** The snapshot file for a corpus directory: one per directory, so test corpora do not evict the real one. */
export function snapshotPath(corpusDir: string, cacheDir: string): string {
  const key = createHash('sha256').update(resolve(corpusDir)).digest('hex').slice(0, 12);
  return join(cacheDir, `story-${key}.json`);
}

/**
 * Loads the corpus and returns its story: from the snapshot when it was built from the same content
 * (content hash), else built afresh and snapshotted. A corrupt or stale snapshot is rebuilt, never fatal;
 * a snapshot that cannot be written is reported by the caller's logger but the story is still returned.
 *
 * @throws Error prefixed `corpus:` when the corpus directory cannot be read
 */
export async function openStory(options: OpenOptions): Promise<OpenedStory & { saveError?: unknown }> {
  const started = performance.now();
  const { articles, skipped } = await loadCorpus(options.corpusDir);
  const hash = corpusHash(articles);
  const path = snapshotPath(options.corpusDir, options.cacheDir);
  let from: OpenedStory['from'] = 'forced';
  if (!options.force) {
    const loaded = await loadSnapshot(path, hash);
    if (typeof loaded !== 'string') return { story: loaded, skipped, from: 'snapshot', ms: performance.now() - started };
    from = loaded;
  }
  const story = await buildStoryYielding(articles, hash, options.onProgress);
  try {
    await saveSnapshot(story, path);
  } catch (saveError) {
    return { story, skipped, from, ms: performance.now() - started, saveError };
  }
  return { story, skipped, from, ms: performance.now() - started };
}
