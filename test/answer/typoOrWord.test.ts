import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { mistakesWordForName } from '../../src/answer/typos.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented inn report: a name one edit from an English word ("Marsha" / "marsh") and that word's synonym ("fen"). */
const story = oneArticleStory(
  'inn',
  'Inn week',
  [
    'On Monday Marsha Renn opened the inn by the river.',
    'That week Marsha Renn crossed the bridge twice.',
    'A guest crossed the fen at night.',
  ].join(' '),
);

describe('mistakesWordForName', () => {
  it('holds for a lower-case English word one edit from a name of the story', () => {
    expect(mistakesWordForName(story, 'marsh', 'marsha')).toBe(true);
  });
  it('does not hold for a word written with a capital or for a misspelling', () => {
    expect(mistakesWordForName(story, 'Marsh', 'marsha')).toBe(false);
    expect(mistakesWordForName(story, 'marhsa', 'marsha')).toBe(false);
  });
});

describe('a lower-case English word the story never writes', () => {
  it('is not read as a look-alike name: its synonym’s sentence outranks the name’s sentence holding no question word', () => {
    const texts = answerQuestion(story, 'Who crossed the marsh?').excerpts.map((e) => e.text);
    const synonym = texts.findIndex((t) => / fen /.test(t));
    const nameOnly = texts.findIndex((t) => /^On Monday/.test(t));
    expect(synonym).toBeGreaterThanOrEqual(0);
    expect(nameOnly < 0 || synonym < nameOnly).toBe(true);
  });
  it('still mends a misspelt name written in capitals', () => {
    const answer = answerQuestion(story, 'When did Marhsa Renn open the inn?');
    expect(answer.excerpts[0]?.text).toMatch(/^On Monday Marsha Renn opened/);
  });
});
