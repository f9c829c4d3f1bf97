import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';

/**
 * An invented story of three reports on one summit: each lede gives its day and town, and one report
 * recalls an earlier summit elsewhere in a sentence that matches "… the summit held" better.
 */
const ARTICLES: Article[] = [
  {
    id: 'first',
    title: 'Lake states meet',
    titleGiven: true,
    published: '2031-03-10',
    file: 'first.md',
    body:
      'Delegates from Osland and Varmia opened a water summit on Monday in Kelby, a lakeside town.\n\n' +
      'The ministers want to share the river before the dry season.\n\n' +
      'The summit held in Dunmore last month ended without a deal on the river.',
  },
  {
    id: 'second',
    title: 'Ministers talk water',
    titleGiven: true,
    published: '2031-03-10',
    file: 'second.md',
    body: 'Ministers met at the summit in Kelby on Monday to divide the water of the Lune.\n\nFarmers on both banks are watching closely.',
  },
  {
    id: 'third',
    title: 'Draft accord',
    titleGiven: true,
    published: '2031-03-11',
    file: 'third.md',
    body: 'The summit in Kelby on Monday ended with a draft accord, officials said.\n\nThe accord must still pass both parliaments.',
  },
];

let story: Story;
beforeAll(() => {
  story = buildStory(ARTICLES, 'main-event-fixture');
});

describe('the main event answers when and where', () => {
  it('gives the town the ledes give, not a background summit that matches the question better', () => {
    const a = answerQuestion(story, 'Where was the summit held?');
    expect(a.answer?.text).toBe('Kelby');
    expect(a.excerpts[0]?.text).toContain('Kelby');
  });
  it("gives the day the ledes give, not the earlier summit's month", () => {
    const a = answerQuestion(story, 'When was the summit held?');
    expect(a.answer?.text).toMatch(/^Monday/);
    expect(a.excerpts[0]?.text).toContain('Monday');
  });
});

/** An invented story whose reports disagree on the day a conference opened. */
const DISAGREEING: Article[] = [
  ['north', 'The river conference opened on Monday in Tarby, officials said.'],
  ['south', 'Delegates opened the river conference in Tarby on Monday.'],
  ['east', 'The river conference opened in Tarby on Tuesday, a day later than planned.'],
  ['west', 'The river conference in Tarby opened on Tuesday with a long speech.'],
].map(([id, lede]) => ({
  id: id!,
  title: `Conference report ${id}`,
  titleGiven: true,
  published: '2031-03-12',
  file: `${id}.md`,
  body: `${lede}\n\nThe talks are expected to last a week.`,
}));

describe('ledes that disagree on the day', () => {
  it('keep the other day visible beside the answer', () => {
    const a = answerQuestion(buildStory(DISAGREEING, 'main-event-disagreeing'), 'When did the river conference open?');
    expect(a.answer?.text).toMatch(/^(Monday|Tuesday), 1[01] March 2031 \(another article: (Monday|Tuesday)\)$/);
  });
});
