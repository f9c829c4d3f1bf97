/**
 * Property checks over bad input, shared by test/hardening/badInput.test.ts (a fast sample) and
 * scripts/fuzz.ts (10,000 cases each): the engine and the renderer on hostile questions, the renderer on
 * hostile answers, truncate, escapeText and the button ids.
 */
import type { RepliableInteraction } from 'discord.js';
import fc from 'fast-check';
import type { Answer, Excerpt } from '../../src/answer/answer.js';
import { COMMANDS } from '../../src/answer/answerKind.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { QuestionError, validateQuestion } from '../../src/answer/questionError.js';
import { decodeButton, encodeButton } from '../../src/bot/reply/customIds.js';
import { escapeText } from '../../src/bot/reply/escape.js';
import { questionFromFooter, renderAnswer } from '../../src/bot/reply/renderAnswer.js';
import type { BotReply } from '../../src/bot/reply/botReply.js';
import { messageReplyOptions, respond } from '../../src/bot/reply/respond.js';
import { truncate } from '../../src/present/truncate.js';
import { corpusHash, loadCorpus } from '../../src/corpus/loadCorpus.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';
import { liveMentions, payloadMentions, payloadProblems } from './discordRules.js';
import { FIXTURE_CORPUS } from '../present/storyFixture.js';

/** The invented fixture story (test/bot/fixture-corpus), built once per process. */
let real: Promise<Story> | undefined;
export function realStory(): Promise<Story> {
  real ??= loadCorpus(FIXTURE_CORPUS).then(({ articles }) => buildStory(articles, corpusHash(articles)));
  return real;
}

/** Pieces hostile text is made of: mentions, markdown, code fences, RTL and zero-width marks, emoji, lone surrogates. */
const HOSTILE_PIECES = [
  '@everyone',
  '@here',
  '@EVERYONE',
  '@\u200beveryone',
  '<@123>',
  '<@!123456789012345678>',
  '<@&123>',
  '<@&987654321098765432>',
  '<#123>',
  '</who:123>',
  '@',
  '<',
  '>',
  '<@',
  '&',
  '!',
  '#',
  '\u0000',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u202e',
  '\u202b',
  '\u200f',
  '\u061c',
  'مرحبا بالعالم',
  'שלום',
  '👍',
  '👨‍👩‍👧‍👦',
  '🇺🇦',
  '\ud83d',
  '\ude00',
  'e\u0301',
  '𝐔𝐤𝐫𝐚𝐢𝐧𝐞',
  '**',
  '__',
  '~~',
  '||',
  '`',
  '```',
  '```js\nconsole.log(1)\n```',
  '> ',
  '>>> ',
  '# ',
  '## ',
  '-# ',
  '- ',
  '* ',
  '1. ',
  '[click](https://evil.example/@everyone)',
  '](',
  '\\',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '   ',
  '.',
  '. ',
  '?',
  'who',
  'chaired',
  'the',
  'board',
  'Lind',
  'Brekke',
  'Rotterdam',
  'harbour',
  'when',
  'where',
  'how many',
  'workers',
  'Osei',
  'terminal',
  '2031',
  'Tuesday',
  'a',
  'x',
];

/** Questions the fixture story answers, to dress up with hostile pieces (so that many cases reach the excerpts). */
const REAL_QUESTIONS = [
  'who chaired the harbour board',
  'when did the dockworkers protest',
  'where did the dockworkers protest',
  'How many workers would lose their jobs?',
  'What did Lind say about the terminal?',
  'Why did the board close the terminal?',
];
const piece = fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'grapheme', maxLength: 4 }));

/** Any string, leaning hard on what breaks chat bots; sometimes 10,000 characters long. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom(...REAL_QUESTIONS),
        fc.array(piece, { maxLength: 4 }),
        fc.array(piece, { maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), piece), { maxLength: 3 }),
      )
      .map(([q, before, after, inside]) => {
        let text = q;
        for (const [at, p] of inside) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + p + text.slice(i);
        }
        return `${before.join('')} ${text} ${after.join('')}`;
      }),
    weight: 5,
  },
  {
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 40 })
      .map((p) => p.join('')),
    weight: 6,
  },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 120 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 400 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.constantFrom('\ud800', '\udfff', '\ud83d', '\ude00', 'a', ' '), maxLength: 50 }), weight: 1 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom('a', 'word ', '👍', '@everyone ', '`', '\u200b', 'مرحبا ', '<@123> '), fc.integer({ min: 1, max: 10_000 }))
      .map(([s, n]) => s.repeat(n).slice(0, 10_000)),
    weight: 1,
  },
);

/** What the bot would hand discord.js for `respond(interaction, reply)` on a fresh interaction. */
export async function respondPayload(reply: BotReply): Promise<Record<string, unknown>> {
  let sent: unknown;
  const interaction = {
    deferred: false,
    replied: false,
    ephemeral: null,
    reply: async (options: unknown) => {
      sent = options;
    },
  } as unknown as RepliableInteraction;
  await respond(interaction, reply);
  return sent as Record<string, unknown>;
}

