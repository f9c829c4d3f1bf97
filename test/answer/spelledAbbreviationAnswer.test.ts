import { describe, expect, it } from 'vitest';
import { abbreviationSpellings } from '../../src/answer/acronym.js';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { heldWords } from '../../src/answer/heldWords.js';
import { FILLER, harbourReport } from './harbourReport.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** The question's abbreviation ("CI") is never written, its words are, once. */
const story = harbourReport(
  [
    'This follows statements by several port officials, including Chief Inspector Helen Marsh.',
    'Captain Omar Reyes kept the ferry at the quay all night.',
    'Passengers waited in the hall until dawn.',
    'Marsh said the crossing would resume at noon.',
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

/** An invented port story naming a paper whose second word the index drops ("Now"), and another whose words it keeps. */
const paperStory = oneArticleStory(
  'papers',
  'Ice in the port',
  [
    'Harbour Now reported that ice closed the northern basin.',
    'Quay Tidings printed the tide tables a day late.',
    'The harbour froze for the first time in forty winters.',
    'Fishing boats stayed tied up along the wall.',
    ...FILLER,
  ].join(' '),
);

describe('a spelling with a word the index drops', () => {
  it('spells nothing, where a spelling whose every word has a term does', () => {
    const spelled = abbreviationSpellings(paperStory, ['hn', 'qt'], paperStory.sentences);
    expect(spelled?.get('qt')).toEqual(['quay', 'tide']);
    expect(spelled?.has('hn')).toBe(false);
  });
  it('leaves the abbreviation absent rather than held by the one common word left of it', () => {
    const froze = paperStory.sentences.findIndex((s) => s.text.includes('harbour froze'));
    const held = heldWords(paperStory, 'What did HN report of ice in the basin?', froze);
    // Of hn, report, ice and basin the story writes all but hn: read as "harbour", the sentence held hn and none was absent.
    expect(held.absent).toBe(0.25);
  });
});
