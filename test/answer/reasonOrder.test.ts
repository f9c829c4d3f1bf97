import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented: reasons told after a word that more often opens a time ("for a week", "over the winter"), an initial, a quotation. */
const story = oneArticleStory(
  'quay',
  'Quay',
  'For a week the harbour crane at Tolwick stood idle to let the inspectors test its cables. ' +
    'Over the winter the night guards locked the north gate for fear of thieves. ' +
    'The museum emptied its east wing to house the Arlen B. Tosk collection. ' +
    'The club banned the song to keep out "rough" crowds. ' +
    'For luck, the ferry skipper touched the brass bell. ' +
    'The old slipway was shut because of rotting timbers. ' +
    'The mill pond was renamed the Green Mere as the result of its spreading reeds.',
);

const why = (question: string) => answerQuestion(story, question).answer?.text;

describe('the reason of a why-question', () => {
  it('is a purpose before a clause opened by a word that more often tells a time', () => {
    expect(why('Why did the harbour crane stand idle?')).toBe('to let the inspectors test its cables');
  });
  it('is still opened by "for fear of", a phrase that only tells a reason', () => {
    expect(why('Why did the night guards lock the north gate?')).toBe('for fear of thieves');
  });
});

describe('the end of a reason clause', () => {
  it('is not the stop after an initial', () => {
    expect(why('Why did the museum empty its east wing?')).toBe('to house the Arlen B. Tosk collection');
  });
  it('is not a quotation mark', () => {
    expect(why('Why did the club ban the song?')).toBe('to keep out "rough" crowds');
  });
});

describe('a short reason', () => {
  it('may be one word after the word that opens it', () => {
    expect(why('Why did the ferry skipper touch the brass bell?')).toBe('For luck');
  });
});

describe('the best excerpt', () => {
  it('gives its reason when it shares only one word with the question', () => {
    expect(why('Why was the slipway closed?')).toBe('rotting timbers');
  });
});

describe('a cause after "as the result of"', () => {
  it('is given without the words that announce it', () => {
    expect(why('Why was the mill pond renamed the Green Mere?')).toBe('its spreading reeds');
  });
});
