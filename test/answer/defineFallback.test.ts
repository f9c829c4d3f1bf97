import { describe, expect, it } from 'vitest';
import { writesThingAlone } from '../../src/answer/defineThing.js';
import { askShort } from '../fixtures/askShort.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

// Invented harbour sentences: one names a skerrow beside what it is without a copula, apposition or alias defineThing reads.
const body = (middle: string) => `Harbour crews bring the carts to the quay at dawn. ${middle} The ferry leaves at nine.`;

describe('"What is X?" with no description found', () => {
  it("takes the extractor's answer from a sentence writing X as a noun phrase of its own", () => {
    const story = oneArticleStory('quay', 'Quay', body('Boats shelter in a sandy tidal pool, locally a skerrow, during storms.'));
    expect(askShort(story)('What is a skerrow?')).toBe('sandy tidal pool');
  });
});

describe('writesThingAlone', () => {
  const sentenceOf = (text: string) => oneArticleStory('quay', 'Quay', body(text)).sentences[1]!;
  it('reads X standing alone', () => {
    expect(writesThingAlone(sentenceOf('Boats shelter in a sandy tidal pool, locally a skerrow, during storms.'), 'skerrow')).toBe(true);
    expect(writesThingAlone(sentenceOf('Skerrows are common behind the sand banks.'), 'skerrow')).toBe(true);
  });
  it('not X modifying a noun, paired with a sibling, or unwritten', () => {
    expect(writesThingAlone(sentenceOf('The skerrow fee is paid by every crew.'), 'skerrow')).toBe(false);
    expect(writesThingAlone(sentenceOf("Gulls scraped the skerrow's mossy rim at dawn."), 'skerrow')).toBe(false);
    expect(writesThingAlone(sentenceOf('Kellnets and skerrows are found along the pier.'), 'skerrow')).toBe(false);
    expect(writesThingAlone(sentenceOf('Skerrows or kellnets are found along the pier.'), 'skerrow')).toBe(false);
    expect(writesThingAlone(sentenceOf('Boats shelter in the outer basin.'), 'skerrow')).toBe(false);
  });
});
