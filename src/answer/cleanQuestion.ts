/**
 * A message wholly in quotation marks (`"Who won the relay?"`): the marks are the asker's, not a quotation the
 * question asks about (no other mark of the same kind inside).
 */
const WRAPPED = /^"([^"]+)"$|^“([^“”]+)”$|^'([^']+)'$|^‘([^‘’]+)’$/;

/**
 * Chat noise that is not part of a question: Discord mentions (`<@123>`, `<@!123>`, `<@&123>`,
 * `<#123>`), `@everyone` / `@here`, custom emoji (`<:name:123>`), Unicode emoji and flags, markdown
 * markers (`**`, `__`, `~~`, `||`, back-ticks, a leading `>` quote) and link brackets, quotation marks around the
 * whole message, a doubled question mark ("??", "?!"). Stripped before the question is read, so `@everyone who
 * said "X"??` asks the same as `who said "X"?`.
 *
 * @example cleanQuestion('<@42> **who** won? 🎾') // → 'who won?'
 */
export function cleanQuestion(raw: string): string {
  return raw
    .replace(/<a?:\w+:\d+>/g, ' ')
    .replace(/<(?:@[!&]?|#)\d+>/g, ' ')
    .replace(/(^|\s)@(?:everyone|here)\b/gi, ' ')
    .replace(/\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic}|\p{EMod})*/gu, ' ')
    .replace(/\p{Regional_Indicator}+/gu, ' ')
    .replace(/\*\*|__|~~|\|\||`+/g, '')
    .replace(/(^|\n)\s*>+\s?/g, '$1')
    .replace(/(^|\s)[*_](?=\S)|(?<=\S)[*_](?=\s|$|[?!.,])/g, '$1')
    .replace(/\s+/g, ' ')
    .replace(/\s+([?!.,;:])/g, '$1')
    .replace(/\?[?!]+|![?!]*\?[?!]*/g, '?')
    .trim()
    .replace(WRAPPED, (_m, ...inner: (string | undefined)[]) => inner.find((x) => typeof x === 'string') ?? '');
}
