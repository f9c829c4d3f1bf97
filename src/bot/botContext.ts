import { PermissionFlagsBits, type Interaction } from 'discord.js';
import type { Config } from '../config.js';
import type { FetchOptions } from '../ingest/index.js';
import type { StoryHolder } from '../story/storyHolder.js';
import { ConcurrencyLimit } from './cooldown.js';
import type { Logger } from './logger.js';
import { UserLimits } from './userLimits.js';

/** What command handlers share: the live story, the config, the logger and the limits. */
export interface BotContext {
  holder: StoryHolder;
  config: Config;
  logger: Logger;
  /** Per-user limits: questions, browsing, pictures. */
  limits: UserLimits;
  /** The global ceiling on answers being computed (never held while waiting on Discord). */
  answers: ConcurrencyLimit;
  /**
   * FOR TESTS ONLY: options for `/article add`'s fetch of a link (`allowPrivateOrigins` for a loopback test
   * server). Never set from config or user input.
   */
  fetchOptions?: Pick<FetchOptions, 'allowPrivateOrigins' | 'timeoutMs' | 'maxBytes'>;
}

/** The context of a bot: its limits made from the config. */
export function createContext(holder: StoryHolder, config: Config, logger: Logger): BotContext {
  return { holder, config, logger, limits: new UserLimits(config.cooldown), answers: new ConcurrencyLimit(config.maxConcurrentAnswers) };
}

/**
 * Whether the user may run admin commands: listed in ADMIN_USER_IDS, or holding Manage Server in this
 * server. Checked at run time, so a server that loosens the command's default permissions gains nothing.
 */
export function isAdmin(interaction: Interaction, config: Config): boolean {
  if (config.adminUserIds.includes(interaction.user.id)) return true;
  if (!interaction.inGuild()) return false;
  return interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
}

/**
 * Past this expected wait for an answer slot, an interaction is acknowledged before it waits: the answer
 * would otherwise risk Discord's 3 s. Below it, the answer itself is the acknowledgement (one call, not two).
 */
export const ACKNOWLEDGE_FIRST_AFTER_MS = 750;

/** Whether an interaction arriving now must be acknowledged before it waits for an answer slot. */
export function mustAcknowledgeFirst(ctx: BotContext): boolean {
  return !ctx.answers.free && ctx.answers.expectedWaitMs > ACKNOWLEDGE_FIRST_AFTER_MS;
}
