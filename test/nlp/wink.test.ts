import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/nlp/readArticle.js';
import { readAlone, readsAlone } from '../../src/nlp/wink.js';

const words = (body: string) => readArticle('a', body).tagged.map((t) => t.tokens.map((k) => k.text));

describe('readAlone', () => {
  it("has caught wink's cache (wink-nlp's cache.js is where it was)", () => {
    expect(readsAlone).toBe(true);
  });

  it('reads an article the same after another that met one of its words whole at a sentence end', () => {
    // Invented names, so that nothing read before in this process has met them.
    const later = "The dog slept near Vorquintal's gate all day.";
    const alone = words(later);
    expect(alone[0]).toContain('Vorquintal');
    words("Nobody came to Vorquintal's. The road was closed.");
    expect(words(later)).toEqual(alone);
  });

  it('keeps a word whole within one reading once that reading met it whole', () => {
    const body = "They ate at Drisselkamp's. Later Drisselkamp's van left.";
    const once = readAlone(() => words(body));
    expect(words(body)).toEqual(once);
    expect(readAlone(() => readAlone(() => words(body)))).toEqual(once);
  });
});
