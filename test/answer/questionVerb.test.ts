import { describe, expect, it } from 'vitest';
import { firstVerbTerm, leadsWithVerb } from '../../src/answer/questionVerb.js';
import type { Token } from '../../src/nlp/entities.js';
import { buildStory } from '../../src/story/buildStory.js';
import type { StorySentence } from '../../src/story/story.js';

/** A sentence of the given words and tags, as a story holds one (no columns: its token list is read). */
function sentence(id: number, words: [string, string][]): StorySentence {
  let at = 0;
  const tokens = words.map(([text, pos]) => {
    const t = { text, pos, start: at, end: at + text.length } as Token;
    at += text.length + 1;
    return t;
  });
  return { id, text: words.map(([w]) => w).join(' '), tokens } as unknown as StorySentence;
}

describe('leadsWithVerb', () => {
  it('answers by the first verb of a built story’s sentence, not a later one', () => {
    const story = buildStory(
      [
        {
          id: 'a',
          title: 'Mill',
          titleGiven: true,
          file: 'a.md',
          body: 'The Tarrow mill moved to Orsk in 1881. Ada Vell sold the mill in 1890, and it moved to Orsk.',
        },
      ],
      'question-verb',
    );
    const [moved, sold] = story.sentences;
    expect(firstVerbTerm(moved!)).toBe('move');
    expect(leadsWithVerb(moved!, 'move')).toBe(true);
    expect(leadsWithVerb(sold!, 'move')).toBe(false);
    expect(leadsWithVerb(sold!, 'sell')).toBe(true);
  });

  it('keeps each sentence’s first verb: asked again, the sentence is not read again; another sentence of its id is', () => {
    const sailed = sentence(7, [
      ['Orsk', 'PROPN'],
      ['sailed', 'VERB'],
      ['home', 'ADV'],
    ]);
    expect(leadsWithVerb(sailed, 'sail')).toBe(true);
    (sailed.tokens[1] as { pos: string }).pos = 'NOUN';
    expect(leadsWithVerb(sailed, 'sail')).toBe(true);
    const none = sentence(7, [
      ['Orsk', 'PROPN'],
      ['harbour', 'NOUN'],
    ]);
    expect(firstVerbTerm(none)).toBeNull();
    expect(leadsWithVerb(none, 'sail')).toBe(false);
  });
});
