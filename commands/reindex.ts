import { MessageFlags, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { MAX_EMBED_DESCRIPTION_LENGTH } from '../src/bot/reply/limits.js';
import { respond } from '../src/bot/reply/respond.js';
import { truncate } from '../src/bot/reply/truncate.js';
import { UserError } from '../src/bot/userError.js';
import { ReindexBusyError, type ReindexReport } from '../src/story/storyHolder.js';

const data = {
  name: 'reindex',
  description: 'Admin: rebuild the index from the corpus folder (the live index keeps answering until it succeeds)',
  default_member_permissions: '0',
  dm_permission: false,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The report an admin reads after a reindex. */
export function reindexSummary(r: ReindexReport): string {
  const list = (ids: string[]) => (ids.length > 0 ? ids.map((id) => `\`${id}\``).join(', ') : 'none');
  const lines = [
    `Articles: ${r.before.articles} → ${r.after.articles} · sentences: ${r.before.sentences} → ${r.after.sentences}`,
    `Added: ${list(r.added)}`,
    `Removed: ${list(r.removed)}`,
    `Changed: ${list(r.changed)}`,
    `Skipped files: ${r.skipped.length === 0 ? 'none' : ''}`,
    ...r.skipped.map((s) => `• \`${s.file}\`: ${s.reason}`),
    `Took ${(r.ms / 1000).toFixed(2)} s.`,
  ];
  return truncate(lines.join('\n'), MAX_EMBED_DESCRIPTION_LENGTH);
}

export default {
  data,
  adminOnly: true,
  async execute(interaction, ctx) {
    if (ctx.holder.reindexing) throw new UserError(new ReindexBusyError().message);
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    let report: ReindexReport;
    try {
      report = await ctx.holder.reindex();
    } catch (error) {
      if (error instanceof ReindexBusyError) throw new UserError(error.message);
      ctx.logger.error({ err: error, command: 'reindex', interactionId: interaction.id }, 'reindex failed; the old index is still live');
      throw new UserError('The rebuild failed, so nothing changed: the previous index is still answering. The error is in the bot log.');
    }
    ctx.logger.info({ command: 'reindex', ...report, skipped: report.skipped.length }, 'reindexed');
    await respond(interaction, { embeds: [{ title: 'Reindexed', description: reindexSummary(report) }], ephemeral: true });
  },
} satisfies BotCommand;
