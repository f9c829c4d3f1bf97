import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** Invented harbour notes: ledgers kept in several languages, two shows named with "The", the conditions a cellar's keepers control. */
const story = oneArticleStory(
  'harbour',
  'Harbour notes',
  [
    'In 1402 the Orrin guild kept its ledgers in Korean, Mongolian, and Tibetan.',
    'The harbour radio now carries the shows The Tide Hour and The Night Pier every weekday.',
    'The keepers control the cellar air, for example, humidity and draught, and keep mice away from the old casks.',
  ].join(' '),
);

describe('lists formed where several things are asked', () => {
  it('joins the words of a people no mention covers into the list they stand in', () => {
    expect(answerQuestion(story, 'Which languages did the Orrin guild keep its ledgers in?').answer?.text).toBe(
      'Korean, Mongolian, and Tibetan',
    );
  });

  it('joins members a capitalised "The" opens', () => {
    expect(answerQuestion(story, 'What two shows does the harbour radio carry?').answer?.text).toContain('Tide Hour and The Night Pier');
  });

  it('answers a question opening with a count with the list of its best sentence', () => {
    expect(answerQuestion(story, 'What two atmospheric conditions do the keepers control?').answer?.text).toContain('humidity and draught');
  });
});
