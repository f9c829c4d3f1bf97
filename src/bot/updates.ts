import { watch, type FSWatcher } from 'node:fs';
import type { Client } from 'discord.js';
import { whatsNew } from '../brief/index.js';
import { differencesWithCaptions } from '../differences/index.js';
import type { ReindexReport } from '../story/storyHolder.js';
import type { Story } from '../story/story.js';
import type { BotContext } from './botContext.js';
import { renderWhatsNew } from './reply/renderStory.js';
import { messageCreateOptions } from './reply/respond.js';

/** Quiet time after the last change seen in corpus/ before the watcher rebuilds. */
export const WATCH_DEBOUNCE_MS = 2_000;

/** What {@link attachUpdates} started: stop it at shutdown. */
export interface Updates {
  stop(): void;
}

/**
 * After every rebuild (from /reindex, /article add or the watcher) that adds articles, posts "What's new" to
 * UPDATES_CHANNEL_ID when it is set: the new articles and their facts that no earlier article reported
 * (`whatsNew`), cited, with link buttons, never pinging. Silent when nothing is new. With WATCH_CORPUS=true, also
 * watches the corpus folder and rebuilds {@link WATCH_DEBOUNCE_MS} after the last change. Also works out the
 * story's disagreements with captions in the background, so answers can say "Sources differ".
 */
export function attachUpdates(client: Client, ctx: BotContext): Updates {
  const { holder, config, logger } = ctx;
  void differencesWithCaptions(holder.story, config.corpusDir).catch(() => undefined);
  holder.onReindexed((report, story) => {
    void differencesWithCaptions(story, config.corpusDir).catch(() => undefined);
    void postWhatsNew(client, ctx, report, story);
  });

  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  if (config.watchCorpus) {
    const rebuild = () => {
      timer = undefined;
      if (holder.reindexing) {
        timer = setTimeout(rebuild, WATCH_DEBOUNCE_MS);
        return;
      }
      holder.reindex().then(
        (r) =>
          logger.info({ command: 'watch', added: r.added, removed: r.removed, changed: r.changed, ms: r.ms }, 'corpus changed: reindexed'),
        (error: unknown) =>
          logger.error({ err: error, command: 'watch' }, 'corpus changed, but the rebuild failed; the old index is still live'),
      );
    };
    try {
      watcher = watch(config.corpusDir, (_event, name) => {
        if (typeof name === 'string' && name.startsWith('.')) return; // ingest's temporary files
        if (timer) clearTimeout(timer);
        timer = setTimeout(rebuild, WATCH_DEBOUNCE_MS);
      });
      watcher.on('error', (error) => logger.warn({ err: error, corpusDir: config.corpusDir }, 'corpus watcher stopped'));
      logger.info({ corpusDir: config.corpusDir }, 'watching the corpus folder');
    } catch (error) {
      logger.warn({ err: error, corpusDir: config.corpusDir }, 'could not watch the corpus folder; use /reindex');
    }
  }
  return {
    stop() {
      if (timer) clearTimeout(timer);
      watcher?.close();
    },
  };
}

async function postWhatsNew(client: Client, ctx: BotContext, report: ReindexReport, story: Story): Promise<void> {
  const channelId = ctx.config.updatesChannelId;
  if (!channelId || report.added.length === 0) return;
  try {
    const reply = renderWhatsNew(whatsNew(story, report.added));
    if (!reply) return;
    const channel = await client.channels.fetch(channelId);
    if (!channel?.isSendable()) {
      ctx.logger.warn({ channelId }, 'UPDATES_CHANNEL_ID is not a channel the bot can post in');
      return;
    }
    await channel.send(messageCreateOptions(reply));
    ctx.logger.info({ channelId, added: report.added.length }, "posted what's new");
  } catch (error) {
    ctx.logger.error({ err: error, channelId }, "could not post what's new");
  }
}
