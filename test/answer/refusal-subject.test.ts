import { describe, expect, it } from 'vitest';
import { answerQuestion, traceAnswer } from '../../src/answer/answerQuestion.js';
import { corroborate } from '../../src/answer/corroborate.js';
import { holdsParaphrasedDetails } from '../../src/answer/paraphrasedDetails.js';
import { isCovered } from '../../src/answer/covered.js';
import { questionFrame } from '../../src/answer/questionFrame.js';
import { rankSentences, type PreparedQuery } from '../../src/answer/rankSentences.js';
import {
  absentName,
  NAME_SAMPLE,
  nameTerms,
  nounTerms,
  subjectEvidence,
  subjectTerms,
  unwrittenNameRun,
} from '../../src/answer/subjectEvidence.js';
import { termOf, termsOf } from '../../src/search/terms.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

// An invented port story: the Marlow index and a ferry firm, a day's article saying "today".
const story = buildStory(
  [
    {
      id: 'markets',
      title: 'Port markets',
      titleGiven: true,
      file: 'markets.md',
      published: '2031-05-12',
      body:
        'The Marlow index rose 7.5% today as ferry shares recovered. ' +
        'Trading in Brisco Lines was halted for an hour. ' +
        'Dock workers at Marlow said the strike would go on.',
    },
    {
      id: 'earlier',
      title: 'Port strike',
      titleGiven: true,
      file: 'earlier.md',
      published: '2031-05-09',
      body: 'The Marlow index fell 3% as the dock strike began. Brisco Lines chief Ada Quill met the union.',
    },
  ],
  'refusal-subject-fixture',
);

function prepared(question: string): PreparedQuery {
  const frame = questionFrame('ask', question);
  return {
    terms: termsOf(question),
    kind: frame.kind,
    text: question.toLowerCase(),
    types: frame.types,
    fallback: frame.fallback,
    role: frame.role,
  };
}

function evidence(question: string, answerSentence?: number) {
  const query = prepared(question);
  return subjectEvidence(story, corroborate(rankSentences(story, query)), query, question, answerSentence);
}

/** The id of the story's sentence that holds a text. */
const sentenceWith = (text: string) => story.sentences.find((s) => s.text.includes(text))!.id;

describe('subjectTerms', () => {
  it('takes the words the story uses as names, whatever their case in the question, and capitalised words it never uses', () => {
    expect(nameTerms(story).has('marlow')).toBe(true);
    expect(subjectTerms(story, 'how much did the marlow index rise?')).toContain('marlow');
    expect(subjectTerms(story, 'How much did the Harbin exchange fall?')).toContain('harbin');
  });
  it('leaves out month and weekday names and a capitalised first word', () => {
    expect(subjectTerms(story, 'Where did the Marlow index close on May 12?')).toEqual(['marlow']);
    expect(subjectTerms(story, 'Rise of the index on Tuesday?')).toEqual([]);
  });
  it("reads each question's and each story's own names when they alternate (the latest question's are kept)", () => {
    const other = oneArticleStory('o', 'o', 'Dorel Vance opened the Kestrel Mill on Monday.');
    const asked = ['How much did the Marlow index rise?', 'How much did the Harbin exchange fall?'];
    expect([0, 1, 0].map((i) => subjectTerms(story, asked[i]!))).toEqual([['marlow'], ['harbin'], ['marlow']]);
    expect(subjectTerms(other, 'what did kestrel and marlow make?')).toEqual(['kestrel']);
    expect(subjectTerms(story, 'what did kestrel and marlow make?')).toEqual(['marlow']);
  });
});

describe('absentName', () => {
  it('is a capitalised word of the question the story never writes', () => {
    expect(absentName(story, 'How much did the Harbin index rise?')).toBe('Harbin');
    expect(absentName(story, 'How much did the Marlow index rise?')).toBeUndefined();
  });
  it('takes a name of several words as written when the story writes one of them', () => {
    expect(absentName(story, 'What did Hana Quill say?')).toBeUndefined();
    expect(absentName(story, 'What did Hana Verdo say?')).toBe('Hana Verdo');
    expect(absentName(story, 'Did Hana meet Quill?')).toBe('Hana');
  });
  it('takes a typo of a story word, or a word WordNet relates to one, as written', () => {
    expect(absentName(story, 'Who met the Brisko Lines chief?')).toBeUndefined();
    const continent = oneArticleStory('trade', 'Trade', 'Ferry routes to Peru doubled last year.');
    expect(absentName(continent, 'Which Peruvian routes doubled?')).toBeUndefined();
    expect(absentName(continent, 'Which Chilean routes doubled?')).toBe('Chilean');
  });
});

