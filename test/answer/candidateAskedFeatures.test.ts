import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { CANDIDATE_FEATURES } from '../../src/answer/candidateModel.js';
import { observeCandidates, type ObservedCandidate } from '../../src/answer/extractAnswer.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented sentences: a noun a which-question asks about with a word describing it, and a list of names. */
const statue = oneArticleStory('statue', 'Statue', 'The old statue stands at the east end of the park.');
const club = oneArticleStory('club', 'Club', 'The rowing club signed Ana Ruiz, Bea Holm and Cara Diaz on Monday.');

/** The candidates the extractor weighs for a question, with their features. */
function candidatesFor(story: ReturnType<typeof oneArticleStory>, question: string): ObservedCandidate[] {
  let seen: ObservedCandidate[] | undefined;
  observeCandidates((c) => {
    seen ??= c;
  });
  try {
    traceAnswer(story, question, { command: 'ask', limit: 1 });
  } finally {
    observeCandidates(undefined);
  }
  return seen ?? [];
}

const feature = (list: ObservedCandidate[], text: string, name: string) =>
  list.find((c) => c.text === text)?.features[CANDIDATE_FEATURES.indexOf(name)];

describe('candidate features of what the question asks for', () => {
  it('marks the words describing the focus noun, and no other candidate', () => {
    const list = candidatesFor(statue, 'Which end of the park does the statue stand at?');
    expect(feature(list, 'east', 'focusModifier')).toBe(1);
    expect(list.filter((c) => c.text !== 'east').every((c) => c.features[CANDIDATE_FEATURES.indexOf('focusModifier')] === 0)).toBe(true);
  });

  it('marks a list where the question asks for one thing, not where it asks for several', () => {
    const list = 'Ana Ruiz, Bea Holm and Cara Diaz';
    expect(feature(candidatesFor(club, 'Which rower did the rowing club sign on Monday?'), list, 'listForOne')).toBe(1);
    expect(feature(candidatesFor(club, 'Which rower did the rowing club sign on Monday?'), 'Bea Holm', 'listForOne')).toBe(0);
    expect(feature(candidatesFor(club, 'Which rowers did the rowing club sign on Monday?'), list, 'listForOne')).toBe(0);
  });
});
