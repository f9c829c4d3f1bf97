import { describe, expect, it } from 'vitest';
import { phraseChunks } from '../../src/answer/mentions.js';
import { complementEnd } from '../../src/answer/nounComplement.js';
import { plainQuery } from '../fixtures/plainQuery.js';
import { taggedTokens } from '../fixtures/taggedTokens.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The words from token `at` to the complement's end, or null where the noun takes none (`alone`: the noun is the whole phrase). */
function withComplement(tagged: string, at: number, asked: readonly string[] = [], alone = true): string | null {
  const tokens = taggedTokens(tagged);
  const inside = Uint8Array.from(tokens, (t) => (['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(t.pos) ? 1 : 0));
  const end = complementEnd(tokens, inside, at, (k) => asked.includes(tokens[k]!.text), alone);
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

  it('leaves a noun of a thing or a place before an article, and a complement the question writes', () => {
    expect(withComplement('a/DET mill/NOUN for/ADP the/DET guild/NOUN', 1)).toBeNull();
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

describe('complementEnd with a bare complement', () => {
  it('takes a complement with no article into a phrase ending in any noun', () => {
    expect(withComplement('a/DET mill/NOUN for/ADP grain/NOUN', 1)).toBe('mill for grain');
    expect(withComplement('the/DET steady/ADJ demand/NOUN for/ADP oak/NOUN planks/NOUN ./PUNCT', 2, [], false)).toBe(
      'demand for oak planks',
    );
    expect(withComplement('a/DET new/ADJ ban/NOUN on/ADP night/NOUN fishing/NOUN', 2, [], false)).toBe('ban on night fishing');
    expect(withComplement('an/DET appeal/NOUN to/ADP reason/NOUN ./PUNCT', 1)).toBe('appeal to reason');
  });

  it('leaves an article, a possessive or a figure after the preposition, a phrase ending in a describing word and an infinitive', () => {
    expect(withComplement('the/DET loaded/ADJ barges/NOUN from/ADP the/DET quay/NOUN', 2, [], false)).toBeNull();
    expect(withComplement('the/DET old/ADJ toll/NOUN for/ADP their/PRON barges/NOUN', 2, [], false)).toBeNull();
    expect(withComplement('the/DET old/ADJ toll/NOUN for/ADP 12/NUM barges/NOUN', 2, [], false)).toBeNull();
    expect(withComplement('a/DET dry/ADJ mill/NOUN for/ADP more/ADJ ./PUNCT', 2, [], false)).toBeNull();
    expect(withComplement('a/DET hired/ADJ crew/NOUN to/ADP reclaim/NOUN marsh/NOUN', 2, [], false)).toBeNull();
    expect(withComplement('a/DET new/ADJ ban/NOUN on/ADP night/NOUN fishing/NOUN', 2, ['fishing'], false)).toBeNull();
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

  it('shows a phrase of several words with a bare complement, measured as the phrase alone', () => {
    const story = oneArticleStory('a', 'Yard', 'The boatwrights voiced a steady demand for oak planks.');
    const sentence = story.sentences[0]!;
    const query = plainQuery('What did the boatwrights voice?');
    const demand = phraseChunks(sentence, query).find((m) => m.text === 'steady demand');
    expect(demand?.shown && sentence.text.slice(demand.shown.start, demand.shown.end)).toBe('steady demand for oak planks');
  });
});
