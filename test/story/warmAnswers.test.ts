import { describe, expect, it, vi } from 'vitest';

const asked: string[] = [];
vi.mock('../../src/answer/answerQuestion.js', async (original) => {
  const real = await original<typeof import('../../src/answer/answerQuestion.js')>();
  return {
    ...real,
    answerQuestion: (...args: Parameters<typeof real.answerQuestion>) => {
      asked.push(args[1]);
      return real.answerQuestion(...args);
    },
  };
});

const { buildStory } = await import('../../src/story/buildStory.js');
const { warmAnswers, warmQuestions } = await import('../../src/story/warmers.js');
const { warmStory } = await import('../../src/story/warmUp.js');

const story = buildStory(
  [
    {
      id: 'locks',
      title: 'Canal locks reopen',
      titleGiven: true,
      file: 'locks.md',
      published: '2031-05-06',
      body:
        'The canal locks at Pellworth reopened on Tuesday after a month of repairs.\n\n' +
        'Engineer Marit Solberg said the new gates would hold twelve boats at a time.\n\n' +
        'The repairs cost the waterways trust about 40,000 pounds, the trust said.',
    },
  ],
  'warm-answers',
);

describe('the warm-up’s questions', () => {
  it('asks general question frames of words spread over the story, one with a typo, and a person it names', () => {
    const questions = warmQuestions(story, 36);
    expect(questions).toHaveLength(36);
    expect(questions[0]).toMatch(/^Who \S+( \S+)+\?$/);
    expect(questions.some((q) => q.startsWith('How many '))).toBe(true);
    expect(questions).toContain('What did Marit Solberg say?');
    const typed = questions[8]!;
    expect(typed.split(' ').some((w) => !story.sentences.some((s) => s.text.includes(w.replace('?', ''))))).toBe(true);
  });

  it('answers each, one a slice, and a story’s warm-up runs them', async () => {
    asked.length = 0;
    let slices = 0;
    for (const _ of warmAnswers(story, 4)) slices += 1;
    expect(asked).toEqual(warmQuestions(story, 4));
    expect(slices).toBe(asked.length);
    asked.length = 0;
    await warmStory(story).done;
    expect(asked).toEqual(warmQuestions(story));
    expect(asked).toHaveLength(1); // one a ten sentences
  });
});
