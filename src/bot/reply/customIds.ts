import type { Command } from '../../answer/answerKind.js';
import { COMMANDS } from '../../answer/answerKind.js';
import { MAX_CUSTOM_ID_LENGTH } from './limits.js';

/**
 * Button ids carry everything a button needs, so buttons keep working after a restart:
 * - `pg|<command>|<offset>|<owner>`: a page of excerpts (Previous/Next); the question itself is read back
 *   from the message's embed footer; owner is the asker's id ("-" when unknown). Anyone else pressing it
 *   gets their own private copy of that page.
 * - `cx|<command>|<offset>`: the sentences around each excerpt of that page, privately.
 * - `rm|<owner>`: the asker removes the answer.
 * - `act|<page>|<filter>`: a page of /actors.
 * - `tl|<page>|<from>|<to>|<actor>`: a page of /timeline.
 * Older ids are still read: `more|<command>|<offset>|<owner>` (a page) and `ctx|<sentence>|<articleId>`
 * (the sentences around one excerpt).
 */
export type ButtonAction =
  | { kind: 'page'; command: Command; offset: number; owner?: string }
  | { kind: 'context'; command: Command; offset: number }
  | { kind: 'sentence'; articleId: string; sentence: number }
  | { kind: 'dismiss'; owner: string }
  | { kind: 'actors'; page: number; filter: string }
  | { kind: 'timeline'; page: number; actor?: string; from?: string; to?: string };

/** The custom_id of a button, or undefined when it would exceed Discord's 100 characters. */
export function encodeButton(action: ButtonAction): string | undefined {
  let id: string;
  switch (action.kind) {
    case 'page':
      id = `pg|${action.command}|${action.offset}|${action.owner ?? '-'}`;
      break;
    case 'context':
      id = `cx|${action.command}|${action.offset}`;
      break;
    case 'sentence':
      id = `ctx|${action.sentence}|${action.articleId}`;
      break;
    case 'dismiss':
      id = `rm|${action.owner}`;
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

const isCommand = (c: string | undefined): c is Command => COMMANDS.includes(c as Command);

/** Reads a custom_id back; undefined for anything this bot did not make. */
export function decodeButton(customId: string): ButtonAction | undefined {
  const page = /^(?:pg|more)\|(\w+)\|(\d{1,4})\|(\d{1,20}|-)$/.exec(customId);
  if (page)
    return isCommand(page[1])
      ? { kind: 'page', command: page[1], offset: Number(page[2]), ...(page[3] !== '-' ? { owner: page[3]! } : {}) }
      : undefined;
  const context = /^cx\|(\w+)\|(\d{1,4})$/.exec(customId);
  if (context) return isCommand(context[1]) ? { kind: 'context', command: context[1], offset: Number(context[2]) } : undefined;
  const sentence = /^ctx\|(\d{1,5})\|(.+)$/.exec(customId);
  if (sentence) return { kind: 'sentence', sentence: Number(sentence[1]), articleId: sentence[2]! };
  const dismiss = /^rm\|(\d{1,20})$/.exec(customId);
  if (dismiss) return { kind: 'dismiss', owner: dismiss[1]! };
  const act = /^act\|(\d{1,4})\|(.*)$/s.exec(customId);
  if (act) return { kind: 'actors', page: Number(act[1]), filter: act[2]! };
  const tl = /^tl\|(\d{1,4})\|([\d-]{0,10})\|([\d-]{0,10})\|(.*)$/s.exec(customId);
  if (tl)
    return {
      kind: 'timeline',
      page: Number(tl[1]),
      ...(tl[2] ? { from: tl[2] } : {}),
      ...(tl[3] ? { to: tl[3] } : {}),
      ...(tl[4] ? { actor: tl[4] } : {}),
    };
  return undefined;
}
