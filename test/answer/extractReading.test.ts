import { beforeAll, describe, expect, it } from 'vitest';
import { CANDIDATE_FEATURES } from '../../src/answer/candidateModel.js';
import type { CorroboratedSentence } from '../../src/answer/corroborate.js';
import { extractAnswer, observeExtraction, type ObservedCandidate, termWordsOf } from '../../src/answer/extractAnswer.js';
import { hasAnswerEntity, namedInQuestion, type PreparedQuery, RANKING } from '../../src/answer/rankSentences.js';
import { termsOf } from '../../src/search/terms.js';
import type { Article } from '../../src/corpus/article.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story } from '../../src/story/story.js';
import { oneArticleStory } from '../fixtures/oneArticle.js';

/** An invented wire story printed word for word by two papers, and a third paper's own sentence. */
const WIRE = 'Ilsa Maren opened the new ferry terminal in Kettlebay on Tuesday.';
const ARTICLES: Article[] = [
  { id: 'gazette', title: 'Terminal opens', titleGiven: true, file: 'gazette.md', body: WIRE },
  { id: 'herald', title: 'Ferry terminal opens', titleGiven: true, file: 'herald.md', body: WIRE },
  {
    id: 'post',
    title: 'Ferries',
    titleGiven: true,
    file: 'post.md',
    body: 'Ilsa Maren spoke at length to the crowd, and weeks later the ferry crews toured the new terminal. It was opened by Ilsa Maren on the new ferry terminal day.',
  },
  { id: 'quoted', title: 'Guide', titleGiven: true, file: 'quoted.md', body: '"Ilsa Maren opened the ferry terminal," a guide said.' },
  { id: 'plain', title: 'Guide', titleGiven: true, file: 'plain.md', body: 'Ilsa Maren opened the ferry terminal, a guide said.' },
];

let story: Story;
beforeAll(() => {
  story = buildStory(ARTICLES, 'extract-reading-fixture');
});

const sentenceOf = (articleId: string, index = 1) => story.sentences.find((s) => s.articleId === articleId && s.index === index)!;

function query(text: string): PreparedQuery {
  return { terms: [...new Set(termsOf(text))], kind: 'person', text: text.toLowerCase() };
}

describe("the extractor's reading of a sentence", () => {
  it("gives each word's offsets and index term, stop words without one", () => {
    const words = termWordsOf('The ferries sailed at 9.30.');
    expect(words.map((w) => [w.start, w.end, w.term])).toEqual([
      [0, 3, null],
      [4, 11, 'ferri'],
      [12, 18, 'sail'],
      [19, 21, null],
      [22, 26, '930'],
    ]);
  });

  it('keeps the reading of a text it has read, and reads another text afresh', () => {
    expect(termWordsOf(WIRE)).toBe(termWordsOf(WIRE));
    expect(termWordsOf(`${WIRE} `)).not.toBe(termWordsOf(WIRE));
    expect(termWordsOf('Kettlebay ferries').map((w) => w.term)).toEqual(['kettlebay', 'ferri']);
  });

  it("counts a word-for-word copy in another article as that article's support", () => {
    const first = { sentence: sentenceOf('gazette'), score: 1, coverage: 1 };
    const copy = { sentence: sentenceOf('herald'), score: 0.9, coverage: 1 };
    const alone: CorroboratedSentence[] = [{ ...first, others: [] }];
    const copied: CorroboratedSentence[] = [{ ...first, others: [copy] }];
    const q = query('Who opened the new ferry terminal?');
    const one = extractAnswer(story, alone, q);
    const two = extractAnswer(story, copied, q);
    expect(one?.text).toContain('Maren');
    expect(two?.text).toBe(one?.text);
    expect(one?.evidence.support).toBeCloseTo(1 / 3);
    expect(two?.evidence.support).toBeCloseTo(2 / 3);
    expect(two?.evidence.margin).toBe(one?.evidence.margin);
  });

  it("lets the model read the facts of a candidate's best mention, not of its first", () => {
    const seen: ObservedCandidate[][] = [];
    observeExtraction({ candidates: (c) => seen.push(c) });
    try {
      // The first excerpt names her far from the question's words; the second beside them, and scores more.
      const far = { sentence: sentenceOf('post', 1), score: 1, coverage: 0, others: [] };
      const near = { sentence: sentenceOf('post', 2), score: 1, coverage: 1, others: [] };
      extractAnswer(story, [far, near], query('Who opened the new ferry terminal?'));
      extractAnswer(story, [near], query('Who opened the new ferry terminal?'));
      extractAnswer(story, [far], query('Who opened the new ferry terminal?'));
    } finally {
      observeExtraction(undefined);
    }
    const nearness = (list: ObservedCandidate[]) =>
      list.find((c) => c.text.includes('Maren'))!.features[CANDIDATE_FEATURES.indexOf('near')]!;
    expect(seen).toHaveLength(3);
    expect(nearness(seen[2]!)).toBeLessThan(nearness(seen[1]!));
    expect(nearness(seen[0]!)).toBe(nearness(seen[1]!));
    // "opened by Ilsa Maren": the agent of a passive verb.
    const agent = seen[1]!.find((c) => c.text.includes('Maren'))!.features[CANDIDATE_FEATURES.indexOf('agent')];
    expect(agent).toBe(1);
  });
});

