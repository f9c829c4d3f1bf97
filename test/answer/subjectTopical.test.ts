import { describe, expect, it } from 'vitest';
import { SUPPORT_MIN_SENTENCES } from '../../src/answer/covered.js';
import { subjectTopical } from '../../src/answer/subjectEvidence.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

// An invented profile of a harbour engineer, long enough to be read as a story of many paragraphs: she is named in
// every sentence, the Velmian dry dock in one, the pilot Ivo Brandt in about one in ten.
const deeds = [
  'Orla Tellin trained as an engineer in Corvath in 1961.',
  'Orla Tellin joined the harbour board in 1968.',
  'Orla Tellin designed the Velmian dry dock, finished in 1974.',
  'Orla Tellin married a ferry pilot in 1977.',
  'Orla Tellin wrote a book on tides in 1983.',
  'Orla Tellin retired from the board in 1995.',
  'Orla Tellin moved to the coast in 1998.',
  'Orla Tellin died in 2009.',
];
const filler = Array.from(
  { length: SUPPORT_MIN_SENTENCES },
  // One meeting in eight had the pilot Ivo Brandt speak too: a person of some reports, as a news story's players are.
  (_, i) =>
    `Orla Tellin spoke at meeting number ${i + 1} about the cost of dredging the channel${i % 8 === 0 ? ', after Ivo Brandt' : ''}.`,
);
const story = oneArticleStory('tellin', 'Orla Tellin', [...deeds, ...filler].join(' '));

describe('subjectTopical', () => {
  it("is the story's topic, every word of it written all through the story", () => {
    expect(subjectTopical(story, 'When did Orla Tellin open the harbour quay?')).toBe(true);
  });
  it('is no particular the story writes rarely, nor a question naming nothing', () => {
    expect(subjectTopical(story, 'When was the Velmian dry dock finished?')).toBe(false);
    expect(subjectTopical(story, 'When did Orla Tellin finish the Velmian dry dock?')).toBe(false);
    expect(subjectTopical(story, 'when was the dock finished?')).toBe(false);
  });
  it('is no person the story names in about one sentence in ten', () => {
    expect(subjectTopical(story, 'When did Ivo Brandt first speak at a meeting?')).toBe(false);
  });
});
