import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { questionFrameNouns, questionFrameWords } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe("the nouns of a question's frame", () => {
  it('are the frame words that name what the answer is, not its verbs', () => {
    expect(questionFrameNouns('What is the name of the club from Kelvra?')).toEqual(new Set(['name']));
    expect(questionFrameNouns('What kind of boat did the crew sail?')).toEqual(new Set(['kind']));
    expect(questionFrameNouns('In what year was the quay rebuilt?')).toEqual(new Set(['year']));
    expect(questionFrameNouns('How long did the crossing last?')).toEqual(new Set());
    expect(questionFrameNouns('What is the old quay called?')).toEqual(new Set());
    // Every frame noun is a frame word: the ranker leaves them all out of its search.
    expect(questionFrameWords('How long did the crossing last?')).toEqual(new Set(['long', 'last']));
  });
});

describe('a candidate beside a frame noun of the question', () => {
  it('is no nearer the answer for it: the name the story says the club had is not its name now', () => {
    const story = oneArticleStory(
      'club',
      'Club',
      'The name Brenholm Rovers was dropped in 1990; the club from Kelvra now plays as the Gulls.',
    );
    expect(answerQuestion(story, 'What is the name of the club from Kelvra?').answer?.text).toBe('Gulls');
  });

  it("still weighs the frame verbs, which the answer's sentence writes beside it", () => {
    const story = oneArticleStory(
      'final',
      'Final',
      'Orla Venn beat Brisk Dunmore in the Kelvra quarter-final to reach the last four. The quarter-final lasted three hours and ten minutes.',
    );
    expect(answerQuestion(story, 'How long did the Kelvra quarter-final last?').answer?.text).toBe('three hours and ten minutes');
  });
});
