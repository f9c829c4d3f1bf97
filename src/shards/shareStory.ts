/**
 * One story across shard processes. The shard that rebuilds (/reindex, or anything else that calls
 * `holder.reindex()`) builds once and saves the snapshot; then it tells the manager the new story's hash
 * (so a shard started later loads that one) and asks every shard, through discord.js's `broadcastEval`,
 * to load the snapshot and swap it in. The admin's report says how many shards took it.
 */
import type { Client } from 'discord.js';
import type { OpenOptions } from '../story/openStory.js';
import type { Story } from '../story/story.js';
import { ReindexBusyError, StoryHolder, type ReindexReport } from '../story/storyHolder.js';
import type { SnapshotMessage } from './shardProtocol.js';
import { openSnapshotStory } from './snapshotStory.js';

/** How long one shard may take to load a new snapshot before the report counts it as missed. */
export const SHARE_TIMEOUT_MS = 60_000;

/** What the shards did with a new story: `took` of `of` serve it; `missed` says which did not and why. */
export interface ShardsReached {
  took: number;
  of: number;
  missed: { shard: number; reason: string }[];
}

/** A reindex report in a shard process: the report, and how far the new story reached. */
export type SharedReindexReport = ReindexReport & { shards: ShardsReached };

/** What one shard answers when asked to load a snapshot (`loaded`: false when it already served that story). */
export type SnapshotTaken = { took: true; loaded: boolean; articles: number; sentences: number } | { took: false; reason: string };

/**
 * The holder of a shard's story: a reindex rebuilds here, as in one process, then `share` spreads the new
 * story to every shard; the report gains `shards`. A reindex that fails changes nothing anywhere.
 */
export class SharedStoryHolder extends StoryHolder {
  constructor(
    story: Story,
    options: Omit<OpenOptions, 'force'>,
    private readonly share: (hash: string, saved: boolean) => Promise<ShardsReached>,
  ) {
    super(story, options);
  }

  override async reindex(): Promise<SharedReindexReport> {
    const report = await super.reindex();
    return { ...report, shards: await this.share(this.story.hash, report.saveError === undefined) };
  }
}

/**
 * Loads the snapshot of the story `hash` and swaps it in (a shard asked by the one that rebuilt). Never
 * throws: a shard that cannot take it keeps its story and says why.
 */
export async function takeSnapshot(
  holder: StoryHolder,
  options: Pick<OpenOptions, 'corpusDir' | 'cacheDir'>,
  hash: string,
): Promise<SnapshotTaken> {
  const counts = (story: Story, loaded: boolean) => ({
    took: true as const,
    loaded,
    articles: story.articles.length,
    sentences: story.sentences.length,
  });
  if (holder.story.hash === hash) return counts(holder.story, false);
  if (holder.reindexing) return { took: false, reason: 'it was rebuilding the index itself' };
  try {
    const opened = await openSnapshotStory(options, hash);
    holder.adopt(opened.story);
    return counts(opened.story, true);
  } catch (error) {
    if (error instanceof ReindexBusyError) return { took: false, reason: 'it was rebuilding the index itself' };
    return { took: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The property of a shard's Client where {@link shareSnapshot}'s `broadcastEval` finds {@link takeSnapshot}.
 * `broadcastEval` sends the source of a function to each shard, which runs it with its Client: the function
 * can reach only what hangs on the client, so it spells this name out.
 */
interface StoryShardClient {
  storyBotShard: { takeSnapshot(hash: string): Promise<SnapshotTaken> };
}

/** Hangs a shard's snapshot loader on its client, for {@link shareSnapshot}. */
export function exposeSnapshotTaker(client: Client, take: (hash: string) => Promise<SnapshotTaken>): void {
  const hook: StoryShardClient['storyBotShard'] = { takeSnapshot: take };
  Object.defineProperty(client, 'storyBotShard', { value: hook, enumerable: false });
}

/**
 * Spreads the story `hash` from the shard that rebuilt it: tells the manager (shards started later load it),
 * then asks each shard, itself included, to take it — one `broadcastEval` per shard, so a shard that is down
 * or slow (over {@link SHARE_TIMEOUT_MS}) is reported by number and does not hide what the others did.
 * When the snapshot could not be saved, the other shards keep the old story and the report says so.
 */
export async function shareSnapshot(client: Client, hash: string, saved: boolean, timeoutMs = SHARE_TIMEOUT_MS): Promise<ShardsReached> {
  const util = client.shard;
  if (!util) return { took: 1, of: 1, missed: [] };
  const ids = Array.from({ length: util.count }, (_, i) => i);
  const own = new Set(util.ids);
  if (!saved) {
    const missed = ids.filter((id) => !own.has(id)).map((shard) => ({ shard, reason: 'the new snapshot could not be saved' }));
    return { took: ids.length - missed.length, of: ids.length, missed };
  }
  await util.send({ storyBot: 'snapshot', hash } satisfies SnapshotMessage).catch(() => undefined);
  const answers = await Promise.all(
    ids.map(async (shard) => {
      try {
        const taken = await withTimeout(
          util.broadcastEval((c, context) => (c as unknown as StoryShardClient).storyBotShard.takeSnapshot(context.hash), {
            shard,
            context: { hash },
          }),
          timeoutMs,
        );
        return taken.took ? undefined : { shard, reason: taken.reason };
      } catch (error) {
        return { shard, reason: error instanceof Error ? error.message : String(error) };
      }
    }),
  );
  const missed = answers.filter((a): a is { shard: number; reason: string } => a !== undefined);
  return { took: ids.length - missed.length, of: ids.length, missed };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
