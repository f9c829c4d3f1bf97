import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/corpus/article.js';
import type { Token } from '../../src/nlp/entities.js';
import { buildStory } from '../../src/story/buildStory.js';
import { newDraft, readStage } from '../../src/story/stages.js';
import { withoutKeeping } from '../../src/story/madeOnRead.js';
import { KEPT_SENTENCES_MAX, RECENT_SENTENCES } from '../../src/story/recentRows.js';
import { packRead, unpackRead } from '../../src/story/readTransfer.js';
import { TokenStore } from '../../src/story/tokenStore.js';
import { encodeTokens } from '../../src/story/tokenColumns.js';
import { ByteWriter } from '../../src/story/byteStreams.js';
import { StringTable } from '../../src/story/columns.js';

const TEXTS = ['Gulls circled the quay.', 'Nobody cannot swim.'];
const TOKENS: Token[][] = [
  [
    { text: 'Gulls', start: 0, end: 5, pos: 'NOUN' },
    { text: 'circled', start: 6, end: 13, pos: 'VERB', lemma: 'circle' },
    { text: 'the', start: 14, end: 17, pos: 'DET' },
    { text: 'quay', start: 18, end: 22, pos: 'NOUN' },
    { text: '.', start: 22, end: 23, pos: 'PUNCT' },
  ],
  [
    { text: 'Nobody', start: 0, end: 6, pos: 'PRON' },
    { text: 'can', start: 7, end: 10, pos: 'AUX' },
    // a token whose text is no slice of the sentence
    { text: 'not', start: 10, end: 10, pos: 'PART' },
    { text: 'swim', start: 14, end: 18, pos: 'VERB' },
    { text: '.', start: 18, end: 19, pos: 'PUNCT' },
  ],
];

function given(): { store: TokenStore; rows: { id: number; text: string; tokens?: Token[] }[] } {
  const store = new TokenStore();
  const rows = TEXTS.map((text, id) => ({ id, text }) as { id: number; text: string; tokens?: Token[] });
  rows.forEach((row, i) =>
    store.give(
      row,
      TOKENS[i]!.map((t) => ({ ...t })),
    ),
  );
  return { store, rows };
}

const isAccessor = (row: object): boolean => typeof Object.getOwnPropertyDescriptor(row, 'tokens')?.get === 'function';

