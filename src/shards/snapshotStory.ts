/**
 * The story of a shard process: read from the snapshot the manager built or checked, never built here.
 * Nothing in this module knows about Discord.
 */
import { snapshotPath, type OpenedStory, type OpenOptions } from '../story/openStory.js';
import { readSnapshot, type SnapshotMiss } from '../story/snapshot.js';

/** Thrown when the snapshot a shard was told to load is missing, stale (another story or engine) or damaged. */
export class SnapshotUnusableError extends Error {
  override readonly name = 'SnapshotUnusableError';
  constructor(
    readonly miss: SnapshotMiss,
    readonly reason: string,
    readonly path: string,
  ) {
    super(`shard: the index snapshot ${path} is ${miss} (${reason}); a shard loads the snapshot the manager made and never builds one`);
  }
}

/**
 * Reads the story whose corpus hash is `hash` from the snapshot of `corpusDir` in `cacheDir`, without reading
 * the corpus and without building: every shard serves exactly the story that was built once.
 *
 * @example const opened = await openSnapshotStory({ corpusDir: 'corpus', cacheDir: '.cache' }, 'f3a9…');
 * @throws SnapshotUnusableError when that snapshot is missing, holds another story or engine, or is damaged
 */
export async function openSnapshotStory(options: Pick<OpenOptions, 'corpusDir' | 'cacheDir'>, hash: string): Promise<OpenedStory> {
  const started = performance.now();
  const path = snapshotPath(options.corpusDir, options.cacheDir);
  const read = await readSnapshot(path, { hash });
  if ('miss' in read) throw new SnapshotUnusableError(read.miss, `${read.reason}; expected the story of corpus ${hash.slice(0, 12)}`, path);
  return { story: read.story, skipped: [], from: 'snapshot', ms: performance.now() - started };
}
