/**
 * `npm run -s ask -- …`: the engine on the command line, and its measurement interface. Every bad input
 * is one line on stderr and a non-zero exit (2 for a bad command line, 1 for a bad corpus or bad input
 * lines); answers go to stdout only, so `--json` and `--jsonl` output can be piped.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { actorsJson, organisationsJson, storyOrganisations } from '../actors/index.js';
import { answerJson } from '../answer/answerJson.js';
import { COMMANDS, type Command } from '../answer/answerKind.js';
import { answerQuestion } from '../answer/answerQuestion.js';
import { QuestionError } from '../answer/questionError.js';
import { errorLine } from '../present/scrub.js';
import { storyActors, storyTimeline } from '../story/catalogues.js';
import { openStory } from '../story/openStory.js';
import type { Story } from '../story/story.js';
import { timelineJson, writeTimelinePng } from '../timeline/index.js';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildBrief, whatsNew } from '../brief/index.js';
import { fetchArticle, IngestError, readArticleFile, saveArticle, type SavedArticle } from '../ingest/index.js';
import { differencesWithCaptions } from '../differences/index.js';
import { answerDifferences } from '../present/answerDifferences.js';
import { DEFAULT_BRIEF_SENTENCES, MAX_BRIEF_SENTENCES, MIN_BRIEF_SENTENCES } from '../present/commandTable.js';
import { formatAnswer } from './formatAnswer.js';
import { formatBrief, formatDifferences, formatWhatsNew } from './formatStoryViews.js';
import { formatActors, formatOrganisations, formatTimeline } from './formatCatalogues.js';
import { type CliIo, processIo, startedAsScript } from './cliIo.js';
import { reportOpened } from './report.js';

/** The text of `--help`. */
export const USAGE = `Usage: npm run -s ask -- [options] "question"
Answers a question about the story in the corpus, with the sentences that back it.

  --command who|when|where|ask   kind of question (default ask: read from the wording)
  --limit N                      excerpts to show, 1 to 25 (default 3)
  --corpus DIR                   corpus directory (default corpus/, or CORPUS_DIR)
  --json                         print the answer as JSON
  --jsonl                        read {"id","command","query"} lines on stdin, write one JSON answer per line
                                 (a bad line gives {"line", "id", "error"}; the exit code is then 1)
  --actors                       list the people in the story (with --json: {"actors": [...]})
  --organisations                list the organisations, most named first (with --json: {"organisations": [...]})
  --timeline                     list the dated events in order (with --json: {"events": [...]})
  --png FILE                     with --timeline: also draw the timeline to FILE (PNG)
  --brief                        the story so far in a few cited sentences (with --json: {"brief": [...]})
  --sentences N                  with --brief: how many sentences, 5 to 8 (default 6)
  --differences                  where the articles disagree, with citations (with --json: {"differences": [...]})
  --add FILE|URL                 add an article to the corpus (a .md, .txt or .html file, or an http(s) link),
                                 rebuild the index and print what is new
  -h, --help                     this text

npm -s (or --silent) keeps npm's own banner off stdout, so the output pipes cleanly:
  npm run -s ask -- --json "How many people were there?" | jq .answer`;

/** A bad command line: printed as one line that points to --help, exit 2. */
class UsageError extends Error {}

/** The parsed command line. */
interface Args {
  command: Command;
  limit: number;
  corpus: string | undefined;
  json: boolean;
  jsonl: boolean;
  actors: boolean;
  organisations: boolean;
  timeline: boolean;
  /** With --timeline: the file to draw the picture to. */
  png: string | undefined;
  brief: boolean;
  /** With --brief: how many sentences. */
  sentences: number;
  differences: boolean;
  /** --add: a file or a link to add to the corpus. */
  add: string | undefined;
  help: boolean;
  question: string;
}

