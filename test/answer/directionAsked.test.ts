import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { asksDirection, directionWords } from '../../src/answer/directionAsked.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented brook, a road across a moor and a ferry, their headings written as compass words. */
const story = oneArticleStory(
  'brook',
  'Brook',
  'The Tarrow Brook rises on Mount Elsk and flows west past the tannery at Dunmere. ' +
    'Past the weir the brook bends sharply north by the mill at Calby. ' +
    'The old drove road runs east-west across Harl Moor to the North Kelvarn ford. ' +
    'Ferries on the Orrin sail eastward from Calby each morning.',
);
const none = () => false;

describe('asksDirection', () => {
  it('reads a question asking for a direction by that noun', () => {
    expect(asksDirection('Which direction does the brook flow?')).toBe(true);
    expect(asksDirection('Past the weir, what direction does the brook bend?')).toBe(true);
    expect(asksDirection('In which compass direction does the road run?')).toBe(true);
  });
  it('does not read a direction given by someone', () => {
    expect(asksDirection('Which warden gave directions to the ford crew?')).toBe(false);
  });
});

describe('directionWords', () => {
  it('offers the compass words and headings of a sentence, a hyphened pair as one', () => {
    expect(directionWords(story.sentences[0]!, none).map((m) => m.text)).toEqual(['west']);
    expect(directionWords(story.sentences[1]!, none).map((m) => m.text)).toEqual(['north']);
    expect(directionWords(story.sentences[2]!, none).map((m) => m.text)).toEqual(['east-west']);
    expect(directionWords(story.sentences[3]!, none).map((m) => m.text)).toEqual(['eastward']);
  });
  it('leaves out the words the question writes', () => {
    expect(directionWords(story.sentences[1]!, (w) => w === 'north')).toEqual([]);
  });
});

describe('direction questions', () => {
  it('are answered by the compass word the excerpt writes, which no noun phrase holds', () => {
    expect(answerQuestion(story, 'Which direction does the Tarrow Brook flow past the tannery?').answer?.text).toBe('west');
    expect(answerQuestion(story, 'Past the weir, what direction does the brook bend?').answer?.text).toBe('north');
    expect(answerQuestion(story, 'In what direction does the drove road run across the moor?').answer?.text).toBe('east-west');
    expect(answerQuestion(story, 'In which direction do the ferries on the Orrin sail?').answer?.text).toBe('eastward');
  });
});
