import { describe, expect, it } from 'vitest';
import { coordinated } from '../../src/answer/coordinatedLists.js';
import type { Mention } from '../../src/answer/mentions.js';

/** The mentions of `words` in `text`, each at its first place. */
function mentionsOf(text: string, words: string[]): Mention[] {
  return words.map((w) => {
    const start = text.indexOf(w);
    return { type: 'PHRASE', text: w, start, end: start + w.length };
  });
}

describe('coordinated', () => {
  it('joins members a comma and a final "and" stand between', () => {
    const text = 'The cart carried flour, salt and dried figs to town.';
    const lists = coordinated(text, mentionsOf(text, ['flour', 'salt', 'dried figs', 'town']));
    expect(lists.map((l) => l.text)).toEqual(['flour, salt and dried figs']);
  });

  it('closes a list with a last member that is itself two nouns joined by "and"', () => {
    const text = 'The mill gave the valley flour, lamp oil and rope fibre.';
    const lists = coordinated(text, mentionsOf(text, ['valley', 'flour', 'lamp oil and rope fibre']));
    expect(lists.map((l) => l.text)).toEqual(['flour, lamp oil and rope fibre']);
  });

  it('joins members whose "the" the tagger left out of them', () => {
    const text = 'Grants went to Harwick Library, the Tolvane Mill Library and the Ostmere Library in spring.';
    const lists = coordinated(text, mentionsOf(text, ['Harwick Library', 'Tolvane Mill Library', 'Ostmere Library', 'spring']));
    expect(lists.map((l) => l.text)).toEqual(['Harwick Library, the Tolvane Mill Library and the Ostmere Library']);
  });

  it('joins no clause a comma and "and the" open', () => {
    const text = 'The boats met in Harwick, and the Tolvane Guild and the Ostmere Guild will sail later.';
    const lists = coordinated(text, mentionsOf(text, ['Harwick', 'Tolvane Guild', 'Ostmere Guild']));
    expect(lists.map((l) => l.text)).toEqual(['Tolvane Guild and the Ostmere Guild']);
  });

  it('ends a list its "and" closed at the next comma, before a "the" that opens a clause', () => {
    const text = 'The hazards are wind, hail and black frost, the wardens warned.';
    const lists = coordinated(text, mentionsOf(text, ['hazards', 'wind', 'hail', 'black frost', 'wardens']));
    expect(lists.map((l) => l.text)).toEqual(['wind, hail and black frost']);
  });

  it('makes no list of members joined by commas alone', () => {
    const text = 'In the valley, the mill, the forge stood.';
    expect(coordinated(text, mentionsOf(text, ['valley', 'mill', 'forge']))).toEqual([]);
  });
});
