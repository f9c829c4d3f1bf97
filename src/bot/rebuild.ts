import { ReindexBusyError, type ReindexReport } from '../story/storyHolder.js';
import { storyExamplesYielding } from '../present/help.js';
import type { BotContext } from './botContext.js';
import { UserError } from './userError.js';

/** A reindex report, with the snapshot save failure when the pipeline reports one. */
export type RebuildReport = ReindexReport & { saveError?: unknown };

/**
 * The rebuild-and-swap of /reindex for a command that changed the corpus (/article add, /article remove):
 * logged like /reindex; a rebuild already running or failing becomes a UserError that says the old index is live.
 */
export async function rebuildAfterChange(ctx: BotContext, command: string, interactionId: string, changed: string): Promise<RebuildReport> {
  let report: RebuildReport;
  try {
    report = await ctx.holder.reindex();
  } catch (error) {
    if (error instanceof ReindexBusyError)
      throw new UserError(`${changed}, but a rebuild was already running: run /reindex when it has finished to include it.`);
    ctx.logger.error({ err: error, command, interactionId }, 'rebuild failed; the old index is still live');
    throw new UserError(
      `${changed}, but the rebuild failed, so the previous index is still answering. The error is in the bot log; /reindex tries again.`,
    );
  }
  if (report.saveError !== undefined)
    ctx.logger.error({ err: report.saveError, command }, 'rebuilt, but the snapshot could not be saved; the new index is live');
  ctx.logger.info({ command, ...report, saveError: undefined, skipped: report.skipped.length }, 'reindexed');
  void storyExamplesYielding(ctx.holder.story);
  return report;
}
