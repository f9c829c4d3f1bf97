import { describe, expect, it } from 'vitest';
import { abbreviationSpellings } from '../../src/answer/acronym.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { heldWords } from '../../src/answer/heldWords.js';
import { buildStory } from '../../src/story/buildStory.js';

/** Invented sentences on other things, so that the story is long enough for every coverage check. */
const FILLER = Array.from({ length: 45 }, (_, i) => `Market stall ${i + 1} sold fresh bread.`);

/** An invented harbour report: the question's abbreviation ("CI") is never written, its words are, once. */
const story = buildStory(
  [
    {
      id: 'harbour',
      title: 'Ferry held at the quay',
      titleGiven: true,
      file: 'harbour.md',
      body: [
        'The night ferry to Orrin Isle waited at the quay with its engines running.',
        'Gulls circled the ferry while the crew called the passengers aboard.',
        'This follows statements by several port officials, including Chief Inspector Helen Marsh.',
        'Captain Omar Reyes kept the ferry at the quay all night.',
        'Passengers waited in the hall until dawn.',
        'Marsh said the crossing would resume at noon.',
        ...FILLER,
      ].join(' '),
    },
  ],
  'spelled-abbreviation-answer-fixture',
);

const recallSentence = story.sentences.findIndex((s) => s.text.includes('Chief Inspector'));

describe('abbreviationSpellings', () => {
  it('maps a short word the story never writes to the terms of the capitalised words spelling it', () => {
    expect(abbreviationSpellings(story, ['ci', 'ferri'], story.sentences)?.get('ci')).toEqual(['chief', 'inspector']);
  });
  it('leaves words the story writes, and words nothing spells', () => {
    expect(abbreviationSpellings(story, ['ferri', 'qx'], story.sentences)).toBeUndefined();
  });
});

describe('a short question word read where the story spells it out', () => {
  it('answers with the name beside the spelt-out words, and covers the question', () => {
    // The sentence holds the question only by the spelling and a paraphrase ("statements"): read by the question's
    // words alone, it gave the extractor no word to find the name beside.
    const answer = answerQuestion(story, 'CI whose remarks alarmed the crew', { command: 'who' });
    expect(answer.answer?.text).toBe('Helen Marsh');
    expect(answer.covered).toBe(true);
  });
  it('counts the abbreviation as held by the sentence spelling it, and not absent from the story', () => {
    const held = heldWords(story, 'CI whose remarks alarmed the crew', recallSentence);
    // Of ci, remark, alarm and crew the story never writes remark and alarm: the spelt-out ci is not absent.
    expect(held.absent).toBe(0.5);
    const elsewhere = heldWords(story, 'CI whose remarks alarmed the crew', recallSentence + 1);
    expect(held.sentenceHeld).toBeGreaterThan(elsewhere.sentenceHeld);
  });
});
