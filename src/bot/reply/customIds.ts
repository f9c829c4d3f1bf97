import type { Command } from '../../answer/answerKind.js';
import { COMMANDS } from '../../answer/answerKind.js';
import { MAX_CUSTOM_ID_LENGTH } from './limits.js';

/**
 * Button ids carry everything a button needs, so buttons keep working after a restart:
 * - `more|<command>|<offset>|<owner>`: the next page of excerpts; the question itself is read back
 *   from the message's embed footer; owner is the asker's id for a private answer, "-" otherwise.
 * - `ctx|<sentence>|<articleId>`: the sentences around an excerpt.
 * - `act|<page>|<filter>`: a page of /actors.
 * - `tl|<page>|<from>|<to>|<actor>`: a page of /timeline.
 */
export type ButtonAction =
  | { kind: 'more'; command: Command; offset: number; owner?: string }
  | { kind: 'context'; articleId: string; sentence: number }
  | { kind: 'actors'; page: number; filter: string }
  | { kind: 'timeline'; page: number; actor?: string; from?: string; to?: string };

/** The custom_id of a button, or undefined when it would exceed Discord's 100 characters. */
export function encodeButton(action: ButtonAction): string | undefined {
  let id: string;
  switch (action.kind) {
    case 'more':
      id = `more|${action.command}|${action.offset}|${action.owner ?? '-'}`;
      break;
    case 'context':
      id = `ctx|${action.sentence}|${action.articleId}`;
      break;
    case 'actors':
      id = `act|${action.page}|${action.filter}`;
      break;
    case 'timeline':
      id = `tl|${action.page}|${action.from ?? ''}|${action.to ?? ''}|${action.actor ?? ''}`;
      break;
  }
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
  const act = /^act\|(\d{1,4})\|(.*)$/s.exec(customId);
  if (act) return { kind: 'actors', page: Number(act[1]), filter: act[2]! };
  const tl = /^tl\|(\d{1,4})\|([\d-]{0,10})\|([\d-]{0,10})\|(.*)$/s.exec(customId);
  if (tl) return { kind: 'timeline', page: Number(tl[1]), ...(tl[2] ? { from: tl[2] } : {}), ...(tl[3] ? { to: tl[3] } : {}), ...(tl[4] ? { actor: tl[4] } : {}) };
  return undefined;
}
