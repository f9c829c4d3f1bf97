import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { askedSide, contestSideAt } from '../../src/answer/contestSides.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The side each named person of an invented sentence stands on. */
function sides(text: string): Record<string, string | undefined> {
  const story = oneArticleStory('match', 'Match', text);
  const out: Record<string, string | undefined> = {};
  for (const s of story.sentences)
    for (const e of s.entities) if (e.type === 'PERSON') out[e.text] = contestSideAt(s.tokens, e.start, e.end);
  return out;
}

describe('askedSide', () => {
  it('reads the winner from "who beat / won / did X lose to"', () => {
    expect(askedSide('Who beat Nell Rand?')).toBe('winner');
    expect(askedSide('Which team won the cup?')).toBe('winner');
    expect(askedSide('Who has beaten Ada twice?')).toBe('winner');
    expect(askedSide('Who did Ada lose to?')).toBe('winner');
    expect(askedSide('To whom did Ada lose?')).toBe('winner');
    expect(askedSide('Who was Ada beaten by?')).toBe('winner');
  });
  it('reads the loser from "who did X beat / who lost / who was beaten"', () => {
    expect(askedSide('Who did Ada beat?')).toBe('loser');
    expect(askedSide('who Ada beat in the final')).toBe('loser');
    expect(askedSide('Which team did the Rovers defeat in the cup tie?')).toBe('loser');
    expect(askedSide('Who lost to Ada?')).toBe('loser');
    expect(askedSide('Who was beaten by Ada?')).toBe('loser');
    expect(askedSide('Who was defeated in the final?')).toBe('loser');
  });
  it('reads nothing from other questions or a verb of winning in a clause of the question', () => {
    expect(askedSide('What did Ada lose?')).toBeUndefined();
    expect(askedSide('Who did Ada meet?')).toBeUndefined();
    expect(askedSide('Which player did the Rovers lose to an injury?')).toBeUndefined();
    expect(askedSide('What fort did Ada mean to besiege after conquering Dunmore?')).toBeUndefined();
  });
  it('reads a /who query without its "who" only when told it asks for a person', () => {
    expect(askedSide('did Ada beat in the final', true)).toBe('loser');
    expect(askedSide('beat Nell Rand', true)).toBe('winner');
    expect(askedSide('did Ada beat in the final')).toBeUndefined();
  });
});

describe('contestSideAt', () => {
  it('puts the subject of "beat" on the winning side and its object on the losing side', () => {
    expect(sides('Ada Vell beat Nell Rand 6-4 in the final.')).toEqual({ 'Ada Vell': 'winner', 'Nell Rand': 'loser' });
  });
  it('reads "lost to", the passive and a name before an aside', () => {
    expect(sides('Tom Bard was beaten by Ida Rolt in three sets.')).toEqual({ 'Tom Bard': 'loser', 'Ida Rolt': 'winner' });
    expect(sides('Sam Pell, the first player from the valley to reach the final, has lost to Ann Lode.')).toEqual({
      'Sam Pell': 'loser',
      'Ann Lode': 'winner',
    });
  });
});

/** Invented stories telling one contest by "lost to" and by the passive, with a third name nearer some question words. */
const lostTo = oneArticleStory('final', 'Final', 'In the Pellridge final, coached by Tom Bard, Nell Rand lost to Ada Vell on Sunday.');
const beatenBy = oneArticleStory(
  'final',
  'Final',
  'Nell Rand, the top seed, was beaten by Ada Vell in the Pellridge final, watched by Tom Bard.',
);

describe('a question on a contest', () => {
  it('is answered with the side it asks for', () => {
    expect(answerQuestion(lostTo, 'Who won the Pellridge final?').answer?.text).toBe('Ada Vell');
    expect(answerQuestion(lostTo, 'Who did Ada Vell beat in the Pellridge final?').answer?.text).toBe('Nell Rand');
    expect(answerQuestion(lostTo, 'Who beat Nell Rand in the Pellridge final?').answer?.text).toBe('Ada Vell');
    expect(answerQuestion(beatenBy, 'Who lost the Pellridge final?').answer?.text).toBe('Nell Rand');
    expect(answerQuestion(beatenBy, 'Who did Ada Vell beat in the Pellridge final?').answer?.text).toBe('Nell Rand');
  });

  it('is answered with the side a /who command asks for, its query without "who"', () => {
    expect(answerQuestion(lostTo, 'did Ada Vell beat in the Pellridge final', { command: 'who' }).answer?.text).toBe('Nell Rand');
    expect(answerQuestion(beatenBy, 'did Ada Vell beat in the Pellridge final', { command: 'who' }).answer?.text).toBe('Nell Rand');
    expect(answerQuestion(lostTo, 'beat Nell Rand in the Pellridge final', { command: 'who' }).answer?.text).toBe('Ada Vell');
  });
});

/** An invented story telling the asked match without a verb of winning, and lower down another match sharing only a verb and a number with the question. */
const otherMatch = oneArticleStory(
  'final',
  'Final',
  'Ada Vell came through a long four-set battle with Nell Rand in the Pellridge final on Sunday. The crowd stayed late. She has beaten Ida Rolt in four of their six meetings.',
);

describe('a contest sharing only its verb with the question', () => {
  it('does not narrow the pick to its side', () => {
    expect(answerQuestion(otherMatch, 'Who did Ada Vell beat in the four-set Pellridge final?').answer?.text).toBe('Nell Rand');
  });
});
