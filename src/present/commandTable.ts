/**
 * The one command table. The Discord command list (commands/), the deploy script, the console's dispatch
 * and both help texts are generated from it, so a command added here shows up everywhere or the type
 * checker and the tests say where it is missing. Knows nothing of Discord: the Discord payloads are built
 * from these specs in src/bot/commandPayload.ts.
 */

/** An option of a command. In the console, the rest of the line fills the first option. */
export interface OptionSpec {
  readonly name: string;
  /** `attachment` is a file the member uploads with the command (Discord only). */
  readonly type: 'string' | 'boolean' | 'integer' | 'attachment';
  /** Shown in Discord's command picker (at most 100 characters). */
  readonly description: string;
  readonly required?: boolean;
  readonly maxLength?: number;
  readonly autocomplete?: boolean;
  /** Bounds of an `integer` option (Discord enforces them in the client). */
  readonly minValue?: number;
  readonly maxValue?: number;
}

/** A subcommand (`/article add`): its own options. */
export interface SubcommandSpec {
  readonly name: string;
  readonly description: string;
  readonly options: readonly OptionSpec[];
}

/**
 * Which per-user limit a command counts toward: `question` (the question cooldown), `browse` (lists,
 * profiles, paging), `picture` (commands that draw a picture) or `none`.
 */
export type LimitClass = 'question' | 'browse' | 'picture' | 'none';

/** One command as both surfaces know it. */
export interface CommandSpec {
  readonly name: string;
  /** One line for Discord's command picker (at most 100 characters). */
  readonly description: string;
  /** What it gives, for the help texts: "a person and the sentences behind it". */
  readonly gives: string;
  readonly options: readonly OptionSpec[];
  /** Subcommands, when the command has them (then `options` is empty): `/article add|remove|list`. */
  readonly subcommands?: readonly SubcommandSpec[];
  readonly limit: LimitClass;
  /** Who sees the reply: always the asker alone, everyone, or as the `private` option says. */
  readonly visibility: 'private' | 'public' | 'option';
  /** Only admins may run it (Discord only). */
  readonly adminOnly?: boolean;
  /** Draws a picture or runs long: acknowledged before any work starts. */
  readonly slow?: boolean;
  /** Available in the console (`npm start` without a token). */
  readonly console: boolean;
}

/** Longest question a slash command takes (Discord enforces it in the client). */
export const MAX_SLASH_QUESTION_LENGTH = 200;

/** How many sentences /brief gives (the brief module's bounds, kept here so the table stays free of the engine). */
export const MIN_BRIEF_SENTENCES = 5;
export const MAX_BRIEF_SENTENCES = 8;
export const DEFAULT_BRIEF_SENTENCES = 6;

const question = (example: string): OptionSpec => ({
  name: 'question',
  type: 'string',
  description: `Your question, e.g. ${example}`,
  required: true,
  maxLength: MAX_SLASH_QUESTION_LENGTH,
});
const privately: OptionSpec = { name: 'private', type: 'boolean', description: 'Only you see the answer' };

