import { describe, expect, it } from 'vitest';
import { namesPost } from '../../src/answer/personPhrases.js';
import { questionFrame } from '../../src/answer/questionFrame.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: a player named with her team and her post before her name. */
const CUP_BODY =
  'The harbour cup final ended late on Sunday. ' +
  'Harbour City goalkeeper Ada Vell saved two penalties in the shoot-out. ' +
  'The fans stayed on the pitch for an hour.';

/** Invented: the post told in an apposition after the name, beside a figure and the team's name. */
const SEASON_BODY =
  'The harbour league season closed on Sunday. ' +
  'With Ada Vell, the striker, the Harbour Rovers won 14 of their 20 games at the Quay Ground. ' +
  'The club sold out every home game.';

const story = oneArticleStory('cup', 'Cup', CUP_BODY);
const apposed = oneArticleStory('season', 'Season', SEASON_BODY);

const ask = askShort(story);

describe("a question on someone's post", () => {
  it('wants a common noun phrase, though WordNet files "position" and "post" as places first', () => {
    expect(questionFrame('ask', 'What position does Vell play?').types).toEqual([]);
    expect(questionFrame('ask', 'What post did Vell hold?').kind).toBe('other');
  });

  it('answers with the post alone, without the team before it or the name after it', () => {
    expect(ask('What position does Vell play?')).toBe('goalkeeper');
    expect(ask('What job does Vell have?')).toBe('goalkeeper');
  });

  it('takes a phrase ending in a common noun of a person over a name or a figure of the best excerpt', () => {
    const askApposed = askShort(apposed);
    expect(askApposed('What position does Vell play?')).toBe('striker');
    expect(askApposed("What was Vell's job?")).toBe('striker');
  });

  it('reads a post as a lower-case noun WordNet files as a person', () => {
    expect(namesPost('the veteran goalkeeper')).toBe(true);
    expect(namesPost('chief clerk')).toBe(true);
    expect(namesPost('14 goals')).toBe(false);
    expect(namesPost('Super')).toBe(false);
  });
});
