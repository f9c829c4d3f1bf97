import { describe, expect, it } from 'vitest';
import { answerKind } from '../../src/answer/answerKind.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { asksCount } from '../../src/answer/askedNumber.js';
import { asksPeople, peopleCount } from '../../src/answer/peopleAsked.js';
import { questionFrameWords } from '../../src/search/terms.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/**
 * Invented: a broadcaster reports that two people from the unions attended a meeting, and the next sentence names them.
 * The first sentence echoes a question about "two people at the harbour talks" best, and names no person.
 */
const story = oneArticleStory(
  'talks',
  'Talks',
  'Two people from the ferry unions attended the harbour talks in Velden on Monday, Tarnmark Radio reported. ' +
    'Ilse Vantorp and Marek Dunsford spoke for the unions at the talks. ' +
    'The talks ended after six hours without a deal on pay.',
);

describe('a question asking for several people', () => {
  it('is answered with the people the story names, not the broadcaster nor a body of people', () => {
    for (const q of [
      'Who were two people at the harbour talks?',
      'Which two people were at the harbour talks?',
      'Name two people at the harbour talks.',
      'Who were the people at the harbour talks?',
    ])
      expect(answerQuestion(story, q).answer?.text, q).toBe('Ilse Vantorp and Marek Dunsford');
  });

  it('leaves an organisation answering a who-question that asks for no number of people', () => {
    expect(answerQuestion(story, 'Who reported the harbour talks?').answer?.text).toBe('Tarnmark Radio');
  });
});

describe('asksPeople', () => {
  it('reads a count, a plural focus noun, or a plural noun of persons after "who are / were"', () => {
    expect(asksPeople('person', 'who were two people at the talks?', undefined)).toBe(true);
    expect(asksPeople('person', 'which three officials signed?', 'officials')).toBe(true);
    expect(asksPeople('person', 'what individuals wrote the paper?', 'individuals')).toBe(true);
    expect(asksPeople('person', 'who were the people at the talks?', undefined)).toBe(true);
  });

  it('is false for one person, a plural of no persons, or another kind', () => {
    expect(asksPeople('person', 'who owns the terminal?', undefined)).toBe(false);
    expect(asksPeople('person', 'which official signed?', 'official')).toBe(false);
    expect(asksPeople('person', 'who were the talks held by?', undefined)).toBe(false);
    expect(asksPeople('other', 'which two ferries sank?', 'ferries')).toBe(false);
  });
});

describe('the kind and count of a question asking for people', () => {
  it('reads "which two people" and "which persons" as asking for persons', () => {
    expect(answerKind('ask', 'Which two people were at the talks?')).toBe('person');
    expect(answerKind('ask', 'Which persons attended?')).toBe('person');
  });

  it('reads a count after "who are / were" as the number asked for', () => {
    expect(asksCount('who were the two men at the door?')).toBe(true);
    expect(asksCount('who were at the door for two hours?')).toBe(false);
  });
});

describe('the words by which a question asks for several people', () => {
  it('takes "people", "persons", "individuals" after the question word as frame, not as words to find', () => {
    expect(questionFrameWords('Who were two people at the talks?')).toContain('people');
    expect(questionFrameWords('Which persons attended?')).toContain('persons');
    expect(questionFrameWords('How many people attended?').has('people')).toBe(false);
  });

  it('gives the count of a question asking for several people, and none for other things', () => {
    expect(peopleCount('person', 'which two officials signed?', 'officials')).toBe('two');
    expect(peopleCount('person', 'who were the three men at the door?', undefined)).toBe('three');
    expect(peopleCount('other', 'which two ferries sank?', 'ferries')).toBeUndefined();
    expect(peopleCount('person', 'which officials signed?', 'officials')).toBeUndefined();
  });
});
