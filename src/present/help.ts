/**
 * The help texts of both surfaces, generated from the command table, and example questions generated
 * from the story that is loaded — each one tried on the story and kept only when it gets the answer it
 * was made from, so the examples hold for whatever corpus the bot serves. Knows nothing of Discord.
 */
import { findActor, findOrganisation, storyOrganisationSteps, type Actor } from '../actors/index.js';
import { answerQuestion } from '../answer/answerQuestion.js';
import type { Command } from '../answer/answerKind.js';
import { QuestionError } from '../answer/questionError.js';
import { storyActors, storyTimeline } from '../story/catalogues.js';
import type { Story } from '../story/story.js';
import { escapeRegExp } from '../text/escapeRegExp.js';
import { filterTimeline, searchEvents } from '../timeline/index.js';
import { commandsOf, usage, type CommandName } from './commandTable.js';

/** An example command line: `/${command} ${text}`, and the short answer it was checked to give, if any. */
export interface HelpExample {
  command: CommandName;
  text: string;
  /** The short answer the engine gave when the example was made (questions only). */
  expect?: string;
}

/** The opening of both help texts. */
export const HELP_INTRO =
  'I answer questions about the news story in my articles, quoting the sentences that back each answer and the article each comes from. ' +
  'When the articles do not answer a question I say so, with the closest sentences.';

/** One help line per command of a surface: usage and what it gives. */
export function helpEntries(surface: 'discord' | 'console'): { name: string; usage: string; gives: string }[] {
  return commandsOf(surface).map((c) => ({ name: c.name, usage: usage(c, surface), gives: c.gives }));
}

/** The console's help: every console command, examples from the story, and how to leave. */
export function consoleHelp(examples: readonly HelpExample[]): string {
  const entries = helpEntries('console');
  const width = Math.max(...entries.map((e) => e.usage.length)) + 2;
  return [
    HELP_INTRO,
    '',
    'Commands (or just type a question):',
    ...entries.map((e) => `  ${e.usage.padEnd(width)}${e.gives}`),
    ...(examples.length > 0 ? ['', 'Try, on this story:', ...examples.map((x) => `  ${exampleLine(x)}`)] : []),
    '',
    'End with Ctrl-D (end of input).',
  ].join('\n');
}

/** An example as typed: "/who is the harbour master". */
export function exampleLine(x: HelpExample): string {
  return `/${x.command} ${x.text}`.trimEnd();
}

/**
 * Example command lines for the loaded story, computed once per story: a who-question built from a
 * person's role, a when-question from a dated event, a where-question from a sentence naming one place,
 * a free question, and the catalogue commands with a name (a person's, an organisation's) and a word of the story. Each question is
 * answered before it is offered and dropped unless the answer is the one it was made from.
 */
export function storyExamples(story: Story): HelpExample[] {
  let examples = made.get(story);
  if (!examples) {
    const steps = findExamples(story);
    let step = steps.next();
    while (!step.done) step = steps.next();
    examples = step.value;
    made.set(story, examples);
  }
  return examples;
}

/**
 * {@link storyExamples}, made a step at a time with a turn of the event loop between candidate questions,
 * so a live bot keeps answering others while they are tried (about a second at 175 sentences, the
 * first time for each story; then kept).
 */
export async function storyExamplesYielding(story: Story): Promise<HelpExample[]> {
  let examples = made.get(story);
  if (!examples) {
    const steps = findExamples(story);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) {
        examples = step.value;
        break;
      }
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    made.set(story, examples);
  }
  return examples;
}

const made = new WeakMap<Story, HelpExample[]>();

