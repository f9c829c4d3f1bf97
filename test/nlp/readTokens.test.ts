import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/nlp/entities.js';
import { its, nlp, readTokens, readsTokensInOnePass } from '../../src/nlp/wink.js';

/** What wink-nlp's public calls give for a document's tokens: the reading `readTokens` must equal. */
function publicReading(text: string) {
  const all = nlp.readDoc(text).tokens();
  const pos = all.out(its.pos) as string[];
  const lemma = its.lemma as unknown as Parameters<typeof all.out>[0];
  const lemmas: (string | undefined)[] = [];
  for (let i = 0; i < pos.length; i += 1) if (pos[i] === 'VERB' || pos[i] === 'AUX') lemmas[i] = all.itemAt(i).out(lemma) as string;
  return { words: all.out(), pos, lemmas };
}

describe('readTokens', () => {
  it('reads in one pass: wink-nlp takes the mapper (its allowed.js is where it was)', () => {
    expect(readsTokensInOnePass).toBe(true);
  });

  it("reads each token's text, tag and verb lemma as wink's public calls give them, in one pass", () => {
    // Invented text: verbs and auxiliaries (irregular, contracted), a number, an amount, punctuation, a name.
    const text = "Velra Osk hadn't sold 40 crates; she'd gone. The mills were shut and they've \"bought\" $3m more, Osk says.";
    const read = readTokens(nlp.readDoc(text));
    expect(read).toEqual(publicReading(text));
    expect(read.lemmas.filter(Boolean).length).toBeGreaterThan(4);
    expect(read.lemmas).toContain('sell');
  });

  it('reads an empty document as no tokens', () => {
    expect(readTokens(nlp.readDoc(''))).toEqual({ words: [], pos: [], lemmas: [] });
  });
});

describe('tagSentence offsets', () => {
  it("places each token at its own offset past runs of spaces, and reads any case of I'm as the pronoun", () => {
    const text = "Orla  met   Orla   in Tarnby;  I’m told i'M glad.";
    const { tokens } = tagSentence(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.filter((t) => t.text === 'Orla').map((t) => t.start)).toEqual([0, 12]);
    expect(tokens.filter((t) => /^i['’]m$/i.test(t.text)).map((t) => t.pos)).toEqual(['PRON', 'PRON']);
  });
});
