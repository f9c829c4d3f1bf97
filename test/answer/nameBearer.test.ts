import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { otherBearer } from '../../src/answer/nameBearer.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

describe('otherBearer', () => {
  it('holds for a person sharing a word with another name the question writes', () => {
    expect(otherBearer('Orla Tellin', 'Who founded Tellin Park?')).toBe(true);
    expect(otherBearer('Ivo Brask', 'Who ran Brask & Company?')).toBe(true);
    expect(otherBearer('Ivo Tovar', "Who was Dorvan Tovar's heir?")).toBe(true);
    // A family name that is a person's noun too is no title.
    expect(otherBearer('Ivo Tovar', 'Who did Tovar Porter train?')).toBe(true);
  });

  it("does not hold for the question's own person, nor a name of one word, nor a name of no word of its own", () => {
    expect(otherBearer('Orla Tellin', 'Who did Orla Tellin hire?')).toBe(false);
    expect(otherBearer('Orla Tellin', 'Who did Tellin hire?')).toBe(false);
    expect(otherBearer('Tellin', 'Who founded Tellin Park?')).toBe(false);
    expect(otherBearer('Tellin Park', 'Who founded Tellin Park?')).toBe(false);
    expect(otherBearer('Orla Tellin', 'Who founded the park?')).toBe(false);
    // A title beside the shared word names the same person.
    expect(otherBearer('Orla Tellin', 'Who did President Tellin hire?')).toBe(false);
    expect(otherBearer('Orla Tellin', 'Who did Mrs Tellin hire?')).toBe(false);
  });
});

describe('a person named like the thing asked about', () => {
  // An invented story: a park, a mill and a gate, each named after a person the sentence names in full.
  const story = oneArticleStory(
    'park',
    'Tellin Park',
    'The town has three parks. In the east of Dunmore, Tellin Park was founded by the late Orla Tellin, a long-time Dunmore ' +
      'resident. The Brask Mill was founded by Ivo Brask in 1901, with help from Ada Vell. The Harl Gate is named after ' +
      'Jorun Harl, a mayor.',
  );

  it('answers with the person, not another name nor a description', () => {
    expect(answerQuestion(story, 'Who founded Tellin Park?').answer?.text).toBe('Orla Tellin');
    expect(answerQuestion(story, 'Who founded the Brask Mill?').answer?.text).toBe('Ivo Brask');
    expect(answerQuestion(story, 'Who is the Harl Gate named after?').answer?.text).toBe('Jorun Harl');
  });
});
