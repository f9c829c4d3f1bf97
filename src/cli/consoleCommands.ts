import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from '../answer/answerKind.js';
import { answerQuestion } from '../answer/answerQuestion.js';
import { QuestionError } from '../answer/questionError.js';
import { findActor, findOrganisation, storyOrganisations, suggestActors, suggestOrganisations } from '../actors/index.js';
import { didYouMean, nearActors, noOrganisation, ORGANISATIONS_SHOWN } from '../present/catalogueText.js';
import { commandsOf, type ConsoleCommandName } from '../present/commandTable.js';
import { consoleHelp, storyExamples } from '../present/help.js';
import { storyActors, storyTimeline } from '../story/catalogues.js';
import type { Story } from '../story/story.js';
import { filterTimeline, searchEvents, writeTimelinePng } from '../timeline/index.js';
import { buildBrief } from '../brief/index.js';
import { differencesWithCaptions, knownDifferences } from '../differences/index.js';
import { answerDifferences } from '../present/answerDifferences.js';
import { DEFAULT_BRIEF_SENTENCES, MAX_BRIEF_SENTENCES, MIN_BRIEF_SENTENCES } from '../present/commandTable.js';
import { formatAnswer } from './formatAnswer.js';
import { formatBrief, formatDifferences } from './formatStoryViews.js';
import { formatActor, formatActors, formatOrganisation, formatOrganisations, formatTimeline } from './formatCatalogues.js';
import { formatSources } from './formatSources.js';

/** What the console knows besides the story. */
export interface ConsoleOptions {
  /** The corpus folder the story was loaded from: its photo captions are checked by /differences. */
  corpusDir?: string;
}

/** A console command: the story and the rest of the line in, the text to print out. */
type ConsoleHandler = (story: Story, rest: string, options: ConsoleOptions) => string | Promise<string>;

/** Where the console's /timeline saves its picture. */
export const CONSOLE_TIMELINE_PNG = join(tmpdir(), 'story-bot-timeline.png');

const question =
  (command: Command): ConsoleHandler =>
  (story, rest) => {
    try {
      const answer = answerQuestion(story, rest, { command });
      return formatAnswer(answer, answerDifferences(story, answer, knownDifferences(story)));
    } catch (error) {
      if (error instanceof QuestionError) return error.message;
      throw error;
    }
  };

/** Not found: one rule everywhere — say so and suggest names. */
function noOne(story: Story, name: string): string {
  const hint = didYouMean(nearActors(storyActors(story), name).map((a) => a.name));
  return `No one called "${name}" appears in the story.${hint ? ` ${hint}` : ''} /actors lists everyone.`;
}

/** The console's dispatch: one handler for every console command of the table (the compiler checks none is missing). */
const HANDLERS: Record<ConsoleCommandName, ConsoleHandler> = {
  who: question('who'),
  when: question('when'),
  where: question('where'),
  ask: question('ask'),
  actors: (story, rest) => {
    const actors = suggestActors(storyActors(story), rest, Number.MAX_SAFE_INTEGER);
    return actors.length > 0 || !rest.trim() ? formatActors(story, actors) : noOne(story, rest.trim());
  },
  actor: (story, rest) => {
    if (!rest.trim()) return 'Name a person: /actor followed by a name, a spelling or a role. /actors lists everyone.';
    const actors = storyActors(story);
    const actor = findActor(actors, rest) ?? suggestActors(actors, rest, 1)[0];
    return actor ? formatActor(story, actor) : noOne(story, rest.trim());
  },
  organisations: (story, rest) => {
    const organisations = storyOrganisations(story);
    const name = rest.trim();
    if (!name || organisations.length === 0) return formatOrganisations(story, organisations, ORGANISATIONS_SHOWN);
    const organisation = findOrganisation(organisations, name) ?? suggestOrganisations(organisations, name, 1)[0];
    return organisation ? formatOrganisation(story, organisation) : noOrganisation(organisations, name, `"${name}"`);
  },
  timeline: async (story, rest) => {
    const who = rest.trim();
    const events = filterTimeline(storyTimeline(story), who ? { actor: who } : {});
    if (events.length === 0 && who)
      return `No dated events name "${who}". ${didYouMean(nearActors(storyActors(story), who).map((a) => a.name))}`.trim();
    if (events.length === 0) return formatTimeline(story, events);
    await writeTimelinePng(events, CONSOLE_TIMELINE_PNG, { title: who ? `Timeline with ${who}` : 'Timeline' });
    return `${formatTimeline(story, events)}\n\nPicture: ${CONSOLE_TIMELINE_PNG}`;
  },
  event: (story, rest) => {
    if (!rest.trim()) return 'Give some words to look for: /event followed by words of the story.';
    const events = searchEvents(storyTimeline(story), rest);
    return events.length > 0 ? formatTimeline(story, events) : `No dated event matches "${rest.trim()}". /timeline lists them all.`;
  },
  brief: (story, rest) => {
    const n = rest.trim() ? Number(rest.trim()) : DEFAULT_BRIEF_SENTENCES;
    if (!Number.isInteger(n) || n < MIN_BRIEF_SENTENCES || n > MAX_BRIEF_SENTENCES)
      return `A brief has ${MIN_BRIEF_SENTENCES} to ${MAX_BRIEF_SENTENCES} sentences: /brief or /brief 7.`;
    return formatBrief(buildBrief(story, { sentences: n }));
  },
  differences: async (story, _rest, options) =>
    formatDifferences(options.corpusDir ? await differencesWithCaptions(story, options.corpusDir) : knownDifferences(story)),
  sources: (story) => formatSources(story),
  help: (story) => consoleHelp(storyExamples(story)),
};

/** The console's commands, in help order (from the command table). */
export const CONSOLE_COMMANDS: readonly string[] = commandsOf('console').map((c) => c.name);

/**
 * Answers one console line, as text for a terminal: a slash command or a free question. /timeline also
 * saves the picture to {@link CONSOLE_TIMELINE_PNG} and says where.
 * Expected problems (empty or over-long question, unknown command) come back as a message, never thrown.
 */
export async function consoleReply(story: Story, line: string, options: ConsoleOptions = {}): Promise<string> {
  const trimmed = line.trim();
  if (!trimmed) return '';
  const match = /^\/(\w+)\s*(.*)$/s.exec(trimmed);
  if (!match) return HANDLERS.ask(story, trimmed, options);
  const name = match[1]!.toLowerCase();
  if (!Object.hasOwn(HANDLERS, name)) return `Unknown command /${name}. Type /help for the list.`;
  return HANDLERS[name as ConsoleCommandName](story, match[2] ?? '', options);
}
