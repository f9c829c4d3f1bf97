import { beforeAll, describe, expect, it } from 'vitest';
import { answerJson } from '../../src/answer/answerJson.js';
import { answerKind } from '../../src/answer/answerKind.js';
import { answerQuestion, countedTerms } from '../../src/answer/answerQuestion.js';
import { termOf, termsOf } from '../../src/search/terms.js';
import { QuestionError } from '../../src/answer/questionError.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** A small real-looking fixture: three short articles, two of which report the same fact. */
const ARTICLES: Article[] = [
  {
    id: 'harbour-a',
    title: 'Harbour deal signed',
    titleGiven: true,
    source: 'Coast Daily',
    published: '2024-03-10',
    url: 'https://example.org/harbour-a',
    file: 'harbour-a.md',
    body: 'Mayor Lena Ortiz signed the harbour agreement in Valparaiso on Sunday. The deal covers 40 new berths.\n\nOrtiz said the port would reopen in May. Opponents called the plan a costly gamble.',
  },
  {
    id: 'harbour-b',
    title: 'Port to reopen',
    titleGiven: true,
    source: 'Harbour News',
    published: '2024-03-10',
    file: 'harbour-b.md',
    body: 'Mayor Lena Ortiz signed the harbour agreement in Valparaiso on Sunday, officials said. Union leader Tomas Reyes welcomed the deal.',
  },
  {
    id: 'weather',
    title: 'Storm warning',
    titleGiven: true,
    file: 'weather.md',
    body: 'A storm is expected to reach the coast on Tuesday. Fishermen were told to stay in port.',
  },
];

let story: Story;
beforeAll(() => {
  story = buildStory(ARTICLES, 'fixture');
});

describe('answerKind', () => {
  it('takes the kind from the command, else from the wording', () => {
    expect(answerKind('who', 'signed the deal')).toBe('person');
    expect(answerKind('ask', 'How many berths does the deal cover?')).toBe('number');
    expect(answerKind('ask', 'In what city was it signed?')).toBe('place');
    expect(answerKind('ask', 'What year did the war begin?')).toBe('date');
    expect(answerKind('ask', 'Where was he when he spoke?')).toBe('place');
    expect(answerKind('ask', 'What did opponents call the plan?')).toBe('other');
  });
});

describe('answerQuestion', () => {
  it('ranks the sentence that answers first and gives the short answer of the wanted type', () => {
    const a = answerQuestion(story, 'signed the harbour agreement', { command: 'who' });
    expect(a.answer).toEqual({ text: 'Lena Ortiz', type: 'PERSON' });
    expect(a.excerpts[0]!.text).toBe('Mayor Lena Ortiz signed the harbour agreement in Valparaiso on Sunday.');
    expect(a.covered).toBe(true);
    expect(a.confidence).toBeGreaterThan(0.5);
    expect(a.confidence).toBeLessThanOrEqual(1);
  });

  it('folds the same fact from two articles into one excerpt that cites both', () => {
    const a = answerQuestion(story, 'signed the harbour agreement', { command: 'where' });
    expect(a.answer?.text).toBe('Valparaiso');
    expect(a.excerpts[0]!.alsoIn).toEqual([expect.objectContaining({ articleId: 'harbour-b', sentence: 1, source: 'Harbour News' })]);
    expect(a.excerpts.filter((e) => e.text.startsWith('Mayor Lena Ortiz signed'))).toHaveLength(1);
  });

  it('never answers with an entity the question itself names', () => {
    const a = answerQuestion(story, 'Who did Tomas Reyes welcome?', {});
    expect(a.answer?.text).not.toBe('Tomas Reyes');
  });

  it('answers numbers, dates and phrases', () => {
    expect(answerQuestion(story, 'How many new berths does the deal cover?').answer?.text).toBe('40');
    expect(answerQuestion(story, 'storm reach the coast', { command: 'when' }).answer?.text).toBe('Tuesday');
    expect(answerQuestion(story, 'What did opponents call the plan?').answer?.text).toBe('costly gamble');
  });

  it('says the story does not cover a question it does not, with the closest sentences', () => {
    const a = answerQuestion(story, 'Who won the football championship final?');
    expect(a.covered).toBe(false);
    expect(a.answer).toBeNull();
    expect(a.confidence).toBe(0);
  });

  it('pages through excerpts with offset and limit', () => {
    const all = answerQuestion(story, 'harbour port deal', { limit: 10 });
    const page2 = answerQuestion(story, 'harbour port deal', { limit: 2, offset: 2 });
    expect(page2.excerpts.map((e) => e.text)).toEqual(all.excerpts.slice(2, 4).map((e) => e.text));
    expect(page2.excerpts[0]!.rank).toBe(3);
    expect(page2.total).toBe(all.total);
  });

  it('rejects empty, whitespace-only and over-long questions with a clear message', () => {
    expect(() => answerQuestion(story, '')).toThrow(QuestionError);
    expect(() => answerQuestion(story, ' \n\t\u200b ')).toThrow('Please type a question');
    expect(() => answerQuestion(story, 'x'.repeat(301))).toThrow('That question is 301 characters long; please keep it under 300.');
  });

  it('answers a question of only stop words as not covered rather than failing', () => {
    const a = answerQuestion(story, 'who is it?');
    expect(a.covered).toBe(false);
    expect(a.excerpts).toEqual([]);
  });
});

