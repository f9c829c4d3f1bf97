import { escapeMarkdown } from 'discord.js';

/**
 * Makes quoted news text inert in Discord: markdown is escaped and mentions are broken with a zero-width
 * space (`@everyone` → `@\u200beveryone`, `<@123>` → `<@\u200b123>`), so a hostile article can neither
 * format a reply nor ping anyone, even where allowed_mentions is not honoured (embeds, edits by others).
 */
export function escapeText(text: string): string {
  return escapeMarkdown(text)
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<([@#][!&]?|\/)(?=[\w:])/g, '<$1\u200b')
    .replace(/\u0000/g, '');
}
