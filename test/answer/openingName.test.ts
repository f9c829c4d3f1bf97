import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { type FullQuery, nameRuns } from '../../src/answer/mentions.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented stories whose answer is a name no tagger types, opening its sentence. */
const claim = oneArticleStory(
  'claim',
  'Claim',
  'Vantrell argues that the old ferry route was never safe in winter, and like Ada in the old song the crew was lost.',
);
const described = oneArticleStory('kinds', 'Kinds', 'Ostrellid ferns grow beside Tom Bard’s mill on the Pell.');

/** The name runs a question of this kind reads in the story's sentence `at` (its first by default). */
function runs(story: typeof claim, kind: FullQuery['kind'], at = 0): string[] {
  const query: FullQuery = { terms: [], kind, text: 'who', types: [], fallback: [], role: 'any', counted: [] };
  return nameRuns(story, story.sentences[at]!, query).map((r) => r.text);
}

/** A capitalised first word the tagger leaves untyped there, written in a name earlier in the article. */
const elsewhere = oneArticleStory('tavern', 'Tavern', 'The guild met at the Harbour Tavern. Harbour was the first word of its name.');
const nowhere = oneArticleStory('marsh', 'Marsh', 'Marsh was the first pick of the guild that year.');

describe('nameRuns', () => {
  it('opens a run at the sentence start with a word the article writes as a name elsewhere, whatever the question', () => {
    expect(runs(elsewhere, 'other', 1)).toContain('Harbour');
    expect(runs(nowhere, 'other')).not.toContain('Marsh');
  });
  it('opens a who-question run with a proper noun no dictionary knows at the sentence start', () => {
    expect(runs(claim, 'person')).toContain('Vantrell');
    expect(runs(claim, 'other')).not.toContain('Vantrell');
  });
  it('opens none with such a word before a lower-case noun it describes', () => {
    expect(runs(described, 'person')).not.toContain('Ostrellid');
  });
  it('makes no run of a weekday alone, its plural either ("on Sundays")', () => {
    const market = oneArticleStory('market', 'Market', 'The Tolly market opens in Velden on Sundays and on Thursdays.');
    expect(runs(market, 'place')).toEqual(['Tolly', 'Velden']);
  });
});

describe('a who-question answered by a name opening its sentence', () => {
  it('takes a proper noun no dictionary knows as the name it is', () => {
    expect(answerQuestion(claim, 'Who argues that the ferry route was never safe?').answer?.text).toBe('Vantrell');
  });
});
