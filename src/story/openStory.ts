import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { SkippedFile } from '../corpus/article.js';
import { corpusHash, loadCorpus } from '../corpus/loadCorpus.js';
import { buildStoryYielding, type BuildProgress, type StageName } from './buildStory.js';
import { readSnapshot, removeOrphanedTemps, saveSnapshot, type SnapshotMiss } from './snapshot.js';
import type { Story } from './story.js';

/** Where the story came from and what was passed over on the way. */
export interface OpenedStory {
  story: Story;
  skipped: SkippedFile[];
  /** 'snapshot' when the saved index matched the corpus; else why it was rebuilt. */
  from: 'snapshot' | SnapshotMiss | 'forced';
  /** Why the snapshot was not used, in words for the log ("built by another version of the engine …"). */
  reason?: string;
  /** Milliseconds taken. */
  ms: number;
  /** Milliseconds per build stage (`load`, `split` … `timeline`), when the story was built. */
  stageMs?: Partial<Record<StageName, number>>;
  /**
   * Set when the story was built but its snapshot could not be written (read-only or full disk…): the
   * story is still served, and the next start builds again. Every entry point should log it.
   */
  saveError?: unknown;
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
  return join(cacheDir, `story-${key}.snapshot`);
}

/**
 * Loads the corpus and returns its story: from the snapshot when it was built from the same content
 * (content hash) by the same engine (build fingerprint), else built afresh by the pipeline and snapshotted.
 * A corrupt or stale snapshot is rebuilt, never fatal, and `reason` says why; a snapshot that cannot be
 * written leaves the story served and `saveError` set. Temporary files of killed saves are removed first.
 *
 * @throws Error prefixed `corpus:` when the corpus directory cannot be read
 */
export async function openStory(options: OpenOptions): Promise<OpenedStory> {
  const started = performance.now();
  const path = snapshotPath(options.corpusDir, options.cacheDir);
  await removeOrphanedTemps(path);
  const { articles, skipped } = await loadCorpus(options.corpusDir);
  const hash = corpusHash(articles);
  const stageMs: Partial<Record<StageName, number>> = { load: performance.now() - started };
  options.onProgress?.({ stage: 'load', done: articles.length, total: articles.length });
  let from: OpenedStory['from'] = 'forced';
  let reason: string | undefined;
  if (!options.force) {
    const read = await readSnapshot(path, { hash });
    if ('story' in read) return { story: read.story, skipped, from: 'snapshot', ms: performance.now() - started };
    from = read.miss;
    reason = read.reason;
  }
  let last = performance.now();
  const story = await buildStoryYielding(articles, hash, (p) => {
    if (p.done === p.total) {
      const now = performance.now();
      stageMs[p.stage] = (stageMs[p.stage] ?? 0) + (now - last);
      last = now;
    }
    options.onProgress?.(p);
  });
  const opened: OpenedStory = { story, skipped, from, ms: 0, stageMs };
  if (reason !== undefined) opened.reason = reason;
  try {
    await saveSnapshot(story, path);
  } catch (saveError) {
    opened.saveError = saveError;
  }
  opened.ms = performance.now() - started;
  return opened;
}
