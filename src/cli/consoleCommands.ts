import { COMMANDS, type Command } from '../answer/answerKind.js';
import { answerQuestion } from '../answer/answerQuestion.js';
import { QuestionError } from '../answer/questionError.js';
import type { Story } from '../story/story.js';
import { formatAnswer } from './formatAnswer.js';
import { formatSources } from './formatSources.js';
import { findActor, suggestActors } from '../actors/index.js';
import { filterTimeline, searchEvents } from '../timeline/index.js';
import { storyActors, storyTimeline } from '../story/catalogues.js';
import { formatActor, formatActors, formatTimeline } from './formatCatalogues.js';

export const CONSOLE_HELP = `Ask about the story. Commands:
  /who <question>     a person, e.g. /who led the delegation
  /when <question>    a date or time, e.g. /when were the talks held
  /where <question>   a place, e.g. /where were the talks held
  /ask <question>     a free question (or just type it), e.g. How many people were wounded?
  /actors [filter]    the people in the story, e.g. /actors spokesman
  /actor <name>       one person: roles, quotes, who they appear with
  /timeline [person]  dated events in order, for everyone or one person
  /event <words>      events that match, with their dates
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
  if (name === 'actors') return formatActors(story, suggestActors(storyActors(story), rest, Number.MAX_SAFE_INTEGER));
  if (name === 'actor') {
    if (!rest.trim()) return 'Name a person, e.g. /actor followed by a name or a role. /actors lists them.';
    const actor = findActor(storyActors(story), rest) ?? suggestActors(storyActors(story), rest, 1)[0];
    return actor ? formatActor(story, actor) : `No one called "${rest.trim()}" in the story. /actors lists the people.`;
  }
  if (name === 'timeline') return formatTimeline(story, filterTimeline(storyTimeline(story), rest.trim() ? { actor: rest.trim() } : {}));
  if (name === 'event') {
    if (!rest.trim()) return 'Give some words to look for, e.g. /event resignation.';
    return formatTimeline(story, searchEvents(storyTimeline(story), rest));
  }
  if (name !== undefined && !COMMANDS.includes(name as Command)) return `Unknown command /${name}. Type /help for the list.`;
  try {
    return formatAnswer(answerQuestion(story, rest, { command: (name ?? 'ask') as Command }));
  } catch (error) {
    if (error instanceof QuestionError) return error.message;
    throw error;
  }
}
