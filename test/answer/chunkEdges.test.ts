import { beforeAll, describe, expect, it } from 'vitest';
import { type FullQuery, phraseChunks } from '../../src/answer/mentions.js';
import { questionVerbTerm } from '../../src/answer/questionVerb.js';
import { termsOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

const QUESTION = 'What did the guild build?';

function query(withVerb: boolean): FullQuery {
  const verb = questionVerbTerm(QUESTION);
  return {
    text: QUESTION.toLowerCase(),
    terms: [...new Set(termsOf(QUESTION))],
    kind: 'other',
    types: [],
    fallback: [],
    role: 'any',
    counted: [],
    ...(withVerb && verb ? { verb } : {}),
  };
}

let story: Story;
beforeAll(() => {
  story = buildStory(
    [{ id: 'a', title: 'Guild', titleGiven: true, file: 'a.md', body: 'The guild finished the building of the stone quay in May.' }],
    'chunk-edges-fixture',
  );
});

describe('phraseChunks at the question verb', () => {
  it('offers no phrase that takes in the question’s verb and the words linking it', () => {
    const sentence = story.sentences[0]!;
    expect(questionVerbTerm(QUESTION)).not.toBeNull();
    const plain = phraseChunks(sentence, query(false)).map((m) => m.text);
    expect(plain).toContain('building of the stone quay');
    const asked = phraseChunks(sentence, query(true)).map((m) => m.text);
    expect(asked).toContain('stone quay');
    expect(asked).not.toContain('building of the stone quay');
    expect(asked.some((t) => /^of\b/.test(t))).toBe(false);
  });
});
