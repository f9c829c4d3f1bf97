import { describe, expect, it } from 'vitest';
import { traceAnswer } from '../../src/answer/answerQuestion.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';

/** Invented: a thing named in its sentence by a gloss in brackets, and by "known as". */
const ARTICLES: Article[] = [
  {
    id: 'reef',
    title: 'Reef',
    titleGiven: true,
    file: 'reef.md',
    body:
      'Reef snails were found off Port Alder. ' +
      'Each snail feeds through a siphon ("mouth tube") near its Coral Bay shell ridge. ' +
      'Divers counted 40 of them.',
  },
  {
    id: 'pier',
    title: 'Pier',
    titleGiven: true,
    file: 'pier.md',
    body:
      'The harbour board met on Tuesday. ' +
      'The old fish market of Port Alder, later known as the Lantern Hall, closed in 1990. ' +
      'The work cost little.',
  },
  {
    id: 'fair',
    title: 'Fair',
    titleGiven: true,
    file: 'fair.md',
    body:
      'The town fair opened on Saturday. ' +
      'The Harbour Trust from Port Alder ran a painting contest for young painters, "Bright Sails", in June. ' +
      'Crowds came early.',
  },
  {
    id: 'channel',
    title: 'Channel',
    titleGiven: true,
    file: 'channel.md',
    body:
      'The harbour board met on Tuesday. ' +
      'The Harbour Trust dredged the narrow channel by the Quay Road pier, which sailors call "the Needle", in May. ' +
      'The work cost little.',
  },
];

const ask = (article: Article, question: string) =>
  traceAnswer(buildStory([article], `naming-${article.id}`), question, { command: 'ask', limit: 1 }).short?.text;

describe('a question asking what something is called', () => {
  it('takes the word a gloss in brackets explains over a name beside the question’s words', () => {
    expect(ask(ARTICLES[0]!, 'What is the mouth tube of the snail called?')).toBe('siphon');
  });

  it('takes the name given after "known as" over a place beside the question’s words', () => {
    expect(ask(ARTICLES[1]!, 'What was the old fish market later known as?')).toBe('Lantern Hall');
  });

  it('reads "what was the name of X" as asking what X is called: a quoted name over a place', () => {
    expect(ask(ARTICLES[2]!, 'What was the name of the painting contest?')).toBe('Bright Sails');
  });

  it('takes a quoted name after "call", "the" inside the quotes', () => {
    expect(ask(ARTICLES[3]!, 'What do sailors call the narrow channel?')).toBe('Needle');
  });
});
