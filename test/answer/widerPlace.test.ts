import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import type { Mention } from '../../src/answer/mentions.js';
import { widerPlace } from '../../src/answer/placePhrases.js';
import type { Story } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const tower = oneArticleStory('tower', 'Tower', 'The bell hangs in the Orlen Abbey tower above the river.');
const pride = oneArticleStory('pride', 'Pride', 'The bell rang for the pride of the Orlen Abbey monks.');
const fair = oneArticleStory('fair', 'Fair', 'The crews train at the old Velden Glass and Salt Centre each spring.');

/** A mention of `text` in a story's first sentence. */
function mention(story: Story, text: string): Mention {
  const start = story.sentences[0]!.text.indexOf(text);
  return { type: 'ORG', text, start, end: start + text.length };
}

/** Chunks of the first sentence at the given texts. */
function chunks(story: Story, ...texts: string[]): Mention[] {
  return texts.map((t) => ({ ...mention(story, t), type: 'PHRASE' }));
}

describe('widerPlace', () => {
  it('gives the chunk after a preposition of place that holds the name and ends in a noun of a place', () => {
    expect(widerPlace(tower.sentences[0]!, chunks(tower, 'bell', 'Orlen Abbey tower', 'river'), mention(tower, 'Orlen Abbey'))?.text).toBe(
      'Orlen Abbey tower',
    );
  });
  it('gives none for a chunk after no preposition of place, or not holding the name', () => {
    expect(widerPlace(tower.sentences[0]!, chunks(tower, 'The bell', 'river'), mention(tower, 'Orlen Abbey'))).toBeUndefined();
    expect(widerPlace(pride.sentences[0]!, chunks(pride, 'bell', 'pride'), mention(pride, 'Orlen Abbey'))).toBeUndefined();
  });
  it('gives a place\'s name the name ends after "and", after any word (the tagger split it at the "and")', () => {
    const joined = chunks(fair, 'crews', 'Velden Glass and Salt Centre', 'spring');
    expect(widerPlace(fair.sentences[0]!, joined, mention(fair, 'Salt Centre'))?.text).toBe('Velden Glass and Salt Centre');
    // Not for the name before the "and", which the chunk does not end with.
    expect(widerPlace(fair.sentences[0]!, joined, mention(fair, 'Velden Glass'))).toBeUndefined();
  });
  it('gives no two places joined by "and": a place before the "and", or a last word no common noun of a place', () => {
    const ferries = oneArticleStory('ferries', 'Ferries', 'Lisbon and Tarn Harbour shut, and Velden and Portugal wept.');
    const two = chunks(ferries, 'Lisbon and Tarn Harbour', 'Velden and Portugal');
    expect(widerPlace(ferries.sentences[0]!, two, mention(ferries, 'Tarn Harbour'))).toBeUndefined();
    expect(widerPlace(ferries.sentences[0]!, two, mention(ferries, 'Portugal'))).toBeUndefined();
  });
});

describe('a where-question answered by a name inside a place phrase', () => {
  it('is shown the whole place phrase', () => {
    expect(answerQuestion(tower, 'Where does the bell hang?').answer?.text).toBe('Orlen Abbey tower');
  });
  it('is shown the whole name when the tagger split it at an inner "and", a word of it named by the question', () => {
    const story = oneArticleStory(
      'salt',
      'Salt',
      'Orsk keeps a Salt Market every winter. Next year the market moves to the rebuilt Orsk Glass and Salt Centre.',
    );
    expect(answerQuestion(story, 'Where will the Salt Market move?').answer?.text).toBe('Orsk Glass and Salt Centre');
  });
});

describe('a where-answer\'s name after a state or an act and "of"', () => {
  it('is shown alone: "the custody of" names no place', () => {
    const keep = oneArticleStory('keep', 'Keep', 'The guards escorted the abbot to the custody of the Orsk Tower.');
    expect(answerQuestion(keep, 'Where did the guards escort the abbot?').answer?.text).toBe('Orsk Tower');
  });
  it('is still shown with a noun of a place before "of"', () => {
    const banks = oneArticleStory('banks', 'Banks', 'The riders camped on the banks of the Orsk River at dusk.');
    expect(answerQuestion(banks, 'Where did the riders camp?').answer?.text).toBe('banks of the Orsk River');
  });
});
