import { beforeAll, describe, expect, it } from 'vitest';
import { once, traceAnswer } from '../../src/answer/answerQuestion.js';
import { mendQuestion, writesForm } from '../../src/answer/typos.js';
import type { Article } from '../../src/corpus/article.js';
import { termOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

/** An invented story about a glassworks and its founder. */
const ARTICLES: Article[] = [
  {
    id: 'glass-a',
    title: 'Glassworks reopens',
    titleGiven: true,
    published: '2031-05-02',
    file: 'glass-a.md',
    body:
      'The Orvanne glassworks reopened on Monday under its founder Idris Malvecq. ' +
      'Malvecq said the furnace would hire twelve blowers before the summer fair.',
  },
  {
    id: 'glass-b',
    title: 'Orvanne hires',
    titleGiven: true,
    published: '2031-05-03',
    file: 'glass-b.md',
    body: 'Orvanne hires twelve blowers. The glassworks of Orvanne sells its first bowls in June, Malvecq said.',
  },
];

let story: Story;
beforeAll(() => {
  story = buildStory(ARTICLES, 'writes-form-fixture');
});

describe('writesForm', () => {
  it('finds a word as the story writes it, in the first sentence holding its term or a later one', () => {
    expect(writesForm(story, termOf('Malvecq')!, 'malvecq')).toBe(true);
    expect(writesForm(story, termOf('hire')!, 'hire')).toBe(true);
    expect(writesForm(story, termOf('hire')!, 'hires')).toBe(true);
  });

  it('answers again as it did, whichever form of the term was asked before', () => {
    const hire = termOf('hire')!;
    for (const [form, writes] of [
      ['hire', true],
      ['hires', true],
      ['hiring', false],
      ['hires', true],
      ['hire', true],
    ] as const)
      expect(writesForm(story, hire, form)).toBe(writes);
  });

  it('does not find a form of the term the story never writes, nor a term it never uses', () => {
    expect(writesForm(story, termOf('hire')!, 'hiring')).toBe(false);
    expect(writesForm(story, termOf('Orvanne')!, 'orvannes')).toBe(false);
    expect(writesForm(story, 'zzqx', 'zzqx')).toBe(false);
  });

  it('leaves mendQuestion mending a name typed otherwise and keeping one typed as written', () => {
    expect(mendQuestion(story, 'When did the Orvanne glassworks reopen?')).toBe('When did the Orvanne glassworks reopen?');
    expect(mendQuestion(story, 'Who founded the Orvane glassworks?')).toBe('Who founded the Orvanne glassworks?');
  });
});

describe('once', () => {
  it('reads its value at the first call and gives it again', () => {
    let reads = 0;
    const value = once(() => {
      reads += 1;
      return { reads };
    });
    expect(value()).toBe(value());
    expect(reads).toBe(1);
  });

  it('keeps the held words of an answer’s coverage evidence, read once however often the checks ask', () => {
    const coverage = traceAnswer(story, 'Who founded the Orvanne glassworks?').coverage;
    expect(coverage).not.toBeNull();
    expect(coverage!.held()).toBe(coverage!.held());
  });
});
