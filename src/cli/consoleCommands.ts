import { COMMANDS, type Command } from '../answer/answerKind.js';
import { answerQuestion } from '../answer/answerQuestion.js';
import { QuestionError } from '../answer/questionError.js';
import type { Story } from '../story/story.js';
import { formatAnswer } from './formatAnswer.js';
import { formatSources } from './formatSources.js';

export const CONSOLE_HELP = `Ask about the story. Commands:
  /who <question>     a person, e.g. /who led the Ukrainian delegation
  /when <question>    a date or time, e.g. /when did Zelenskyy give his nightly address
  /where <question>   a place, e.g. /where were the talks held
  /ask <question>     a free question (or just type it), e.g. How many people were wounded?
  /sources            the articles in the corpus
  /help               this text
End with Ctrl-D (end of input).`;

/**
 * Answers one console line, as text for a terminal: a slash command or a free question.
 * Expected problems (empty or over-long question, unknown command) come back as a message, never thrown.
 */
export function consoleReply(story: Story, line: string): string {
  const trimmed = line.trim();
  if (!trimmed) return '';
  const match = /^\/(\w+)\s*(.*)$/s.exec(trimmed);
  const name = match?.[1]?.toLowerCase();
  const rest = match ? (match[2] ?? '') : trimmed;
  if (name === 'help') return CONSOLE_HELP;
  if (name === 'sources') return formatSources(story);
  if (name !== undefined && !COMMANDS.includes(name as Command)) return `Unknown command /${name}. Type /help for the list.`;
  try {
    return formatAnswer(answerQuestion(story, rest, { command: (name ?? 'ask') as Command }));
  } catch (error) {
    if (error instanceof QuestionError) return error.message;
    throw error;
  }
}
