import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placedByTokens, quoteOpen, splitSentences } from '../../src/nlp/splitSentences.js';
import { its, nlp, readAlone, readTokens } from '../../src/nlp/wink.js';

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

  it('gives offsets that point at the text in the body, a soft line break read as a space', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.lorem({ maxCount: 12, mode: 'sentences' }),
            fc.constantFrom('"Yes. No," he said.', 'Mr. X left.', '\n\n', '\n', '  '),
          ),
          { maxLength: 8 },
        ),
        (parts) => {
          const body = parts.join(' ');
          for (const s of splitSentences('p', body)) {
            expect(body.slice(s.start, s.end).replaceAll('\n', ' ')).toBe(s.text);
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

describe('placedByTokens', () => {
  /** Where the search for wink's own text of each sentence puts it (what `placedByTokens` must agree with). */
  const placedBySearch = (para: string): number[][] => {
    const sentences = nlp.readDoc(para).sentences();
    const spans = sentences.out(its.span) as unknown as [number, number][];
    let cursor = 0;
    return sentences.out().map((raw, k) => {
      const text = raw.trim();
      let at = para.indexOf(text, cursor);
      if (at < 0) at = cursor;
      cursor = Math.min(para.length, at + text.length);
      return [at, cursor, spans[k]![0], spans[k]![1] + 1];
    });
  };
  const placed = (para: string) =>
    readAlone(() => {
      const doc = nlp.readDoc(para);
      return placedByTokens(para, readTokens(doc).words, doc.sentences().out(its.span) as unknown as [number, number][]);
    });

  it('reads each sentence from its first token to its last', () => {
    expect(placed('Ivo Brandt left.  He   won.')).toEqual([
      [0, 16, 0, 4],
      [18, 27, 4, 7],
    ]);
  });

  it('agrees with the search for the sentence texts, contractions and marks included', () => {
    for (const para of [
      "Ivo can't stay. Can't we? I'm gonna go. Won't they?",
      'See https://tarnby.example/a?b=1 now. Mail ivo@tarnby.example. :-) Fine!',
      'The Tolly mill’s owner said “no.” Then — nothing… (Velden) said: "Go." He went.',
      'It paid $54m. Orsk harbour board  .  Done 5.2%.',
    ])
      expect(
        readAlone(() => placedBySearch(para)),
        para,
      ).toEqual(placed(para));
  });

  it('leaves a paragraph with white space other than plain spaces to the search', () => {
    expect(placed('Ivo left.\tHe won.')).toBeUndefined();
    expect(placed('Ivo left.\u00a0He won.')).toBeUndefined();
    expect(placed('Ivo left. He\u3000won.')).toBeUndefined();
  });

  it('leaves tokens that do not make up the paragraph, or sentences that skip a token, to the search', () => {
    expect(placedByTokens('Ivo left.', ['Ivo', 'went', '.'], [[0, 2]])).toBeUndefined();
    expect(
      placedByTokens(
        'Ivo left. Go.',
        ['Ivo', 'left', '.', 'Go', '.'],
        [
          [0, 2],
          [4, 4],
        ],
      ),
    ).toBeUndefined();
    expect(placedByTokens('Ivo left. Go.', ['Ivo', 'left', '.', 'Go', '.'], [[0, 2]])).toBeUndefined();
  });

  it('agrees with the search on paragraphs of words, marks and spaces', () => {
    const piece = fc.constantFrom(
      'Ivo',
      'mill',
      'left',
      "can't",
      '.',
      ',',
      '"',
      '“',
      '”',
      '’s',
      '$5m',
      '3.5',
      'Mr.',
      '?',
      '!',
      '-',
      '(',
      ')',
      ' ',
      '  ',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (parts) => {
        const para = parts.join(' ').trim();
        if (!para) return;
        const fast = placed(para);
        if (fast) expect(fast).toEqual(readAlone(() => placedBySearch(para)));
      }),
      { numRuns: 300 },
    );
  });
});