/** Candidate questions tried per kind of example, at most. */
const MAX_TRIES = 12;
const LEADING_ARTICLE = /^(the|a|an)\s+/i;
const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Tries candidate examples, yielding (undefined) after each question it answers; returns the examples kept. */
function* findExamples(story: Story): Generator<undefined, HelpExample[]> {
  const examples: HelpExample[] = [];
  const actors = [...storyActors(story)].sort((a, b) => b.mentions - a.mentions);
  const roleQuestions = actors
    .flatMap((actor) => actor.roles.map((r) => ({ actor, role: r.text.replace(LEADING_ARTICLE, '') })))
    .filter((x) => words(x.role).length <= 5 && x.role.length <= 40 && !/\d/.test(x.role))
    .slice(0, MAX_TRIES);
  const who = yield* first(roleQuestions.map((x) => () => checked('who', `is the ${x.role}`, (a) => namesActor(x.actor, a))));
  if (who) examples.push(who);
  const when = yield* first(
    storyTimeline(story)
      .filter((e) => e.precision === 'day' && !e.relation && e.text.length <= 220)
      .slice(0, MAX_TRIES)
      .map((e) => () => {
        const rest = e.text.replace(
          new RegExp(`\\b(?:on|in|at|by|since|until)\\s+${escapeRegExp(e.dateText)}|${escapeRegExp(e.dateText)}`),
          ' ',
        );
        return rest === e.text
          ? undefined
          : checked('when', phrase(rest), (a) => a.date?.date === e.date || a.text.toLowerCase() === e.dateText.toLowerCase());
      }),
  );
  if (when) examples.push(when);
  const where = yield* first(
    story.sentences
      .filter((s) => s.entities.filter((x) => x.type === 'PLACE').length === 1 && s.text.length <= 220)
      .slice(0, MAX_TRIES)
      .map((s) => () => {
        const place = s.entities.find((x) => x.type === 'PLACE')!;
        const rest = `${s.text.slice(0, place.start).replace(/\b(in|at|to|from|near)\s*$/i, '')} ${s.text.slice(place.end)}`;
        return checked('where', phrase(rest), (a) => a.text === place.text);
      }),
  );
  if (where) examples.push(where);
  const free = yield* first(
    roleQuestions
      .filter((x) => `is the ${x.role}` !== who?.text)
      .map((x) => () => checked('ask', `Who is the ${x.role}?`, (a) => namesActor(x.actor, a))),
  );
  if (free) examples.push(free);

  const top = actors[0];
  if (top) {
    const short = [...top.aliases, top.name].sort((a, b) => a.length - b.length)[0]!;
    if (findActor(actors, short) === top) examples.push({ command: 'actor', text: short });
  }
  // The most named organisation by its shortest spelling (an acronym, a name without its suffix), when that finds it.
  const organisations = yield* storyOrganisationSteps(story);
  const topOrganisation = organisations[0];
  if (topOrganisation) {
    const short = [...topOrganisation.aliases, topOrganisation.name].sort((a, b) => a.length - b.length)[0]!;
    if (findOrganisation(organisations, short) === topOrganisation) examples.push({ command: 'organisations', text: short });
  }
  const dated = actors.slice(0, MAX_TRIES).find((a) => filterTimeline(storyTimeline(story), { actor: a.name }).length > 0);
  if (dated) examples.push({ command: 'timeline', text: dated.name });
  const names = new Set(actors.flatMap((a) => words(a.name.toLowerCase())));
  const word = storyTimeline(story)
    .flatMap((e) => words(e.text.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ')))
    .filter((w) => w.length >= 7 && !names.has(w))
    .find((w) => searchEvents(story, w).length > 0);
  if (word) examples.push({ command: 'event', text: word });
  return examples;

  /** The first candidate that holds, trying them in order and yielding after each. */
  function* first(candidates: (() => HelpExample | undefined)[]): Generator<undefined, HelpExample | undefined> {
    for (const candidate of candidates) {
      const example = candidate();
      if (example) return example;
      yield undefined;
    }
    return undefined;
  }

  function checked(
    command: Command,
    text: string,
    good: (a: NonNullable<ReturnType<typeof answerQuestion>['answer']>) => boolean,
  ): HelpExample | undefined {
    if (words(text).length < 2) return undefined;
    try {
      const a = answerQuestion(story, text, { command, limit: 1 });
      return a.covered && a.answer && good(a.answer) ? { command, text, expect: a.answer.text } : undefined;
    } catch (error) {
      if (error instanceof QuestionError) return undefined; // a made-up question the engine refuses is simply not offered
      throw error;
    }
  }
}

function namesActor(actor: Actor, a: { text: string }): boolean {
  return a.text === actor.name || actor.aliases.includes(a.text);
}

const FILLER = new Set([
  'the',
  'a',
  'an',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'and',
  'or',
  'that',
  'this',
  'near',
  'about',
]);

/**
 * What is left of a sentence once its answer is taken out, as a question's body: at most 9 words, no
 * trailing filler words or punctuation, and a sentence-initial article in lower case ("The board voted
 * to close the old terminal" → "the board voted to close the old terminal").
 */
function phrase(text: string): string {
  const out = words(text.replace(/[“”"]/g, '')).slice(0, 9);
  while (
    out.length > 0 &&
    (FILLER.has(out[out.length - 1]!.toLowerCase().replace(/[,.;:!?]+$/, '')) || /^[—–-]+$/.test(out[out.length - 1]!))
  )
    out.pop();
  if (out[0] && /^(the|a|an)$/i.test(out[0])) out[0] = out[0].toLowerCase();
  return out.join(' ').replace(/[\s,.;:!?—–-]+$/, '');
}
