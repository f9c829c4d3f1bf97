import { describe, expect, it } from 'vitest';
import { phraseChunks } from '../../src/answer/mentions.js';
import { complementEnd } from '../../src/answer/nounComplement.js';
import { plainQuery } from '../fixtures/plainQuery.js';
import { taggedTokens } from '../fixtures/taggedTokens.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The words from token `at` to the complement's end, or null where the noun takes none. */
function withComplement(tagged: string, at: number, asked: readonly string[] = []): string | null {
  const tokens = taggedTokens(tagged);
  const inside = Uint8Array.from(tokens, (t) => (['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.pos) ? 1 : 0));
  const end = complementEnd(tokens, inside, at, (k) => asked.includes(tokens[k]!.text));
  return end < 0
    ? null
    : tokens
        .slice(at, end)
        .map((t) => t.text)
        .join(' ');
}

describe('complementEnd', () => {
  it('takes the phrase after a preposition into a lone abstract noun', () => {
    expect(withComplement('a/DET plea/NOUN for/ADP calm/NOUN ./PUNCT', 1)).toBe('plea for calm');
    expect(withComplement('an/DET exemption/NOUN from/ADP the/DET harbour/NOUN tolls/NOUN', 1)).toBe('exemption from the harbour tolls');
  });

  it('leaves a noun of a thing or a place, and a complement the question writes', () => {
    expect(withComplement('a/DET mill/NOUN for/ADP grain/NOUN', 1)).toBeNull();
    expect(withComplement('a/DET plea/NOUN for/ADP calm/NOUN', 1, ['calm'])).toBeNull();
    expect(withComplement('a/DET plea/NOUN in/ADP May/PROPN', 1)).toBeNull();
  });

  it('takes "in" and what changed into a noun of a change or a difference', () => {
    expect(withComplement('a/DET rise/NOUN in/ADP harbour/NOUN tolls/NOUN ./PUNCT', 1)).toBe('rise in harbour tolls');
    expect(withComplement('the/DET differences/NOUN in/ADP the/DET yield/NOUN ./PUNCT', 1)).toBe('differences in the yield');
  });

  it('leaves "in" after a noun of no change, and a change "in" a place or a year', () => {
    expect(withComplement('a/DET share/NOUN in/ADP the/DET mill/NOUN ./PUNCT', 1)).toBeNull();
    expect(withComplement('a/DET rise/NOUN in/ADP Orsk/PROPN ./PUNCT', 1)).toBeNull();
    expect(withComplement('a/DET rise/NOUN in/ADP 1881/NUM ./PUNCT', 1)).toBeNull();
  });
});

describe('phraseChunks with a lone abstract noun', () => {
  it('shows the noun with its complement, measured as the noun alone', () => {
    const story = oneArticleStory('a', 'Sermon', 'The abbot said his sermon was a plea for calm.');
    const sentence = story.sentences[0]!;
    const question = 'What did the abbot say his sermon was?';
    const query = plainQuery(question);
    const plea = phraseChunks(sentence, query).find((m) => m.text === 'plea');
    expect(plea?.shown && sentence.text.slice(plea.shown.start, plea.shown.end)).toBe('plea for calm');
  });
});