describe('TokenStore', () => {
  it('gives each sentence its tokens back from the columns, equal, with the property enumerable', () => {
    const { rows } = given();
    rows.forEach((row, i) => expect(row.tokens).toEqual(TOKENS[i]));
    expect(Object.keys(rows[0]!)).toEqual(['id', 'text', 'tokens']);
    expect({ ...rows[1]! }.tokens).toEqual(TOKENS[1]);
  });

  it('does not keep tokens while the story is built, and keeps them once `keep` is called', () => {
    const { store, rows } = given();
    const first = rows[0]!.tokens;
    expect(isAccessor(rows[0]!)).toBe(true);
    expect(rows[0]!.tokens).toBe(first); // the small cache
    store.keep(rows.length);
    withoutKeeping(() => rows[0]!.tokens);
    expect(isAccessor(rows[0]!)).toBe(true);
    const kept = rows[0]!.tokens;
    expect(isAccessor(rows[0]!)).toBe(false);
    expect(rows[0]!.tokens).toBe(kept);
    expect(kept).toEqual(TOKENS[0]);
  });

  it('holds the latest sentences’ tokens, keeping none, once `keep` is called for a story too large to keep them all', () => {
    const { store, rows } = given();
    store.keep(KEPT_SENTENCES_MAX + 1);
    const held = rows[0]!.tokens;
    expect(held).toEqual(TOKENS[0]);
    expect(rows[0]!.tokens).toBe(held);
    expect(isAccessor(rows[0]!)).toBe(true);
    // Another sentence of its slot (an id RECENT_SENTENCES further on) takes its place: the tokens are made again, equal.
    const other = { id: RECENT_SENTENCES, text: TEXTS[1]! } as { id: number; text: string; tokens?: Token[] };
    Object.defineProperty(other, 'tokens', Object.getOwnPropertyDescriptor(rows[1]!, 'tokens')!);
    void other.tokens;
    expect(rows[0]!.tokens).not.toBe(held);
    expect(rows[0]!.tokens).toEqual(TOKENS[0]);
  });

  it('lets a sentence’s tokens be replaced, and keeps tokens with fields the columns lack as they are', () => {
    const { rows } = given();
    rows[1]!.tokens = [];
    expect(rows[1]!.tokens).toEqual([]);
    const store = new TokenStore();
    const odd = [{ ...TOKENS[0]![0]!, stress: 1 } as Token];
    const row = { id: 0, text: TEXTS[0]! } as { id: number; text: string; tokens?: Token[] };
    store.give(row, odd);
    expect(isAccessor(row)).toBe(false);
    expect(row.tokens).toBe(odd);
  });

  it('writes tokens the worker packed as it writes the same tokens as objects: equal tokens, the same strings in the same order', () => {
    const sentences = TEXTS.map((text, i) => ({ articleId: 'a', index: i + 1, text, start: 0, end: text.length, paragraph: 1 }));
    const tagged = TOKENS.map((tokens) => ({ tokens, entities: [], names: [] }));
    const article = { id: 'a', body: TEXTS.join(' ') };
    // Two batches, as two chunks arrive: each with its own string numbers.
    const arrived = [0, 1].flatMap((i) =>
      unpackRead(structuredClone(packRead([{ sentences: [sentences[i]!], tagged: [tagged[i]!], dates: [[]] }], [article])), [article]),
    );
    const packed = new TokenStore();
    const plain = new TokenStore();
    const rows = TEXTS.map((text, id) => ({ id, text }) as { id: number; text: string; tokens?: Token[] });
    const plainRows = TEXTS.map((text, id) => ({ id, text }) as { id: number; text: string; tokens?: Token[] });
    rows.forEach((row, i) => packed.givePacked(row, arrived[i]!.packed[0]!));
    plainRows.forEach((row, i) =>
      plain.give(
        row,
        TOKENS[i]!.map((t) => ({ ...t })),
      ),
    );
    rows.forEach((row, i) => expect(row.tokens).toEqual(TOKENS[i]));
    // The snapshot's bytes of both: what a sentence's tokens read back as, written again.
    const bytes = (list: { text: string; tokens?: Token[] }[]) => {
      const w = new ByteWriter();
      const strings = new StringTable();
      encodeTokens(
        list.map((r) => r.tokens!),
        list.map((r) => r.text),
        w,
        strings,
      );
      return [[...w.view()], strings.list];
    };
    expect(bytes(rows)).toEqual(bytes(plainRows));
    expect(() => packed.givePacked({ id: 5, text: 'x' }, arrived[0]!.packed[0]!)).toThrow(/^tokenStore:/);
  });

  it('refuses sentences out of order', () => {
    const store = new TokenStore();
    expect(() => store.give({ id: 1, text: 'x' }, [])).toThrow(/^tokenStore:/);
  });

  it('holds the build’s tokens: the read stage makes no token objects that stay, and the story keeps them once served', () => {
    const article: Article = {
      id: 'quay',
      title: 'Quay',
      titleGiven: false,
      published: '2030-02-01',
      file: 'quay.md',
      body: 'Gulls circled the old quay at dawn. The fishing boats came in late.\n',
    };
    const draft = newDraft([article], 'h');
    for (const _ of readStage.run(draft)) {
      // read it all
    }
    expect(draft.sentences.length).toBe(2);
    expect(draft.sentences.every(isAccessor)).toBe(true);
    expect(draft.tagged.every((t) => t.tokens.length === 0)).toBe(true);
    expect(draft.sentences[0]!.tokens.map((t) => t.text)).toContain('quay');
    const story = buildStory([article], 'h');
    expect(isAccessor(story.sentences[1]!)).toBe(true);
    expect(story.sentences[1]!.tokens.map((t) => t.text)).toContain('boats');
    expect(isAccessor(story.sentences[1]!)).toBe(false);
  });

  it('makes the read sentences with the read fields in order, then the story’s', () => {
    const article = (id: string, body: string): Article => ({
      id,
      title: id,
      titleGiven: false,
      published: '2030-02-01',
      file: `${id}.md`,
      body,
    });
    const articles = [article('a', 'The ferry left the quay at dawn. Gulls followed it out.\n\nThe crew waved.\n')];
    const draft = newDraft(articles, 'h');
    for (const _ of readStage.run(draft)) {
      // read it all
    }
    expect(draft.sentences.length).toBe(3);
    for (const s of draft.sentences)
      expect(Object.keys(s)).toEqual(['articleId', 'index', 'text', 'start', 'end', 'paragraph', 'id', 'entities', 'tokens']);
    expect(draft.sentences.map((s) => s.paragraph)).toEqual([1, 1, 2]);
  });
});