describe('subjectEvidence', () => {
  it('finds an excerpt naming the subject beside an answer of the wanted kind', () => {
    expect(evidence('How much did the Marlow index rise?')?.text).toContain('rose 7.5% today');
  });
  it('holds the excerpt to the day the question names', () => {
    expect(evidence('How much did the Marlow index move on May 12?')?.text).toContain('7.5% today');
    expect(evidence('How much did the Marlow index move on May 20?')).toBeUndefined();
  });
  it('finds none when the subject is there but nothing of the asked kind is (a trap)', () => {
    expect(evidence('How much money did Brisco Lines pay the union?')).toBeUndefined();
  });
  it('for a question that wants no type, is the sentence the phrase answer came from when it names the subject', () => {
    const question = 'What did Ada Quill do at the meeting?';
    expect(prepared(question).types).toEqual([]);
    expect(evidence(question, sentenceWith('met the union'))?.text).toContain('Ada Quill met the union');
    expect(evidence(question, sentenceWith('halted for an hour'))).toBeUndefined();
    expect(evidence(question)).toBeUndefined();
  });
  it('for a question that wants no type and names nothing, asks the answer sentence for every noun of the question', () => {
    const question = 'What was halted for an hour of trading?';
    expect(subjectTerms(story, question)).toEqual([]);
    expect(nounTerms(question)).toEqual(['hour', 'trading'].map((w) => termOf(w)!));
    expect(evidence(question, sentenceWith('halted for an hour'))?.text).toContain('Trading in Brisco Lines');
    expect(evidence(question, sentenceWith('rose 7.5% today'))).toBeUndefined();
  });
  it('finds none when the question names nothing, or names what the story never does', () => {
    expect(evidence('How much did shares rise?')).toBeUndefined();
    expect(evidence('How much did the Harbin index rise?')).toBeUndefined();
  });
});

describe('nameTerms on a large story', () => {
  it('reads at most NAME_SAMPLE sentences, evenly spread, so the first question does not unpack every token', () => {
    let read = 0;
    const sentences = Array.from({ length: NAME_SAMPLE * 3 + 7 }, (_, i) => ({
      get tokens() {
        read += 1;
        return i % 2 === 0 ? [{ text: 'Quarrow', pos: 'PROPN' }] : [{ text: 'harbour', pos: 'NOUN' }];
      },
    }));
    const names = nameTerms({ sentences } as unknown as Story);
    expect(read).toBeLessThanOrEqual(NAME_SAMPLE);
    expect(names.has(termOf('Quarrow')!)).toBe(true);
  });
});

describe('coverage below the floor', () => {
  const harbour = oneArticleStory(
    'harbour',
    'Harbour',
    'Ada Quill launched a floating clinic at the harbour. The mayor thanked the volunteers. Rain fell all week.',
  );
  it('answers a question that wants no type when the answer sentence names its subject, however few of its words the story uses', () => {
    const answer = answerQuestion(harbour, 'What did Ada Quill proudly unveil amid enormous fanfare yesterday evening?');
    expect(answer.covered).toBe(true);
    expect(answer.answer?.text).toBe('floating clinic');
  });
  it('still refuses such a question about someone the story does not name', () => {
    expect(answerQuestion(harbour, 'What did the governor proudly unveil amid enormous fanfare yesterday evening?').covered).toBe(false);
  });
  it('refuses a question naming someone the story never writes, and traceAnswer says why', () => {
    const trace = traceAnswer(harbour, 'What did Bram Verdo proudly unveil at the harbour yesterday evening?');
    expect(trace.answer.covered).toBe(false);
    expect(trace.coverage?.absentName()).toBe(true);
    expect(traceAnswer(harbour, 'What did Ada Quill proudly unveil at the harbour yesterday evening?').coverage?.absentName()).toBe(false);
  });
});

