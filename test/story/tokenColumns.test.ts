import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/nlp/entities.js';
import { buildStory } from '../../src/story/buildStory.js';
import { ByteWriter } from '../../src/story/byteStreams.js';
import { StringTable } from '../../src/story/columns.js';
import { loadSnapshot, saveSnapshot } from '../../src/story/snapshot.js';
import { encodeTokens, TokenColumns, tokenWordLists, tokensFit, wordText } from '../../src/story/tokenColumns.js';

const TEXTS = ['The ferry left at dawn.', '', 'Ships cannot sail.'];
const LISTS: Token[][] = [
  [
    { text: 'The', start: 0, end: 3, pos: 'DET' },
    { text: 'ferry', start: 4, end: 9, pos: 'NOUN' },
    { text: 'left', start: 10, end: 14, pos: 'VERB', lemma: 'leave' },
    { text: 'at', start: 15, end: 17, pos: 'ADP' },
    { text: 'dawn', start: 18, end: 22, pos: 'NOUN' },
    { text: '.', start: 22, end: 23, pos: 'PUNCT' },
  ],
  [],
  [
    { text: 'Ships', start: 0, end: 5, pos: 'NOUN' },
    // wink cuts "cannot" in two and gives the second part a text of its own
    { text: 'can', start: 6, end: 9, pos: 'AUX' },
    { text: 'not', start: 9, end: 9, pos: 'PART' },
    { text: 'sail', start: 13, end: 17, pos: 'VERB' },
    { text: '.', start: 17, end: 18, pos: 'PUNCT' },
  ],
];

function encoded(): { columns: TokenColumns; strings: StringTable } {
  const w = new ByteWriter();
  const strings = new StringTable();
  encodeTokens(LISTS, TEXTS, w, strings);
  return { columns: TokenColumns.decode(w.view(), strings.list), strings };
}

describe('tokenColumns', () => {
  it('gives back each sentence’s tokens alone, equal and of one shape, writing only texts that are no slice', () => {
    const { columns, strings } = encoded();
    expect(columns.count).toBe(3);
    LISTS.forEach((tokens, i) => expect(columns.tokensOf(i, TEXTS[i]!)).toEqual(tokens));
    expect(Object.keys(columns.tokensOf(0, TEXTS[0]!)[2]!)).toEqual(['text', 'start', 'end', 'pos', 'lemma']);
    expect(strings.list).toContain('not');
    expect(strings.list).not.toContain('ferry');
  });

  it('read each sentence’s token fields into lists, none made, as its tokens hold them', () => {
    const { columns } = encoded();
    const out = tokenWordLists();
    LISTS.forEach((tokens, i) => {
      const words = columns.wordsOf(i, TEXTS[i]!, out);
      expect(words).toBe(out);
      expect(words.count).toBe(tokens.length);
      const back = Array.from({ length: words.count }, (_, j) => ({
        text: wordText(words, j),
        start: words.starts[j],
        end: words.ends[j],
        pos: words.tags[j],
        ...(words.lemmas[j] === undefined ? {} : { lemma: words.lemmas[j] }),
      }));
      expect(back).toEqual(tokens);
    });
  });

  it('cuts a word’s text from its sentence only when read', () => {
    const { columns } = encoded();
    const words = columns.wordsOf(2, TEXTS[2]!, tokenWordLists());
    // Only "not" (no slice of "Ships cannot sail.") has a text of its own.
    expect(words.owns.slice(0, words.count)).toEqual([undefined, undefined, 'not', undefined, undefined]);
    expect(wordText(words, 3)).toBe('sail');
  });

  it('reads numbers of more than one byte (far offsets, long tokens, late strings) and refuses bytes cut inside a token', () => {
    const text = `${'x'.repeat(300)} ${'y'.repeat(200)} end`;
    const strings = new StringTable();
    for (let i = 0; i < 20_000; i += 1) strings.id(`filler${i}`);
    const tokens: Token[] = [
      { text: 'y'.repeat(200), start: 301, end: 501, pos: 'NOUN', lemma: 'filler19999' },
      { text: 'finish', start: 502, end: 505, pos: 'NOUN' },
    ];
    const w = new ByteWriter();
    encodeTokens([tokens], [text], w, strings);
    const bytes = w.view();
    expect(TokenColumns.decode(bytes, strings.list).tokensOf(0, text)).toEqual(tokens);
    // The sentence's last byte marked as going on: its last number runs past the sentence's bytes.
    const damaged = bytes.slice();
    damaged[damaged.length - 1]! |= 0x80;
    expect(() => TokenColumns.decode(damaged, strings.list).tokensOf(0, text)).toThrow(/^byteStreams: data ends inside a number/);
  });

  it('leaves a token with fields it does not know to the generic columns', () => {
    expect(tokensFit(LISTS)).toBe(true);
    expect(tokensFit([[{ ...LISTS[0]![0]!, stress: 1 } as Token]])).toBe(false);
    expect(tokensFit([[{ text: 'rode', start: 0, end: 4, pos: 'VERB', lemma: 'ride' }]])).toBe(true);
    expect(tokensFit([[{ text: 'rode', start: 0, end: 4, pos: 'VERB', lemmas: 'ride' } as Token]])).toBe(false);
  });
});

describe('the snapshot’s tokens', () => {
  it('come back equal from their own section, or from the generic columns when a token has a field of its own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'storybot-tokens-'));
    try {
      const article = { id: 'a', title: 'a', titleGiven: false, file: 'a.md', body: 'The ferry left at dawn. Ships cannot sail.' };
      for (const extra of [false, true]) {
        const story = buildStory([article], 'h');
        if (extra) Object.assign(story.sentences[1]!.tokens[0]!, { stress: 1 });
        const path = join(dir, `s${extra}.snapshot`);
        await saveSnapshot(story, path, { fingerprint: 'f' });
        const loaded = await loadSnapshot(path, 'h', { fingerprint: 'f' });
        if (typeof loaded === 'string') throw new Error(loaded);
        expect(loaded.sentences.map((s) => s.tokens)).toEqual(story.sentences.map((s) => s.tokens));
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