/** Why a rendered reply would be refused by Discord or could ping (empty when fine). */
export async function replyFaults(reply: BotReply): Promise<string[]> {
  const payload = await respondPayload(reply);
  const asMessage = messageReplyOptions(reply);
  return [...payloadProblems(payload), ...payloadMentions(payload), ...payloadProblems(asMessage).map((p) => `message reply: ${p}`)];
}

const CLEAR_QUESTION_ERROR =
  /^(Please type a question, for example "who signed the agreement\?"|That question is \d+ characters long; please keep it under \d+\.)$/;

/** A question: either a QuestionError with a clear message, or an answer whose reply Discord accepts and that pings no one. */
export function engineProperty(story: Story) {
  return fc.asyncProperty(
    hostileText,
    fc.constantFrom(...COMMANDS),
    fc.constantFrom(0, 3, 6),
    fc.boolean(),
    async (question, command, offset, ephemeral) => {
      let answer: Answer;
      try {
        answer = answerQuestion(story, question, { command, limit: 3, offset });
      } catch (error) {
        if (!(error instanceof QuestionError)) throw error;
        if (!CLEAR_QUESTION_ERROR.test(error.message)) throw new Error(`unclear QuestionError: ${JSON.stringify(error.message)}`);
        return;
      }
      if (answer.excerpts.length > 3) throw new Error(`${answer.excerpts.length} excerpts for limit 3`);
      if (!(answer.confidence >= 0 && answer.confidence <= 1)) throw new Error(`confidence ${answer.confidence}`);
      const reply = renderAnswer(answer, { offset, ...(ephemeral ? { ephemeral, owner: '123456789012345678' } : {}) });
      const faults = await replyFaults(reply);
      if (faults.length > 0) throw new Error(faults.join('\n'));
      // "More" reads the question back from the footer: it must come back as the same question.
      const back = questionFromFooter(reply.embeds?.[0]?.footer?.text);
      if (!back || back.command !== command || validateQuestion(back.query) !== answer.query) {
        throw new Error(`footer does not give the question back: ${JSON.stringify(back)} vs ${JSON.stringify(answer.query)}`);
      }
    },
  );
}

const url = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(
    'https://example.com/a',
    'https://example.com/a)b(c',
    'http://x.test/@everyone',
    'javascript:alert(1)',
    `https://e.com/${'p'.repeat(3000)}`,
  ),
);
const source = fc.oneof(fc.constant(undefined), hostileText);
const excerpt = (rank: number): fc.Arbitrary<Excerpt> =>
  fc
    .record({
      text: hostileText,
      title: hostileText,
      source,
      url,
      articleId: fc.oneof(fc.string({ maxLength: 12 }), fc.string({ minLength: 90, maxLength: 200 }), hostileText),
      sentence: fc.integer({ min: 0, max: 1_000_000 }),
      alsoIn: fc.array(fc.record({ articleId: fc.string({ maxLength: 20 }), sentence: fc.nat(), title: hostileText, source, url }), {
        maxLength: 30,
      }),
    })
    .map((e) => {
      const out: Excerpt = {
        rank,
        text: e.text,
        score: 1,
        articleId: e.articleId,
        title: e.title,
        sentence: e.sentence,
        sentenceId: 0,
        alsoIn: [],
      };
      if (e.source !== undefined) out.source = e.source;
      if (e.url !== undefined) out.url = e.url;
      out.alsoIn = e.alsoIn.map((o) => ({
        articleId: o.articleId,
        sentence: o.sentence,
        title: o.title,
        ...(o.source !== undefined ? { source: o.source } : {}),
        ...(o.url !== undefined ? { url: o.url } : {}),
      }));
      return out;
    });

/** Any answer the engine could hand over, however hostile its articles: the rendered reply is still accepted and pings no one. */
export function rendererProperty() {
  return fc.asyncProperty(
    fc
      .record({
        command: fc.constantFrom(...COMMANDS),
        query: hostileText.map((q) => q.slice(0, 300)),
        kind: fc.constantFrom('person', 'date', 'place', 'number', 'other' as const),
        answer: fc.oneof(
          fc.constant(null),
          hostileText.map((text) => ({ text, type: 'PERSON' as const })),
        ),
        confidence: fc.double({ min: 0, max: 1, noNaN: true }),
        covered: fc.boolean(),
        offset: fc.integer({ min: 0, max: 20_000 }),
        count: fc.integer({ min: 0, max: 25 }),
        extra: fc.nat(10_000),
        owner: fc.oneof(fc.constant(undefined), fc.constantFrom('123456789012345678', '1'.repeat(20))),
      })
      .chain((a) => fc.tuple(fc.constant(a), fc.tuple(...Array.from({ length: a.count }, (_, i) => excerpt(a.offset + i + 1))))),
    async ([a, excerpts]) => {
      const answer: Answer = {
        command: a.command,
        query: a.query,
        kind: a.kind,
        answer: a.answer,
        confidence: a.confidence,
        covered: a.covered,
        excerpts,
        total: a.offset + excerpts.length + a.extra,
      };
      const reply = renderAnswer(answer, { offset: a.offset, ...(a.owner ? { owner: a.owner, ephemeral: true } : {}) });
      const faults = await replyFaults(reply);
      if (faults.length > 0) throw new Error(faults.join('\n'));
    },
  );
}

