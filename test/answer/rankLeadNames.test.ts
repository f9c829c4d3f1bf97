import { afterEach, describe, expect, it } from 'vitest';
import { RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { buildStory } from '../../src/story/buildStory.js';
import { termsOf } from '../../src/search/terms.js';
import type { Story } from '../../src/story/story.js';
import { queryOf } from './rankQuery.js';

/**
 * Invented article: a lead naming a mill's founder, a paragraph on something else, then a paragraph on the mill that
 * names no one. Filler paragraphs make the story longer than the ranker's candidates (the names count only in such a
 * story).
 */
const FILLER = Array.from({ length: 45 }, (_, i) => `Gull number ${i + 1} rested on the quay at dawn.`).join('\n\n');
const storyOf = (body: string, title = 'Weir news'): Story =>
  buildStory([{ id: 'mill', title, titleGiven: true, file: 'mill.md', body: `${body}\n\n${FILLER}` }], body);
const weights = RANKING as { leadNames: number; titleNames: number };
const was = { lead: RANKING.leadNames, title: RANKING.titleNames };
afterEach(() => {
  weights.leadNames = was.lead;
  weights.titleNames = was.title;
});

const asked = { ...queryOf('When did Ada Vell move the mill?'), kind: 'date' as const, subject: termsOf('Ada Vell') };
/** The candidate opening with `opening`, with the rules at these weights. */
function rankedOf(story: Story, opening: string, lead: number, title: number) {
  weights.leadNames = lead;
  weights.titleNames = title;
  const found = rankSentences(story, asked).find((r) => r.sentence.text.startsWith(opening));
  if (!found) throw new Error(`no candidate opens with ${opening}`);
  return found;
}
const LEAD = 'Ada Vell founded the Tarrow mill beside the weir.\n\nTrade on the river grew through the decade.';

describe("the article's lead and title names in coverage (RANKING.leadNames, RANKING.titleNames)", () => {
  it('counts a name the sentence lacks that its article opens with, paragraphs before', () => {
    const story = storyOf(`${LEAD}\n\nIn 1881 the mill moved upstream to Brisk.`);
    expect(rankedOf(story, 'In 1881', 0.3, 0).score).toBeGreaterThan(rankedOf(story, 'In 1881', 0, 0).score);
  });
  it("counts a name the sentence lacks that its article's title writes", () => {
    const story = storyOf(
      'Trade on the river grew through the decade.\n\nIn 1881 the mill moved upstream to Brisk.',
      'Ada Vell and her mill',
    );
    expect(rankedOf(story, 'In 1881', 0, 0.3).score).toBeGreaterThan(rankedOf(story, 'In 1881', 0, 0).score);
  });
  it('counts none for a sentence opening with a name of its own', () => {
    const story = storyOf(`${LEAD}\n\nNell Ross moved the mill upstream in 1881.`, 'Ada Vell and her mill');
    expect(rankedOf(story, 'Nell Ross', 0.3, 0.3).score).toBe(rankedOf(story, 'Nell Ross', 0, 0).score);
  });
  it('lends what it adds, so the score without it is the score without the rules', () => {
    const story = storyOf(`${LEAD}\n\nIn 1881 the mill moved upstream to Brisk.`);
    const lending = rankedOf(story, 'In 1881', 0.3, 0);
    expect(lending.lent).toBeGreaterThan(0);
    expect(lending.score - lending.lent!).toBeCloseTo(rankedOf(story, 'In 1881', 0, 0).score, 12);
    expect(lending.coverage).toBe(rankedOf(story, 'In 1881', 0, 0).coverage);
  });
});
