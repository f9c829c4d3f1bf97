import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteOpen, splitSentences } from '../../src/nlp/splitSentences.js';

describe('splitSentences', () => {
  it('keeps abbreviations and titles inside their sentence', () => {
    const body = 'Gen. Taras Melnar met Mr. Smith in the U.S. on Sunday. They spoke for an hour.';
    expect(splitSentences('a', body).map((s) => s.text)).toEqual([
      'Gen. Taras Melnar met Mr. Smith in the U.S. on Sunday.',
      'They spoke for an hour.',
    ]);
  });

  it('keeps a multi-sentence quotation with its attribution', () => {
    const body = '"We had a useful day. We want a deal," Brisco told reporters. He left.';
    expect(splitSentences('a', body).map((s) => s.text)).toEqual([
      '"We had a useful day. We want a deal," Brisco told reporters.',
      'He left.',
    ]);
  });

  it('handles typographic quotes the same way', () => {
    const body = '“U.S. is backing the plan. U.S. is paying for it.” Then they left.';
    expect(splitSentences('a', body).map((s) => s.text)).toEqual(['“U.S. is backing the plan. U.S. is paying for it.”', 'Then they left.']);
  });

  it('treats paragraphs as hard boundaries and numbers sentences and paragraphs from 1', () => {
    const body = 'First paragraph has no full stop\n\nSecond one. Third one.';
    const s = splitSentences('x', body);
    expect(s.map((x) => [x.index, x.paragraph, x.text])).toEqual([
      [1, 1, 'First paragraph has no full stop'],
      [2, 2, 'Second one.'],
      [3, 2, 'Third one.'],
    ]);
  });

  it('gives offsets that point at the exact text in the body', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.lorem({ maxCount: 12, mode: 'sentences' }), fc.constantFrom('"Yes. No," he said.', 'Mr. X left.', '\n\n', '  ')),
          { maxLength: 8 },
        ),
        (parts) => {
          const body = parts.join(' ');
          for (const s of splitSentences('p', body)) {
            expect(body.slice(s.start, s.end)).toBe(s.text);
            expect(s.text.trim()).toBe(s.text);
            expect(s.text.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('tells an open quotation from a closed one', () => {
    expect(quoteOpen('"We had a session.')).toBe(true);
    expect(quoteOpen('"Done," he said.')).toBe(false);
    expect(quoteOpen('“Open.')).toBe(true);
  });

  it('ends a sentence after a figure with a one-letter scale when a capital follows', () => {
    const body =
      'Orlan paid $54m. Brightline rose 5 pct. Output fell 2 pct. in May. It paid 7m. "Too much," she said. The 400m. race was run. It cost 3k. per seat.';
    expect(splitSentences('t', body).map((s) => s.text)).toEqual([
      'Orlan paid $54m.',
      'Brightline rose 5 pct.',
      'Output fell 2 pct. in May.',
      'It paid 7m.',
      '"Too much," she said.',
      'The 400m. race was run.',
      'It cost 3k. per seat.',
    ]);
  });

  it('never splits a sentence at the dot of a ticker', () => {
    const body = 'Kestrel Corp <KES.N> said profit rose. Brightline Inc (BRT.O) fell sharply. Shares closed.';
    expect(splitSentences('t', body).map((s) => s.text)).toEqual([
      'Kestrel Corp <KES.N> said profit rose.',
      'Brightline Inc (BRT.O) fell sharply.',
      'Shares closed.',
    ]);
  });
});
