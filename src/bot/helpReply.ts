import { exampleLine, HELP_INTRO, helpEntries, storyExamplesYielding } from '../present/help.js';
import { commandsOf } from '../present/commandTable.js';
import type { Story } from '../story/story.js';
import type { BotReply } from './reply/botReply.js';
import { escapeText } from './reply/escape.js';
import { MAX_EMBED_DESCRIPTION_LENGTH } from './reply/limits.js';
import { truncate } from '../present/truncate.js';

/**
 * Discord's /help, generated from the command table: every Discord command with its usage and what it
 * gives, how mentions, DMs and the buttons work, and example commands made from the loaded story (each
 * checked to answer right before it is offered; made once per story, a step at a time).
 */
export async function helpReply(story: Story): Promise<BotReply> {
  const admin = new Set(
    commandsOf('discord')
      .filter((c) => c.adminOnly)
      .map((c) => c.name),
  );
  const lines = helpEntries('discord').map((e) => `\`${e.usage}\` — ${e.gives}${admin.has(e.name) ? ' (admins)' : ''}`);
  const examples = (await storyExamplesYielding(story)).map((x) => `\`${escapeText(exampleLine(x)).replace(/`/g, "'")}\``);
  const description = [
    HELP_INTRO,
    '',
    ...lines,
    '',
    'Mention me with a question, or send it to me in a direct message: the same as `/ask`.',
    '`private: True` shows an answer to you alone. **Next ▶** and **◀ Prev** turn its pages (anyone else gets their own private copy), **Context** shows the sentences around the excerpts, **✕** removes your answer.',
    ...(examples.length > 0 ? ['', '**Try, on this story**', ...examples] : []),
  ].join('\n');
  return { embeds: [{ title: 'Story Bot', description: truncate(description, MAX_EMBED_DESCRIPTION_LENGTH) }] };
}
