import { describe, expect, it } from 'vitest';
import { adverbInPhrase } from '../../src/answer/adverbInPhrase.js';
import { phraseChunks } from '../../src/answer/mentions.js';
import { plainQuery } from '../fixtures/plainQuery.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { taggedTokens } from '../fixtures/taggedTokens.js';

describe('adverbInPhrase', () => {
  it('reads a describing word tagged as an adverb after an article, before an adjective or a noun, into the phrase', () => {
    expect(adverbInPhrase(taggedTokens('the/DET first/ADV major/ADJ thaw/NOUN'), 1)).toBe(true);
    expect(adverbInPhrase(taggedTokens('a/DET rather/ADV dull/ADJ coat/NOUN'), 1)).toBe(false);
  });

  it('leaves out a word grading a comparative, which it measures rather than the noun', () => {
    expect(adverbInPhrase(taggedTokens('a/DET little/ADV higher/ADJ ground/NOUN'), 1)).toBe(false);
    expect(adverbInPhrase(taggedTokens('a/DET little/ADV grey/ADJ cat/NOUN'), 1)).toBe(true);
  });
});

describe('phraseChunks with a describing word read as an adverb', () => {
  it('offers the phrase with its ordinal', () => {
    const story = oneArticleStory('a', 'Thaw', 'It was the first major thaw in the Brell valley.');
    const chunks = phraseChunks(story.sentences[0]!, plainQuery('What was it?')).map((m) => m.text);
    expect(chunks).toContain('first major thaw');
  });
});
