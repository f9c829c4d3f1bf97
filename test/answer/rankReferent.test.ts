import { afterEach, describe, expect, it } from 'vitest';
import { type PreparedQuery, RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { termsOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented one-article story: the guild is named, then a pronoun tells what it did. */
const story = oneArticleStory(
  'mill',
  'Mill evening',
  [
    'The orchard guild of Harrowby met in the old mill on Sunday.',
    'It sang only in Welsh that night.',
    'The miller baked bread for the guests.',
    'Rain fell on the roofs of the village.',
  ].join(' '),
);

const was = RANKING.referent;
afterEach(() => {
  (RANKING as { referent: number }).referent = was;
});

function first(text: string, focus: string): string {
  const query: PreparedQuery = { terms: [...new Set(termsOf(text))], kind: 'other', text: text.toLowerCase(), focus };
  return rankSentences(story, query)[0]!.sentence.text;
}

describe('the ranker and the referent of a pronoun', () => {
  it('puts the sentence naming the asked-about noun above the pronoun-led sentence that lacks it', () => {
    expect(first('Which guild sang in Welsh?', 'guild')).toMatch(/^The orchard guild/);
    (RANKING as { referent: number }).referent = 0;
    expect(first('Which guild sang in Welsh?', 'guild')).toMatch(/^It sang/);
  });

  it("gives the lifted sentence the pronoun-led one's coverage of the question", () => {
    const text = 'Which guild sang in Welsh?';
    const ranked = rankSentences(story, { terms: [...new Set(termsOf(text))], kind: 'other', text: text.toLowerCase(), focus: 'guild' });
    const pronoun = ranked.find((r) => r.sentence.text.startsWith('It sang'))!;
    expect(ranked[0]!.coverage).toBeCloseTo(pronoun.coverage, 6);
    expect(pronoun.coverage).toBeGreaterThan(0.9);
  });

  it('leaves the order alone when the noun is not what the question asks for', () => {
    expect(first('What did the guild sing in Welsh?', 'guild')).toMatch(/^It sang/);
  });
});
