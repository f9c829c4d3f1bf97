import { beforeAll, describe, expect, it } from 'vitest';
import { outsideDates } from '../../src/answer/extractAnswer.js';
import { phraseChunks } from '../../src/answer/mentions.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story, StorySentence } from '../../src/story/story.js';
import { plainQuery } from '../fixtures/plainQuery.js';

let story: Story;
beforeAll(() => {
  story = buildStory(
    [
      { id: 'a', title: 'Quay', titleGiven: true, file: 'a.md', body: 'The guild rebuilt the stone quay beside the old ferry slip.' },
      { id: 'b', title: 'Gale', titleGiven: true, file: 'b.md', body: 'In March 1881 a gale wrecked the fleet off Velden.' },
    ],
    'outside-dates-fixture',
  );
});
const sentenceOf = (articleId: string): StorySentence => story.sentences.find((s) => s.articleId === articleId)!;

describe('outsideDates', () => {
  it('gives the phrases themselves where the sentence tags no date, time or span of time', () => {
    const s = sentenceOf('a');
    const chunks = phraseChunks(s, plainQuery('What did the guild rebuild?'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(outsideDates(s, chunks)).toBe(chunks);
  });

  it('leaves out the phrases inside a date, the others kept in order', () => {
    const s = sentenceOf('b');
    const chunks = phraseChunks(s, plainQuery('What wrecked the fleet?'));
    const kept = outsideDates(s, chunks);
    const dated = chunks.filter((c) => s.entities.some((e) => e.type === 'DATE' && e.start <= c.start && c.end <= e.end));
    expect(dated.length).toBeGreaterThan(0);
    expect(kept).toEqual(chunks.filter((c) => !dated.includes(c)));
    expect(kept.map((c) => c.text)).toContain('gale');
  });
});
