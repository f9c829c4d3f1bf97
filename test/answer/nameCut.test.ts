import { beforeAll, describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { type FullQuery, phraseChunks } from '../../src/answer/mentions.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { plainQuery } from '../fixtures/plainQuery.js';

function query(question: string, focus: string): FullQuery {
  return { ...plainQuery(question), focus };
}

let story: Story;
beforeAll(() => {
  story = buildStory(
    [
      {
        id: 'a',
        title: 'Boats',
        titleGiven: true,
        file: 'a.md',
        body: 'Most boats on the lake now belong to the Velden Ferry Company, which bought them in spring.',
      },
      {
        id: 'b',
        title: 'Crew',
        titleGiven: true,
        file: 'b.md',
        body: 'The crew was led by harbour master Orla Tellin during the storm.',
      },
    ],
    'name-cut-fixture',
  );
});

describe('phraseChunks and a name holding the question’s words', () => {
  it('shows a name whole where the question’s word opening it was cut, measured as the part the question does not write', () => {
    const sentence = story.sentences.find((s) => s.articleId === 'a')!;
    const chunks = phraseChunks(sentence, query('What company in Velden owns the boats?', 'company'));
    const cut = chunks.find((m) => m.text === 'Ferry Company');
    expect(cut?.shown && sentence.text.slice(cut.shown.start, cut.shown.end)).toBe('Velden Ferry Company');
    expect(chunks.every((m) => !m.shown || sentence.text.slice(m.shown.start, m.shown.end) !== 'Ferry Company')).toBe(true);
  });

  it('still cuts a person’s name the question gives from the words before it', () => {
    const sentence = story.sentences.find((s) => s.articleId === 'b')!;
    const chunks = phraseChunks(sentence, query('What post did Orla Tellin hold?', 'post'));
    expect(chunks.map((m) => m.text)).toContain('harbour master');
    expect(chunks.some((m) => m.shown && sentence.text.slice(m.shown.start, m.shown.end).includes('master Orla'))).toBe(false);
  });
});

describe('an answer that is a name holding the question’s words', () => {
  const ask = (body: string, question: string) =>
    traceAnswer(oneArticleStory('x', 'X', body), question, { command: 'ask', limit: 1 }).short?.text;

  it('is shown whole, as the sentence names it', () => {
    const market = 'The traders met often. The Orsk Grain Exchange is one of the busiest markets of the north. Prices fell.';
    expect(ask(market, 'What exchange in Orsk is one of the busiest markets?')).toBe('Orsk Grain Exchange');
    const league = 'The league is old. The Velden Cup Final drew a record crowd in May. Fans cheered.';
    expect(ask(league, 'What Velden Cup match drew a record crowd?')).toBe('Velden Cup Final');
  });
});
