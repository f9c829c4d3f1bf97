import { describe, expect, it } from 'vitest';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: answers introduced by the noun the question names them by, lower case and as part of a name. */
const FERRY_BODY =
  'Last spring the harbour board bought the old ferry Morning Gull from a yard in the north. ' +
  'The crossing to the island takes forty minutes in calm weather. ' +
  'Pilgrims once called the crossing by the name pale road, the board said.';

const story = oneArticleStory('ferry', 'Ferry', FERRY_BODY);

const ask = askShort(story);

describe('a focus noun that introduces the answer', () => {
  it('answers with what follows the noun the question asks for by name', () => {
    // "the name of the ferry" asks for a ferry: the phrase "old ferry Morning Gull" is shown from past "ferry".
    expect(ask('What is the name of the ferry the harbour board bought last spring?')).toBe('Morning Gull');
  });

  it('answers with what follows the focus noun inside a phrase', () => {
    // The question's own noun before the answer: "the name pale road".
    expect(ask('By what name did pilgrims once call the crossing?')).toBe('pale road');
  });

  it('answers with what the focus noun introduces after "among them", not the noun\'s own phrase', () => {
    const orchards = oneArticleStory(
      'fields',
      'Fields',
      'The upper fields hold several old orchards, among them quinces planted by the first settlers. Rain falls mostly in the late autumn.',
    );
    // "several old orchards" only restates "What orchards …"; what the noun introduces names them.
    expect(askShort(orchards)('What orchards did the first settlers plant in the upper fields?')).toBe('quinces');
  });
});
