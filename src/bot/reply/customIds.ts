import type { Command } from '../../answer/answerKind.js';
import { COMMANDS } from '../../answer/answerKind.js';
import { MAX_CUSTOM_ID_LENGTH } from './limits.js';

/**
 * Button ids carry everything a button needs, so buttons keep working after a restart:
 * - `more|<command>|<offset>|<owner>`: the next page of excerpts; the question itself is read back
 *   from the message's embed footer; owner is the asker's id for a private answer, "-" otherwise.
 * - `ctx|<sentence>|<articleId>`: the sentences around an excerpt.
 */
export type ButtonAction =
  | { kind: 'more'; command: Command; offset: number; owner?: string }
  | { kind: 'context'; articleId: string; sentence: number };

/** The custom_id of a button, or undefined when it would exceed Discord's 100 characters. */
export function encodeButton(action: ButtonAction): string | undefined {
  const id =
    action.kind === 'more'
      ? `more|${action.command}|${action.offset}|${action.owner ?? '-'}`
      : `ctx|${action.sentence}|${action.articleId}`;
  return id.length <= MAX_CUSTOM_ID_LENGTH ? id : undefined;
}

/** Reads a custom_id back; undefined for anything this bot did not make (or an older format). */
export function decodeButton(customId: string): ButtonAction | undefined {
  const more = /^more\|(\w+)\|(\d{1,4})\|(\d{1,20}|-)$/.exec(customId);
  if (more) {
    const command = more[1] as Command;
    if (!COMMANDS.includes(command)) return undefined;
    return { kind: 'more', command, offset: Number(more[2]), ...(more[3] !== '-' ? { owner: more[3]! } : {}) };
  }
  const ctx = /^ctx\|(\d{1,5})\|(.+)$/.exec(customId);
  if (ctx) return { kind: 'context', sentence: Number(ctx[1]), articleId: ctx[2]! };
  return undefined;
}
