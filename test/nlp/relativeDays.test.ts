import { describe, expect, it } from 'vitest';
import { withRelativeDays } from '../../src/nlp/dates/relativeDays.js';
import { tagSentence } from '../../src/nlp/entities.js';
import { taggedDates as dates } from './taggedDates.js';

describe('withRelativeDays', () => {
  it('tags weekends wink leaves untagged, with their determiner', () => {
    expect(dates('The choir will sing this weekend.')).toEqual(['this weekend']);
    expect(dates('The ferry ran late during the weekend.')).toEqual(['the weekend']);
    expect(dates('Stalls were closed last weekend.')).toEqual(['last weekend']);
  });
  it('reads "earlier in the day" whole instead of a span of a day', () => {
    expect(dates('The bridge reopened earlier in the day.')).toEqual(['earlier in the day']);
    expect(tagSentence('The bridge reopened earlier in the day.').entities.some((e) => e.type === 'DURATION')).toBe(false);
  });
  it('leaves a weekend that modifies a noun, and text without one', () => {
    expect(dates('The weekend market sold out.')).toEqual([]);
    expect(withRelativeDays('No dates here.', [], [])).toEqual([]);
  });
});
