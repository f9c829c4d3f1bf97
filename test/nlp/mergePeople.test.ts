import { describe, expect, it } from 'vitest';
import { groupSpellings, sameName, TailWordIndex, titledSurname } from '../../src/nlp/mergePeople.js';

describe('TailWordIndex', () => {
  const index = new TailWordIndex();
  const group = (keys: string[]) => ({ keys, count: 1 });
  const lund = group(['maria lund']);
  const solis = group(['ramona ibarra solis']);
  const kovalenko = group(['petro kovalenkovych']);
  const dovbenko = group(['oleksii dovbenko']);
  for (const g of [lund, solis, kovalenko, dovbenko]) for (const k of g.keys) index.add(g, k);

  it('finds a group by its surname, a double surname by its first part, and not by the given name alone', () => {
    expect(index.candidates('lund')).toEqual([lund]);
    expect(index.candidates('ramona ibarra')).toEqual([solis]);
    expect(index.candidates('maria')).toEqual([]);
  });

  it('finds surnames a letter apart, two letters apart when long, and transliterated endings', () => {
    expect(index.candidates('lunde')).toEqual([lund]);
    expect(index.candidates('kovalenkovic')).toEqual([kovalenko]);
    expect(index.candidates('kavalenkovich')).toEqual([kovalenko]);
    expect(index.candidates('oleksiy dovbenkiy')).toEqual([dovbenko]);
  });

  it('offers every group that sameName would join, on random spellings', () => {
    const words = ['anna', 'anya', 'lund', 'lunde', 'ibarra', 'ibara', 'solis', 'kovalenko', 'kovalenkyi', 'ko', 'al'];
    const keys: string[] = [];
    for (const a of words) {
      keys.push(a);
      for (const b of words) {
        keys.push(`${a} ${b}`);
        for (const c of words.slice(0, 4)) keys.push(`${a} ${c} ${b}`);
      }
    }
    const all = new TailWordIndex();
    const groups = keys.map((k) => group([k]));
    for (const g of groups) all.add(g, g.keys[0]!);
    for (const k of keys.filter((_, i) => i % 7 === 0)) {
      const offered = new Set(all.candidates(k));
      for (const g of groups) if (sameName(k, g.keys[0]!)) expect(offered.has(g), `${k} ~ ${g.keys[0]}`).toBe(true);
    }
  });
});

describe('groupSpellings', () => {
  it('groups a full name, its double surname and its surname, and leaves a surname two people share ambiguous', () => {
    const { groups, ambiguous } = groupSpellings([
      { key: 'ramona ibarra solis', count: 3 },
      { key: 'ibarra solis', count: 1 },
      { key: 'marta olsen', count: 2 },
      { key: 'ingrid olsen', count: 2 },
      { key: 'olsen', count: 4 },
    ]);
    expect(groups.map((g) => g.keys)).toEqual([['ramona ibarra solis', 'ibarra solis'], ['ingrid olsen'], ['marta olsen']]);
    expect([...ambiguous]).toEqual(['olsen']);
  });

  it('joins a double surname that opens with a given name to a full name of two given names, not to one of one', () => {
    expect(sameName('garcia lorca', 'ines maria garcia lorca')).toBe(true);
    expect(sameName('paul smith', 'james paul smith')).toBe(false);
  });

  it("never reads the one name after a sovereign's or a saint's title as someone's surname", () => {
    expect(sameName('king varn', 'aldo varn')).toBe(false);
    expect(sameName('saint varn', 'aldo varn')).toBe(false);
    expect(sameName('king aldric', 'aldric')).toBe(true);
  });
});

describe('titledSurname', () => {
  it("reads a person noun before a surname as a title, not a sovereign's, a knight's or a given name", () => {
    expect(titledSurname('commissioner varn')).toBe('varn');
    expect(titledSurname('harbour registrar varn')).toBe('varn');
    expect(titledSurname('archduke varn')).toBeUndefined();
    expect(titledSurname('king varn')).toBeUndefined();
    expect(titledSurname('pope varn')).toBeUndefined();
    expect(titledSurname('saint varn')).toBeUndefined();
    expect(titledSurname('st varn')).toBeUndefined();
    expect(titledSurname('sir varn')).toBeUndefined();
    expect(titledSurname('anna varn')).toBeUndefined();
    expect(titledSurname('varn')).toBeUndefined();
  });
});
