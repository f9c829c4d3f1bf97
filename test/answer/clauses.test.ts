import { beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { questionFrame } from '../../src/answer/questionFrame.js';
import { boundedDistance, correctTypo } from '../../src/answer/typos.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented story about a ferry company and its chief executive. */
const ARTICLES: Article[] = [
  {
    id: 'ferry-a',
    title: 'Ferry chief quits',
    titleGiven: true,
    published: '2022-09-02',
    file: 'ferry-a.md',
    body:
      'Oskar Brandvold, chief executive of Nordlys Ferries, resigned on Thursday after an inquiry found safety checks had been skipped. ' +
      '"We let our passengers down," Brandvold said. Harbour master Ingrid Solheim will review the fleet.',
  },
  {
    id: 'ferry-b',
    title: 'Fleet review',
    titleGiven: true,
    published: '2022-09-03',
    file: 'ferry-b.md',
    body: 'Solheim said the review would take six weeks. Brandvold, chief executive of Nordlys Ferries, left the company with immediate effect.',
  },
];

let story: Story;
beforeAll(() => {
  story = buildStory(ARTICLES, 'clauses-fixture');
});

describe('clause answers', () => {
  it('answers "why" with the reason clause', () => {
    const a = answerQuestion(story, 'Why did Brandvold resign?');
    expect(a.answer?.text).toBe('after an inquiry found safety checks had been skipped');
  });
  it('answers "who is NAME?" with the role the story gives, its sentence first', () => {
    const a = answerQuestion(story, 'Who is Brandvold?');
    expect(a.answer?.text.toLowerCase()).toContain('chief executive');
    expect(a.excerpts[0]!.text.toLowerCase()).toContain('chief executive');
  });
  it('answers "what did NAME say?" with a quotation of theirs', () => {
    expect(answerQuestion(story, 'What did Brandvold say?').answer?.text).toContain('We let our passengers down');
  });
  it('answers "what did NAME do?" with what they did, not what they said, and covers it with excerpts', () => {
    const a = answerQuestion(story, 'What did Solheim do?');
    expect(a.answer?.text).toBe('review the fleet');
    expect(a.excerpts.length).toBeGreaterThan(0);
  });
  it('reads the frame of such questions', () => {
    expect(questionFrame('ask', 'Why did the mayor resign?').clause).toBe('reason');
    expect(questionFrame('ask', 'What did Ortiz say about the port?').speaker).toBe('ortiz');
    expect(questionFrame('ask', 'What did the mayor say?').speaker).toBeUndefined();
  });
});

describe('typo tolerance', () => {
  it('reads a word the story lacks as the story word one edit away', () => {
    expect(correctTypo(story, 'brandvld', [])).toBe('brandvold');
    expect(correctTypo(story, 'brandvold', [])).toBeUndefined();
    expect(correctTypo(story, 'zzzzzzz', [])).toBeUndefined();
    expect(answerQuestion(story, 'Why did Brandvld resign?').answer?.text).toContain('inquiry');
  });
  it('counts an adjacent swap as one edit and gives up past the bound', () => {
    expect(boundedDistance('fleet', 'flete', 2)).toBe(1);
    expect(boundedDistance('harbour', 'company', 2)).toBe(3);
  });
});

describe('reason clauses', () => {
  /** Invented: a purpose given by "to" before a verb, and a cause announced by "because of". */
  const reasons = oneArticleStory(
    'bridge',
    'Bridge',
    'The council shut the old river bridge on Monday to repair its cracked pillars. ' +
      'The evening ferry was cancelled because of strong gusts on the estuary. ' +
      'The crew union was angry and wanted to shut every jetty on Friday. The mayor raised fares in response to the fuel bill.',
  );
  it('answers "why" with a purpose where no reason word opens one', () => {
    expect(answerQuestion(reasons, 'Why did the council shut the bridge?').answer?.text).toBe('to repair its cracked pillars');
  });
  it('never takes the object of a word like "want" for a purpose', () => {
    expect(answerQuestion(reasons, 'Why was the crew union angry?').answer?.text ?? '').not.toContain('to shut');
  });
  it('reads "in response to" as a reason', () => {
    expect(answerQuestion(reasons, 'Why did the mayor raise fares?').answer?.text).toBe('in response to the fuel bill');
  });
  it('gives a cause without the words that announce it', () => {
    expect(answerQuestion(reasons, 'Why was the evening ferry cancelled?').answer?.text).toBe('strong gusts on the estuary');
  });
});
