import { describe, expect, it } from 'vitest';
import { alikeList, coordinated } from '../../src/answer/coordinatedLists.js';
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

  it('joins members given out of order, and members a joiner of other white space stands between', () => {
    const text = 'The cart carried flour,\tsalt and\u00a0dried figs to town.';
    const [flour, salt, figs, town] = mentionsOf(text, ['flour', 'salt', 'dried figs', 'town']);
    const lists = coordinated(text, [town!, figs!, flour!, salt!]);
    expect(lists.map((l) => l.text)).toEqual(['flour,\tsalt and\u00a0dried figs']);
  });

  it('joins no members other words stand between', () => {
    const text = 'The cart carried flour, then salt and dried figs to town.';
    const lists = coordinated(text, mentionsOf(text, ['flour', 'salt', 'dried figs', 'town']));
    expect(lists.map((l) => l.text)).toEqual(['salt and dried figs']);
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

  it('takes no "example" of "for example," as a member: it opens the list', () => {
    const text = 'The keepers watch, for example, damp, dust and frost.';
    const lists = coordinated(text, mentionsOf(text, ['keepers', 'example', 'damp', 'dust', 'frost']));
    expect(lists.map((l) => l.text)).toEqual(['damp, dust and frost']);
  });

  it('shows a list with the nouns right after its last member, given the tokens', () => {
    const text = 'Grants reached the Orsk and Velden mills in spring.';
    const members = mentionsOf(text, ['Orsk', 'Velden', 'spring']);
    const tokens = [
      { text: 'Velden', pos: 'PROPN' },
      { text: 'mills', pos: 'NOUN' },
      { text: 'in', pos: 'ADP' },
      { text: 'spring', pos: 'NOUN' },
    ].map((t) => ({ ...t, start: text.indexOf(t.text), end: text.indexOf(t.text) + t.text.length }));
    const [list] = coordinated(text, members, tokens);
    expect(list?.text).toBe('Orsk and Velden');
    expect(text.slice(list?.shown?.start, list?.shown?.end)).toBe('Orsk and Velden mills');
    expect(coordinated(text, members)[0]?.shown).toBeUndefined();
  });

  it('shows a list with its shared head noun but not with a name after it', () => {
    const text = 'The Orsk and Velden dialects Tama and Hollin mean river.';
    const members = mentionsOf(text, ['Orsk', 'Velden']);
    const tokens = [
      { text: 'Velden', pos: 'PROPN' },
      { text: 'dialects', pos: 'NOUN' },
      { text: 'Tama', pos: 'PROPN' },
    ].map((t) => ({ ...t, start: text.indexOf(t.text), end: text.indexOf(t.text) + t.text.length }));
    const [list] = coordinated(text, members, tokens);
    expect(text.slice(list?.shown?.start, list?.shown?.end)).toBe('Orsk and Velden dialects');
  });

  it('lists the outermost mentions too, when asked to, where a mention inside another breaks the run', () => {
    const text = 'The yard has three trades: rope making, sail and mast repair, and boat building.';
    const members = mentionsOf(text, ['rope', 'rope making', 'sail and mast', 'sail and mast repair', 'boat building']);
    const whole = 'rope making, sail and mast repair, and boat building';
    expect(coordinated(text, members, undefined, true).find((l) => l.text === whole)?.outer).toBe(true);
    expect(coordinated(text, members).map((l) => l.text)).not.toContain(whole);
  });

  it('joins members measured without the focus noun across it, shown with it and no further', () => {
    const text = 'Grants came from the Orsk Council and the Velden Council fund in spring.';
    const [orsk, velden] = mentionsOf(text, ['Orsk', 'Velden']).map((m) => ({
      ...m,
      shown: { start: m.start, end: m.end + ' Council'.length },
    }));
    const tokens = [
      { text: 'Velden', pos: 'PROPN' },
      { text: 'Council', pos: 'PROPN' },
      { text: 'fund', pos: 'NOUN' },
      { text: 'in', pos: 'ADP' },
    ].map((t) => ({ ...t, start: text.indexOf(t.text), end: text.indexOf(t.text) + t.text.length }));
    const [list] = coordinated(text, [orsk!, velden!], tokens);
    expect(list?.text).toBe('Orsk Council and the Velden');
    expect(text.slice(list?.shown?.start, list?.shown?.end)).toBe('Orsk Council and the Velden Council');
  });

  it('joins members by "and/or", and across an abbreviation in brackets, which is no member', () => {
    const either = 'The pier may close for storms, high tides, and/or repairs.';
    expect(coordinated(either, mentionsOf(either, ['pier', 'storms', 'high tides', 'repairs'])).map((l) => l.text)).toEqual([
      'storms, high tides, and/or repairs',
    ]);
    const text = 'It was set up by the Orsk Harbour Trust (OHT) and the Velden Guild (VG) in spring.';
    const lists = coordinated(text, mentionsOf(text, ['Orsk Harbour Trust', 'OHT', 'Velden Guild', 'VG', 'spring']));
    expect(lists.map((l) => l.text)).toEqual(['Orsk Harbour Trust (OHT) and the Velden Guild']);
    const aside = 'It was set up by the Orsk Trust (the older one) and the Velden Guild in spring.';
    expect(coordinated(aside, mentionsOf(aside, ['Orsk Trust', 'Velden Guild', 'spring']))).toEqual([]);
  });

  it('makes no list of members joined by commas alone', () => {
    const text = 'In the valley, the mill, the forge stood.';
    expect(coordinated(text, mentionsOf(text, ['valley', 'mill', 'forge']))).toEqual([]);
  });
});

describe('alikeList', () => {
  /** The one list `coordinated` makes of `words` in `text`, and whether it reads as things of one kind. */
  function alike(text: string, words: string[]): boolean {
    const members = mentionsOf(text, words);
    const lists = coordinated(text, members);
    expect(lists).toHaveLength(1);
    return alikeList(text, lists[0]!, members);
  }

  it('takes common phrases side by side, and names side by side', () => {
    expect(alike('The board blamed fuel costs, storms and crew shortages.', ['fuel costs', 'storms', 'crew shortages'])).toBe(true);
    expect(alike('The race passed Orsk, Velden and the Sarn Bridge.', ['Orsk', 'Velden', 'Sarn Bridge'])).toBe(true);
  });

  it('takes a last member the chunker joined by "and" as a member more, after a comma', () => {
    expect(alike('The board blamed fuel costs, storms and crew shortages.', ['fuel costs', 'storms and crew shortages'])).toBe(true);
  });

  it('takes no two members a comma and "and" join, nor names mixed with common phrases', () => {
    expect(alike('The board saw a form of rot, and Ada Vell agreed.', ['form of rot', 'Ada Vell'])).toBe(false);
    expect(alike('The board blamed storms, Ada Vell and the harbour master.', ['storms', 'Ada Vell', 'harbour master'])).toBe(false);
  });

  it('takes no bare common phrase beside a member after "the", unless the first has an article too', () => {
    const text = 'The crews mended fishing nets and the roof of the old boathouse.';
    expect(alike(text, ['fishing nets', 'roof of the old boathouse'])).toBe(false);
    const both = 'The crews mended the fishing nets and the roof of the old boathouse.';
    expect(alike(both, ['fishing nets', 'roof of the old boathouse'])).toBe(true);
  });

  it('reads a member opening the sentence as neither a name nor a phrase', () => {
    expect(alike('Tea, coffee and wheat grow on the hills.', ['Tea', 'coffee', 'wheat'])).toBe(true);
  });
});
