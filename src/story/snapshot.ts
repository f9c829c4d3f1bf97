import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import MiniSearch from 'minisearch';
import { INDEX_OPTIONS } from '../search/sentenceIndex.js';
import type { IndexedDoc, Story } from './story.js';

/** Bumped whenever the snapshot's shape or the index options change, so old snapshots are rebuilt. */
export const SNAPSHOT_VERSION = 1;

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
    if (file.version !== SNAPSHOT_VERSION) return 'stale';
    if (file.hash !== hash) return 'stale';
    if (!Array.isArray(file.articles) || !Array.isArray(file.sentences) || !Array.isArray(file.people)) return 'corrupt';
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
