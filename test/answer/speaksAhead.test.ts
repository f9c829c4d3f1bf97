import { afterEach, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { RANKING } from '../../src/answer/rankSentences.js';
import { asksPast, speaksAhead } from '../../src/answer/speaksAhead.js';
import { tagSentence } from '../../src/nlp/entities.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const ahead = (text: string) => speaksAhead(tagSentence(text));

describe('speaksAhead', () => {
  it('reads a modal of the future or of possibility before a verb', () => {
    expect(ahead('Tom Rand will meet Ada Vell on Sunday.')).toBe(true);
    expect(ahead('She could face the holder in the last round.')).toBe(true);
    expect(ahead('They may not be ready by June.')).toBe(true);
    expect(ahead("He'll sail from Pellridge at dawn.")).toBe(true);
  });
  it('reads no modal in a sentence telling what happened, nor the month of May', () => {
    expect(ahead('Ada Vell beat Tom Rand in the last round.')).toBe(false);
    expect(ahead('In May the ferry sailed twice.')).toBe(false);
    expect(ahead('He said he would resign.')).toBe(false);
  });
});

describe('asksPast', () => {
  it('reads a past auxiliary among the first words of a question', () => {
    expect(asksPast('what was the score in the cup final?')).toBe(true);
    expect(asksPast('who did ada vell beat in the final?')).toBe(true);
  });
  it('reads none in a question on what is to come or one with a later past auxiliary', () => {
    expect(asksPast('who will ada vell meet next?')).toBe(false);
    expect(asksPast('how many points in a row did she win?')).toBe(false);
  });
});

describe('ranking a preview below a report for a question asked in the past', () => {
  // Invented: a preview of a final and the report of it, both naming the question's people and event.
  const story = oneArticleStory(
    'cup',
    'Harbour Cup',
    [
      'Tom Rand will meet Ada Vell in the Harbour Cup final on Sunday after a 6-4 6-2 semi-final.',
      'Ada Vell won the Harbour Cup final 7-5 6-4 after a slow start.',
      'The Harbour Cup final drew 3,000 fans to the quay.',
      'Rand said the crowd had helped him.',
    ].join(' '),
  );
  const weights = RANKING as { preview: number };
  const saved = weights.preview;
  afterEach(() => {
    weights.preview = saved;
  });
  const first = (q: string) => answerQuestion(story, q, { limit: 3 }).excerpts[0]?.text;

  it('puts the sentence telling what happened first', () => {
    expect(first('Who did Ada Vell beat in the Harbour Cup final?')).toMatch(/^Ada Vell won/);
  });
  it('is what puts it first: with the preview weighing as much, the preview leads', () => {
    weights.preview = 1;
    expect(first('Who did Ada Vell beat in the Harbour Cup final?')).toMatch(/^Tom Rand will meet/);
  });
});
