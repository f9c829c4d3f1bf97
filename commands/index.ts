import type { BotCommand } from '../src/bot/botCommand.js';
import actor from './actor.js';
import actors from './actors.js';
import ask from './ask.js';
import event from './event.js';
import help from './help.js';
import reindex from './reindex.js';
import sources from './sources.js';
import timeline from './timeline.js';
import when from './when.js';
import where from './where.js';
import who from './who.js';

/** Every slash command: the bot dispatches from this list and the deploy script registers it. */
export const commands: readonly BotCommand[] = [who, when, where, ask, actors, actor, timeline, event, sources, help, reindex];
