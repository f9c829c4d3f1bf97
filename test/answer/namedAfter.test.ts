import { describe, expect, it } from 'vitest';
import { namedAfter } from '../../src/answer/namedAfter.js';
import { askShort } from '../fixtures/askShort.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: river words of a made-up valley, each given after a naming word. */
const story = oneArticleStory(
  'valley',
  'Valley',
  'In the Orvane valley, barges that drift downstream without a pilot are known as free-runners by the lock keepers. ' +
    'The Orvane council called for a vote on the weir in 1871. ' +
    'In the old Tessic tongue of the Orvane valley, the slow water behind a weir is called the Stillmere by the millers. ' +
    'Ferrymen who work two rivers at once are known as a doubler among the valley crews. ' +
    'The new towpath was named after Ilsa Marrow. ' +
    'The low tide chart is known as the "drift stick map" among the pilots. ' +
    'The lock keepers named the long pole the drift hook.',
);
const ask = askShort(story);
const names = (i: number) => namedAfter(story.sentences[i]!).map((m) => m.text);

describe('namedAfter', () => {
  it('takes the name after a naming word whole, a hyphened word too, up to a preposition', () => {
    expect(names(0)).toEqual(['free-runners']);
    expect(names(2)).toEqual(['Stillmere']);
  });

  it('takes the name past an article', () => {
    expect(names(3)).toEqual(['doubler']);
  });

  it('takes a quoted name to its closing quote, whatever its words are tagged', () => {
    expect(names(5)).toEqual(['drift stick map']);
  });

  it('takes the name after a determiner inside it, the words before it being the thing named', () => {
    expect(names(6)).toEqual(['drift hook']);
  });

  it('takes no phrase after "called for" or "named after"', () => {
    expect(names(1)).toEqual([]);
    expect(names(4)).toEqual([]);
  });
});

describe('a question asking what something is called', () => {
  it('reads "What is X called in Y?" as naming: the name after "called", not a place beside the question’s words', () => {
    expect(ask('What is the slow water behind a weir called in the old Tessic tongue?')).toBe('Stillmere');
  });

  it('reads "What is the nickname / another term for X?" as naming', () => {
    expect(ask('What is the nickname for barges that drift downstream without a pilot?')).toBe('free-runners');
    expect(ask('What is another term for ferrymen who work two rivers at once?')).toBe('doubler');
  });
});
