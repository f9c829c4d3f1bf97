import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/nlp/entities.js';
import { termOf } from '../../src/search/terms.js';
import { taggedTokens } from '../fixtures/taggedTokens.js';
import { describesNoun } from '../../src/answer/describesNoun.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { CANDIDATE_FEATURES } from '../../src/answer/candidateModel.js';
import { observeExtraction, type ObservedCandidate } from '../../src/answer/extractAnswer.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** A question-word test over the given words' terms. */
const askedOf =
  (...words: string[]) =>
  (t: Token) =>
    words.map(termOf).includes(termOf(t.text));

describe('describesNoun', () => {
  it('finds a word taken out of its noun phrase: a lower-case noun right after it', () => {
    const tokens = taggedTokens('The/DET Varish/PROPN fleets/NOUN sailed/VERB west/ADV');
    expect(describesNoun(tokens, 1, 1, 'harbour', askedOf('sail'))).toBe(true);
    expect(describesNoun(tokens, 1, 1, null, askedOf())).toBe(true);
    expect(describesNoun(taggedTokens('Auxiliary/ADJ ledgers/NOUN were/AUX kept/VERB'), 0, 0, 'court', askedOf())).toBe(true);
  });

  it('reads a person noun the tagger files as an adjective, heading its phrase, as the noun described', () => {
    expect(describesNoun(taggedTokens('The/DET Velden/PROPN chief/ADJ resigned/VERB'), 1, 1, null, askedOf())).toBe(true);
    expect(describesNoun(taggedTokens('The/DET Velden/PROPN chief/ADJ ./PUNCT'), 1, 1, null, askedOf())).toBe(true);
    // An adjective before a noun is no head; an adjective that names no person describes nothing here.
    expect(describesNoun(taggedTokens('The/DET Velden/PROPN chief/ADJ clerk/NOUN'), 1, 1, null, askedOf())).toBe(false);
    expect(describesNoun(taggedTokens('The/DET Velden/PROPN quiet/ADJ ./PUNCT'), 1, 1, null, askedOf())).toBe(false);
  });

  it('leaves a word before the focus noun or another question word, a name, punctuation and the end alone', () => {
    const tokens = taggedTokens('The/DET Varish/PROPN fleets/NOUN sailed/VERB');
    expect(describesNoun(tokens, 1, 1, 'fleet', askedOf())).toBe(false);
    expect(describesNoun(tokens, 1, 1, 'harbour', askedOf('fleets'))).toBe(false);
    expect(describesNoun(taggedTokens('the/DET Varish/PROPN Fleet/PROPN'), 1, 1, null, askedOf())).toBe(false);
    expect(describesNoun(taggedTokens('the/DET Varish/PROPN ,/PUNCT fleets/NOUN'), 1, 1, null, askedOf())).toBe(false);
    expect(describesNoun(taggedTokens('with/ADP Ada/PROPN Vell/PROPN'), 1, 2, null, askedOf())).toBe(false);
    expect(describesNoun(taggedTokens('the/DET Varish/PROPN fleets/NOUN'), -1, -1, null, askedOf())).toBe(false);
  });
});

describe('describesNoun in the extractor', () => {
  it('is read of a lone name word before a common noun, not of the name that stands alone', () => {
    const body = 'The Harbour Cup is staged at Ostwick every spring, and its final at the Tarsk courts.';
    const story = oneArticleStory('cup', 'Cup', body);
    const seen: ObservedCandidate[][] = [];
    observeExtraction({ candidates: (c) => seen.push(c) });
    try {
      answerQuestion(story, 'Where is the Harbour Cup played?');
    } finally {
      observeExtraction(undefined);
    }
    const on = (text: string) => seen.flat().find((c) => c.text === text)?.features[CANDIDATE_FEATURES.indexOf('describesNoun')];
    expect(on('Tarsk')).toBe(1);
    expect(on('Ostwick')).toBe(0);
  });
});
