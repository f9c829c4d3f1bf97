import { describe, expect, it } from 'vitest';
import { answerKind } from '../../src/answer/answerKind.js';
import { asksRank } from '../../src/answer/askedRank.js';
import { questionFrame } from '../../src/answer/questionFrame.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';
import { askShort } from '../fixtures/askShort.js';

describe('asksRank', () => {
  it('reads a where-question whose verb ranks its subject as asking for a rank', () => {
    expect(asksRank('Where does the port of Tarn rank among the busiest ports?')).toBe(true);
    expect(asksRank('Where was the mill ranked in 1990?')).toBe(true);
    expect(asksRank('Where according to the survey does Tarn rank in the league?')).toBe(true);
    expect(asksRank('Where is the team placed on the table?')).toBe(true);
  });

  it('leaves a where-question that puts a thing somewhere a place question', () => {
    expect(asksRank('Where did the guild place its banner?')).toBe(false);
    expect(asksRank('Where did the Tarn ferry stop?')).toBe(false);
    expect(answerKind('ask', 'Where did the guild place its banner?')).toBe('place');
  });

  it('wants a rank alone', () => {
    expect(answerKind('ask', 'Where does the port rank?')).toBe('number');
    expect(questionFrame('ask', 'Where does the port of Tarn rank among the ports?').types).toEqual(['ORDINAL']);
  });

  it('answers with the rank, not a place or another figure of the sentence', () => {
    const story = oneArticleStory(
      'port',
      'Port',
      'The port of Tarn, which handled 40,000 ships in Velmark last year, ranks ninth among the ports of the coast.',
    );
    expect(askShort(story)('Where does the port of Tarn rank among the ports?')).toBe('ninth');
  });
});
