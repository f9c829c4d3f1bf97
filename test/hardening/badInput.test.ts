/**
 * Bad input: property tests (fast-check) over the engine on the real corpus story, the renderer and the
 * respond payload, truncate, escapeText and button ids. A fast sample here; `npm run fuzz` runs 10,000
 * cases of each. FUZZ_RUNS overrides the sample size; FUZZ_SEED replays a failure.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { QuestionError } from '../../src/answer/questionError.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { escapeText } from '../../src/bot/reply/escape.js';
import { renderAnswer } from '../../src/bot/reply/renderAnswer.js';
import { truncate } from '../../src/present/truncate.js';
import type { Story } from '../../src/story/story.js';
import { liveMentions, payloadMentions } from './discordRules.js';
import {
  customIdProperty,
  engineProperty,
  escapeProperty,
  realStory,
  rendererProperty,
  replyFaults,
  respondPayload,
  truncateProperty,
} from './properties.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 200);
const SEED = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : undefined;
const params = (numRuns = RUNS): fc.Parameters<unknown> => ({ numRuns, ...(SEED !== undefined ? { seed: SEED } : {}) });

let story: Story;
beforeAll(async () => {
  story = await realStory();
}, 30_000);

describe('the engine and the renderer on any question', () => {
  it('answer or a clear QuestionError; the reply holds every Discord limit and pings no one', async () => {
    await fc.assert(engineProperty(story), params());
  });

  it('the renderer holds every limit on hostile answers (long, many excerpts, markdown, mentions)', async () => {
    await fc.assert(rendererProperty(), params(Math.max(20, Math.round(RUNS / 4))));
  });

  it.each([
    ['@everyone who chaired the meeting', 'who'],
    ['<@&123> who chaired the harbour board', 'who'],
    ['<@123456789012345678> when was the wool fair held?', 'when'],
    ['@here ```js\nwhere``` **did** the talks take place <#1234>', 'where'],
    ['\u202ewho chaired the meeting\u202c 👨‍👩‍👧‍👦', 'ask'],
    ['who\u200b led\u200d the\u2060 delegation\ufeff', 'who'],
  ] as const)('answers %j without a live mention anywhere', async (question, command) => {
    const answer = answerQuestion(story, question, { command, limit: 3 });
    const payload = await respondPayload(renderAnswer(answer));
    expect(payloadMentions(payload)).toEqual([]);
    expect(await replyFaults(renderAnswer(answer))).toEqual([]);
  });

  it('a 10,000-character question is a QuestionError with a clear message', () => {
    for (const q of ['a'.repeat(10_000), '👍'.repeat(5_000), 'who '.repeat(2_500)]) {
      expect(() => answerQuestion(story, q)).toThrow(QuestionError);
      expect(() => answerQuestion(story, q)).toThrow(/^That question is \d+ characters long; please keep it under 300\.$/);
    }
    for (const q of ['', '   ', '\u200b\u200d\ufeff', '\n\t']) expect(() => answerQuestion(story, q)).toThrow('Please type a question');
  });
});

describe('truncate', () => {
  it('is never longer than max, never cuts a word when a boundary exists, keeps surrogate pairs whole', () => {
    fc.assert(truncateProperty(), params(RUNS * 5));
  });

  it('examples', () => {
    expect(truncate('The talks ended. Both sides spoke.', 20)).toBe('The talks ended.…');
    expect(truncate('😀😀😀', 4)).toBe('😀…');
    expect(truncate('abc def', 5)).toBe('abc…');
    expect(truncate('abcdef', 0)).toBe('');
  });
});

describe('escapeText', () => {
  it('never lets a live @everyone, @here, <@id>, <@&id> or <#id> through', () => {
    fc.assert(escapeProperty(), params(RUNS * 5));
  });

  it.each([
    '@everyone',
    '@here',
    '<@123>',
    '<@!123>',
    '<@&123>',
    '<#123>',
    '@\u0000everyone',
    '<@\u0000123>',
    '<\u0000@123>',
    '@ever\u0000yone',
    '<@12\u00003>',
  ])('breaks %j', (s) => {
    expect(liveMentions(escapeText(s))).toEqual([]);
  });

  it('escapes code fences and masked links', () => {
    expect(escapeText('```js\nx\n```')).not.toContain('```');
    expect(escapeText('[official statement](https://evil.example)')).not.toMatch(/(?<!\\)\[official statement\]\(/);
  });
});

describe('button ids', () => {
  it('decoding any string never throws and yields only well-formed actions', () => {
    fc.assert(customIdProperty(), params(RUNS * 5));
  });
});
