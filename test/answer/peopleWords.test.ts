import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/answer/answerQuestion.js';
import { answersPeopleKind, askedPeopleKind, peopleWordRuns } from '../../src/answer/peopleWords.js';
import type { Token } from '../../src/nlp/entities.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented guild: an almanac's language, its author's church and its binder's people, none a gazetteer demonym. */
const story = oneArticleStory(
  'almanac',
  'Almanac',
  'The Merrow Guild printed its first almanac in 1821 at Port Quell. ' +
    'The almanac was written in Gaelic by Tavin Oske, an Anglican scholar who kept the guild library. ' +
    'Its binder, Ada Rusk, was a Flemish craftsman who had settled at Port Quell.',
);

describe('askedPeopleKind', () => {
  it('reads a language, a religion or a nationality from the question', () => {
    expect(askedPeopleKind('in what language was the ledger kept?', 'language')).toBe('language');
    expect(askedPeopleKind('what denomination ran the school?', 'denomination')).toBe('religion');
    expect(askedPeopleKind('which religions did the traders bring?', 'religions')).toBe('religion');
    expect(askedPeopleKind('what nationality was the pilot?', 'nationality')).toBe('nation');
  });

  it('reads no kind from a question that writes a word of the kind itself', () => {
    expect(askedPeopleKind('which denomination within the wider baptist union is oldest?', 'denomination')).toBeUndefined();
  });

  it('reads the which/what noun where no focus noun was read: after a clause put first, a verb or "what is the"', () => {
    expect(askedPeopleKind('at the mill, what language did the weavers use?', undefined)).toBe('language');
    expect(askedPeopleKind('the ferrymen of oskel spoke what language?', undefined)).toBe('language');
    expect(askedPeopleKind('in the hill towns, what is the usual language of trade?', undefined)).toBe('language');
    expect(askedPeopleKind('at the fair, what religious denomination sold the candles?', undefined)).toBe('religion');
    expect(askedPeopleKind('what can faith healers demand of the mayor?', undefined)).toBeUndefined();
  });

  it('reads a kind from a question that writes a word of the kind only before its which/what word', () => {
    expect(askedPeopleKind('besides gaelic, what language did the guild print in?', 'language')).toBe('language');
  });

  it('reads no kind from another noun', () => {
    expect(askedPeopleKind('what vessel sank?', 'vessel')).toBeUndefined();
    expect(askedPeopleKind('who signed the lease?', undefined)).toBeUndefined();
  });
});

describe('answersPeopleKind', () => {
  it('takes the words WordNet files under the kind asked', () => {
    expect(answersPeopleKind('Flemish', 'nation')).toBe(true);
    expect(answersPeopleKind('Gaelic', 'language')).toBe(true);
    expect(answersPeopleKind('Anglican', 'religion')).toBe(true);
    expect(answersPeopleKind('Swedish', 'nation')).toBe(true);
  });

  it('wants the kind asked, a capital, and no common noun written with one', () => {
    expect(answersPeopleKind('Anglican', 'language')).toBe(false);
    expect(answersPeopleKind('flemish', 'nation')).toBe(false);
    expect(answersPeopleKind('Sister', 'religion')).toBe(false);
  });
});

/** Tokens of invented words with their tags, at made-up offsets. */
function tokens(...tagged: [string, string][]): Token[] {
  let at = 0;
  return tagged.map(([text, pos]) => {
    const token = { text, pos, start: at, end: at + text.length };
    at += text.length + 1;
    return token;
  });
}

describe('peopleWordRuns', () => {
  it('takes a people word with the capitalised describing words before it and the words of its kind after it', () => {
    const school = tokens(['The', 'DET'], ['Roman', 'PROPN'], ['Catholic', 'ADJ'], ['school', 'NOUN'], ['of', 'ADP'], ['Tarrow', 'PROPN']);
    expect(peopleWordRuns(school, 'religion', () => false)).toEqual([{ first: 1, last: 2 }]);
    const chapel = tokens(['A', 'DET'], ['Baptist', 'PROPN'], ['Methodist', 'PROPN'], ['chapel', 'NOUN']);
    expect(peopleWordRuns(chapel, 'religion', () => false)).toEqual([{ first: 1, last: 2 }]);
  });

  it('takes in the rest of a name of the kind the people word opens, not the kind noun right after it', () => {
    const sign = tokens(['in', 'ADP'], ['Breton', 'PROPN'], ['Hill', 'PROPN'], ['Sign', 'PROPN'], ['Language', 'PROPN']);
    expect(peopleWordRuns(sign, 'language', () => false)).toEqual([{ first: 1, last: 4 }]);
    const board = tokens(['the', 'DET'], ['Breton', 'PROPN'], ['Language', 'PROPN'], ['Board', 'PROPN']);
    expect(peopleWordRuns(board, 'language', () => false)).toEqual([{ first: 1, last: 1 }]);
  });

  it('leaves out a run whose people word the question names, and the first word of a sentence before one', () => {
    const school = tokens(['Tarrow', 'PROPN'], ['Catholic', 'ADJ'], ['school', 'NOUN']);
    expect(peopleWordRuns(school, 'religion', () => false)).toEqual([{ first: 1, last: 1 }]);
    expect(peopleWordRuns(school, 'religion', (w) => w === 'Catholic')).toEqual([]);
  });
});

describe('questions asking for a people word', () => {
  it('are answered by a language', () => {
    expect(answerQuestion(story, 'In what language was the almanac written?').answer?.text).toBe('Gaelic');
  });

  it('are answered by a religion, not a language', () => {
    expect(answerQuestion(story, 'What denomination was Tavin Oske?').answer?.text).toBe('Anglican');
  });

  it('are answered by the people word of a hyphened word alone', () => {
    const lodge = oneArticleStory(
      'lodge',
      'Lodge',
      'The Ferrin Lodge stood above the weir at Callow Reach. Its keepers, the Domm family, were mostly Breton-speaking.',
    );
    expect(answerQuestion(lodge, 'What language did the Domm family speak?').answer?.text).toBe('Breton');
    expect(answerQuestion(lodge, 'The Domm family spoke what language?').answer?.text).toBe('Breton');
  });

  it('are answered by a nationality no gazetteer demonym spells', () => {
    expect(answerQuestion(story, 'What nationality was Ada Rusk?').answer?.text).toBe('Flemish');
  });
});