/** Reads the command line; a negative number after --limit is taken as its value, not as an option. */
export function parse(argv: string[]): Args {
  const args = argv.flatMap((a, i) =>
    /^-\d/.test(a) && argv[i - 1] === '--limit' ? [] : a === '--limit' && /^-\d/.test(argv[i + 1] ?? '') ? [`--limit=${argv[i + 1]}`] : [a],
  );
  // biome-ignore lint/suspicious/noImplicitAnyLet: typed by the parseArgs call below, which must sit inside the try
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        command: { type: 'string', default: 'ask' },
        limit: { type: 'string', default: '3' },
        corpus: { type: 'string' },
        json: { type: 'boolean', default: false },
        actors: { type: 'boolean', default: false },
        organisations: { type: 'boolean', default: false },
        timeline: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        png: { type: 'string' },
        brief: { type: 'boolean', default: false },
        sentences: { type: 'string' },
        differences: { type: 'boolean', default: false },
        add: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`ask: ${(error as Error).message.split('\n')[0]!.replace(/\. To specify.*$/, '')}`);
  }
  const { values, positionals } = parsed;
  const command = values.command as Command;
  if (!COMMANDS.includes(command)) throw new UsageError(`ask: --command must be one of ${COMMANDS.join(', ')}, got "${values.command}"`);
  const limit = Number(values.limit);
  if (!/^\s*-?\d+\s*$/.test(values.limit) || !Number.isInteger(limit) || limit < 1 || limit > 25)
    throw new UsageError(`ask: --limit must be a whole number from 1 to 25, got "${values.limit}"`);
  const modes = (['actors', 'organisations', 'timeline', 'jsonl', 'brief', 'differences', 'add'] as const).filter(
    (m) => values[m] !== undefined && values[m] !== false,
  );
  if (modes.length > 1) throw new UsageError(`ask: choose one of --${modes.join(', --')}, not several`);
  if (values.png !== undefined && !values.timeline) throw new UsageError('ask: --png goes with --timeline');
  if (values.sentences !== undefined && !values.brief) throw new UsageError('ask: --sentences goes with --brief');
  const sentences = values.sentences === undefined ? DEFAULT_BRIEF_SENTENCES : Number(values.sentences);
  if (
    !/^\s*\d+\s*$/.test(values.sentences ?? '6') ||
    !Number.isInteger(sentences) ||
    sentences < MIN_BRIEF_SENTENCES ||
    sentences > MAX_BRIEF_SENTENCES
  ) {
    throw new UsageError(
      `ask: --sentences must be a whole number from ${MIN_BRIEF_SENTENCES} to ${MAX_BRIEF_SENTENCES}, got "${values.sentences}"`,
    );
  }
  const question = positionals.join(' ');
  if (modes.length === 1 && question.trim()) throw new UsageError(`ask: --${modes[0]} takes no question, got "${question}"`);
  return {
    command,
    limit,
    corpus: values.corpus,
    json: values.json,
    jsonl: values.jsonl,
    actors: values.actors,
    organisations: values.organisations,
    timeline: values.timeline,
    png: values.png,
    brief: values.brief,
    sentences,
    differences: values.differences,
    add: values.add,
    help: values.help,
    question,
  };
}

/** One JSON answer line for a JSONL request; a bad line or question yields `{"line", "id", "error"}`. */
export function answerLine(story: Story, line: string, limit: number, lineNumber?: number): Record<string, unknown> {
  const at = lineNumber !== undefined ? { line: lineNumber } : {};
  if (!line.trim()) return { ...at, error: 'blank line: expected {"id", "command", "query"}' };
  let request: { id?: unknown; command?: unknown; query?: unknown };
  try {
    request = JSON.parse(line) as typeof request;
  } catch {
    return { ...at, error: 'line is not valid JSON' };
  }
  if (typeof request !== 'object' || request === null || Array.isArray(request)) return { ...at, error: 'line is not a JSON object' };
  const id = request.id ?? null;
  const command = (request.command ?? 'ask') as Command;
  if (!COMMANDS.includes(command)) return { ...at, id, error: `command must be one of ${COMMANDS.join(', ')}` };
  if (typeof request.query !== 'string') return { ...at, id, error: 'query must be a string' };
  try {
    return answerJson(answerQuestion(story, request.query, { command, limit }), id);
  } catch (error) {
    if (error instanceof QuestionError) return { ...at, id, error: error.message };
    throw error;
  }
}

