import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termFrequency } from '../../src/search/postingTable.js';
import { SentenceIndex } from '../../src/search/sentenceIndex.js';
import { termOf } from '../../src/search/terms.js';
import { sentencesHolding, sentencesHoldingWith } from '../../src/search/termSample.js';

/** Twelve sentences; every third names the ferry, and sentence 1, which does not, has it in its headline. */
function ferryIndex(): SentenceIndex {
  const index = new SentenceIndex();
  index.addAll(
    Array.from({ length: 12 }, (_, id) => ({
      id,
      text: id % 3 === 0 ? `The ferry Kalvoy left berth ${id}.` : `Gulls circled the harbour at Brennvik, day ${id}.`,
      context: '',
      title: id === 1 ? 'Ferry bulletin' : 'Harbour log',
    })),
  );
  index.freeze();
  return index;
}

describe('sentencesHolding', () => {
  const ferry = termOf('ferry')!;

  it('gives every sentence whose own text holds the term when there are no more than asked for', () => {
    expect(sentencesHolding(ferryIndex(), ferry, 10)).toEqual([0, 3, 6, 9]);
  });

  it('spreads a smaller sample evenly over the holders, from the first', () => {
    expect(sentencesHolding(ferryIndex(), ferry, 2)).toEqual([0, 6]);
    expect(sentencesHolding(ferryIndex(), ferry, 3)).toEqual([0, 3, 6]);
  });

  it('reads the sentence field only: a headline or a neighbour holding the term does not count', () => {
    expect(sentencesHolding(ferryIndex(), ferry, 10)).not.toContain(1);
    expect(sentencesHolding(ferryIndex(), termOf('bulletin')!, 10)).toEqual([]);
  });

  it('gives nothing for a term the story never uses or a sample of none', () => {
    expect(sentencesHolding(ferryIndex(), termOf('lighthouse')!, 5)).toEqual([]);
    expect(sentencesHolding(ferryIndex(), ferry, 0)).toEqual([]);
  });
});

describe('sentencesHoldingWith', () => {
  const ferry = termOf('ferry')!;

  it('gives the sentences whose own text holds the term and one of the others', () => {
    expect(sentencesHoldingWith(ferryIndex(), ferry, [termOf('berth')!])).toEqual([0, 3, 6, 9]);
    expect(sentencesHoldingWith(ferryIndex(), termOf('harbour')!, [termOf('day')!, termOf('lighthouse')!])).toEqual([
      1, 2, 4, 5, 7, 8, 10, 11,
    ]);
  });

  it('reads the sentence field only, and gives nothing for no others or none the story uses', () => {
    expect(sentencesHoldingWith(ferryIndex(), ferry, [termOf('bulletin')!])).toEqual([]);
    expect(sentencesHoldingWith(ferryIndex(), ferry, [termOf('gull')!])).toEqual([]);
    expect(sentencesHoldingWith(ferryIndex(), ferry, [])).toEqual([]);
    expect(sentencesHoldingWith(ferryIndex(), ferry, [ferry])).toEqual([]);
  });

  it('stops at the limit, the first ones in the index order', () => {
    expect(sentencesHoldingWith(ferryIndex(), ferry, [termOf('berth')!], 2)).toEqual([0, 3]);
  });

  it('finds what testing each holder against every other list finds, on stories of random sentences', () => {
    const vocabulary = ['ferry', 'berth', 'harbour', 'gull', 'tide', 'quay', 'lantern', 'rope'];
    const sentence = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 60 }), fc.subarray(vocabulary), fc.nat(8), (texts, others, cut) => {
        const index = new SentenceIndex();
        index.addAll(texts.map((words, id) => ({ id, text: `${words.join(' ')}.`, context: '', title: 'Harbour log' })));
        index.freeze();
        const term = termOf('ferry')!;
        const otherTerms = others.map((w) => termOf(w)!);
        const table = index.postings();
        const field = table.fields[0]!;
        const lists = otherTerms.flatMap((o) => {
          const n = table.termNumbers.get(o);
          return n === undefined || o === term ? [] : [field.list(n)];
        });
        const t = table.termNumbers.get(term);
        const expected: number[] = [];
        if (t !== undefined && lists.length > 0) {
          const { docs, from, to } = field.list(t);
          for (let i = from; i < to && expected.length < cut + 1; i += 1)
            if (lists.some((list) => termFrequency(list, docs[i]!) > 0)) expected.push(table.ids[docs[i]!]!);
        }
        expect(sentencesHoldingWith(index, term, otherTerms, cut + 1)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