describe('unwrittenNameRun', () => {
  const groupsOf = (question: string) => corroborate(rankSentences(story, prepared(question)));
  const unwritten = (question: string) => unwrittenNameRun(story, groupsOf(question), question);
  it('finds a name of several capitalised words no candidate excerpt holds together, though the story writes them', () => {
    expect(unwritten('Who halted trading in Marlow Lines?')).toBe('Marlow Lines');
    expect(unwritten('What did Ada Marlow tell the union?')).toBe('Ada Marlow');
    // absentName lets either word stand for the whole name.
    expect(absentName(story, 'What did Ada Marlow tell the union?')).toBeUndefined();
  });
  it('leaves a word the story never writes to absentName: it may be a short name misspelt', () => {
    expect(unwritten('What did Ada Verdo tell the union?')).toBeUndefined();
    expect(unwritten('What did Ada Qill tell the union?')).toBeUndefined();
  });
  it('reads words the question quotes as a name: a title or a term as the story would write it', () => {
    expect(unwritten('Who called the strike "a long winter"?')).toBe('long winter');
    expect(unwritten('Who said the strike "would go on"?')).toBeUndefined();
  });
  it('passes a name written whole, a name of one word, and name words written in lower case', () => {
    expect(unwritten('Who halted trading in Brisco Lines?')).toBeUndefined();
    expect(unwritten('What did Ada Quill tell the union?')).toBeUndefined();
    expect(unwritten('What did Quill tell the union?')).toBeUndefined();
    // A sentence holding each word of the name holds it, in any order ("Governor Ellis of Orvel" for "the Orvel Governor").
    expect(unwritten('Did the Quill Brisco talks go well?')).toBeUndefined();
    expect(unwritten('Why did the marlow dock workers strike?')).toBeUndefined();
    // A capitalised word the story writes in lower case is a title or a kind beside the name, not part of it.
    expect(unwritten('Why did the Marlow Strike go on?')).toBeUndefined();
  });
  it('makes a question of a story of many paragraphs about such a name "not covered"', () => {
    const body = (i: number) =>
      `Brisco Lines ran ferry ${i} from Marlow. Its crew of ${i + 4} sailed at dawn. The harbour fee for ferry ${i} rose to ${i * 10} crowns.`;
    const long = buildStory(
      Array.from({ length: 16 }, (_, i) => ({ id: `a${i}`, title: `Ferry ${i}`, titleGiven: true, file: `a${i}.md`, body: body(i) })),
      'unwritten-name-fixture',
    );
    expect(long.sentences.length).toBeGreaterThanOrEqual(40);
    const trace = traceAnswer(long, 'How much did Dawn Lines pay in yearly harbour fees for ferry 7?');
    expect(trace.coverage?.unwrittenName?.()).toBe(true);
    expect(trace.answer.covered).toBe(false);
    // The same evidence without the check would cover it, as it covers the firm the story names.
    expect(isCovered({ ...trace.coverage!, unwrittenName: () => false })).toBe(true);
    const named = traceAnswer(long, 'How much did Brisco Lines pay in yearly harbour fees for ferry 7?');
    expect(named.coverage?.unwrittenName?.()).toBe(false);
    expect(named.answer.covered).toBe(true);
  });
});

describe('holdsParaphrasedDetails, literal words', () => {
  const quill = story.sentences.find((s) => s.text.includes('Ada Quill'))!;
  it('holds when the sentence has every name and common noun of the question but its focus noun', () => {
    expect(holdsParaphrasedDetails(story, quill, 'Which Brisco Lines chief met the union?', 'chief')).toBe(true);
    expect(holdsParaphrasedDetails(story, quill, 'Which official met the union?', 'official')).toBe(true);
  });
  it('fails when a detail the question gives is missing from the sentence', () => {
    expect(holdsParaphrasedDetails(story, quill, 'Which official met the dock union?', 'official')).toBe(false);
    expect(holdsParaphrasedDetails(story, quill, 'Which Marlow official met the union?', 'official')).toBe(false);
  });
});
