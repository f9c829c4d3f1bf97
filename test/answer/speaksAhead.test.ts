import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { RANKING } from '../../src/answer/rankSentences.js';
import { asksPast, speaksAhead } from '../../src/answer/speaksAhead.js';
import { tagSentence } from '../../src/nlp/entities.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { unkeptSentences } from '../fixtures/unkeptTokens.js';

const ahead = (text: string) => speaksAhead({ text, tokens: tagSentence(text).tokens });

describe('speaksAhead', () => {
  it('reads a modal of the future or of possibility before a verb', () => {
    expect(ahead('The ferry will sail from Pellridge at dawn.')).toBe(true);
    expect(ahead('The council could shut the bridge in winter.')).toBe(true);
    expect(ahead('They may not be ready by June.')).toBe(true);
    expect(ahead("He'll reopen the library on Monday.")).toBe(true);
  });
  it('reads no modal in a sentence telling what happened, nor the month of May', () => {
    expect(ahead('Ada Vell chaired the board for ten years.')).toBe(false);
    expect(ahead('In May the ferry sailed twice.')).toBe(false);
    expect(ahead('He said he would resign.')).toBe(false);
  });
  it('reads a sentence its story does not keep the tokens of from the story’s columns, no token list made', () => {
    const texts = ['The ferry will sail from Pellridge at dawn.', 'In May the ferry sailed twice.', 'They may not be ready by June.'];
    const { rows, lists, made } = unkeptSentences(texts);
    const read = rows.map((row) => speaksAhead(row));
    expect(made()).toBe(0);
    expect(read).toEqual([true, false, true]);
    expect(read).toEqual(lists.map((tokens, i) => speaksAhead({ text: texts[i]!, tokens })));
  });
});

describe('asksPast', () => {
  it('reads a past auxiliary among the first words of a question', () => {
    expect(asksPast('what was the toll on the new bridge?')).toBe(true);
    expect(asksPast('who did ada vell defeat in the vote?')).toBe(true);
  });
  it('reads none in a question on what is to come or one with a later past auxiliary', () => {
    expect(asksPast('who will chair the board next?')).toBe(false);
    expect(asksPast('how many boats on the river did she sell?')).toBe(false);
  });
});

describe('ranking a preview below a report for a question asked in the past', () => {
  // Invented: a preview of a boat race and the report of it, both naming the question's crews and race.
  const story = oneArticleStory(
    'shield',
    'Lantern Shield',
    [
      'Ida Brune will row against Olaf Tenn for the Lantern Shield on Saturday after a narrow heat.',
      'Olaf Tenn won the Lantern Shield by two lengths in heavy rain.',
      'The Lantern Shield drew 3,000 people to the river.',
      'Brune said the rain had slowed her.',
    ].join(' '),
  );
  const weights = RANKING as { preview: number };
  const saved = weights.preview;
  afterEach(() => {
    weights.preview = saved;
  });
  const first = (q: string) => answerQuestion(story, q, { limit: 3 }).excerpts[0]?.text;

  it('puts the sentence telling what happened first', () => {
    expect(first('Who did Olaf Tenn defeat for the Lantern Shield?')).toMatch(/^Olaf Tenn won/);
  });
  it('is what puts it first: with the preview weighing as much, the preview leads', () => {
    weights.preview = 1;
    expect(first('Who did Olaf Tenn defeat for the Lantern Shield?')).toMatch(/^Ida Brune will row/);
  });
});

describe('ranking a preview for a question that itself asks what could be', () => {
  // Invented: what a mill ground, and what its owner said it could grind.
  const story = oneArticleStory(
    'mill',
    'Tolly mill',
    [
      'Ada Vell said the Tolly mill ground barley for the town in 1881.',
      'Ada Vell said the Tolly mill could grind rye as well.',
      'The Tolly mill stands on the Orsk road.',
    ].join(' '),
  );
  const weights = RANKING as { previewAsked: boolean };
  const saved = weights.previewAsked;
  afterEach(() => {
    weights.previewAsked = saved;
  });
  const first = (q: string) => answerQuestion(story, q, { limit: 3 }).excerpts[0]?.text;

  it('does not rank the sentence saying "could" lower', () => {
    expect(first('What did Ada Vell say the Tolly mill could grind?')).toMatch(/could grind rye/);
  });
  it('is what puts it first: read as a preview, the sentence on what it ground leads', () => {
    weights.previewAsked = false;
    expect(first('What did Ada Vell say the Tolly mill could grind?')).toMatch(/ground barley/);
  });
});
