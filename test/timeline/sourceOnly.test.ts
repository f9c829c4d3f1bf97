import { describe, expect, it } from 'vitest';
import { isSourceOnly } from '../../src/timeline/sourceOnly.js';
import { timelineOf } from './timelineOf.js';

/** Whether `name`, as written in `text`, is only its source. */
const sourceOnly = (text: string, name: string) => {
  const at = text.indexOf(name);
  return isSourceOnly(text, at, at + name.length);
};

describe('isSourceOnly', () => {
  it('is true for the speaker of a closing "said", either order, and for "according to"', () => {
    expect(sourceOnly('The Pellworth plant closed on Monday, union leader Ray Tolland said.', 'Ray Tolland')).toBe(true);
    expect(sourceOnly('The Pellworth plant closed on Monday, Ray Tolland, a union leader, told reporters.', 'Ray Tolland')).toBe(true);
    expect(sourceOnly('The Pellworth plant closed on Monday, said Ray Tolland, a union leader.', 'Ray Tolland')).toBe(true);
    expect(sourceOnly('The Pellworth plant closed on Monday, according to Ray Tolland.', 'Ray Tolland')).toBe(true);
  });

  it('is false for a person who does what the sentence tells', () => {
    expect(sourceOnly('Ray Tolland closed the Pellworth plant on Monday.', 'Ray Tolland')).toBe(false);
    expect(sourceOnly('The plant closed on Monday, and Ray Tolland resigned.', 'Ray Tolland')).toBe(false);
    expect(sourceOnly('On Monday, Ray Tolland said the plant would close.', 'Ray Tolland')).toBe(false);
  });
});

describe('an entry lists the people who take part in its event', () => {
  it('and not the person it quotes as its source', () => {
    const [event] = timelineOf(['a', 'Mia Brandt closed the Harlow Dairy plant, union leader Ray Tolland said.', '2031-05-12']);
    expect(event?.actors).toEqual(['Mia Brandt']);
  });
});
