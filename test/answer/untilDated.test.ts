import { describe, expect, it } from 'vitest';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: an event dated only by "not until" and "until", beside another date of the story. */
const TARN_BODY =
  'The guild hall at Tarn was built in 1650. ' +
  'It was not until March 1702 that the Tarn guild reopened the ferry crossing to Orsk. ' +
  'The ferry from Fort Mirela kept running until 1874.';

const ask = askShort(oneArticleStory('tarn', 'Tarn', TARN_BODY));

describe('a date written after "until"', () => {
  it('answers a when-question as the time the event at last happened ("not until March 1702")', () => {
    expect(ask('When did the Tarn guild reopen the ferry crossing to Orsk?')).toBe('March 1702');
  });

  it('answers a when-question as the time a thing ended ("running until 1874")', () => {
    expect(ask('When did the ferry from Fort Mirela stop running?')).toBe('1874');
  });
});
