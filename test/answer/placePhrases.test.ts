import { beforeAll, describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import type { Mention } from '../../src/answer/mentions.js';
import { placePhrases } from '../../src/answer/placePhrases.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story, StorySentence } from '../../src/story/story.js';

/** Invented: where things are kept, told by common nouns; a town named in another sentence. */
const ARTICLES: Article[] = [
  {
    id: 'mill',
    title: 'Mill',
    titleGiven: true,
    file: 'mill.md',
    body:
      'The old grain mill stands beside the river at Penwick. ' +
      'Its ledgers are now kept inside the vault of the parish church. ' +
      'The brass scales were moved in the autumn of that year.',
  },
];

let story: Story;
beforeAll(() => {
  story = buildStory(ARTICLES, 'place-phrases-fixture');
});

const ask = (question: string) => traceAnswer(story, question, { command: 'ask', limit: 1 }).short?.text;

function sentenceOf(body: string): StorySentence {
  return buildStory([{ id: 'one', title: 'One', titleGiven: true, file: 'one.md', body }], 'place-phrases-one').sentences.at(-1)!;
}
const span = (s: StorySentence, text: string): Mention => {
  const start = s.text.indexOf(text);
  return { type: 'PHRASE', text, start, end: start + text.length };
};

describe('a where-question whose best excerpt names no place', () => {
  it('is answered by the phrase that excerpt places its subject in, not by a town of another sentence', () => {
    expect(ask('Where are the ledgers of the mill kept?')).toMatch(/vault/);
  });
});

describe('placePhrases', () => {
  it('keeps a phrase after a preposition of place, past its determiner, and no other', () => {
    const s = sentenceOf('Its ledgers are now kept inside the vault of the parish church.');
    const kept = placePhrases(s, [span(s, 'ledgers'), span(s, 'vault of the parish church')]);
    expect(kept.map((m) => m.text)).toEqual(['vault of the parish church']);
  });

  it('leaves out a time after such a preposition', () => {
    const s = sentenceOf('The brass scales were moved in the autumn of 1921.');
    expect(placePhrases(s, [span(s, 'autumn of 1921')])).toEqual([]);
  });
});
