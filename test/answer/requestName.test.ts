import { describe, expect, it } from 'vitest';
import type { CorroboratedSentence } from '../../src/answer/corroborate.js';
import { asksByRequest } from '../../src/answer/questionWord.js';
import { requestNameUnheld } from '../../src/answer/requestName.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

// An invented story: one sentence names the maker with its harbour line, another writes "harbour" of another maker.
const body =
  "Tarnco built its first ferries at Velden in 1990. Tarnco's harbour division, Marlow, sells yachts to the Gulf. " +
  'Orsk Marine makes harbour cabins for cruise liners. Both yards hire welders from the coast.';
const story = oneArticleStory('yards', 'Yards', body);
const excerpt = (start: string): CorroboratedSentence => ({
  sentence: story.sentences.find((s) => s.text.startsWith(start))!,
  score: 1,
  coverage: 1,
  others: [],
});

describe('asksByRequest', () => {
  it('knows a request by an imperative verb, after a preamble or none', () => {
    expect(asksByRequest('Name a harbour division of Tarnco.')).toBe(true);
    expect(asksByRequest('please list the ports it called at')).toBe(true);
    expect(asksByRequest('Who named the ferry?')).toBe(false);
    expect(asksByRequest('Name changes came when?')).toBe(false);
  });
});

describe('requestNameUnheld', () => {
  it('is true when the best excerpt lacks a name the request writes and the story writes', () => {
    expect(requestNameUnheld(story, 'Which harbour division of Tarnco.', true, excerpt('Orsk'))).toBe(true);
    expect(requestNameUnheld(story, 'Which harbour division of Tarnco.', true, excerpt("Tarnco's"))).toBe(false);
  });

  it('asks nothing of a question that was no request, nor of a name the story never writes', () => {
    expect(requestNameUnheld(story, 'Which harbour division of Tarnco?', false, excerpt('Orsk'))).toBe(false);
    expect(requestNameUnheld(story, 'Which harbour division of Brisco.', true, excerpt('Orsk'))).toBe(false);
  });
});
