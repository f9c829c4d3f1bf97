import type { BotCommand } from '../src/bot/botCommand.js';
import { COMMAND_TABLE, type CommandName } from '../src/present/commandTable.js';
import actor from './actor.js';
import actors from './actors.js';
import article from './article.js';
import ask from './ask.js';
import brief from './brief.js';
import differences from './differences.js';
import event from './event.js';
import help from './help.js';
import organisations from './organisations.js';
import reindex from './reindex.js';
import sources from './sources.js';
import timeline from './timeline.js';
import when from './when.js';
import where from './where.js';
import who from './who.js';

/** A handler for every command of the table: the compiler says which one is missing. */
const byName: Record<CommandName, BotCommand> = {
  who,
  when,
  where,
  ask,
  actors,
  actor,
  organisations,
  timeline,
  event,
  brief,
  differences,
  sources,
  help,
  reindex,
  article,
};

/** Every slash command, in the table's order: the bot dispatches from this list and the deploy script registers it. */
export const commands: readonly BotCommand[] = COMMAND_TABLE.map((spec) => byName[spec.name]);
