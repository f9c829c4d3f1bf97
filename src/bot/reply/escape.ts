import { escapeMarkdown } from 'discord.js';
import { truncate } from '../../present/truncate.js';

/**
 * Breaks mentions with a zero-width space (`@everyone` → `@\u200beveryone`, `<@123>` → `<@\u200b123>`).
 * Leaves markdown alone: for plain-text places such as embed footers.
 */
export function breakMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<([@#][!&]?|\/)(?=[\w:])/g, '<$1\u200b');
}

/**
 * Makes quoted news text inert in Discord: NUL characters are dropped first (so `@\u0000everyone` cannot
 * close up into a live mention afterwards), markdown is escaped (including headings, lists and masked
 * links, so an article cannot dress up a link) and mentions are broken with a zero-width space
 * (`@everyone` → `@\u200beveryone`, `<@123>` → `<@\u200b123>`), so a hostile article can neither format
 * a reply nor ping anyone, even where allowed_mentions is not honoured (embeds, edits by others).
 *
 * discord.js' escapeMarkdown is quadratic in the length of a line: truncate long text before escaping it.
 */
export function escapeText(text: string): string {
  return breakMentions(
    // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is removed on purpose (it could rejoin a broken mention)
    escapeMarkdown(text.replace(/\u0000/g, ''), { heading: true, bulletedList: true, numberedList: true, maskedLink: true }),
  );
}

/**
 * What a user typed, quoted back in a notice: cut to 60 characters, markdown escaped (masked links
 * included, so `[x](https://…)` shows as text) and mentions broken, inside quotation marks.
 */
export function quoteUserText(text: string): string {
  return `“${escapeText(truncate(text.replace(/\s+/g, ' ').trim(), 60))}”`;
}