/** `--add FILE|URL`: fetched or read, saved into the corpus, the index rebuilt and what is new printed. */
async function addArticle(from: string, corpusDir: string, cacheDir: string, io: CliIo): Promise<number> {
  let saved: SavedArticle;
  try {
    const article = /^[a-z][a-z0-9+.-]*:/i.test(from) ? await fetchArticle(from) : readArticleFile(basename(from), await readFile(from));
    saved = await saveArticle(corpusDir, article);
  } catch (error) {
    if (!(error instanceof IngestError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    io.stderr.write(`ask: ${error instanceof IngestError ? error.message.replace(/^ingest:\s*/, '') : `cannot read ${from}`}\n`);
    return 1;
  }
  io.stdout.write(`Saved as ${saved.id} (${saved.file} in ${corpusDir}).\n`);
  const opened = await openStory({ corpusDir, cacheDir, force: true });
  reportOpened(opened, corpusDir, io.stderr);
  const news = formatWhatsNew(whatsNew(opened.story, [saved.id]));
  if (news) io.stdout.write(`\n${news}\n`);
  return 0;
}

/**
 * Runs `ask` on a command line (without node and the script), as the process would, and returns its exit code:
 * an unexpected error is one `ask: …` line on stderr and exit 1.
 * @example await runAsk(['--json', 'Who chaired the board?'], processIo()) // 0, the answer on stdout
 */
export async function runAsk(argv: string[], io: CliIo): Promise<number> {
  return ask(argv, io).catch((error: unknown) => {
    io.stderr.write(`ask: ${errorLine(error)}\n`);
    return 1;
  });
}

async function ask(argv: string[], io: CliIo): Promise<number> {
  let args: Args;
  try {
    args = parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${error.message} (npm run -s ask -- --help lists the options)\n`);
    return 2;
  }
  if (args.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (
    !args.jsonl &&
    !args.actors &&
    !args.organisations &&
    !args.timeline &&
    !args.brief &&
    !args.differences &&
    args.add === undefined &&
    !args.question.trim()
  ) {
    io.stderr.write('ask: give a question, e.g. npm run -s ask -- "Who signed the agreement?" (--help for the options)\n');
    return 2;
  }
  const config = io.config();
  const corpusDir = args.corpus ?? config.corpusDir;
  if (args.add !== undefined) return addArticle(args.add, corpusDir, config.cacheDir, io);
  const opened = await openStory({ corpusDir, cacheDir: config.cacheDir });
  const { story } = opened;
  if (!reportOpened(opened, corpusDir, io.stderr)) return 1;

  if (args.actors) {
    const actors = storyActors(story);
    io.stdout.write(args.json ? `${JSON.stringify(actorsJson(actors), null, 2)}\n` : `${formatActors(story, actors)}\n`);
    return 0;
  }
  if (args.organisations) {
    const organisations = storyOrganisations(story);
    io.stdout.write(
      args.json ? `${JSON.stringify(organisationsJson(organisations), null, 2)}\n` : `${formatOrganisations(story, organisations)}\n`,
    );
    return 0;
  }
  if (args.timeline) {
    const events = storyTimeline(story);
    io.stdout.write(args.json ? `${JSON.stringify(timelineJson(events), null, 2)}\n` : `${formatTimeline(story, events)}\n`);
    if (args.png !== undefined) {
      const bytes = await writeTimelinePng(events, args.png, { title: 'Timeline' });
      io.stderr.write(`ask: drew the timeline to ${args.png} (${bytes} bytes)\n`);
    }
    return 0;
  }
  if (args.brief) {
    const lines = buildBrief(story, { sentences: args.sentences });
    io.stdout.write(args.json ? `${JSON.stringify({ brief: lines }, null, 2)}\n` : `${formatBrief(lines)}\n`);
    return 0;
  }
  if (args.differences) {
    const differences = await differencesWithCaptions(story, corpusDir);
    io.stdout.write(args.json ? `${JSON.stringify({ differences }, null, 2)}\n` : `${formatDifferences(differences)}\n`);
    return 0;
  }
  if (args.jsonl) {
    const bad: number[] = [];
    let n = 0;
    for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
      n += 1;
      const out = answerLine(story, line, args.limit, n);
      if ('error' in out) bad.push(n);
      io.stdout.write(`${JSON.stringify(out)}\n`);
    }
    if (bad.length > 0)
      io.stderr.write(`ask: ${bad.length} of ${n} lines had errors (line ${bad.slice(0, 10).join(', ')}${bad.length > 10 ? ', …' : ''})\n`);
    return bad.length > 0 ? 1 : 0;
  }
  try {
    const answer = answerQuestion(story, args.question, { command: args.command, limit: args.limit });
    io.stdout.write(
      args.json
        ? `${JSON.stringify(answerJson(answer), null, 2)}\n`
        : `${formatAnswer(answer, answerDifferences(story, answer, await differencesWithCaptions(story, corpusDir)))}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof QuestionError) {
      io.stderr.write(`ask: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

if (startedAsScript(import.meta.url)) process.exitCode = await runAsk(process.argv.slice(2), processIo());
