import { describe, expect, it } from 'vitest';
import { type Answer, SURE_CONFIDENCE } from '../../../src/answer/answer.js';
import { decodeButton, encodeButton } from '../../../src/bot/reply/customIds.js';
import { escapeText } from '../../../src/bot/reply/escape.js';
import { MAX_EMBED_DESCRIPTION_LENGTH, MAX_EMBEDS_TOTAL_LENGTH } from '../../../src/bot/reply/limits.js';
import { embedLength, questionFromFooter, renderAnswer } from '../../../src/bot/reply/renderAnswer.js';
import { truncate } from '../../../src/present/truncate.js';

function answer(overrides: Partial<Answer> = {}): Answer {
  return {
    command: 'who',
    query: 'chaired the harbour board',
    kind: 'person',
    answer: { text: 'Ada Lind', type: 'PERSON' },
    confidence: 0.9,
    covered: true,
    total: 7,
    excerpts: [1, 2, 3].map((rank) => ({
      rank,
      text: rank === 1 ? 'Ada Lind chaired the *board* and @everyone cheered.' : `Sentence ${rank} with *stars* and @everyone.`,
      score: 1,
      articleId: `a${rank}`,
      title: `Title ${rank}`,
      source: 'Wire',
      url: `https://example.org/${rank}`,
      published: '2031-04-09',
      sentence: rank,
      sentenceId: rank,
      alsoIn:
        rank === 1
          ? [{ articleId: 'b', sentence: 4, title: 'Other', source: 'Paper' }]
          : rank === 2
            ? [1, 2].map((n) => ({ articleId: `c${n}`, sentence: n, title: `Same ${n}`, source: 'Wire' }))
            : [],
    })),
    ...overrides,
  };
}

const OWNER = '123456789012345678';

describe('renderAnswer', () => {
  it('puts the answer on top, quotes each excerpt with the answer in bold, and escapes quoted text', () => {
    const embed = renderAnswer(answer()).embeds![0]!;
    expect(embed.title).toBe('Who: Ada Lind');
    expect(embed.description).toContain('> **Ada Lind** chaired the \\*board\\* and @\u200beveryone cheered.');
    expect(embed.description).toContain('> Sentence 2 with \\*stars\\* and @\u200beveryone.');
    expect(embed.footer!.text).toBe('/who chaired the harbour board\nconfidence 90% · excerpts 1–3 of 7');
  });

  it('shows no confidence when there is no short answer to be sure of', () => {
    const embed = renderAnswer(answer({ answer: null, confidence: 0.04 })).embeds![0]!;
    expect(embed.footer!.text).toBe('/who chaired the harbour board\nno short answer · excerpts 1–3 of 7');
  });

  it('cites compactly: publisher linked, date, other outlets by name only when they differ', () => {
    const description = renderAnswer(answer()).embeds![0]!.description!;
    expect(description).toContain('**1.** [Wire](https://example.org/1) · 9 Apr 2031 · also Paper');
    expect(description).toContain('**2.** [Wire](https://example.org/2) · 9 Apr 2031 · and 2 more reports');
    expect(description).toMatch(/\*\*3\.\*\* \[Wire\]\(https:\/\/example.org\/3\) · 9 Apr 2031$/);
    expect(description).not.toContain('Title 1');
  });

  it('offers Previous/Next while there are other pages, one Context button, Dismiss for the asker, and link buttons', () => {
    const rows = renderAnswer(answer(), { owner: OWNER }).components!;
    const controls = rows[0]!.components as { custom_id: string; label: string; disabled?: boolean }[];
    expect(controls.map((c) => c.custom_id)).toEqual([`pg|who|0|${OWNER}`, `pg|who|3|${OWNER}`, 'cx|who|0', `rm|${OWNER}`]);
    expect(controls.map((c) => c.label)).toEqual(['◀ Prev', 'Next ▶', 'Context', '✕']);
    expect(controls[0]!.disabled).toBe(true);
    const links = rows[1]!.components as { style: number; url: string; label: string }[];
    expect(links.map((l) => [l.style, l.url, l.label])).toEqual([1, 2, 3].map((n) => [5, `https://example.org/${n}`, `${n}. Wire`]));
    const last = renderAnswer(answer({ total: 6 }), { offset: 3, owner: OWNER }).components![0]!.components as {
      custom_id: string;
      disabled?: boolean;
    }[];
    expect(last[0]!.custom_id).toBe(`pg|who|0|${OWNER}`);
    expect(last[1]!.disabled).toBe(true);
    const single = renderAnswer(answer({ total: 3 })).components![0]!.components as { label: string }[];
    expect(single.map((c) => c.label)).toEqual(['Context']);
  });

  it('says plainly when the story does not cover the question', () => {
    const embed = renderAnswer(answer({ covered: false, answer: null, confidence: 0 })).embeds![0]!;
    expect(embed.title).toBe("The story doesn't say");
    expect(embed.description).toMatch(/^The articles do not answer this\. The closest sentences:/);
  });

  it('colours an answer as sure only from the confidence the evals call sure', () => {
    const colour = (confidence: number) => renderAnswer(answer({ confidence })).embeds![0]!.color;
    expect(colour(SURE_CONFIDENCE)).not.toBe(colour(SURE_CONFIDENCE - 0.1));
    expect(colour(0.99)).toBe(colour(SURE_CONFIDENCE));
    expect(colour(0.2)).toBe(colour(SURE_CONFIDENCE - 0.1));
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
    expect(decodeButton(encodeButton({ kind: 'page', command: 'ask', offset: 6, owner: '123456789012345678' })!)).toEqual({
      kind: 'page',
      command: 'ask',
      offset: 6,
      owner: '123456789012345678',
    });
    expect(decodeButton(encodeButton({ kind: 'context', command: 'who', offset: 3 })!)).toEqual({
      kind: 'context',
      command: 'who',
      offset: 3,
    });
    expect(decodeButton(encodeButton({ kind: 'dismiss', owner: '123456789012345678' })!)).toEqual({
      kind: 'dismiss',
      owner: '123456789012345678',
    });
    expect(encodeButton({ kind: 'sentence', articleId: 'x'.repeat(120), sentence: 1 })).toBeUndefined();
    expect(decodeButton('more|rm -rf|1|-')).toBeUndefined();
  });

  it('still reads the ids of buttons on messages sent before this version', () => {
    expect(decodeButton('more|ask|6|-')).toEqual({ kind: 'page', command: 'ask', offset: 6 });
    expect(decodeButton('ctx|12|x_1')).toEqual({ kind: 'sentence', articleId: 'x_1', sentence: 12 });
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
