import { beforeAll, describe, expect, it } from 'vitest';
import { corpusHash, loadCorpus } from '../../src/corpus/loadCorpus.js';
import { searchSentences } from '../../src/search/sentenceIndex.js';
import { termOf, termsOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

let story: Story;
beforeAll(async () => {
  const { articles } = await loadCorpus('corpus');
  story = buildStory(articles, corpusHash(articles));
});

describe('searchSentences', () => {
  it('returns the same ids, order and scores as MiniSearch.search, top 40', () => {
    // Questions made of words from sentences spread over the story: common and rare terms, the first two to six words of each.
    const questions = [3, 41, 97, 150].map((i) =>
      story.sentences[i]!.text.split(/\s+/)
        .slice(0, 2 + (i % 5))
        .join(' '),
    );
    for (const q of questions) {
      const terms = [...new Set(termsOf(q))];
      const ours = searchSentences(story.index, terms, { limit: 40 });
      const theirs = story.index.search(terms.join(' '), { tokenize: (s) => s.split(' '), processTerm: (t) => t }).slice(0, 40);
      expect(ours.map((h) => h.id)).toEqual(theirs.map((h) => h.id));
      ours.forEach((h, i) => expect(h.score).toBeCloseTo(theirs[i]!.score, 6));
    }
  });
});

describe('index terms', () => {
  it('fold irregular verbs, demonyms and hyphenated words onto the terms questions use', () => {
    expect(termOf('wrote')).toBe(termOf('write'));
    expect(termOf('began')).toBe(termOf('begin'));
    expect(termOf('Norwegian')).toBe(termOf('Norway'));
    expect(termsOf('son-in-law')).toEqual(expect.arrayContaining([termOf('son'), termOf('law')]));
    expect(termOf('the')).toBeNull();
  });
});
