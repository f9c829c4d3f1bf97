import { afterEach, describe, expect, it } from 'vitest';
import { leadsWithVerb, questionVerbTerm } from '../../src/answer/questionVerb.js';
import { RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { tagSentence } from '../../src/nlp/entities.js';
import { termOf } from '../../src/search/terms.js';
import { glanceAt } from '../../src/story/columns.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { queryOf } from './rankQuery.js';
import { unkeptSentences } from '../fixtures/unkeptTokens.js';

const sentenceOf = (text: string) => ({ tokens: tagSentence(text).tokens }) as Parameters<typeof leadsWithVerb>[0];

describe("the question's first verb", () => {
  it('is the first word tagged a verb, as an index term; none when only auxiliaries stand', () => {
    expect(questionVerbTerm('Who founded the Tarrow mill in 1881?')).toBe(termOf('founded'));
    expect(questionVerbTerm('Who sailed the ferry to Ostwick?')).toBe('sail');
    expect(questionVerbTerm('What is the Tarrow mill?')).toBeNull();
  });

  it("is read against a sentence's first verb only", () => {
    expect(leadsWithVerb(sentenceOf('The mill moved to Brisk in 1881.'), 'move')).toBe(true);
    expect(leadsWithVerb(sentenceOf('Ada Vell sold the mill in 1890, and it moved to Brisk.'), 'move')).toBe(false);
    expect(leadsWithVerb(sentenceOf('A mill at Brisk.'), 'move')).toBe(false);
  });

  it('reads a sentence its story does not keep the tokens of from the story’s columns, no token list made', () => {
    const texts = ['The mill moved to Brisk in 1881.', 'Ada Vell sold the mill in 1890, and it moved to Brisk.', 'A mill at Brisk.'];
    const { rows, lists, made } = unkeptSentences(texts);
    const read = rows.map((row) => leadsWithVerb(row as unknown as Parameters<typeof leadsWithVerb>[0], 'move'));
    expect(made()).toBe(0);
    expect(read).toEqual([true, false, false]);
    expect(read).toEqual(lists.map((tokens) => leadsWithVerb({ tokens } as Parameters<typeof leadsWithVerb>[0], 'move')));
  });

  it('finds no glance on a sentence whose tokens are a plain value', () => {
    expect(glanceAt({ tokens: [] }, 'tokens')).toBeUndefined();
    expect(glanceAt({}, 'tokens')).toBeUndefined();
  });
});

describe('the ranker and the first verb', () => {
  const weights = RANKING as { mainVerb: number };
  const saved = { ...weights };
  afterEach(() => Object.assign(weights, saved));

  const story = oneArticleStory(
    'mill',
    'Tarrow mill',
    'The Tarrow mill moved to Brisk in 1881. Ada Vell bought the Tarrow mill in 1890 after it moved to Brisk. Bakers sold bread at the market.',
  );
  const question = { ...queryOf('When did the Tarrow mill move to Brisk?'), verb: 'move' };
  const scoreOf = (pattern: RegExp, verb = true) =>
    rankSentences(story, verb ? question : queryOf('When did the Tarrow mill move to Brisk?')).find((r) => pattern.test(r.sentence.text))!
      .score;

  it('lifts a sentence whose first verb is the question’s, by RANKING.mainVerb, and not one telling it later', () => {
    const leading = scoreOf(/^The Tarrow mill moved/);
    const later = scoreOf(/^Ada Vell bought/);
    // The sentence holds every question word: its coverage is 1, and the bonus the whole weight.
    expect(leading - scoreOf(/^The Tarrow mill moved/, false)).toBeCloseTo(RANKING.mainVerb, 9);
    expect(later).toBeCloseTo(scoreOf(/^Ada Vell bought/, false), 9);
    weights.mainVerb = 0;
    expect(scoreOf(/^The Tarrow mill moved/)).toBeCloseTo(leading - saved.mainVerb, 9);
  });

  it('lifts a sentence holding little else of the question by little: the bonus goes with its coverage squared', () => {
    const thin = oneArticleStory('mill', 'Tarrow mill', 'It moved in 1881. Bakers sold bread at the market in Brisk.');
    const gain =
      rankSentences(thin, question)[0]!.score - rankSentences(thin, queryOf('When did the Tarrow mill move to Brisk?'))[0]!.score;
    expect(gain).toBeGreaterThan(0);
    expect(gain).toBeLessThan(RANKING.mainVerb / 4);
  });
});
