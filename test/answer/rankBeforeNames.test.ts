import { afterEach, describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import { RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { termsOf } from '../../src/search/terms.js';
import type { Story } from '../../src/story/story.js';
import { queryOf } from './rankQuery.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/**
 * Invented paragraphs: a mill's founder named once, then a sentence on the mill that names no one, one that opens with
 * another person's name, and one set in a paragraph of its own. Filler paragraphs make the story longer than the
 * ranker's candidates (the names count only in such a story).
 */
const FILLER = Array.from({ length: 45 }, (_, i) => `Gull number ${i + 1} rested on the quay at dawn.`).join('\n\n');
const storyOf = (body: string): Story => oneArticleStory('mill', 'Weir news', `${body}\n\n${FILLER}`);
const weights = RANKING as { beforeNames: number };
const was = RANKING.beforeNames;
afterEach(() => {
  weights.beforeNames = was;
});

const question = 'When did Ada Vell move the mill?';
const asked = { ...queryOf(question), kind: 'date' as const, subject: termsOf('Ada Vell') };
/** The score of the sentence opening with `opening`, with the rule at `weight`. */
function scoreOf(story: Story, opening: string, weight: number): number {
  weights.beforeNames = weight;
  const found = rankSentences(story, asked).find((r) => r.sentence.text.startsWith(opening));
  if (!found) throw new Error(`no candidate opens with ${opening}`);
  return found.score;
}

describe('the names of the sentence before in coverage (RANKING.beforeNames)', () => {
  it('counts a name the sentence lacks that the one before it in its paragraph writes', () => {
    const story = storyOf('Ada Vell founded the Tarrow mill beside the weir. In 1881 the mill moved upstream to Brisk.');
    expect(scoreOf(story, 'In 1881', 0.5)).toBeGreaterThan(scoreOf(story, 'In 1881', 0));
  });
  it('counts none for a sentence opening with a name of its own', () => {
    const story = storyOf('Ada Vell founded the Tarrow mill beside the weir. Nell Ross moved the mill upstream in 1881.');
    expect(scoreOf(story, 'Nell Ross', 0.5)).toBe(scoreOf(story, 'Nell Ross', 0));
  });
  it('counts none from the sentence before across a paragraph break', () => {
    const story = storyOf('Ada Vell founded the Tarrow mill beside the weir.\n\nIn 1881 the mill moved upstream to Brisk.');
    expect(scoreOf(story, 'In 1881', 0.5)).toBe(scoreOf(story, 'In 1881', 0));
  });
  it('leaves the coverage reported for "not covered" as it was', () => {
    const story = storyOf('Ada Vell founded the Tarrow mill beside the weir. In 1881 the mill moved upstream to Brisk.');
    const coverage = (weight: number) => {
      weights.beforeNames = weight;
      return rankSentences(story, asked).find((r) => r.sentence.text.startsWith('In 1881'))!.coverage;
    };
    expect(coverage(0.5)).toBe(coverage(0));
  });
  it('marks what it lends, so the score without it is the score without the rule', () => {
    const story = storyOf('Ada Vell founded the Tarrow mill beside the weir. In 1881 the mill moved upstream to Brisk.');
    const ranked = (weight: number) => {
      weights.beforeNames = weight;
      return rankSentences(story, asked).find((r) => r.sentence.text.startsWith('In 1881'))!;
    };
    const lent = ranked(0.5);
    expect(lent.lent).toBeGreaterThan(0);
    expect(lent.score - lent.lent!).toBeCloseTo(ranked(0).score, 12);
    expect(ranked(0).lent).toBe(0);
  });
  it("gives the refusal's gates the best excerpt's score without what it lends", () => {
    const story = storyOf('Ada Vell founded the Tarrow mill beside the weir. In 1881 the mill moved upstream to Brisk.');
    const traced = (weight: number) => {
      weights.beforeNames = weight;
      return traceAnswer(story, question);
    };
    const lending = traced(0.5);
    expect(lending.ranked[0]!.sentence.text).toMatch(/^In 1881/);
    expect(lending.ranked[0]!.lent).toBeGreaterThan(0);
    expect(lending.coverage!.bestScore).toBeCloseTo(traced(0).coverage!.bestScore, 12);
  });
});
