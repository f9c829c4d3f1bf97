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

describe('the words that only announce a reason', () => {
  it('read "in an attempt to" as a purpose, shown from its "to"', () => {
    const body = 'Mayor Dessa Quell closed the Harrow bridge in an attempt to ease traffic on the ring road. The bridge reopened in June.';
    expect(why(body, 'Why did Mayor Dessa Quell close the Harrow bridge?')).toBe('to ease traffic on the ring road');
  });
  it('show "in order to" from its "to"', () => {
    const body = 'The Tolwick fishers tarred their boats in order to keep out the winter damp. They sailed again in March.';
    expect(why(body, 'Why did the Tolwick fishers tar their boats?')).toBe('to keep out the winter damp');
  });
  it("read a participle after a comma that gives the doer's reason", () => {
    const body = 'Orvel Danti left the Marrow guild, citing its rising fees. The guild chose a new head in May.';
    expect(why(body, 'Why did Orvel Danti leave the Marrow guild?')).toBe('its rising fees');
  });
  it('read "arguing that" after a comma as the reason that follows it', () => {
    const body = 'The Velmian traders opposed the harbour toll, arguing that it would drive ships to Kestrel Bay. The toll passed anyway.';
    expect(why(body, 'Why did the Velmian traders oppose the harbour toll?')).toBe('it would drive ships to Kestrel Bay');
  });
});

describe('a reason clause that names a series', () => {
  it('runs on past the commas of a list of noun phrases closed by "and"', () => {
    const body = 'The Kestrel Bay pier was closed because of repeated gales, rockfalls and floods. It reopened in July.';
    expect(why(body, 'Why was the Kestrel Bay pier closed?')).toBe('repeated gales, rockfalls and floods');
  });
  it('runs on past the comma between two adjectives of one noun', () => {
    const body = 'The Orsk ferries were withdrawn because of their heavy, costly engines. New ferries came in spring.';
    expect(why(body, 'Why were the Orsk ferries withdrawn?')).toBe('their heavy, costly engines');
  });
  it('stops at a comma before a clause with its own verb', () => {
    const body = 'Because of the storm, boats and trains were stopped at Velm. The storm passed by noon.';
    expect(why(body, 'Why were boats and trains stopped at Velm?')).toBe('the storm');
  });
});

describe('a reason surely marked', () => {
  it('goes before a "for" in a better excerpt that tells a time', () => {
    const body =
      'Orla Tellin left the Velmian choir for a year in 1990. Tellin left the choir because she had moved to the coast. The choir sang on.';
    expect(why(body, 'Why did Orla Tellin leave the Velmian choir?')).toBe('she had moved to the coast');
  });
});
