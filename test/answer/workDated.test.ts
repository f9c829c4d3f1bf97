import { describe, expect, it } from 'vitest';
import { workDated } from '../../src/answer/workDated.js';
import type { StorySentence } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: one sentence with a date before the noun it describes, or a date of a deed. */
function sentenceOf(body: string): StorySentence {
  return oneArticleStory('one', 'One', body).sentences.at(-1)!;
}

describe('workDated', () => {
  it('holds for a date before the noun of a work the question does not name', () => {
    const cases: [string, string][] = [
      ['Her 2031 report on the Tolly mill found it in good repair.', '2031'],
      ["Ada Vell's March 2031 letter to the guild spoke of the Tolly mill.", 'March 2031'],
      ['The 2031 Fort Mirela Treaty named the Tolly mill as a border post.', '2031'],
    ];
    for (const [body, date] of cases) expect(workDated('When did the Tolly mill close?', sentenceOf(body), date)).toBe(true);
  });

  it('fails when the question names the work, its relative or its title', () => {
    const s = sentenceOf('Her 2031 report on the Tolly mill found it in good repair.');
    expect(workDated('When did Ada Vell write her report on the mill?', s, '2031')).toBe(false);
    expect(workDated('When was the mill reported to be in good repair?', s, '2031')).toBe(false);
    const titled = sentenceOf('Orla Tellin wrote the 2031 hymn "Lanterns of Velmia" for the guild.');
    expect(workDated('When did Orla Tellin write Lanterns of Velmia?', titled, '2031')).toBe(false);
    const told = sentenceOf("The guild's 2031 announcement of the closure of the Tolly mill surprised the town.");
    expect(workDated('When did the Tolly mill close?', told, '2031')).toBe(false);
    expect(workDated('When was the Tolly mill sold?', told, '2031')).toBe(true);
  });

  it('fails for a date of a span or an event, and for a date a verb is told at', () => {
    expect(workDated('When did the Tolly mill close?', sentenceOf('The mill closed during the 2031 season.'), '2031')).toBe(false);
    expect(workDated('When did the Tolly mill close?', sentenceOf('The 2031 flood closed the Tolly mill.'), '2031')).toBe(false);
    expect(workDated('When did the Tolly mill close?', sentenceOf('In 2031 the guild report named the mill.'), '2031')).toBe(false);
  });
});
