import { describe, expect, it } from 'vitest';
import { focusModifiers } from '../../src/answer/focusModifier.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const statue = oneArticleStory('statue', 'Statue', 'The statue stands at the west end of the square, near the ferry Morning Gull.');
const sentence = statue.sentences[0]!;
const none = () => false;

describe('focusModifiers', () => {
  it('offers the describing words before the question’s noun written in lower case', () => {
    expect(focusModifiers(sentence, 'end', none).map((m) => m.text)).toEqual(['west']);
  });
  it('offers none where a name after the noun says which one', () => {
    expect(focusModifiers(sentence, 'ferry', none)).toEqual([]);
  });
  it('leaves out the question’s own words, and offers none where only they describe the noun', () => {
    expect(focusModifiers(sentence, 'end', (t) => t === 'west')).toEqual([]);
  });
  it('offers none without a focus noun', () => {
    expect(focusModifiers(sentence, null, none)).toEqual([]);
  });
});
