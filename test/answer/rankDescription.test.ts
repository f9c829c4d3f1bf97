import { describe, expect, it } from 'vitest';
import { abbreviationAsked, spellsOut } from '../../src/answer/acronym.js';
import { definedThing, describesThing, thingPattern } from '../../src/answer/defineThing.js';
import { rankSentences } from '../../src/answer/rankSentences.js';
import { buildStory } from '../../src/story/buildStory.js';
import { queryOf } from './rankQuery.js';

/** Invented sentences naming a "tidewell", only the second of them saying what one is. */
const story = buildStory(
  [
    {
      id: 'named',
      title: 'Harbour',
      titleGiven: true,
      file: 'named.md',
      body: 'Visitors to the harbour walked past the tidewell near the quay on the way to the market.',
    },
    {
      id: 'described',
      title: 'Harbour',
      titleGiven: true,
      file: 'described.md',
      body: 'A tidewell is a stone basin that fills at high water.',
    },
  ],
  'rank-description-fixture',
);

describe('a description for a "What is X?" question', () => {
  it('reads a sentence as describing X the ways the answer is read', () => {
    const named = thingPattern('tidewell');
    const sentence = (id: string) => story.sentences.find((s) => s.articleId === id)!;
    expect(describesThing(sentence('described'), named)).toBe(true);
    expect(describesThing(sentence('named'), named)).toBe(false);
  });

  it('gives the sentence describing X the answer-type bonus', () => {
    const question = 'What is a tidewell?';
    const asked = { ...queryOf(question), define: definedThing(question)! };
    const ranked = rankSentences(story, asked);
    const plain = rankSentences(story, queryOf(question));
    const score = (list: typeof ranked, id: string) => list.find((r) => r.sentence.articleId === id)!.score;
    expect(score(ranked, 'described')).toBeGreaterThan(score(plain, 'described'));
    expect(score(ranked, 'named')).toBeCloseTo(score(plain, 'named'), 9);
    expect(ranked[0]!.sentence.articleId).toBe('described');
  });
});

/** Invented sentences writing an abbreviation, only the second spelling it out. */
const spelled = buildStory(
  [
    {
      id: 'written',
      title: 'Rail',
      titleGiven: true,
      file: 'written.md',
      body: 'Tickets for the ABR line went on sale at the station on Monday morning.',
    },
    { id: 'spelled', title: 'Rail', titleGiven: true, file: 'spelled.md', body: 'The Alder Bay Railway (ABR) opened its line.' },
  ],
  'rank-expansion-fixture',
);

describe('a spelling out for a "What does X stand for?" question', () => {
  it('reads a sentence as spelling the abbreviation out', () => {
    expect(abbreviationAsked('What does ABR stand for?')).toBe('ABR');
    expect(spellsOut('The Alder Bay Railway (ABR) opened its line.', 'ABR')).toBe(true);
    expect(spellsOut('Tickets for the ABR line went on sale.', 'ABR')).toBe(false);
  });

  it('gives the sentence spelling it out the answer-type bonus', () => {
    const question = 'What does ABR stand for?';
    const asked = { ...queryOf(question), expands: abbreviationAsked(question)! };
    const ranked = rankSentences(spelled, asked);
    const plain = rankSentences(spelled, queryOf(question));
    const score = (list: typeof ranked, id: string) => list.find((r) => r.sentence.articleId === id)!.score;
    expect(score(ranked, 'spelled')).toBeGreaterThan(score(plain, 'spelled'));
    expect(score(ranked, 'written')).toBeCloseTo(score(plain, 'written'), 9);
  });
});