describe('answerJson', () => {
  it('keeps the JSON contract of the ask CLI', () => {
    const json = answerJson(answerQuestion(story, 'signed the harbour agreement', { command: 'who', limit: 1 }), 'q1');
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['id', 'command', 'query', 'answer', 'confidence', 'excerpts']));
    expect(json).toMatchObject({
      id: 'q1',
      command: 'who',
      query: 'signed the harbour agreement',
      answer: { text: 'Lena Ortiz', type: 'PERSON' },
    });
    const [e] = json['excerpts'] as Record<string, unknown>[];
    expect(e).toEqual({
      rank: 1,
      text: 'Mayor Lena Ortiz signed the harbour agreement in Valparaiso on Sunday.',
      score: expect.any(Number),
      articleId: 'harbour-a',
      title: 'Harbour deal signed',
      source: 'Coast Daily',
      url: 'https://example.org/harbour-a',
      published: '2024-03-10',
      sentence: 1,
      alsoIn: [{ articleId: 'harbour-b', sentence: 1, title: 'Port to reopen', source: 'Harbour News' }],
    });
  });
});

describe('dated answers', () => {
  it('places a relative day on the calendar from the article’s published date', () => {
    const a = answerQuestion(story, 'did Mayor Lena Ortiz sign the harbour agreement', { command: 'when' });
    expect(a.answer).toEqual({
      text: 'Sunday, 10 March 2024',
      type: 'DATE',
      date: { date: '2024-03-10', precision: 'day', label: 'Sun 10 Mar 2024' },
    });
  });
});

describe('answer kinds beyond who/when/where', () => {
  it('answers how long with a duration and how many with the count next to the asked noun', () => {
    const extra = oneArticleStory(
      'raid',
      'Raid',
      'The talks lasted roughly five hours. Rebels fired 12 rockets and 40 drones at the base on Friday. The Harbour Authority owns the terminal.',
    );
    expect(answerQuestion(extra, 'How long did the talks last?').answer).toMatchObject({ text: 'five hours', type: 'DURATION' });
    expect(answerQuestion(extra, 'How many drones did the rebels fire?').answer?.text).toBe('40');
    expect(answerQuestion(extra, 'Who owns the terminal?').answer).toMatchObject({ text: 'Harbour Authority', type: 'ORG' });
  });
});

describe('countedTerms', () => {
  it('reads the counted noun phrase up to the auxiliary, or the noun right after "how many" when none closes it', () => {
    expect(countedTerms('How many drones did the rebels fire?')).toEqual(termsOf('drones'));
    expect(countedTerms('How many miles north of the port is the mine?')).toEqual(termsOf('miles'));
    expect(countedTerms('How much did the ferry cost?')).toEqual([]);
  });
  it('adds the nouns the tagger reads past the phrase, and counts nothing of "how many of the …"', () => {
    expect(countedTerms('How many old stone river bridges were rebuilt?')).toContain(termOf('bridges'));
    expect(countedTerms('How many square leagues of the Vorn marsh were drained?')).toEqual(termsOf('square leagues'));
    expect(countedTerms("How many of the guild's boats are moored?")).toEqual([]);
  });
});
