import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { namesPeopleOfPlace } from '../../src/answer/demonyms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented story: isles under a rule named by a word of the people of a place, used as an adjective. */
const story = oneArticleStory(
  'isles',
  'Isles',
  'Under Theban rule the Orvel isles were taught new customs. Later Theban traders sailed to Port Alder.',
);

describe('the adjective of a place in answer to a which-NOUN question', () => {
  it('names which one of the kind when it stands before a noun, though it also names the people of a place', () => {
    expect(namesPeopleOfPlace('Theban')).toBe(true);
    expect(answerQuestion(story, 'Which empire taught the Orvel isles new customs?').answer?.text).toBe('Theban');
  });

  it('still answers no where-question', () => {
    expect(answerQuestion(story, 'Where did the traders sail?').answer?.text).toBe('Port Alder');
  });
});
