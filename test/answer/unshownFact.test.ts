import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { corroborate } from '../../src/answer/corroborate.js';
import { rankSentences } from '../../src/answer/rankSentences.js';
import { unshownFact } from '../../src/answer/unshownFact.js';
import { buildStory } from '../../src/story/buildStory.js';
import { termsOf } from '../../src/search/terms.js';

// An invented story of a river town that mentions a thing it never says what it is and says what others are in
// passing; it counts lamplighters nowhere, ferrymen in words and benches by a figure.
const story = buildStory(
  [
    {
      id: 'river',
      title: 'River town',
      titleGiven: true,
      file: 'river.md',
      published: '2031-03-02',
      body:
        "Volunteers scrubbed the quillet's iron rim on Saturday. Lamplighters walked the towpath at dusk.\n\n" +
        'The guild kept a few ferrymen through the flood. The oldest stone on the bank is a fenmark.\n\n' +
        "The meeting was held in a former granary, 'The Tarn Lodge', near the weir. The weir has been patched for decades.\n\n" +
        'A usual mooring is to tie up at the east wall. Small reed mats, called wisps, line the slipway. Boatmen plan crossings ' +
        "on old charts (the 'drift sheets'). The ferry carries 12 passenger benches.",
    },
  ],
  'unshown-fact-fixture',
);

/** What unshownFact says of a question over the excerpts ranked for it. */
const factOf = (question: string, kind: 'other' | 'number' | 'duration', define?: string) =>
  unshownFact(
    question,
    define,
    corroborate(
      rankSentences(story, { terms: termsOf(question), kind, text: question.toLowerCase(), types: [], fallback: [], role: 'any' }),
    ),
  );

describe('unshownFact', () => {
  it('finds no description of a thing the excerpts only mention', () => {
    expect(factOf('What is a quillet?', 'other', 'quillet')).toBe('definition');
  });
  it('reads a thing as described when a copula has it as its complement or commas set it after a noun as its name', () => {
    expect(factOf('What is a fenmark?', 'other', 'fenmark')).toBeUndefined();
    expect(factOf('What is the Tarn Lodge?', 'other', 'Tarn Lodge')).toBeUndefined();
  });
  it('reads a thing as described when it opens a copula, is named by "called", or in brackets', () => {
    expect(factOf('What is a usual mooring?', 'other', 'usual mooring')).toBeUndefined();
    expect(factOf('What are wisps?', 'other', 'wisps')).toBeUndefined();
    expect(factOf('What are drift sheets?', 'other', 'drift sheets')).toBeUndefined();
  });
  it('finds no figure for a count the excerpts do not give, and reads an amount or a stretch of time in words as one', () => {
    expect(factOf('How many lamplighters walked?', 'number')).toBe('figure');
    expect(factOf('How many ferrymen did the guild keep?', 'number')).toBeUndefined();
    expect(factOf('How long has the weir been patched?', 'duration')).toBeUndefined();
    expect(factOf('How many benches does the ferry carry?', 'number')).toBeUndefined();
  });
  it('finds no age where the excerpts write none in any form', () => {
    expect(factOf('How old are the lamplighters?', 'number')).toBe('figure');
  });
  it('leaves other questions alone', () => {
    expect(factOf('Who walked the towpath?', 'other')).toBeUndefined();
  });
});

describe('a question for what a thing is or a figure, with no short answer', () => {
  it('is not covered when the excerpts only mention the thing, though they are still shown', () => {
    const answer = answerQuestion(story, 'What is a quillet?');
    expect(answer.covered).toBe(false);
    expect(answer.excerpts[0]?.text).toContain('quillet');
  });
  it('is not covered when no excerpt gives the count', () => {
    expect(answerQuestion(story, 'How many lamplighters walked the towpath?').covered).toBe(false);
  });
});
