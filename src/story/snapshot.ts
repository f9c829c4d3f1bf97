import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import MiniSearch from 'minisearch';
import { INDEX_OPTIONS } from '../search/sentenceIndex.js';
import type { IndexedDoc, Story } from './story.js';

/** Bumped whenever the snapshot's shape or the index options change, so old snapshots are rebuilt. */
export const SNAPSHOT_VERSION = 3;

interface SnapshotFile {
  version: number;
  hash: string;
  articles: Story['articles'];
  sentences: Story['sentences'];
  people: Story['people'];
  documentFrequency: [string, number][];
  index: unknown;
}

/**
 * Writes the story to `path` atomically: a temporary file in the same directory, then a rename, so a
 * crash mid-write leaves the previous snapshot (or none), never a half-written one.
 */
export async function saveSnapshot(story: Story, path: string): Promise<void> {
  const file: SnapshotFile = {
    version: SNAPSHOT_VERSION,
    hash: story.hash,
    articles: story.articles,
    sentences: story.sentences,
    people: story.people,
    documentFrequency: [...story.documentFrequency],
    index: story.index.toJSON(),
  };
  await mkdir(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, JSON.stringify(file));
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
  await removeOrphanedTemps(path);
}

/**
 * Deletes temporary files left beside `path` by a process killed between writing and renaming (they are
 * never read, only taking space). Only those of processes no longer running: another live process may be
 * saving right now. Best effort: a failure here is not a failed save.
 */
async function removeOrphanedTemps(path: string): Promise<void> {
  const prefix = `${basename(path)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^(\d+)\.\d+\.tmp$/.exec(name.startsWith(prefix) ? name.slice(prefix.length) : '');
    if (!m || Number(m[1]) === process.pid || isRunning(Number(m[1]))) continue;
    await rm(join(dirname(path), name), { force: true }).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Why a snapshot could not be used. */
export type SnapshotMiss = 'missing' | 'stale' | 'corrupt';

/**
 * Loads the snapshot at `path` if it was built from a corpus with this hash.
 * Returns why not otherwise: no file, another corpus or version, or a file that does not parse.
 */
export async function loadSnapshot(path: string, hash: string): Promise<Story | SnapshotMiss> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return 'missing';
  }
  try {
    const file = JSON.parse(text) as SnapshotFile;
    // Valid JSON of another shape (null, an array, a string, an object without version and hash) is a
    // damaged file, not an older snapshot: say so, so that the bot warns.
    if (typeof file !== 'object' || file === null || Array.isArray(file) || typeof file.version !== 'number' || typeof file.hash !== 'string') return 'corrupt';
    if (file.version !== SNAPSHOT_VERSION) return 'stale';
    if (file.hash !== hash) return 'stale';
    if (!Array.isArray(file.articles) || !Array.isArray(file.sentences) || !Array.isArray(file.people) || !Array.isArray(file.documentFrequency)) return 'corrupt';
    const index = MiniSearch.loadJS<IndexedDoc>(file.index as Parameters<typeof MiniSearch.loadJS>[0], INDEX_OPTIONS);
    if (index.documentCount !== file.sentences.length) return 'corrupt';
    return {
      hash: file.hash,
      articles: file.articles,
      sentences: file.sentences,
      people: file.people,
      index,
      documentFrequency: new Map(file.documentFrequency),
    };
  } catch {
    return 'corrupt';
  }
}
