import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/nlp/entities.js';
import { headlineEntities } from '../../src/timeline/headlineNames.js';

const entity = (type: Entity['type'], text: string, canonical?: string): Entity => ({
  type,
  text,
  start: 0,
  end: text.length,
  ...(canonical ? { canonical } : {}),
});

describe('headlineEntities', () => {
  const sentences = [
    { entities: [entity('PERSON', 'Clara Voss', 'Clara Voss'), entity('ORG', 'Tarnby council')] },
    { entities: [entity('PERSON', 'Voss', 'Clara Voss'), entity('PLACE', 'Tarnby'), entity('DATE', 'Monday')] },
  ];

  it("places the article's names the headline writes, a person by their canonical name, the longest name first", () => {
    expect(headlineEntities('Voss quits Tarnby council on Monday', sentences)).toEqual([
      { type: 'PERSON', text: 'Voss', start: 0, end: 4, canonical: 'Clara Voss' },
      { type: 'ORG', text: 'Tarnby council', start: 11, end: 25 },
    ]);
  });

  it('reads whole words only, and nothing the article does not name', () => {
    expect(headlineEntities('Vossberg fans cheer in Dunmore', sentences)).toEqual([]);
  });
});