/** Every command, in the order help lists them. */
export const COMMAND_TABLE = [
  {
    name: 'who',
    description: 'Ask who did something in the story; answers with a person and the sentence behind it',
    gives: 'a person and the sentences behind it',
    options: [question('"who signed the agreement"'), privately],
    limit: 'question',
    visibility: 'option',
    console: true,
  },
  {
    name: 'when',
    description: 'Ask when something happened; answers with a date or time and the sentence behind it',
    gives: 'a date or time',
    options: [question('"when was the agreement signed"'), privately],
    limit: 'question',
    visibility: 'option',
    console: true,
  },
  {
    name: 'where',
    description: 'Ask where something happened; answers with a place and the sentence behind it',
    gives: 'a place',
    options: [question('"where did they meet"'), privately],
    limit: 'question',
    visibility: 'option',
    console: true,
  },
  {
    name: 'ask',
    description: 'Ask anything about the story; answers with the sentences that back it',
    gives: 'any question; the kind of answer is read from its wording',
    options: [question('"How many people were there?"'), privately],
    limit: 'question',
    visibility: 'option',
    console: true,
  },
  {
    name: 'actors',
    description: 'The people in the story: name, main role, and in how many articles',
    gives: 'the people, with their main role; filter by name, spelling or role',
    options: [
      { name: 'filter', type: 'string', description: 'Only names, spellings or roles starting with this, e.g. "spokes"', maxLength: 50 },
    ],
    limit: 'browse',
    visibility: 'public',
    console: true,
  },
  {
    name: 'actor',
    description: 'One person in the story: roles, what they said, who they appear with',
    gives: 'one person: roles with citations, quotes, who they appear with',
    options: [
      { name: 'name', type: 'string', description: 'A name, a spelling or a role', required: true, autocomplete: true, maxLength: 100 },
    ],
    limit: 'browse',
    visibility: 'public',
    console: true,
  },
  {
    name: 'organisations',
    description: 'The organisations in the story (companies, ministries, courts, clubs…), or one with its excerpts',
    gives: 'the organisations, most named first; with a name, one of them with the sentences that name it',
    options: [
      {
        name: 'name',
        type: 'string',
        description: 'One organisation: a name, a spelling or an acronym',
        autocomplete: true,
        maxLength: 100,
      },
    ],
    limit: 'browse',
    visibility: 'public',
    // Made on first use (about a second at 100,000 sentences), so acknowledged first.
    slow: true,
    console: true,
  },
  {
    name: 'timeline',
    description: 'What happened when, in order, with a picture; optionally for one person or a date range',
    gives: 'the dated events in order, with a picture',
    options: [
      { name: 'actor', type: 'string', description: 'Only events naming this person', maxLength: 50, autocomplete: true },
      { name: 'from', type: 'string', description: 'Earliest date: YYYY, YYYY-MM or YYYY-MM-DD', maxLength: 10 },
      { name: 'to', type: 'string', description: 'Latest date: YYYY, YYYY-MM or YYYY-MM-DD', maxLength: 10 },
    ],
    limit: 'picture',
    visibility: 'public',
    slow: true,
    console: true,
  },
  {
    name: 'event',
    description: 'Find events of the story by words, with their dates',
    gives: 'the events matching some words, with their dates',
    options: [{ name: 'query', type: 'string', description: 'Words to look for, e.g. "agreement"', required: true, maxLength: 100 }],
    limit: 'browse',
    visibility: 'public',
    console: true,
  },
  {
    name: 'brief',
    description: 'Catch up: the story so far in 5 to 8 sentences, each cited, with how many outlets report it',
    gives: 'the story so far in a few cited sentences, with how many outlets report each',
    options: [
      {
        name: 'sentences',
        type: 'integer',
        description: `How many sentences, ${MIN_BRIEF_SENTENCES} to ${MAX_BRIEF_SENTENCES} (default ${DEFAULT_BRIEF_SENTENCES})`,
        minValue: MIN_BRIEF_SENTENCES,
        maxValue: MAX_BRIEF_SENTENCES,
      },
    ],
    limit: 'browse',
    visibility: 'public',
    slow: true,
    console: true,
  },
  {
    name: 'differences',
    description: 'Where the sources disagree: numbers, dates, places or names reported differently, with citations',
    gives: 'where the articles disagree, each value with the articles that give it',
    options: [],
    limit: 'browse',
    visibility: 'public',
    slow: true,
    console: true,
  },
  {
    name: 'sources',
    description: 'List the articles the bot answers from',
    gives: 'the articles: publisher, date, link',
    options: [],
    limit: 'none',
    visibility: 'private',
    console: true,
  },
  {
    name: 'help',
    description: 'What Story Bot can do, with examples',
    gives: 'this help',
    options: [],
    limit: 'none',
    visibility: 'private',
    slow: true,
    console: true,
  },
  {
    name: 'reindex',
    description: 'Admin: rebuild the index from the corpus folder (the live index keeps answering until it succeeds)',
    gives: 'admins: rebuild from the corpus folder and report what changed',
    options: [],
    limit: 'none',
    visibility: 'private',
    adminOnly: true,
    slow: true,
    console: false,
  },
  {
    name: 'article',
    description: 'Admin: add an article (file or link) to the corpus, remove one, or list them; each change rebuilds',
    gives: 'admins: add an article from a file or a link, remove one, or list them; a change rebuilds like /reindex',
    options: [],
    subcommands: [
      {
        name: 'add',
        description: 'Add an article from an attached .md, .txt or .html file, or from a link, then rebuild',
        options: [
          { name: 'file', type: 'attachment', description: 'The article as a .md, .txt or .html file' },
          { name: 'url', type: 'string', description: 'Or the link to the article page (http or https)', maxLength: 500 },
        ],
      },
      {
        name: 'remove',
        description: 'Remove an article from the corpus by its id (see /article list), then rebuild',
        options: [{ name: 'id', type: 'string', description: 'The article id, as /article list shows it', required: true, maxLength: 200 }],
      },
      { name: 'list', description: 'The articles of the corpus with their ids', options: [] },
    ],
    limit: 'none',
    visibility: 'private',
    adminOnly: true,
    slow: true,
    console: false,
  },
] as const satisfies readonly CommandSpec[];

/** The name of a command of the table. */
export type CommandName = (typeof COMMAND_TABLE)[number]['name'];

/** The name of a command the console has. */
export type ConsoleCommandName = Extract<(typeof COMMAND_TABLE)[number], { console: true }>['name'];

/** The spec of a command by name. */
export function commandSpec(name: CommandName): CommandSpec {
  return COMMAND_TABLE.find((c) => c.name === name)!;
}

/** The commands of one surface, in table order. */
export function commandsOf(surface: 'discord' | 'console'): readonly CommandSpec[] {
  return COMMAND_TABLE.filter((c: CommandSpec) => surface === 'discord' || c.console);
}

/**
 * How a command is typed on a surface: "/who question [private]" in Discord; in the console the rest
 * of the line fills the first option, so "/timeline [actor]".
 */
export function usage(spec: CommandSpec, surface: 'discord' | 'console'): string {
  if (spec.subcommands) return `/${spec.name} ${spec.subcommands.map((s) => s.name).join('|')}`;
  const options = surface === 'console' ? spec.options.slice(0, 1) : spec.options;
  const shown = options.map((o) => (o.required ? o.name : `[${o.name}]`));
  return [`/${spec.name}`, ...shown].join(' ');
}
