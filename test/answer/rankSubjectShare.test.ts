import { describe, expect, it } from 'vitest';
import { rankSentences } from '../../src/answer/rankSentences.js';
import { buildStory } from '../../src/story/buildStory.js';
import { termsOf } from '../../src/search/terms.js';
import { queryOf } from './rankQuery.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/**
 * An invented story: a paragraph names the mill's founder once and tells the move in its next sentence by "the mill";
 * another article tells another move of the founder's in her own name. Filler paragraphs make it longer than the
 * ranker's candidates (the share is taken only in such a story).
 */
const FILLER = Array.from({ length: 45 }, (_, i) => `Gull number ${i + 1} rested on the quay at dawn.`).join('\n\n');
const story = buildStory(
  [
    {
      id: 'mill',
      title: 'Weir news',
      titleGiven: true,
      file: 'mill.md',
      body: 'Ada Vell founded the Tarrow mill beside the weir. In 1881 the mill moved to Brisk, upstream.\n\nBarges carried grain down the river.',
    },
    {
      id: 'press',
      title: 'Print news',
      titleGiven: true,
      file: 'press.md',
      body: `Ada Vell moved her printing works to Corran in 1874.\n\nThe works printed maps of the coast.\n\n${FILLER}`,
    },
  ],
  'rank-subject-share-fixture',
);
const question = 'When did Ada Vell move the mill?';
const asked = { ...queryOf(question), kind: 'date' as const };
const first = (subject?: readonly string[]) => rankSentences(story, subject ? { ...asked, subject } : asked)[0]!.sentence.text;

describe('a sentence whose subject the sentence before names (RANKING.subjectShare)', () => {
  it('ranks first the sentence telling the asked fact when the one before it in its paragraph names the subject', () => {
    expect(first(termsOf('Ada Vell'))).toMatch(/^In 1881 the mill moved/);
  });
  it('does nothing without the names the question asks by', () => {
    expect(first()).toMatch(/^Ada Vell founded/);
  });
  it('takes no share from the sentence before across a paragraph break', () => {
    const apart = oneArticleStory(
      'mill',
      'Weir news',
      `Ada Vell founded the Tarrow mill beside the weir.\n\nIn 1881 the mill moved to Brisk, upstream.\n\n${FILLER}`,
    );
    expect(rankSentences(apart, { ...asked, subject: termsOf('Ada Vell') })[0]!.sentence.text).toMatch(/^Ada Vell founded/);
  });
  it('takes no share in a story of no more sentences than the candidates', () => {
    const short = buildStory(
      [
        {
          id: 'mill',
          title: 'Weir news',
          titleGiven: true,
          file: 'mill.md',
          body: 'Ada Vell founded the Tarrow mill beside the weir. In 1881 the mill moved to Brisk, upstream.',
        },
        {
          id: 'press',
          title: 'Print news',
          titleGiven: true,
          file: 'press.md',
          body: 'Ada Vell moved her printing works to Corran in 1874.',
        },
      ],
      'rank-subject-share-short',
    );
    expect(rankSentences(short, { ...asked, subject: termsOf('Ada Vell') })[0]!.sentence.text).not.toMatch(/^In 1881/);
  });
  it('takes no share for a word the sentence before writes that the question does not ask by', () => {
    // "Tarrow" is named before, but it is no word of the question.
    expect(first(termsOf('Tarrow'))).toMatch(/^Ada Vell founded/);
  });
});
