import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/nlp/entities.js';
import { buildStory } from '../../src/story/buildStory.js';
import { EntityStore } from '../../src/story/entityStore.js';
import { withoutKeeping } from '../../src/story/madeOnRead.js';

const TEXTS = ['Mayor Elena Brask of Tolvik paid $4.5m on 3 May.', 'Nobody came.'];
// Keys in the orders the build gives them: its readers and the snapshot see them in that order.
const ENTITIES: Entity[][] = [
  [
    { type: 'PERSON', text: 'Elena Brask', start: 6, end: 17, canonical: 'Mayor Elena Brask' },
    { type: 'PLACE', text: 'Tolvik', start: 21, end: 27 },
    { text: '$4.5m', type: 'MONEY', start: 33, end: 38, value: 4_500_000, scale: 'm', currency: '$' },
    // a text that is no slice of the sentence, and a fractional value
    { type: 'DATE', text: 'May 3', start: 42, end: 47, value: 0.25 },
    { type: 'CARDINAL', text: '3', start: 42, end: 43, value: -2 },
  ],
  [],
];

type Row = { id: number; text: string; entities?: Entity[] };

function given(): { store: EntityStore; rows: Row[] } {
  const store = new EntityStore();
  const rows: Row[] = TEXTS.map((text, id) => ({ id, text }));
  rows.forEach((row, i) =>
    store.give(
      row,
      ENTITIES[i]!.map((e) => ({ ...e })),
    ),
  );
  return { store, rows };
}

const isAccessor = (row: object): boolean => typeof Object.getOwnPropertyDescriptor(row, 'entities')?.get === 'function';

describe('EntityStore', () => {
  it('gives each sentence its entities back equal, each with its keys in the order it was given them', () => {
    const { rows } = given();
    rows.forEach((row, i) => expect(row.entities).toEqual(ENTITIES[i]));
    rows[0]!.entities!.forEach((e, j) => expect(Object.keys(e)).toEqual(Object.keys(ENTITIES[0]![j]!)));
    expect(Object.keys(rows[0]!)).toEqual(['id', 'text', 'entities']);
    expect(rows.every(isAccessor)).toBe(true);
  });

  it('keeps apart shapes of the same keys in other orders and of more keys than it compares one by one', () => {
    const store = new EntityStore();
    const keys = Array.from({ length: 20 }, (_, k) => `k${k}`);
    // Twenty shapes of one key more each, then the first shapes' keys in another order.
    const entities: Entity[] = keys.map((_, n) => ({
      type: 'CARDINAL',
      text: '7',
      start: 0,
      end: 1,
      ...Object.fromEntries(keys.slice(0, n).map((k) => [k, n])),
    }));
    entities.push({ text: '7', type: 'CARDINAL', start: 0, end: 1 }, { end: 1, start: 0, text: '7', type: 'CARDINAL', k0: 1 } as Entity);
    const rows: Row[] = entities.map((_, id) => ({ id, text: '7 rode on.' }));
    rows.forEach((row, i) => store.give(row, [{ ...entities[i]! }]));
    rows.forEach((row, i) => {
      expect(row.entities).toEqual([entities[i]]);
      expect(Object.keys(row.entities![0]!)).toEqual(Object.keys(entities[i]!));
    });
  });

  it('gives an attached sentence its property in place, with no entities until they are given', () => {
    const store = new EntityStore();
    const row = { id: 0, text: TEXTS[0]! } as Row & { tokens?: [] };
    store.attach(row);
    row.tokens = [];
    expect(row.entities).toEqual([]);
    store.give(row, ENTITIES[0]!);
    expect(row.entities).toEqual(ENTITIES[0]);
    expect(Object.keys(row)).toEqual(['id', 'text', 'entities', 'tokens']);
  });

  it('does not keep entities while the story is built, and keeps them once `keep` is called', () => {
    const { store, rows } = given();
    const first = rows[0]!.entities;
    expect(rows[0]!.entities).toBe(first); // the small cache
    store.keep();
    withoutKeeping(() => rows[0]!.entities);
    expect(isAccessor(rows[0]!)).toBe(true);
    const kept = rows[0]!.entities;
    expect(isAccessor(rows[0]!)).toBe(false);
    expect(rows[0]!.entities).toBe(kept);
  });

  it('lets a sentence’s entities be replaced, keeps entities with values of other kinds as they are, and refuses sentences out of order', () => {
    const { rows } = given();
    rows[0]!.entities = [];
    expect(rows[0]!.entities).toEqual([]);
    const store = new EntityStore();
    const odd = [{ ...ENTITIES[0]![1]!, note: { says: 'x' } } as unknown as Entity];
    const row: Row = { id: 0, text: TEXTS[0]! };
    store.give(row, odd);
    expect(row.entities).toBe(odd);
    expect(() => store.give({ id: 2, text: 'x' }, [])).toThrow(/^entityStore:/);
  });

  it('holds the built story’s entities until they are read', () => {
    const story = buildStory(
      [
        {
          id: 'pier',
          title: 'Pier',
          titleGiven: false,
          published: '2030-02-01',
          file: 'pier.md',
          body: 'Mayor Elena Brask opened the pier on 4 March. Brask said it cost $2m.\n',
        },
      ],
      'h',
    );
    const s = story.sentences[1]!;
    expect(isAccessor(s)).toBe(true);
    expect(s.entities.map((e) => e.type)).toContain('MONEY');
    expect(isAccessor(s)).toBe(false);
  });
});
