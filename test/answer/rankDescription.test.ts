import { describe, expect, it } from 'vitest';
import { abbreviationAsked, spellsOut } from '../../src/answer/acronym.js';
import { definedThing, describesThing, thingPattern } from '../../src/answer/defineThing.js';
import { type PreparedQuery, type RankedSentence, rankSentences } from '../../src/answer/rankSentences.js';
import type { Story } from '../../src/story/story.js';
import { buildStory } from '../../src/story/buildStory.js';
import { queryOf } from './rankQuery.js';

/** The story's ranking for the question with the asked field set and without it. */
function rankedBoth(on: Story, question: string, field: Pick<PreparedQuery, 'define' | 'expands'>) {
  return { asked: rankSentences(on, { ...queryOf(question), ...field }), plain: rankSentences(on, queryOf(question)) };
}

/** The score of the article's sentence in a ranking. */
const scoreOf = (ranked: readonly RankedSentence[], articleId: string) => ranked.find((r) => r.sentence.articleId === articleId)!.score;

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

  it('shares one pattern of X, read again with the same result', () => {
    const named = thingPattern('tidewell');
    expect(thingPattern('tidewell')).toBe(named);
    expect(thingPattern('tide basin')).not.toBe(named);
    const described = story.sentences.find((s) => s.articleId === 'described')!;
    expect(describesThing(described, named)).toBe(true);
    expect(describesThing(described, thingPattern('tidewell'))).toBe(true);
  });

  it('gives the sentence describing X the answer-type bonus', () => {
    const question = 'What is a tidewell?';
    const { asked, plain } = rankedBoth(story, question, { define: definedThing(question)! });
    expect(scoreOf(asked, 'described')).toBeGreaterThan(scoreOf(plain, 'described'));
    expect(scoreOf(asked, 'named')).toBeCloseTo(scoreOf(plain, 'named'), 9);
    expect(asked[0]!.sentence.articleId).toBe('described');
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
    const { asked, plain } = rankedBoth(spelled, question, { expands: abbreviationAsked(question)! });
    expect(scoreOf(asked, 'spelled')).toBeGreaterThan(scoreOf(plain, 'spelled'));
    expect(scoreOf(asked, 'written')).toBeCloseTo(scoreOf(plain, 'written'), 9);
  });
});
