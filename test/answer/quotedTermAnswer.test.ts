import { describe, expect, it } from 'vitest';
import { CANDIDATE_FEATURES } from '../../src/answer/candidateModel.js';
import { extractAnswer, observeExtraction, type ObservedCandidate } from '../../src/answer/extractAnswer.js';
import type { PreparedQuery } from '../../src/answer/rankSentences.js';
import type { Article } from '../../src/corpus/article.js';
import { termsOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';

/** Invented: the same sentence with a term between quotes and without them. */
const ARTICLES: Article[] = [
  {
    id: 'quoted',
    title: 'Pier',
    titleGiven: true,
    file: 'quoted.md',
    body: 'The ferry crews of Port Alder call the old pier "the long arm" now.',
  },
  {
    id: 'plain',
    title: 'Pier',
    titleGiven: true,
    file: 'plain.md',
    body: 'The ferry crews of Port Alder call the old pier the long arm now.',
  },
];

const story = buildStory(ARTICLES, 'quoted-term-fixture');

function query(text: string, kind: PreparedQuery['kind']): PreparedQuery {
  return { terms: [...new Set(termsOf(text))], kind, text: text.toLowerCase() };
}

/** The role the extractor gives the candidate holding `words` in each article's sentence, in the order of `ARTICLES`. */
function roles(question: PreparedQuery, words: string): number[] {
  const seen: ObservedCandidate[][] = [];
  observeExtraction({ candidates: (c) => seen.push(c) });
  try {
    for (const sentence of story.sentences) extractAnswer(story, [{ sentence, score: 1, coverage: 1, others: [] }], question);
  } finally {
    observeExtraction(undefined);
  }
  return seen.map((list) => list.find((c) => c.text.includes(words))!.features[CANDIDATE_FEATURES.indexOf('logRole')]!);
}

describe('a phrase between quotes', () => {
  it('weighs as the same words unquoted for a question that wants no name: a term or a title, not speech', () => {
    const [quoted, plain] = roles(query('What do the ferry crews call the old pier?', 'other'), 'long arm');
    expect(quoted).toBe(plain);
  });
});
