import { describe, expect, it } from 'vitest';
import { buildActors } from '../../src/actors/buildActors.js';
import { buildStory } from '../../src/story/buildStory.js';
import { article } from './fixtures.js';

const rolesOf = (body: string) => {
  const actors = buildActors(buildStory([article('r1', body, '2031-03-14')], 'roles'));
  return Object.fromEntries(actors.map((a) => [a.name, a.roles.map((r) => r.text)]));
};

describe('roles joined by "and", seedings, and "the first X since"', () => {
  it('gives a name both titles joined by "and" before it', () => {
    const roles = rolesOf(
      'Ana Ruiz beat Mia Holt on Monday, while reigning champion and club captain Ingrid Lind faces Jo Marr. Lind said she was ready.',
    );
    expect(roles['Ingrid Lind']).toEqual(expect.arrayContaining(['club captain', 'reigning champion']));
  });

  it('does not give a name the role of another person joined by "and" after an article', () => {
    const roles = rolesOf('The talks between the minister and envoy Tomas Varga ended on Monday. Varga said little.');
    expect(roles['Tomas Varga']).toEqual(['envoy']);
  });

  it('reads a seeding after a name and a hyphenated seeding before it', () => {
    const roles = rolesOf(
      "Norway's Ingrid Lind, seeded one, starts as favourite. The teenager met the seventh-seeded Mia Holt in long rallies. Holt said she was tired.",
    );
    expect(roles['Ingrid Lind']).toContain('seeded one');
    expect(roles['Mia Holt']).toContain('seventh-seeded');
  });

  it('gives the name after "the first X since" the role X', () => {
    const roles = rolesOf('Holt hopes to be the first Norwegian finalist since Ingrid Lind in 1998. Lind said Holt could do it.');
    expect(roles['Ingrid Lind']).toContain('Norwegian finalist');
  });
});
