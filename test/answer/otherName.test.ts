import { describe, expect, it } from 'vitest';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

/** Invented: things the story also calls by another word, in brackets and after "also called". */
const story = oneArticleStory(
  'boats',
  'Boats',
  'The harbour board met on Tuesday. ' +
    'Each boat carries a tide basin (tidewell) near its stern, and the crews clean it weekly. ' +
    'The old wharf, also called the Long Arm, was rebuilt in 1950. ' +
    'The pilots fix the outer (seaward) mooring each spring.',
);
const ask = askShort(story);

describe('a question asking for another name of a thing', () => {
  it('is answered with the word in brackets after the thing', () => {
    expect(ask('What is another term for a tide basin?')).toBe('tidewell');
  });

  it('is answered with the name after "also called"', () => {
    expect(ask('What is another name for the old wharf?')).toBe('Long Arm');
  });

  it('is answered with the word the thing glosses in brackets', () => {
    expect(ask('What is another word for seaward?')).toBe('outer');
  });
});
