import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { speechFamily } from '../../src/answer/speechAnswer.js';
import { buildStory } from '../../src/story/buildStory.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

const story = buildStory(
  [
    {
      id: 'port',
      title: 'Port to reopen',
      titleGiven: true,
      file: 'port.md',
      published: '2031-03-10',
      body:
        'Mayor Lena Ortiz said the port would reopen in May. Union leader Tomas Reyes wrote a letter to the council demanding higher wages. ' +
        '"We will not back down," Reyes told reporters.\n\nThe ferry service will resume on Friday, harbour master Ivo Brandt said.',
    },
  ],
  'speech',
);

describe('what did X say / write', () => {
  it('gives reported speech from the best excerpts ("X said the port would reopen")', () => {
    const a = answerQuestion(story, 'What did Ortiz say?');
    expect(a.covered).toBe(true);
    expect(a.answer?.text).toBe('the port would reopen in May');
  });

  it('prefers the verb asked: what X wrote, not what X told reporters', () => {
    expect(answerQuestion(story, 'What did Reyes write?').answer?.text).toBe('a letter to the council demanding higher wages');
    expect(answerQuestion(story, 'What did Reyes tell reporters?').answer?.text).toBe('We will not back down');
  });

  it('gives a quotation introduced by a colon without the colon', () => {
    const colon = oneArticleStory('c', 'Strike', 'Dock foreman Ada Lind said: "The cranes stay idle until Monday."');
    expect(answerQuestion(colon, 'What did Lind say?').answer?.text).toBe('The cranes stay idle until Monday');
  });

  it('reads an attribution after the clause (", X said")', () => {
    expect(answerQuestion(story, 'What did Brandt say?').answer?.text).toBe('The ferry service will resume on Friday');
  });

  it('reads "What did X say …?" as any what-question where X says nothing the speech reader finds, never answering X', () => {
    const preface = oneArticleStory(
      'letter',
      'Guild',
      'The guild of Fort Mirela met each spring in the old hall. ' +
        'In a letter of 1820, Orla Tellin complained that the ferry crews had never heard of Velmian salt law. ' +
        'The hall burned down in 1841.',
    );
    expect(answerQuestion(preface, 'What did Tellin say the ferry crews had never heard of?').answer?.text).toBe('Velmian salt law');
    // The excerpt's own name of the speaker is no answer to what the speaker said.
    expect(answerQuestion(preface, 'What did Tellin say about the hall?').answer?.text).toBeUndefined();
  });

  it('gives no named party where X says nothing: a name read in its stead tells of another', () => {
    const voyage = oneArticleStory(
      'voyage',
      'Guild',
      'The guild of Fort Mirela met each spring in the old hall. ' +
        'Orla Tellin later sailed to Velmia with her friend Ivo Brandt. ' +
        'The hall burned down in 1841.',
    );
    expect(answerQuestion(voyage, 'What did Tellin say about the voyage to Velmia?').answer?.text).toBeUndefined();
    expect(answerQuestion(voyage, 'What did Tellin claim the old hall held?').answer?.text).toBeUndefined();
  });

  it('reads the family of the verb asked', () => {
    expect(speechFamily('What did she tweet about the vote?')).toBe('tweet');
    expect(speechFamily('What did he tell the court?')).toBe('tell');
    expect(speechFamily('Who won?')).toBeUndefined();
    // The verb after the speaker, not a noun before it.
    expect(speechFamily('What did the State Auditor Ida Vos say?', 'Ida Vos')).toBe('say');
  });
});
