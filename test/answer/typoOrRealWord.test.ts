import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { mistakesWordForWord, sameWord } from '../../src/answer/typos.js';
import { termOf } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/**
 * An invented village report: English words one edit from words the question may use ("scare" / "score",
 * "berth" / "birth"), spellings and derivations WordNet relates ("colour" / "color", "suspension" / "suspend"), and a misspelt word's original.
 */
const story = oneArticleStory(
  'fair',
  'Village fair',
  [
    'A loose bull caused a scare in the market at Dunmarrow on Friday.',
    'The Dunmarrow team won the final against the Quarrel miners by three goals to one.',
    'The final drew a crowd of four hundred.',
    'Tickets for the final sold out by noon.',
    'On Saturday the ferry left its harbour berth at dawn.',
    'The flags were painted in the colour of the village.',
    'The council ordered a suspension of the horse races.',
  ].join(' '),
);

const terms = (question: string) =>
  question
    .split(' ')
    .map((w) => termOf(w))
    .filter((t) => t !== null);

describe('mistakesWordForWord', () => {
  it('holds for an English word mended to another English word the story writes', () => {
    expect(mistakesWordForWord(story, 'score', termOf('scare')!, terms('what was the score in the final'))).toBe(true);
  });
  it('does not hold for a word English only as an inflection WordNet does not list', () => {
    expect(mistakesWordForWord(story, 'scored', termOf('scare')!, terms('who scored in the final'))).toBe(false);
  });
  it('does not hold for a misspelling, which is no English word', () => {
    expect(mistakesWordForWord(story, 'scrae', termOf('scare')!, terms('who caused the scrae'))).toBe(false);
  });
  it('does not hold for spellings or derivations WordNet relates', () => {
    expect(mistakesWordForWord(story, 'color', termOf('colour')!, terms('what color were the flags'))).toBe(false);
    expect(mistakesWordForWord(story, 'suspend', termOf('suspension')!, terms('why did the council suspend the races'))).toBe(false);
  });
  it('does not hold where the story writes its word beside another word of the question', () => {
    expect(mistakesWordForWord(story, 'birth', termOf('berth')!, terms('which harbour birth did the ferry leave'))).toBe(false);
    expect(mistakesWordForWord(story, 'birth', termOf('berth')!, terms('which birth did the ferry use'))).toBe(true);
  });
});

describe('sameWord', () => {
  it('holds for two forms of one word and not for two words one letter apart', () => {
    expect(sameWord('scored', 'scores')).toBe(true);
    expect(sameWord('stopped', 'stop')).toBe(true);
    expect(sameWord('women', 'woman')).toBe(true);
    expect(sameWord('score', 'scare')).toBe(false);
  });
});

describe('an English word the story never writes', () => {
  it('is not read as the story’s look-alike word: a sentence of the question’s other word leads', () => {
    const answer = answerQuestion(story, 'What was the score in the final?');
    expect(answer.excerpts[0]?.text).toMatch(/final/);
    expect(answer.excerpts[0]?.text).not.toMatch(/scare/);
  });
});
