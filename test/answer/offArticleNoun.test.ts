import { describe, expect, it } from 'vitest';
import { offArticleNoun } from '../../src/answer/offArticleNoun.js';
import { buildStory } from '../../src/story/buildStory.js';

// An invented story of two articles: a rowing club's new boat, and the harbour board's new pier.
const story = buildStory(
  [
    {
      id: 'club',
      title: 'Club',
      titleGiven: true,
      file: 'club.md',
      body: 'The Vennor rowing club bought a new kind of boat in spring. The club paid for it with a raffle. The crew moors it at the old wharf, a quiet place.',
    },
    {
      id: 'harbour',
      title: 'Harbour',
      titleGiven: true,
      file: 'harbour.md',
      body: 'The harbour board met on Tuesday. The new pier opened in May after two years of work.',
    },
  ],
  'off-article-noun-fixture',
);
const at = (text: string) => story.sentences.find((s) => s.text.startsWith(text))!.id;

describe('offArticleNoun', () => {
  it('finds a noun of the question that only another article than the answer’s writes', () => {
    expect(offArticleNoun(story, 'When did the harbour board buy the boat?', at('The new pier'))).toBe('boat');
  });
  it('passes a noun the answer’s article writes, in the answer’s sentence or another', () => {
    expect(offArticleNoun(story, 'When did the rowing club buy the boat?', at('The club paid'))).toBeUndefined();
    expect(offArticleNoun(story, 'When did the harbour board open the pier?', at('The harbour board met'))).toBeUndefined();
  });
  it('passes the focus noun, which names the kind of the answer, and a noun the story never writes', () => {
    expect(offArticleNoun(story, 'Which boat did the board buy?', at('The new pier'), 'boat')).toBeUndefined();
    expect(offArticleNoun(story, 'When did the board buy the zeppelin?', at('The new pier'))).toBeUndefined();
    // "kind" is written by the club article only, but in "what kind of …" it is the question's frame.
    expect(offArticleNoun(story, 'What kind of pier did the board open?', at('The new pier'), 'pier')).toBeUndefined();
  });
  it('passes a general noun of a place in a where-question, which names the kind of the answer', () => {
    // "place" is written by the club article only; a where-question's "place" is what the answer is.
    expect(offArticleNoun(story, 'Where was the meeting place of the harbour board?', at('The harbour board met'))).toBeUndefined();
    expect(offArticleNoun(story, 'When did the harbour board visit the place?', at('The harbour board met'))).toBe('place');
  });
  it('passes a noun whose paraphrase the ranker reads in the answer’s article', () => {
    // "wharf" is written by the club article only, but "pier", its WordNet relative, by the harbour article too.
    expect(offArticleNoun(story, 'When did the wharf open?', at('The new pier'))).toBeUndefined();
    expect(offArticleNoun(story, 'When did the crew open?', at('The new pier'))).toBe('crew');
  });
});
