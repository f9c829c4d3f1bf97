import { beforeAll, describe, expect, it } from 'vitest';
import { entityMentions, nameRuns, phraseChunks } from '../../src/answer/mentions.js';
import { QuestionCopies, sameEntities, sameSentenceTokens, sameWords } from '../../src/answer/sentenceCopies.js';
import type { Article } from '../../src/corpus/article.js';
import type { Entity, Token } from '../../src/nlp/entities.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { Story, StorySentence } from '../../src/story/story.js';
import { tokenWordLists } from '../../src/story/tokenColumns.js';
import { wordsOfTokens } from '../../src/story/tokenWords.js';
import { plainQuery } from '../fixtures/plainQuery.js';
import { unkeptSentences } from '../fixtures/unkeptTokens.js';

const TOKENS: Token[] = [
  { text: 'Ada', start: 0, end: 3, pos: 'PROPN' },
  { text: 'rowed', start: 4, end: 9, pos: 'VERB', lemma: 'row' },
  { text: 'home', start: 10, end: 14, pos: 'NOUN' },
];
const ENTITIES: Entity[] = [
  { type: 'PERSON', text: 'Ada', start: 0, end: 3, canonical: 'Ada Vell' },
  { type: 'CARDINAL', text: 'two', start: 20, end: 23, value: 2 },
];
const copy = <T extends object>(list: T[]): T[] => list.map((x) => ({ ...x }));
const sameTokens = (a: Token[], b: Token[]): boolean => sameWords(wordsOfTokens(a, tokenWordLists()), wordsOfTokens(b, tokenWordLists()));

describe('sameWords and sameEntities', () => {
  it('hold for lists alike field for field, and not where one field differs', () => {
    expect(sameTokens(TOKENS, copy(TOKENS))).toBe(true);
    expect(sameTokens(TOKENS, [...copy(TOKENS).slice(0, 2), { ...TOKENS[2]!, pos: 'ADV' }])).toBe(false);
    expect(sameTokens(TOKENS, [TOKENS[0]!, { text: 'rowed', start: 4, end: 9, pos: 'VERB' }, TOKENS[2]!])).toBe(false);
    expect(sameTokens(TOKENS, TOKENS.slice(0, 2))).toBe(false);
    expect(sameEntities(ENTITIES, copy(ENTITIES))).toBe(true);
    expect(sameEntities(ENTITIES, [{ ...ENTITIES[0]!, canonical: 'Ada Rand' }, ENTITIES[1]!])).toBe(false);
    expect(sameEntities(ENTITIES, [ENTITIES[0]!, { ...ENTITIES[1]!, value: 3 }])).toBe(false);
    expect(sameEntities(ENTITIES, [ENTITIES[0]!, { ...ENTITIES[1]!, end: 24 }])).toBe(false);
  });
});

describe('sameSentenceTokens', () => {
  /** A story's sentence `id` whose tokens are made on each read (as a story too large to keep them makes them), counting the reads. */
  const remade = (id: number, text: string, tokens: Token[], reads: { n: number }) => ({
    id,
    text,
    get tokens() {
      reads.n += 1;
      return copy(tokens);
    },
  });

  it('holds for copies of one text with tokens alike, reading each sentence’s tokens only the first time', () => {
    const reads = { n: 0 };
    const text = 'Ada rowed home';
    const a = remade(1, text, TOKENS, reads);
    const b = remade(2, text, TOKENS, reads);
    const c = remade(3, text, [...TOKENS.slice(0, 2), { ...TOKENS[2]!, pos: 'ADV' }], reads);
    expect(sameSentenceTokens(a, b)).toBe(true);
    expect(sameSentenceTokens(a, c)).toBe(false);
    expect(sameSentenceTokens(c, b)).toBe(false);
    const afterFirst = reads.n;
    for (let i = 0; i < 3; i += 1) {
      expect(sameSentenceTokens(b, a)).toBe(true);
      expect(sameSentenceTokens(c, a)).toBe(false);
    }
    expect(reads.n).toBe(afterFirst);
    // Another copy alike with the second class.
    expect(sameSentenceTokens(remade(4, text, c.tokens, reads), c)).toBe(true);
  });

  it('tells copies of a story that does not keep their tokens apart from its columns, no token list made', () => {
    const text = 'Ada rowed home';
    const otherTag = [...TOKENS.slice(0, 2), { ...TOKENS[2]!, pos: 'ADV' }];
    const ownText = [...TOKENS.slice(0, 2), { ...TOKENS[2]!, text: 'house' }];
    const { rows, made } = unkeptSentences([text, text, text, text], [TOKENS, copy(TOKENS), otherTag, ownText]);
    expect(sameSentenceTokens(rows[0]!, rows[1]!)).toBe(true);
    expect(sameSentenceTokens(rows[0]!, rows[2]!)).toBe(false);
    expect(sameSentenceTokens(rows[3]!, rows[1]!)).toBe(false);
    expect(made()).toBe(0);
    // A copy whose token list is held is read from its list, and found alike with the unread ones.
    expect(rows[3]!.tokens[2]!.text).toBe('house');
    expect(sameSentenceTokens(unkeptSentences([text], [ownText]).rows[0]!, rows[3]!)).toBe(true);
  });
});

