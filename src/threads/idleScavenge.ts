import v8 from 'node:v8';
import vm from 'node:vm';
import { growTermCacheAhead } from '../search/terms.js';

/**
 * Young-generation collections moved out of the answers. An answer allocates ~0.36 MB (100,000 sentences); every
 * ~16 MB V8 stops the thread to copy what is still alive out of the young generation (a scavenge: at 100,000
 * sentences ~1 MB copied and ~1 MB promoted each time, the memos the answers fill), and the question running then
 * waits for it: ~45 scavenges in a first pass of 2,000 questions, so the slowest 1% of answers are the ones a scavenge
 * landed in (scripts/answerReplay.ts `--tail`). Between two questions the bot is idle, and a scavenge there costs the
 * asker nothing: after an answer, when more than {@link IDLE_SCAVENGE_SHARE} of the young generation is in use, it is
 * collected then — long before an answer alone could fill the rest. The same objects are copied (a question leaves
 * nothing but its memo entries alive when it ends), so the work is the same, done at a time nobody waits for it.
 */

/** The young generation's bytes in use and still free (V8's `new_space`). */
export interface YoungUse {
  used: number;
  available: number;
}

/**
 * Share of the young generation in use above which an answer's end collects it: half of it (8 of 16 MB) is left
 * for the next answers, ~20 times what an answer allocates at 100,000 sentences.
 */
export const IDLE_SCAVENGE_SHARE = 0.5;

/** The young generation as V8 reports it now (a few microseconds). */
export function youngUse(): YoungUse {
  for (const space of v8.getHeapSpaceStatistics())
    if (space.space_name === 'new_space') return { used: space.space_used_size, available: space.space_available_size };
  return { used: 0, available: 0 };
}

/** V8's own collector made callable: `--expose-gc` for a context made after it is set (the main context keeps no `gc`). */
let minor: (() => void) | null | undefined;

/** A function that runs a young-generation collection now, or null where V8 gives none. */
export function minorCollector(): (() => void) | null {
  if (minor !== undefined) return minor;
  try {
    v8.setFlagsFromString('--expose_gc');
    const gc = vm.runInNewContext('gc') as ((options: { type: 'minor' }) => void) | undefined;
    minor = typeof gc === 'function' ? () => gc({ type: 'minor' }) : null;
  } catch {
    minor = null;
  }
  return minor;
}

/**
 * Collects the young generation when more than `share` of it is in use; whether it did.
 *
 * @example scavengeIfFilled(0.5, () => ({ used: 9e6, available: 7e6 })) // → true (a scavenge ran)
 */
export function scavengeIfFilled(share = IDLE_SCAVENGE_SHARE, use: () => YoungUse = youngUse, collect = minorCollector()): boolean {
  if (collect === null) return false;
  const { used, available } = use();
  if (used + available <= 0 || used <= share * (used + available)) return false;
  collect();
  return true;
}

/**
 * What the bot does between two answers, when nobody waits: the term cache doubled ahead of its need
 * (`growTermCacheAhead`), then the young generation collected when filled ({@link scavengeIfFilled}, which also takes
 * what the doubling left behind); whether a scavenge ran. The bench and answerReplay call it between their questions.
 */
export function tidyBetweenAnswers(): boolean {
  growTermCacheAhead();
  return scavengeIfFilled();
}

/** Milliseconds after an answer before its collection runs: the reply's write goes out first. */
export const IDLE_SCAVENGE_DELAY_MS = 5;

let pending: NodeJS.Timeout | undefined;

/**
 * After an answer: {@link tidyBetweenAnswers} once the event loop is free again (one timer at a time, never keeping the
 * process alive), so the next question's answer does not pay for what this one's left in the young generation.
 */
export function scavengeWhenIdle(): void {
  if (pending !== undefined) return;
  pending = setTimeout(() => {
    pending = undefined;
    tidyBetweenAnswers();
  }, IDLE_SCAVENGE_DELAY_MS);
  pending.unref();
}
