import { describe, expect, it } from 'vitest';
import { askedPhraseTerms } from '../../src/answer/askedPhrase.js';
import { CANDIDATE_FEATURES } from '../../src/answer/candidateModel.js';
import { extractAnswer, observeExtraction, type ObservedCandidate } from '../../src/answer/extractAnswer.js';
import { termsOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented story: what drove a mill's wheel. */
const story = oneArticleStory(
  'mill',
  'Mill',
  "In 1874 a small coal engine drove the town mill's old wheel, and a second engine pumped its pond.",
);

/** The candidates the extractor offers from the story's one sentence, by text, each with its features by name. */
function candidates(question: string): Map<string, Record<string, number>> {
  const seen: ObservedCandidate[][] = [];
  observeExtraction({ candidates: (c) => seen.push(c) });
  try {
    extractAnswer(story, [{ sentence: story.sentences[0]!, score: 1, coverage: 1, others: [] }], {
      terms: [...new Set(termsOf(question))],
      kind: 'other',
      text: question.toLowerCase(),
      written: question,
    });
  } finally {
    observeExtraction(undefined);
  }
  const named = (c: ObservedCandidate) => Object.fromEntries(CANDIDATE_FEATURES.map((name, k) => [name, c.features[k]!]));
  return new Map((seen[0] ?? []).map((c) => [c.text, named(c)]));
}

describe('askedPhraseTerms', () => {
  it('reads the words after the question word up to its verb, a preposition other than "of", or a mark', () => {
    expect([...askedPhraseTerms('What kind of engine did the Brenlow mill use?')]).toEqual(['kind', 'engin']);
    expect([...askedPhraseTerms('How old was Tam Vessel when the mill closed?')]).toEqual(['old']);
    expect([...askedPhraseTerms('The pond was pumped by what engine in 1874?')]).toEqual(['engin']);
    expect([...askedPhraseTerms('Which, of the two engines, pumped the pond?')]).toEqual([]);
    expect([...askedPhraseTerms('Tell me about the mill.')]).toEqual([]);
  });
});

describe('question words in a candidate', () => {
  it('marks a phrase ending in a question word outside the phrase asked by, not one ending in the asked noun', () => {
    const drove = candidates('What drove the wheel of the town mill?');
    expect(drove.get("town mill's old wheel")?.questionHead).toBe(1);
    expect(drove.get('small coal engine')?.questionHead).toBe(0);
    const kind = candidates('What kind of engine pumped the pond?');
    expect(kind.get('small coal engine')?.questionHead).toBe(0);
    expect(candidates('What did the coal engine pump?').get('small coal engine')?.questionHead).toBe(1);
  });

  it('marks a phrase one of whose words owns the rest', () => {
    const list = candidates('What did the engine drive at the town mill?');
    expect(list.get("town mill's old wheel")?.questionPossessor).toBe(1);
    expect(list.get('small coal engine')?.questionPossessor).toBe(0);
  });
});
