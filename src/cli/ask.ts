import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { answerJson } from '../answer/answerJson.js';
import { COMMANDS, type Command } from '../answer/answerKind.js';
import { answerQuestion } from '../answer/answerQuestion.js';
import { QuestionError } from '../answer/questionError.js';
import { readConfig } from '../config.js';
import { openStory } from '../story/openStory.js';
import type { Story } from '../story/story.js';
import { formatAnswer } from './formatAnswer.js';
import { actorsJson } from '../actors/index.js';
import { timelineJson } from '../timeline/index.js';
import { storyActors, storyTimeline } from '../story/catalogues.js';
import { formatActors, formatTimeline } from './formatCatalogues.js';

const USAGE = `Usage: npm run ask -- [options] "question"
  --command who|when|where|ask   kind of question (default ask)
  --limit N                      excerpts to show (default 3)
  --corpus DIR                   corpus directory (default corpus/ or CORPUS_DIR)
  --actors                       list the people in the story (with --json: {"actors": [...]})
  --timeline                     list the dated events in order (with --json: {"events": [...]})
  --json                         print the answer as JSON
  --jsonl                        read {"id","command","query"} lines on stdin, write one JSON answer per line`;

/** Thrown for a bad command line; the message is printed with the usage. */
class UsageError extends Error {}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      command: { type: 'string', default: 'ask' },
      limit: { type: 'string', default: '3' },
      corpus: { type: 'string' },
      json: { type: 'boolean', default: false },
      actors: { type: 'boolean', default: false },
      timeline: { type: 'boolean', default: false },
      jsonl: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = values.command as Command;
  if (!COMMANDS.includes(command)) throw new UsageError(`ask: --command must be one of ${COMMANDS.join(', ')}, got "${values.command}"`);
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 25) throw new UsageError(`ask: --limit must be a whole number from 1 to 25, got "${values.limit}"`);
  return { command, limit, corpus: values.corpus, json: values.json, jsonl: values.jsonl, actors: values.actors, timeline: values.timeline, help: values.help, question: positionals.join(' ') };
}

/** One JSON answer line for a JSONL request; a bad line or question yields `{"id", "error"}`. */
export function answerLine(story: Story, line: string, limit: number): Record<string, unknown> {
  let request: { id?: unknown; command?: unknown; query?: unknown };
  try {
    request = JSON.parse(line) as typeof request;
  } catch {
    return { error: 'line is not valid JSON' };
  }
  const id = request.id ?? null;
  const command = (request.command ?? 'ask') as Command;
  if (!COMMANDS.includes(command)) return { id, error: `command must be one of ${COMMANDS.join(', ')}` };
  if (typeof request.query !== 'string') return { id, error: 'query must be a string' };
  try {
    return answerJson(answerQuestion(story, request.query, { command, limit }), id);
  } catch (error) {
    if (error instanceof QuestionError) return { id, error: error.message };
    throw error;
  }
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = readConfig();
  const { story, skipped } = await openStory({ corpusDir: args.corpus ?? config.corpusDir, cacheDir: config.cacheDir });
  for (const s of skipped) process.stderr.write(`skipped ${s.file}: ${s.reason}\n`);

  if (args.actors) {
    const actors = storyActors(story);
    process.stdout.write(args.json ? `${JSON.stringify(actorsJson(actors), null, 2)}\n` : `${formatActors(story, actors)}\n`);
    return 0;
  }
  if (args.timeline) {
    const events = storyTimeline(story);
    process.stdout.write(args.json ? `${JSON.stringify(timelineJson(events), null, 2)}\n` : `${formatTimeline(story, events)}\n`);
    return 0;
  }
  if (args.jsonl) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      if (!line.trim()) continue;
      process.stdout.write(`${JSON.stringify(answerLine(story, line, args.limit))}\n`);
    }
    return 0;
  }
  if (!args.question.trim()) {
    process.stderr.write(`ask: give a question.\n${USAGE}\n`);
    return 2;
  }
  try {
    const answer = answerQuestion(story, args.question, { command: args.command, limit: args.limit });
    process.stdout.write(args.json ? `${JSON.stringify(answerJson(answer), null, 2)}\n` : `${formatAnswer(answer)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof QuestionError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
