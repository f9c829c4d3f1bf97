import { describe, expect, it } from 'vitest';
import { firstVerbTerm, leadsWithVerb, questionVerb, questionVerbTerm, syntaxVerb, untaggedVerb } from '../../src/answer/questionVerb.js';
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

/** Hand-tagged tokens of a question ("word/TAG" each), as wink may tag them. */
function tagged(words: string): Token[] {
  let at = 0;
  return words.split(' ').map((w) => {
    const [text, pos] = w.split('/') as [string, string];
    const t = { text, pos, start: at, end: at + text.length } as Token;
    at += text.length + 1;
    return t;
  });
}

describe('questionVerb', () => {
  it('reads the verb wink tagged a noun after a helper and its subject, by WordNet', () => {
    expect(questionVerbTerm('When did the Velmian empire fall?')).toBe('fall');
    expect(questionVerbTerm('What does the Orsk council fund?')).toBe('fund');
    expect(questionVerbTerm('What did the mill at Fort Mirela process?')).toBe('process');
    expect(syntaxVerb(tagged('When/ADV did/AUX the/DET Orsk/PROPN mill/NOUN first/ADV open/ADJ ?/PUNCT'))?.text).toBe('open');
  });

  it('takes no noun WordNet knows only as a noun, nor a subject whose verb is a helper', () => {
    expect(syntaxVerb(tagged('When/ADV did/AUX the/DET Orsk/PROPN council/NOUN ?/PUNCT'))).toBeUndefined();
    expect(syntaxVerb(tagged('How/ADV many/ADJ boats/NOUN does/AUX the/DET rail/NOUN system/NOUN have/AUX ?/PUNCT'))).toBeUndefined();
  });

  it('ends the subject at what opens the object: a possessive or determiner after the verb', () => {
    const q = tagged('What/PRON did/AUX the/DET guild/NOUN end/NOUN its/PRON toll/NOUN for/ADP ?/PUNCT');
    expect(syntaxVerb(q)?.text).toBe('end');
    expect(syntaxVerb(tagged('When/ADV did/AUX the/DET guild/NOUN board/NOUN fund/NOUN ?/PUNCT'))?.text).toBe('fund');
  });

  it('reads a participle after an inverted "have"', () => {
    expect(syntaxVerb(tagged('What/PRON had/AUX the/DET flood/NOUN destroyed/ADJ ?/PUNCT'))?.text).toBe('destroyed');
    expect(syntaxVerb(tagged('What/PRON had/AUX the/DET flood/NOUN fallen/ADJ ?/PUNCT'))?.text).toBe('fallen');
  });

  it('reads a subject question’s verb form wink tagged a noun or an adjective', () => {
    expect(questionVerbTerm('Who funds the Tarrow school?')).toBe('fund');
    expect(questionVerbTerm('Who edited the Velden Gazette?')).toBe('edit');
    expect(questionVerb(tagged('What/DET colours/NOUN were/AUX the/DET Orsk/PROPN flags/NOUN ?/PUNCT'))).toBeUndefined();
    expect(questionVerb(tagged('What/DET kinds/NOUN of/ADP boats/NOUN ?/PUNCT'))).toBeUndefined();
  });

  it('keeps the verb wink tags', () => {
    expect(questionVerbTerm('Who sailed the ferry to Brisk?')).toBe('sail');
    expect(questionVerbTerm('What is the Tarrow mill?')).toBeNull();
  });
});

describe('untaggedVerb', () => {
  it('gives the verb only of a question wink tagged with none', () => {
    expect(untaggedVerb(tagged('What/PRON does/AUX the/DET council/NOUN fund/NOUN ?/PUNCT'))?.text).toBe('fund');
    expect(untaggedVerb(tagged('What/PRON does/AUX the/DET council/NOUN fund/VERB ?/PUNCT'))).toBeUndefined();
  });
});
