/**
 * What the manager and its shard processes agree on: an exit code, an environment variable and one message.
 */

/**
 * Exit code of a shard process that cannot run and must not be restarted: its story snapshot is missing or
 * stale (a shard never builds), or Discord closed its gateway for good (bad token, disallowed intents…).
 * Restarting it would only fail again, so the manager stops every shard and exits 1 for its supervisor.
 * (78 is EX_CONFIG of sysexits.h: "something was found in an unconfigured or misconfigured state".)
 */
export const SHARD_CANNOT_RUN = 78;

/**
 * Environment variable through which the manager tells a shard process which story to load: the corpus hash
 * of the snapshot it built or checked, updated after every reindex. Set by the manager only, never by hand.
 */
export const STORY_HASH_ENV = 'STORY_BOT_SNAPSHOT_HASH';

/** The message a shard sends the manager after saving a new snapshot: shards started from now on load this story. */
export interface SnapshotMessage {
  storyBot: 'snapshot';
  hash: string;
}

/** Whether an IPC message from a shard is a {@link SnapshotMessage}. */
export function isSnapshotMessage(message: unknown): message is SnapshotMessage {
  const m = message as Partial<SnapshotMessage> | null;
  return typeof m === 'object' && m !== null && m.storyBot === 'snapshot' && typeof m.hash === 'string';
}
