import {
  ChannelType,
  Events,
  MessageFlags,
  Routes,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type Client,
  type Interaction,
  type Message,
  type RepliableInteraction,
} from 'discord.js';
import type { BotCommand } from './botCommand.js';
import { isAdmin, mustAcknowledgeFirst, type BotContext } from './botContext.js';
import { handleButton } from './buttons.js';
import { handleMessage } from './messages.js';
import { screenInteraction } from './screenInteraction.js';
import { notice } from './reply/botReply.js';
import { breakMentions } from './reply/escape.js';
import { acknowledge, respond } from './reply/respond.js';
import { GENERIC_ERROR, UserError } from './userError.js';

/** What a member is told when Discord sent an interaction the bot cannot read. */
export const MALFORMED = 'Sorry, Discord sent me that interaction incomplete, so I could not answer it. Please try again.';

/** What a member is told when they use an interaction this bot does not offer (a context menu, a form…). */
export const UNSUPPORTED = "I don't handle that kind of interaction. Type /help to see what I can do.";

/**
 * The one dispatcher: routes slash commands, autocomplete, buttons and messages to their handlers
 * and owns the one error path — a UserError is shown to its user ephemerally; anything else is logged
 * with the command name and interaction id while the user gets a generic ephemeral message.
 *
 * Every interaction is acknowledged before any wait: a command that draws or runs long, or that finds
 * every answer slot taken, is deferred first; the slot is held only while the reply is computed and
 * released before it is sent. Interactions of kinds the bot does not offer get a polite private refusal
 * (logged); a malformed autocomplete gets no choices (logged at debug). Tracks work in flight so that
 * shutdown can wait for it.
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
    // A message outside any server is a DM (a bot is never in a group DM). When Discord leaves out
    // `channel_type` for a DM channel discord.js has not cached, discord.js cannot tell its kind and drops
    // the message; say it is a DM before discord.js reads it ('raw' runs first, on the same object).
    client.on(Events.Raw, (packet: { t?: string; d?: Record<string, unknown> }) => {
      if (packet.t === 'MESSAGE_CREATE' && packet.d && !('guild_id' in packet.d) && !('channel_type' in packet.d))
        packet.d['channel_type'] = ChannelType.DM;
      if (packet.t === 'INTERACTION_CREATE' && packet.d) {
        const problem = screenInteraction(packet.d);
        if (problem === undefined) return;
        // discord.js would throw while reading it: refuse it here, and hide it from discord.js.
        packet.t = 'MALFORMED_INTERACTION_CREATE';
        if (this.#accepting) this.#track(this.#refuseMalformed(client, packet.d, problem));
      }
    });
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
    const name =
      interaction.isCommand() || interaction.isAutocomplete()
        ? interaction.commandName
        : interaction.isButton()
          ? 'button'
          : `type ${interaction.type}`;
    try {
      if (interaction.isChatInputCommand()) await this.#command(interaction);
      else if (interaction.isAutocomplete()) await this.#autocomplete(interaction);
      else if (interaction.isButton()) await handleButton(interaction, this.ctx);
      else if (interaction.isRepliable()) {
        this.ctx.logger.info({ command: name, interactionId: interaction.id }, 'unsupported interaction refused');
        await respond(interaction, notice(UNSUPPORTED));
      } else this.ctx.logger.debug({ command: name, interactionId: (interaction as Interaction).id }, 'interaction ignored');
    } catch (error) {
      if (interaction.isRepliable()) await this.#fail(interaction, name, error);
      else this.ctx.logger.error({ err: error, command: name, interactionId: interaction.id }, 'interaction failed');
    }
  }

  async #command(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = this.#byName.get(interaction.commandName);
    if (!command) throw new UserError('That command is not available any more.');
    const { spec } = command;
    if (spec.adminOnly && !isAdmin(interaction, this.ctx.config))
      throw new UserError('Only server admins (Manage Server) may run this command.');
    this.ctx.limits.take(interaction.user.id, spec.limit);
    const ephemeral =
      spec.visibility === 'private' || (spec.visibility === 'option' && (interaction.options.getBoolean('private') ?? false));
    if (spec.slow || mustAcknowledgeFirst(this.ctx)) await acknowledge(interaction, { update: false, ephemeral });
    const work = () => Promise.resolve(command.run(interaction, this.ctx));
    const reply = command.outsideCeiling ? await work() : await this.ctx.answers.run(work);
    await respond(interaction, { ...reply, ephemeral: reply.ephemeral ?? ephemeral });
  }

  async #refuseMalformed(client: Client, d: Record<string, unknown>, problem: string): Promise<void> {
    const id = String(d['id'] ?? '');
    const token = typeof d['token'] === 'string' ? d['token'] : undefined;
    this.ctx.logger.warn({ interactionId: id, type: d['type'], problem }, 'malformed interaction refused');
    if (!token || !/^\d{1,20}$/.test(id)) return;
    // Autocomplete takes choices, not a message.
    const body =
      d['type'] === 4
        ? { type: 8, data: { choices: [] } }
        : { type: 4, data: { content: MALFORMED, flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } } };
    await client.rest
      .post(Routes.interactionCallback(id, token), { body, auth: false })
      .catch((error: unknown) => this.ctx.logger.warn({ err: error, interactionId: id }, 'could not refuse a malformed interaction'));
  }

  async #autocomplete(interaction: AutocompleteInteraction): Promise<void> {
    const command = this.#byName.get(interaction.commandName);
    try {
      if (!command?.autocomplete) throw new Error(`no autocomplete for /${interaction.commandName}`);
      await command.autocomplete(interaction, this.ctx);
    } catch (error) {
      // A malformed autocomplete (no focused option, an unknown command) gets no choices, never silence.
      this.ctx.logger.debug(
        { err: error, command: interaction.commandName, interactionId: interaction.id },
        'autocomplete answered with no choices',
      );
      if (!interaction.responded) await interaction.respond([]);
    }
  }

  async onMessage(message: Message, client: Client): Promise<void> {
    if (!this.#accepting) return;
    try {
      await handleMessage(message, client, this.ctx);
    } catch (error) {
      if (error instanceof UserError) {
        await message
          .reply({ content: breakMentions(error.message), allowedMentions: { parse: [], repliedUser: false } })
          .catch(() => undefined);
        return;
      }
      this.ctx.logger.error({ err: error, command: 'mention', messageId: message.id }, 'message answer failed');
      await message.reply({ content: GENERIC_ERROR, allowedMentions: { parse: [], repliedUser: false } }).catch(() => undefined);
    }
  }

  async #fail(interaction: RepliableInteraction, name: string, error: unknown): Promise<void> {
    const expected = error instanceof UserError;
    if (!expected) this.ctx.logger.error({ err: error, command: name, interactionId: interaction.id }, 'command failed');
    try {
      // A UserError may quote what the user typed: break any mention in it (quoted text is escaped where it is quoted).
      await respond(interaction, notice(expected ? breakMentions(error.message) : GENERIC_ERROR));
    } catch (replyError) {
      this.ctx.logger.warn({ err: replyError, command: name, interactionId: interaction.id }, 'could not tell the user about a failure');
    }
  }
}
