import { describe, expect, it } from 'vitest';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: an event dated only by "not until" and "until", beside another date of the story. */
const TARN_BODY =
  'It was not until January 1518 that friends of Orla Tellin translated the Tarn Theses into Velmian. ' +
  'The Velmian hymn book was printed in 1600. ' +
  'The ferry from Fort Mirela kept running until 1874.';

const ask = askShort(oneArticleStory('tarn', 'Tarn', TARN_BODY));

describe('a date written after "until"', () => {
  it('answers a when-question as the time the event at last happened ("not until January 1518")', () => {
    expect(ask('When were the Tarn Theses translated into Velmian?')).toBe('January 1518');
  });

  it('answers a when-question as the time a thing ended ("running until 1874")', () => {
    expect(ask('When did the ferry from Fort Mirela stop running?')).toBe('1874');
  });
});
