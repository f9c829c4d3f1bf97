import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The reason clause of an invented one-article story. */
const why = (body: string, question: string) => answerQuestion(oneArticleStory('reason', 'Reason', body), question).answer?.text;

describe('the marks that open a reason', () => {
  it('read a "to" opening the sentence as a purpose, before a "for" that may only name a place', () => {
    const body =
      'To protect the old quay from winter storms, the Tolwick council moved the ferry berth for Maren Point. The new berth opens in May.';
    expect(why(body, 'Why did the Tolwick council move the ferry berth?')).toBe('To protect the old quay from winter storms');
  });
  it('read "on … grounds" as a reason', () => {
    const body = 'The Velmian guild refused the merger on legal grounds, but its members later voted again. The vote was close.';
    expect(why(body, 'Why did the Velmian guild refuse the merger?')).toBe('on legal grounds');
  });
  it('read the doer of a verb of causing or hindering, after "by", as the cause', () => {
    const body = 'The harvest at Fort Mirela was delayed by heavy autumn rains. Farmers sold less grain.';
    expect(why(body, 'Why was the harvest at Fort Mirela delayed?')).toBe('heavy autumn rains');
  });
});

describe('a reason surely marked', () => {
  it('goes before a "for" in a better excerpt that tells a time', () => {
    const body =
      'Orla Tellin left the Velmian choir for a year in 1990. Tellin left the choir because she had moved to the coast. The choir sang on.';
    expect(why(body, 'Why did Orla Tellin leave the Velmian choir?')).toBe('she had moved to the coast');
  });
});
