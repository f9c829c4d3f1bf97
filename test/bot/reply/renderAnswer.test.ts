import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../src/answer/answer.js';
import { decodeButton, encodeButton } from '../../../src/bot/reply/customIds.js';
import { escapeText } from '../../../src/bot/reply/escape.js';
import { MAX_EMBED_DESCRIPTION_LENGTH, MAX_EMBEDS_TOTAL_LENGTH } from '../../../src/bot/reply/limits.js';
import { embedLength, questionFromFooter, renderAnswer } from '../../../src/bot/reply/renderAnswer.js';
import { truncate } from '../../../src/bot/reply/truncate.js';

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    command: 'who',
    query: 'led the delegation',
    kind: 'person',
    answer: { text: 'Rustem Umerov', type: 'PERSON' },
    confidence: 0.9,
    covered: true,
    total: 7,
    excerpts: [1, 2, 3].map((rank) => ({
      rank,
      text: `Sentence ${rank} with *stars* and @everyone.`,
      score: 1,
      articleId: `a${rank}`,
      title: `Title ${rank}`,
      source: 'Wire',
      url: `https://example.org/${rank}`,
      sentence: rank,
      sentenceId: rank,
      alsoIn: rank === 1 ? [{ articleId: 'b', sentence: 4, title: 'Other', source: 'Paper' }] : [],
    })),
    ...overrides,
  };
}

describe('renderAnswer', () => {
  it('puts the answer on top, quotes and cites each excerpt, and escapes quoted text', () => {
    const reply = renderAnswer(answer());
    const embed = reply.embeds![0]!;
    expect(embed.title).toBe('Who: Rustem Umerov');
    expect(embed.description).toContain('> Sentence 1 with \\*stars\\* and @\u200beveryone.');
    expect(embed.description).toContain('— [Wire, Title 1](https://example.org/1) · sentence 1');
    expect(embed.description).toContain('also reported by Paper, *Other*');
    expect(embed.footer!.text).toBe('/who led the delegation\nconfidence 90% · excerpts 1–3 of 7');
  });

  it('offers More while excerpts remain and a Context button per excerpt', () => {
    const ids = renderAnswer(answer(), { owner: '123456789012345678' }).components![0]!.components.map((c) => ('custom_id' in c ? c.custom_id : ''));
    expect(ids).toEqual(['more|who|3|123456789012345678', 'ctx|1|a1', 'ctx|2|a2', 'ctx|3|a3']);
    const last = renderAnswer(answer({ total: 3 })).components![0]!.components;
    expect(last.map((c) => ('label' in c ? c.label : ''))).not.toContain('More');
  });

  it('says plainly when the story does not cover the question', () => {
    const embed = renderAnswer(answer({ covered: false, answer: null, confidence: 0 })).embeds![0]!;
    expect(embed.title).toBe("The story doesn't say");
    expect(embed.description).toMatch(/^The articles do not answer this\. The closest sentences:/);
  });

  it('holds the description and total embed limits with very long excerpts', () => {
    const long = answer();
    for (const e of long.excerpts) e.text = 'word '.repeat(2_000);
    const embed = renderAnswer(long).embeds![0]!;
    expect(embed.description!.length).toBeLessThanOrEqual(MAX_EMBED_DESCRIPTION_LENGTH);
    expect(embedLength(embed)).toBeLessThanOrEqual(MAX_EMBEDS_TOTAL_LENGTH);
  });

  it('reads the question back from the footer', () => {
    expect(questionFromFooter('/ask What happened? \nconfidence 50%')).toEqual({ command: 'ask', query: 'What happened? ' });
    expect(questionFromFooter('nonsense')).toBeUndefined();
  });
});

describe('button ids', () => {
  it('round-trip and stay within 100 characters', () => {
    expect(decodeButton(encodeButton({ kind: 'more', command: 'ask', offset: 6 })!)).toEqual({ kind: 'more', command: 'ask', offset: 6 });
    expect(decodeButton(encodeButton({ kind: 'context', articleId: 'x_1', sentence: 12 })!)).toEqual({ kind: 'context', articleId: 'x_1', sentence: 12 });
    expect(encodeButton({ kind: 'context', articleId: 'x'.repeat(120), sentence: 1 })).toBeUndefined();
    expect(decodeButton('more|rm -rf|1|-')).toBeUndefined();
  });
});

describe('truncate and escapeText', () => {
  it('cuts at a word boundary with an ellipsis', () => {
    expect(truncate('alpha beta gamma', 12)).toBe('alpha beta…');
    expect(truncate('short', 10)).toBe('short');
  });

  it('breaks every kind of mention', () => {
    expect(escapeText('@everyone @here <@123> <@&456> <#789>')).toBe('@\u200beveryone @\u200bhere <@\u200b123> <@&\u200b456> <#\u200b789>');
  });
});