describe('QuestionCopies', () => {
  type S = { id: number; read: string };
  const alike = (a: S, b: S) => a.read === b.read;

  it("shares a text's value with a sentence read alike, within one question only", () => {
    const memo = new QuestionCopies<object, S, string[], undefined>();
    const q1 = {};
    const a: S = { id: 1, read: 'x' };
    expect(memo.find(q1, 'text', a, alike, undefined)).toBeUndefined();
    const value = memo.keep('text', a, ['made']);
    expect(memo.find(q1, 'text', a, alike, undefined)).toBe(value);
    expect(memo.find(q1, 'text', { id: 2, read: 'x' }, alike, undefined)).toBe(value);
    // Read otherwise: worked out again.
    expect(memo.find(q1, 'text', { id: 3, read: 'y' }, alike, undefined)).toBeUndefined();
    expect(memo.find(q1, 'other text', a, alike, undefined)).toBeUndefined();
    // Another question starts afresh.
    expect(memo.find({}, 'text', a, alike, undefined)).toBeUndefined();
  });
});

/** Two articles carrying the same report word for word, and a third telling it otherwise. */
const ARTICLES: Article[] = [
  {
    id: 'wire',
    title: 'Regatta',
    titleGiven: true,
    file: 'wire.md',
    body: 'The harbour pilot Mara Lind steered 40 old ferries past the breakwater.',
  },
  {
    id: 'reprint',
    title: 'Regatta',
    titleGiven: true,
    file: 'reprint.md',
    body: 'The harbour pilot Mara Lind steered 40 old ferries past the breakwater.',
  },
  {
    id: 'other',
    title: 'Regatta',
    titleGiven: true,
    file: 'other.md',
    body: 'The harbour pilot Mara Lind steered 40 old ferries past the quay.',
  },
];

let story: Story;
beforeAll(() => {
  story = buildStory(ARTICLES, 'sentence-copies-fixture');
});

const query = plainQuery;
const sentenceOf = (articleId: string): StorySentence => story.sentences.find((s) => s.articleId === articleId)!;

describe('mentions of copies of a sentence', () => {
  it("are worked out once a question for a sentence's copies, and anew for another question", () => {
    const q = query('What did the pilot steer?', 'other', []);
    const wire = sentenceOf('wire');
    const reprint = sentenceOf('reprint');
    expect(wire).not.toBe(reprint);
    const chunks = phraseChunks(wire, q);
    expect(chunks.map((c) => c.text)).toContain('harbour pilot Mara Lind');
    expect(phraseChunks(reprint, q)).toBe(chunks);
    // Another text is chunked on its own, and another question (a new query) anew.
    expect(phraseChunks(sentenceOf('other'), q)).not.toBe(chunks);
    const again = phraseChunks(reprint, query('What did the pilot steer?', 'other', []));
    expect(again).not.toBe(chunks);
    expect(again).toEqual(chunks);
  });

  it("give each caller a list of its own, the copies' mentions equal", () => {
    const q = query('How many ferries did the pilot steer?', 'number', ['CARDINAL']);
    const first = entityMentions(story, sentenceOf('wire'), q.types, q);
    expect(first.map((m) => m.text)).toEqual(['40']);
    first.push({ type: 'PHRASE', text: 'added by a caller', start: 0, end: 1 });
    const second = entityMentions(story, sentenceOf('reprint'), q.types, q);
    expect(second.map((m) => m.text)).toEqual(['40']);
  });
});

describe('name runs of copies of a sentence', () => {
  it("are the first copy's, found once for every question, and a sentence told otherwise has its own", () => {
    const wire = sentenceOf('wire');
    const reprint = sentenceOf('reprint');
    for (const kind of ['person', 'other'] as const) {
      const runs = nameRuns(story, wire, query('Who steered the ferries?', kind, []));
      expect(runs.map((r) => r.text)).toEqual(['Mara Lind']);
      // Another question, and the copy in another article: the same runs, not found again.
      expect(nameRuns(story, reprint, query('Who steered past the breakwater?', kind, []))).toBe(runs);
      const other = nameRuns(story, sentenceOf('other'), query('Who steered the ferries?', kind, []));
      expect(other).not.toBe(runs);
      expect(other).toEqual(runs);
    }
  });

  it('are cut for the question that names one, leaving the runs kept as they were', () => {
    const cut = nameRuns(story, sentenceOf('reprint'), query('Who steered with Mara Lind?', 'person', []));
    expect(cut.map((r) => r.text)).toEqual([]);
    expect(nameRuns(story, sentenceOf('wire'), query('Who steered the ferries?', 'person', [])).map((r) => r.text)).toEqual(['Mara Lind']);
  });
});
