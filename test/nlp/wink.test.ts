import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/nlp/readArticle.js';
import { readAlone, readsAlone } from '../../src/nlp/wink.js';

const words = (body: string) => readArticle('a', body).tagged.map((t) => t.tokens.map((k) => k.text));
const tags = (body: string) => readArticle('a', body).tagged.flatMap((t) => t.tokens.map((k) => `${k.text}/${k.pos}`));

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

  it('tags a number as a number after another article met its digits cut from a word', () => {
    // Invented figures, out of wink's vocabulary and met nowhere else in this process.
    const alone = tags('There were 7531 seats in the hall.');
    expect(alone).toContain('7531/NUM');
    const cut = tags('They used the X.8642 link.');
    expect(cut.some((t) => t.startsWith('8642/'))).toBe(true);
    expect(tags('There were 8642 seats in the hall.')).toEqual(alone.map((t) => t.replace('7531', '8642')));
    // And the digits cut from a word read as they do in a process that met them nowhere else.
    expect(tags('They used the X.7531 link.')).toEqual(cut.map((t) => t.replace('8642', '7531')));
  });
});
