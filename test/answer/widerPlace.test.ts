import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { widerPlace } from '../../src/answer/placePhrases.js';
import type { Mention } from '../../src/answer/mentions.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const campus = oneArticleStory('campus', 'Campus', 'The school stands on the Orlen University campus near the river.');
const wall = oneArticleStory('wall', 'Wall', 'The bell hangs by the security of the Orlen University walls.');

/** A mention of `text` in a story's first sentence. */
function mention(story: typeof campus, text: string): Mention {
  const start = story.sentences[0]!.text.indexOf(text);
  return { type: 'ORG', text, start, end: start + text.length };
}

/** Chunks of the first sentence at the given texts. */
function chunks(story: typeof campus, ...texts: string[]): Mention[] {
  return texts.map((t) => ({ ...mention(story, t), type: 'PHRASE' }));
}

describe('widerPlace', () => {
  it('gives the chunk after a preposition of place that holds the name and ends in a noun of a place', () => {
    expect(
      widerPlace(campus.sentences[0]!, chunks(campus, 'school', 'Orlen University campus', 'river'), mention(campus, 'Orlen University'))
        ?.text,
    ).toBe('Orlen University campus');
  });
  it('gives none for a chunk after no preposition of place, or not holding the name', () => {
    expect(widerPlace(campus.sentences[0]!, chunks(campus, 'The school', 'river'), mention(campus, 'Orlen University'))).toBeUndefined();
    expect(widerPlace(wall.sentences[0]!, chunks(wall, 'bell', 'security'), mention(wall, 'Orlen University'))).toBeUndefined();
  });
});

describe('a where-question answered by a name inside a place phrase', () => {
  it('is shown the whole place phrase', () => {
    expect(answerQuestion(campus, 'Where is the school located?').answer?.text).toBe('Orlen University campus');
  });
});
