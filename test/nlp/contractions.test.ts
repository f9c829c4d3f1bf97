import { describe, expect, it } from 'vitest';
import { tagSentence } from '../../src/nlp/entities.js';

describe('a contracted first-person pronoun', () => {
  it('reads "I\'m" as the pronoun, not a name, with either apostrophe and anywhere in the sentence', () => {
    for (const text of ["I'm leaving the harbour, the skipper wrote.", 'Yes, I’m leaving the harbour.', "Maud Kell said I'm late."]) {
      const tagged = tagSentence(text);
      expect(tagged.tokens.find((t) => /^I.m$/.test(t.text))?.pos).toBe('PRON');
      expect(tagged.names.map((n) => n.text)).not.toContain(text.includes('’') ? 'I’m' : "I'm");
    }
    expect(tagSentence("Maud Kell said I'm late.").names.map((n) => n.text)).toEqual(['Maud Kell']);
  });
});