const wordish = fc
  .array(fc.constantFrom('a', 'bc', 'word', 'x', '😀', '🇺🇦', 'é', ' ', '  ', '\n', '. ', '! ', '? ', '\t', '\ud83d', '…'), {
    maxLength: 200,
  })
  .map((p) => p.join(''));

/** Whether a string has no lone surrogate. */
export function wellFormed(s: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}

/** truncate: never longer than max, unchanged when it fits, never cuts a word when a boundary exists, keeps surrogate pairs whole. */
export function truncateProperty() {
  return fc.property(fc.oneof(wordish, hostileText), fc.integer({ min: 0, max: 1_200 }), (text, max) => {
    const out = truncate(text, max);
    if (out.length > max) throw new Error(`length ${out.length} > ${max}`);
    if (text.length <= max) {
      if (out !== text) throw new Error('changed a text that fits');
      return;
    }
    if (max <= 1) return;
    if (!out.endsWith('…')) throw new Error('no ellipsis');
    const body = out.slice(0, -1);
    if (!text.startsWith(body)) throw new Error('not a prefix of the text');
    if (wellFormed(text) && !wellFormed(out)) throw new Error(`split a surrogate pair: ${JSON.stringify(out.slice(-3))}`);
    const room = max - 1;
    // A word boundary within reach: white space after some non-space character, at or before `room`.
    const boundary = /\S\s/.test(text.slice(0, room + 1));
    const cutsWord = body.length > 0 && /\S$/.test(body) && /^\S/.test(text.slice(body.length));
    if (boundary && cutsWord)
      throw new Error(
        `cut inside a word at ${body.length}: …${JSON.stringify(text.slice(Math.max(0, body.length - 10), body.length + 10))}`,
      );
  });
}

/** escapeText: whatever goes in, no live @everyone / @here / <@id> / <@&id> / <#id> comes out. */
export function escapeProperty() {
  // Callers cut text before escaping it (escapeMarkdown is quadratic in line length), so 2,000 characters is plenty.
  return fc.property(
    hostileText.map((t) => t.slice(0, 2_000)),
    (text) => {
      const out = escapeText(text);
      const live = liveMentions(out);
      if (live.length > 0) throw new Error(`live mention ${JSON.stringify(live)} in ${JSON.stringify(out)}`);
      if (out.includes('\u0000')) throw new Error('NUL kept');
    },
  );
}

/** Button ids: decoding any string never throws and yields only well-formed actions that re-encode within 100 characters. */
export function customIdProperty() {
  const ids = fc.oneof(
    hostileText,
    fc
      .tuple(
        fc.constantFrom(
          'more|',
          'ctx|',
          'more|ask|',
          'more|who|1|',
          'pg|who|1|',
          'cx|ask|',
          'rm|',
          'ctx|1|',
          'act|',
          'act|1|',
          'tl|',
          'tl|1|2025|2025-12|',
          'tl|9999|||',
        ),
        hostileText,
      )
      .map(([a, b]) => a + b),
    fc
      .tuple(
        fc.constantFrom(...COMMANDS, 'sources', 'x'),
        fc.nat(99_999),
        fc.oneof(fc.constant('-'), fc.bigInt({ min: 0n, max: 10n ** 22n }).map(String)),
      )
      .map(([c, o, u]) => `more|${c}|${o}|${u}`),
  );
  return fc.property(ids, (id) => {
    const action = decodeButton(id);
    if (!action) return;
    if ((action.kind === 'page' || action.kind === 'context') && !COMMANDS.includes(action.command))
      throw new Error(`unknown command ${action.command}`);
    for (const [key, value] of Object.entries(action)) {
      if (typeof value === 'number' && (!Number.isSafeInteger(value) || value < 0)) throw new Error(`${key} ${value}`);
    }
    const again = encodeButton(action);
    if (again !== undefined && again.length > 100) throw new Error('re-encoded id over 100');
    questionFromFooter(id);
  });
}

/** Every property, by name, for the fuzz script. */
export async function allProperties() {
  const story = await realStory();
  return {
    'engine + renderer on hostile questions': engineProperty(story),
    'renderer on hostile answers': rendererProperty(),
    truncate: truncateProperty(),
    escapeText: escapeProperty(),
    'button ids': customIdProperty(),
  } as const;
}
