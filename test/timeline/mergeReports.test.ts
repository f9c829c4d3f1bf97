import { describe, expect, it } from 'vitest';
import { mergeReports, type Report } from '../../src/timeline/mergeReports.js';

const weight = () => 1;
const report = (key: string, words: string, item: string): Report<string> => {
  const terms = new Set(words.split(' '));
  return { key, terms: { terms, total: terms.size }, item };
};

describe('mergeReports', () => {
  it('merges reports of one date that share enough terms, and keeps other dates and other events apart', () => {
    const groups = mergeReports(
      [
        report('2031-03-14', 'ferry sank harbour storm', 'a'),
        report('2031-03-14', 'council approved budget vote', 'b'),
        report('2031-03-14', 'ferry sank near harbour', 'c'),
        report('2031-03-15', 'ferry sank harbour storm', 'd'),
      ],
      weight,
    );
    expect(groups).toEqual([['a', 'c'], ['b'], ['d']]);
  });

  it('joins the earliest matching group, and only the latest fifty groups of a date are compared', () => {
    const filler = Array.from({ length: 60 }, (_, i) => report('2031', `filler${i} word${i}`, `f${i}`));
    const groups = mergeReports(
      [report('2031', 'ferry sank', 'first'), report('2031', 'ferry sank', 'second'), ...filler, report('2031', 'ferry sank', 'late')],
      weight,
    );
    expect(groups[0]).toEqual(['first', 'second']);
    expect(groups.at(-1)).toEqual(['late']);
  });

  it('weighs terms: a shared rare term outweighs a shared common one', () => {
    const rare = (t: string) => (t === 'said' ? 0.1 : 1);
    const groups = mergeReports(
      [
        report('2031', 'said minister resigned', 'a'),
        report('2031', 'said striker scored', 'b'),
        report('2031', 'minister resigned today', 'c'),
      ],
      rare,
    );
    expect(groups).toEqual([['a', 'c'], ['b']]);
  });

  it('joins two groups of one event when a later report is close to both', () => {
    const groups = mergeReports(
      [
        report('2031-W10', 'envoy flies north tomorrow', 'a'),
        report('2031-W10', 'president sends aide governor meeting', 'b'),
        report('2031-W10', 'harvest festival opens', 'x'),
        report('2031-W10', 'envoy flies north aide governor meeting', 'c'),
      ],
      weight,
    );
    expect(groups).toEqual([['a', 'b', 'c'], ['x']]);
  });

  it('never merges two reports on one shared term, however short the lighter one', () => {
    const groups = mergeReports(
      [report('2031-03-14', 'we build more', 'quote'), report('2031-03-14', 'raid struck build apartment city night', 'raid')],
      weight,
    );
    expect(groups).toEqual([['quote'], ['raid']]);
  });

  it('joins a report to a group of another reading of its date only when they share more (before a day, the day)', () => {
    const sib = (key: string, words: string, item: string, siblings: string[]): Report<string> => ({
      ...report(key, words, item),
      siblings,
    });
    const groups = mergeReports(
      [
        sib('D|before', 'governor receive envoy depart lisbon', 'a', ['D|']),
        sib('D|', 'governor host envoy depart lisbon', 'b', ['D|before']),
        sib('D|', 'governor envoy bridge opens crowd cheers', 'c', ['D|before']),
      ],
      weight,
    );
    expect(groups).toEqual([['a', 'b'], ['c']]);
  });

  it('weighs only the terms some compared report of the date holds, itself or as a related term', () => {
    const asked: string[] = [];
    const counting = (t: string) => {
      asked.push(t);
      return 1;
    };
    const near: Report<string> = {
      key: '2031-04-02',
      terms: { terms: new Set(['kiln', 'cracked', 'glaze']), total: 3, near: new Map([['cracked', ['crack']]]) },
      item: 'c',
    };
    mergeReports([report('2031-04-02', 'kiln crack overnight', 'a'), report('2031-04-03', 'glaze', 'b'), near], counting);
    expect(asked).not.toContain('glaze');
    expect(asked).toContain('kiln');
    expect(asked).toContain('crack');
  });
});
