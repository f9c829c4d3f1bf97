import type { Attachment, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotCommand } from '../src/bot/botCommand.js';
import type { BotContext } from '../src/bot/botContext.js';
import { discordPayload } from '../src/bot/commandPayload.js';
import { rebuildAfterChange } from '../src/bot/rebuild.js';
import type { BotReply } from '../src/bot/reply/botReply.js';
import { escapeText } from '../src/bot/reply/escape.js';
import { MAX_EMBED_DESCRIPTION_LENGTH } from '../src/bot/reply/limits.js';
import { UserError } from '../src/bot/userError.js';
import {
  fetchArticle,
  fetchPage,
  IngestError,
  MAX_UPLOAD_BYTES,
  readArticleFile,
  removeArticle,
  saveArticle,
  type ExtractedArticle,
  type SavedArticle,
} from '../src/ingest/index.js';
import { commandSpec } from '../src/present/commandTable.js';
import { articleDate } from '../src/present/storyText.js';
import { truncate } from '../src/present/truncate.js';
import { ReindexBusyError } from '../src/story/storyHolder.js';
import { reindexSummary } from './reindex.js';

const spec = commandSpec('article');
const data = discordPayload(spec) satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Where Discord serves attachments: only these are downloaded for `/article add file`. */
const ATTACHMENT_HOSTS = new Set(['cdn.discordapp.com', 'media.discordapp.net']);

/** An ingest refusal as the admin reads it: "Could not add the article: refused … (it is loopback)". */
function refusal(error: IngestError, doing: string): UserError {
  return new UserError(`${doing}: ${error.message.replace(/^ingest:\s*/, '')}`);
}

/**
 * The attached file's bytes, from Discord's attachment host (or, when DISCORD_API_URL points the bot at another
 * Discord, that host), with the upload size cap; the fetch goes through the ingest's checked fetch.
 */
async function attachmentBytes(attachment: Attachment, ctx: BotContext): Promise<Buffer> {
  if (attachment.size > MAX_UPLOAD_BYTES)
    throw new IngestError('too-large', `the file is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB`);
  const apiOrigin = ctx.config.discord?.apiUrl ? new URL(ctx.config.discord.apiUrl).origin : undefined;
  const url = new URL(attachment.url);
  if (!ATTACHMENT_HOSTS.has(url.hostname) && url.origin !== apiOrigin)
    throw new IngestError('bad-url', 'the attachment is not served by Discord');
  const page = await fetchPage(attachment.url, {
    maxBytes: MAX_UPLOAD_BYTES,
    maxRedirects: 0,
    ...(apiOrigin ? { allowPrivateOrigins: [apiOrigin] } : {}),
  });
  return page.body;
}

async function add(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<BotReply> {
  const file = interaction.options.getAttachment('file');
  const link = interaction.options.getString('url')?.trim() || undefined;
  if ((file ? 1 : 0) + (link ? 1 : 0) !== 1)
    throw new UserError('Attach the article as a .md, .txt or .html file, or give its link: one of the two.');
  let extracted: ExtractedArticle;
  let saved: SavedArticle;
  try {
    extracted = file ? readArticleFile(file.name, await attachmentBytes(file, ctx)) : await fetchArticle(link!, { ...ctx.fetchOptions });
    saved = await saveArticle(ctx.config.corpusDir, extracted);
  } catch (error) {
    if (error instanceof IngestError) throw refusal(error, 'Could not add the article');
    throw error;
  }
  ctx.logger.info({ command: 'article add', id: saved.id, from: file ? 'file' : 'url', interactionId: interaction.id }, 'article saved');
  const what = [saved.article.source, saved.article.title].filter(Boolean).join(' · ');
  const report = await rebuildAfterChange(ctx, 'article add', interaction.id, `The article was saved as \`${saved.id}\``);
  const head = `Saved as \`${saved.id}\`${what ? ` — ${escapeText(truncate(what, 200))}` : ''}.\n\n`;
  return { embeds: [{ title: 'Article added', description: truncate(head + reindexSummary(report), MAX_EMBED_DESCRIPTION_LENGTH) }] };
}

async function remove(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<BotReply> {
  const id = interaction.options.getString('id', true).trim();
  let files: string[];
  try {
    files = await removeArticle(ctx.config.corpusDir, id);
  } catch (error) {
    if (error instanceof IngestError) throw refusal(error, 'Could not remove the article');
    throw error;
  }
  ctx.logger.info({ command: 'article remove', id, files, interactionId: interaction.id }, 'article removed');
  const report = await rebuildAfterChange(
    ctx,
    'article remove',
    interaction.id,
    `The article \`${id}\` was removed from the corpus folder`,
  );
  return {
    embeds: [
      {
        title: 'Article removed',
        description: truncate(
          `Removed ${files.map((f) => `\`${f}\``).join(', ')}.\n\n${reindexSummary(report)}`,
          MAX_EMBED_DESCRIPTION_LENGTH,
        ),
      },
    ],
  };
}

function list(ctx: BotContext): BotReply {
  const articles = ctx.holder.story.articles;
  const lines = articles.map(
    (a) => `\`${a.id}\` — ${escapeText(truncate([a.source, a.title, articleDate(a.published)].filter(Boolean).join(' · '), 150))}`,
  );
  let shown = lines.length;
  let description = lines.join('\n');
  while (description.length > MAX_EMBED_DESCRIPTION_LENGTH - 40 && shown > 1) description = lines.slice(0, --shown).join('\n');
  if (shown < lines.length) description += `\n…and ${lines.length - shown} more`;
  return {
    embeds: [
      {
        title: `Articles in the index (${articles.length})`,
        description: description || 'The corpus has no articles. Add one with /article add.',
      },
    ],
  };
}

/** /article add|remove|list — admins: change the corpus from Discord; add and remove rebuild like /reindex, with its report. */
export default {
  spec,
  data,
  outsideCeiling: true,
  async run(interaction, ctx) {
    const sub = interaction.options.getSubcommand();
    if (sub === 'list') return list(ctx);
    if (ctx.holder.reindexing) throw new UserError(new ReindexBusyError().message);
    if (sub === 'add') return add(interaction, ctx);
    if (sub === 'remove') return remove(interaction, ctx);
    throw new UserError('That subcommand is not available any more.');
  },
} satisfies BotCommand;
