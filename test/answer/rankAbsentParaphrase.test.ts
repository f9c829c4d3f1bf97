import { afterEach, describe, expect, it } from 'vitest';
import { RANKING, rankSentences } from '../../src/answer/rankSentences.js';
import { queryOf } from './rankQuery.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented sentences on other things, so that the story holds more sentences than the ranker's candidates. */
const FILLER = Array.from({ length: 45 }, (_, i) => `Market stall ${i + 1} sold fresh bread.`);

/**
 * An invented debate report: the question's verb ("yelled") is never written, its WordNet synonym ("shouted") is.
 * With `filler` it is larger than the candidate pool.
 */
const report = (filler: readonly string[]) =>
  oneArticleStory(
    'debate',
    'Debate final',
    [
      'After the vote Ada Brand thanked the society.',
      'Mara Quill spoke badly in the second round.',
      'Mara Quill lost the second round after a long reply.',
      'The chair checked the clock twice.',
      'A power cut held up the debate for an hour.',
      'A guest shouted from the gallery before the last vote.',
      'The society sold out its seats for the final.',
      'The winner took home a steel blade engraved with the date.',
      ...filler,
    ].join(' '),
  );
const story = report(FILLER);
const small = report([]);

const weights = RANKING as { absentParaphrase: number };
const saved = { ...weights };
afterEach(() => Object.assign(weights, saved));

const texts = (question: string, inStory = story) => rankSentences(inStory, queryOf(question)).map((r) => r.sentence.text);

describe('searching the story’s words for a question word it never writes', () => {
  const question = 'Who yelled at Quill in the second round?';
  it('finds the sentence that says it with a synonym', () => {
    expect(texts(question).some((t) => /shouted/.test(t))).toBe(true);
  });
  it('is what finds it: without the relatives searched, that sentence is no candidate', () => {
    weights.absentParaphrase = 0;
    expect(texts(question).some((t) => /shouted/.test(t))).toBe(false);
  });
  it('searches none in a story no larger than the candidates', () => {
    expect(texts(question, small).some((t) => /shouted/.test(t))).toBe(false);
  });
  it('searches no relatives of a word the story writes', () => {
    const before = texts('Who spoke in the second round?');
    weights.absentParaphrase = 0;
    expect(texts('Who spoke in the second round?')).toEqual(before);
  });
});

describe('the relatives searched for a word the story never writes', () => {
  it('leave out a word the story writes only as a name', () => {
    const found = texts('What did the winner take home, a sword?');
    expect(found.some((t) => /steel blade/.test(t))).toBe(true);
    expect(found.some((t) => /Ada Brand/.test(t))).toBe(false);
  });
});
