import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import { discordPayload } from '../src/bot/commandPayload.js';
import { MAX_EMBED_DESCRIPTION_LENGTH } from '../src/bot/reply/limits.js';
import { UserError } from '../src/bot/userError.js';
import { commandSpec } from '../src/present/commandTable.js';
import { storyExamplesYielding } from '../src/present/help.js';
import { truncate } from '../src/present/truncate.js';
import type { ShardsReached } from '../src/shards/shareStory.js';
import { ReindexBusyError, type ReindexReport } from '../src/story/storyHolder.js';

const spec = commandSpec('reindex');
const data = discordPayload(spec) satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** A reindex report, with the snapshot save failure when the pipeline reports one, and with SHARDS set how many shards took the new index. */
type Report = ReindexReport & { saveError?: unknown; shards?: ShardsReached };

/** The report an admin reads after a reindex. */
export function reindexSummary(r: Report): string {
  const list = (ids: string[]) => (ids.length > 0 ? ids.map((id) => `\`${id}\``).join(', ') : 'none');
  const lines = [
    `Articles: ${r.before.articles} → ${r.after.articles} · sentences: ${r.before.sentences} → ${r.after.sentences}`,
    `Added: ${list(r.added)}`,
    `Removed: ${list(r.removed)}`,
    `Changed: ${list(r.changed)}`,
    `Skipped files: ${r.skipped.length === 0 ? 'none' : ''}`,
    ...r.skipped.map((s) => `• \`${s.file}\`: ${s.reason}`),
    ...(r.saveError !== undefined
      ? ['⚠ The new index is live, but its snapshot could not be saved (see the bot log): the next start rebuilds it.']
      : []),
    ...(r.shards
      ? [
          `${r.shards.missed.length > 0 ? '⚠ ' : ''}Shards: ${r.shards.took} of ${r.shards.of} serve the new index.`,
          ...r.shards.missed.map((m) => `• shard ${m.shard}: ${m.reason}`),
        ]
      : []),
    `Took ${(r.ms / 1000).toFixed(2)} s.`,
  ];
  return truncate(lines.join('\n'), MAX_EMBED_DESCRIPTION_LENGTH);
}

/** /reindex — admins: rebuild beside the live index, swap on success, report the changes. Acknowledged at once (the spec is `slow`). */
export default {
  spec,
  data,
  outsideCeiling: true,
  async run(interaction, ctx) {
    if (ctx.holder.reindexing) throw new UserError(new ReindexBusyError().message);
    let report: Report;
    try {
      report = await ctx.holder.reindex();
    } catch (error) {
      if (error instanceof ReindexBusyError) throw new UserError(error.message);
      ctx.logger.error({ err: error, command: 'reindex', interactionId: interaction.id }, 'reindex failed; the old index is still live');
      throw new UserError('The rebuild failed, so nothing changed: the previous index is still answering. The error is in the bot log.');
    }
    if (report.saveError !== undefined)
      ctx.logger.error(
        { err: report.saveError, command: 'reindex' },
        'reindexed, but the snapshot could not be saved; the new index is live',
      );
    ctx.logger.info({ command: 'reindex', ...report, saveError: undefined, skipped: report.skipped.length }, 'reindexed');
    void storyExamplesYielding(ctx.holder.story); // /help's examples for the new story, in the background
    return { embeds: [{ title: 'Reindexed', description: reindexSummary(report) }] };
  },
} satisfies BotCommand;
