import { Events, type Client, type Interaction, type Message, type RepliableInteraction } from 'discord.js';
import type { BotCommand } from './botCommand.js';
import { isAdmin, type BotContext } from './botContext.js';
import { handleButton } from './buttons.js';
import { handleMessage } from './messages.js';
import { notice } from './reply/botReply.js';
import { breakMentions } from './reply/escape.js';
import { respond } from './reply/respond.js';
import { GENERIC_ERROR, UserError } from './userError.js';

/**
 * The one dispatcher: routes slash commands, autocomplete, buttons and messages to their handlers
 * and owns the one error path — a UserError is shown to its user ephemerally; anything else is logged
 * with the command name and interaction id while the user gets a generic ephemeral message.
 * Tracks work in flight so that shutdown can wait for it.
 */
export class Dispatcher {
  readonly #byName: Map<string, BotCommand>;
  readonly #inFlight = new Set<Promise<unknown>>();
  #accepting = true;

  constructor(
    commands: readonly BotCommand[],
    private readonly ctx: BotContext,
  ) {
    this.#byName = new Map(commands.map((c) => [c.data.name, c]));
  }

  attach(client: Client): void {
    client.on(Events.InteractionCreate, (interaction) => this.#track(this.onInteraction(interaction)));
    client.on(Events.MessageCreate, (message) => this.#track(this.onMessage(message, client)));
  }

  /** Stops taking new work and resolves when the work in flight has finished. */
  async drain(): Promise<void> {
    this.#accepting = false;
    await Promise.allSettled([...this.#inFlight]);
  }

  #track(work: Promise<void>): void {
    this.#inFlight.add(work);
    void work.finally(() => this.#inFlight.delete(work));
  }

  async onInteraction(interaction: Interaction): Promise<void> {
    if (!this.#accepting) return;
    const name = interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : interaction.isButton() ? 'button' : 'other';
    try {
      if (interaction.isChatInputCommand()) {
        const command = this.#byName.get(interaction.commandName);
        if (!command) throw new UserError('That command is not available any more.');
        if (command.adminOnly && !isAdmin(interaction, this.ctx.config)) throw new UserError('Only server admins (Manage Server) may run this command.');
        if (command.rateLimited) this.#checkCooldown(interaction.user.id);
        await this.ctx.answers.run(() => command.execute(interaction, this.ctx));
      } else if (interaction.isAutocomplete()) {
        const command = this.#byName.get(interaction.commandName);
        if (command?.autocomplete) await command.autocomplete(interaction, this.ctx);
        else await interaction.respond([]);
      } else if (interaction.isButton()) {
        await this.ctx.answers.run(() => handleButton(interaction, this.ctx));
      }
    } catch (error) {
      if (interaction.isRepliable()) await this.#fail(interaction, name, error);
      else this.ctx.logger.error({ err: error, command: name, interactionId: interaction.id }, 'interaction failed');
    }
  }

  async onMessage(message: Message, client: Client): Promise<void> {
    if (!this.#accepting) return;
    try {
      await handleMessage(message, client, this.ctx, (user) => this.#checkCooldown(user));
    } catch (error) {
      if (error instanceof UserError) {
        await message.reply({ content: breakMentions(error.message), allowedMentions: { parse: [], repliedUser: false } }).catch(() => undefined);
        return;
      }
      this.ctx.logger.error({ err: error, command: 'mention', messageId: message.id }, 'message answer failed');
      await message.reply({ content: GENERIC_ERROR, allowedMentions: { parse: [], repliedUser: false } }).catch(() => undefined);
    }
  }

  #checkCooldown(user: string): void {
    const waitMs = this.ctx.cooldown.take(user);
    if (waitMs > 0) {
      const { questions, seconds } = this.ctx.config.cooldown;
      throw new UserError(`You're asking quickly — ${questions} questions per ${seconds} s. Try again in ${Math.ceil(waitMs / 1000)} s.`);
    }
  }

  async #fail(interaction: RepliableInteraction, name: string, error: unknown): Promise<void> {
    const expected = error instanceof UserError;
    if (!expected) this.ctx.logger.error({ err: error, command: name, interactionId: interaction.id }, 'command failed');
    try {
      // A UserError may quote what the user typed ("No one called "@everyone"…"): break any mention in it.
      await respond(interaction, notice(expected ? breakMentions(error.message) : GENERIC_ERROR));
    } catch (replyError) {
      this.ctx.logger.warn({ err: replyError, command: name, interactionId: interaction.id }, 'could not tell the user about a failure');
    }
  }
}