describe('which entities the question names', () => {
  it('answers afresh for each question, though it keeps the answers for the question being asked', () => {
    expect(namedInQuestion('Ilsa Maren', 'Maren', 'who did ilsa maren meet?')).toBe(true);
    expect(namedInQuestion('Ilsa Maren', 'Maren', 'who opened the terminal?')).toBe(false);
    expect(namedInQuestion('Ilsa Maren', 'Maren', 'who opened the terminal?')).toBe(false);
    expect(namedInQuestion('Ilsa Maren', 'Maren', 'who did ilsa maren meet?')).toBe(true);
    expect(namedInQuestion('Kettlebay', 'Kettlebay', 'who did ilsa maren meet?')).toBe(false);
    expect(namedInQuestion('30', '30', 'who won the 30-second race?')).toBe(true);
  });

  it('keeps a text read as its own name apart from the same text standing for a full name', () => {
    const question = 'who did tam orrick meet at the quay?';
    expect(namedInQuestion('Orrick', 'Orrick', question)).toBe(true);
    expect(namedInQuestion('Skipper', 'Skipper', question)).toBe(false);
    expect(namedInQuestion('Tam Orrick', 'Skipper', question)).toBe(true);
    expect(namedInQuestion('Skipper', 'Skipper', question)).toBe(false);
    expect(namedInQuestion('Wenna Brask', 'Skipper', question)).toBe(false);
  });

  it('reads no stop word inside a name as the question naming it', () => {
    expect(namedInQuestion('Aldo the Bold', 'Aldo the Bold', 'who ruled the isles?')).toBe(false);
    expect(namedInQuestion('Tarn and Velden Railway', 'Tarn and Velden Railway', 'who ran trains and ferries?')).toBe(false);
    expect(namedInQuestion('Aldo the Bold', 'Aldo the Bold', 'who did aldo defeat?')).toBe(true);
  });
});

describe('the ranker’s reading of what the question names', () => {
  it('still reads a stop word the question writes as naming an entity (its weights were fitted so)', () => {
    const weekend = oneArticleStory('fair', 'Fair', 'The fair drew crowds over the weekend.');
    const sentence = weekend.sentences[0]!;
    expect(sentence.entities.some((e) => e.type === 'DATE' && e.text.includes('the'))).toBe(true);
    const asked = (text: string): PreparedQuery => ({ terms: [...new Set(termsOf(text))], kind: 'date', text: text.toLowerCase() });
    expect(hasAnswerEntity(sentence, asked('When did the fair open?'))).toBe(false);
    expect(hasAnswerEntity(sentence, asked('When did crowds come?'))).toBe(true);
  });
  it('reads an amount as named by its figures alone, not by the unit the question asks for', () => {
    const idle = oneArticleStory('mill', 'Mill', 'The Tolly mill stood idle for six years.');
    const sentence = idle.sentences[0]!;
    expect(sentence.entities.some((e) => e.type === 'DURATION' && e.text.includes('years'))).toBe(true);
    const asked = (text: string): PreparedQuery => ({ terms: [...new Set(termsOf(text))], kind: 'duration', text: text.toLowerCase() });
    expect(hasAnswerEntity(sentence, asked('How many years did the Tolly mill stand idle?'))).toBe(true);
    expect(hasAnswerEntity(sentence, asked('Did the Tolly mill stand idle for six years?'))).toBe(false);
    const was = RANKING.amountUnits;
    (RANKING as { amountUnits: boolean }).amountUnits = false;
    try {
      expect(hasAnswerEntity(sentence, asked('How many years did the Tolly mill stand idle?'))).toBe(false);
    } finally {
      (RANKING as { amountUnits: boolean }).amountUnits = was;
    }
  });
  it('reads no noun of the question\'s frame ("in what century") as naming a date', () => {
    const built = oneArticleStory('mill', 'Mill', 'The Tolly mill was built by monks in the 16th century.');
    const sentence = built.sentences[0]!;
    expect(sentence.entities.some((e) => e.type === 'DATE' && e.text.includes('century'))).toBe(true);
    const asked = (text: string): PreparedQuery => ({ terms: [...new Set(termsOf(text))], kind: 'date', text: text.toLowerCase() });
    expect(hasAnswerEntity(sentence, asked('In what century was the Tolly mill built?'))).toBe(true);
    expect(hasAnswerEntity(sentence, asked('Which monks built the mill in the 16th century?'))).toBe(false);
    const was = RANKING.frameNouns;
    (RANKING as { frameNouns: boolean }).frameNouns = false;
    try {
      expect(hasAnswerEntity(sentence, asked('In what century was the Tolly mill built?'))).toBe(false);
    } finally {
      (RANKING as { frameNouns: boolean }).frameNouns = was;
    }
  });
});

describe('a name with "the" inside it', () => {
  it('answers whole a question that writes "the"', () => {
    const epithet = oneArticleStory('isles', 'Isles', 'The isles were ruled by their duke, Aldo the Bold, until 1120.');
    const sentence = epithet.sentences[0]!;
    const answer = extractAnswer(epithet, [{ sentence, score: 1, coverage: 1, others: [] }], query('Who was the duke of the isles?'));
    expect(answer?.text).toBe('Aldo the Bold');
  });
});

describe('a name inside a quotation', () => {
  it('is weighed down as an answer, against the same words unquoted', () => {
    const seen: ObservedCandidate[][] = [];
    observeExtraction({ candidates: (c) => seen.push(c) });
    try {
      for (const id of ['quoted', 'plain'])
        extractAnswer(story, [{ sentence: sentenceOf(id), score: 1, coverage: 1, others: [] }], query('Who opened the ferry terminal?'));
    } finally {
      observeExtraction(undefined);
    }
    const role = (list: ObservedCandidate[]) =>
      list.find((c) => c.text.includes('Maren'))!.features[CANDIDATE_FEATURES.indexOf('logRole')]!;
    expect(role(seen[0]!)).toBeLessThan(role(seen[1]!));
  });
});
