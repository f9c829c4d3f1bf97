import { afterEach, describe, expect, it } from 'vitest';
import { RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { buildStory } from '../../src/story/buildStory.js';
import { queryOf } from './rankQuery.js';

/** Invented sentences on other things, so that the story holds more sentences than the ranker's candidates. */
const FILLER = Array.from({ length: 45 }, (_, i) => `Market stall ${i + 1} sold fresh bread.`);

/** An invented harbour report: the question's abbreviation ("HM") is never written, its words are, once. */
const story = buildStory(
  [
    {
      id: 'harbour',
      title: 'Ferry held at the quay',
      titleGiven: true,
      file: 'harbour.md',
      body: [
        'The night ferry to Orrin Isle waited at the quay with its engines running.',
        'Gulls circled the ferry while the crew called the passengers aboard.',
        'The recall came from several port officials, including Harbour Master Nils Orte.',
        'Passengers waited in the hall until dawn.',
        ...FILLER,
      ].join(' '),
    },
  ],
  'rank-spelled-abbreviation-fixture',
);

const weights = RANKING as { spelledAbbreviation: boolean };
const saved = { ...weights };
afterEach(() => Object.assign(weights, saved));

const first = (question: string) => rankSentences(story, queryOf(question))[0]?.sentence.text;

describe('a question word the story never writes, spelt out in capitalised words', () => {
  const question = 'Which HM called the ferry back?';
  it('puts first the sentence naming the spelt-out words', () => {
    expect(first(question)).toMatch(/Harbour Master/);
  });
  it('is what puts it first: without it, a sentence holding the other words comes first', () => {
    weights.spelledAbbreviation = false;
    expect(first(question)).not.toMatch(/Harbour Master/);
  });
  it('leaves a question whose short words the story writes as it was', () => {
    const before = rankSentences(story, queryOf('Which crew called the ferry back?'));
    weights.spelledAbbreviation = false;
    expect(rankSentences(story, queryOf('Which crew called the ferry back?'))).toEqual(before);
  });
});
